#include "ui/import/mapping_page.h"

#include "core/store/import_service.h"
#include "core/store/workspace.h"
#include "ui/import/import_wizard.h"
#include "ui/import/preview_model.h"
#include "ui/import/role_delegate.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace recon {

namespace {
constexpr int kPreviewRows = 50;
}

MappingPage::MappingPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_model(new PreviewModel(this))
    , m_view(new QTableView(this))
    , m_fileCombo(new QComboBox(this))
    , m_sheet(new QComboBox(this))
    , m_headerRow(new QSpinBox(this))
    , m_dateFormat(new QComboBox(this))
    , m_decimal(new QComboBox(this))
    , m_invert(new QCheckBox(tr("&Invert signs"), this))
    , m_currency(new QLineEdit(this))
    , m_sign(new QLabel(this))
    , m_source(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_profile(new QLabel(this))
    , m_profileName(new QLineEdit(this))
    , m_saveProfile(new QPushButton(tr("Save as &Profile"), this))
{
    setObjectName(QStringLiteral("mappingPage"));
    setTitle(tr("Column mapping"));
    setSubTitle(tr("Tell the importer what each column holds. The preview follows every change; "
                   "cells that cannot be read are marked red (hover for the reason)."));
    m_fileCombo->setObjectName(QStringLiteral("mappingFileCombo"));
    m_sheet->setObjectName(QStringLiteral("sheetCombo"));
    m_headerRow->setObjectName(QStringLiteral("headerRowSpin"));
    m_headerRow->setRange(0, 1000);
    m_headerRow->setSpecialValueText(tr("none"));
    m_headerRow->setToolTip(tr("The row that names the columns (0: the file has none)"));
    m_dateFormat->setObjectName(QStringLiteral("dateFormatCombo"));
    m_dateFormat->setEditable(true);
    m_dateFormat->setInsertPolicy(QComboBox::NoInsert);
    m_dateFormat->addItems({ QStringLiteral("dd.MM.yyyy"), QStringLiteral("dd/MM/yyyy"),
        QStringLiteral("MM/dd/yyyy"), QStringLiteral("yyyy-MM-dd"), QStringLiteral("dd-MM-yyyy"),
        QStringLiteral("d.M.yyyy"), QStringLiteral("dd.MM.yy"), QStringLiteral("yyyyMMdd") });
    m_dateFormat->lineEdit()->setPlaceholderText(tr("detect"));
    m_dateFormat->setToolTip(tr("Qt date format: d day, M month, y year"));
    m_decimal->setObjectName(QStringLiteral("decimalCombo"));
    m_decimal->addItem(tr("detect"), int(DecimalSeparator::Auto));
    m_decimal->addItem(tr("point: 1,234.56"), int(DecimalSeparator::Dot));
    m_decimal->addItem(tr("comma: 1.234,56"), int(DecimalSeparator::Comma));
    m_invert->setObjectName(QStringLiteral("invertSignCheck"));
    m_invert->setToolTip(tr("For files written from the other party's point of view"));
    m_currency->setObjectName(QStringLiteral("currencyEdit"));
    m_currency->setPlaceholderText(tr("e.g. EUR"));
    m_currency->setMaxLength(3);
    m_currency->setMaximumWidth(80);
    m_sign->setObjectName(QStringLiteral("signConventionLabel"));
    m_source->setObjectName(QStringLiteral("sourceLabel"));
    m_summary->setObjectName(QStringLiteral("previewSummary"));
    m_summary->setWordWrap(true);
    m_profile->setObjectName(QStringLiteral("profileAppliedLabel"));
    m_profileName->setObjectName(QStringLiteral("profileNameEdit"));
    m_profileName->setPlaceholderText(tr("profile name, e.g. “Sparkasse CSV”"));
    m_saveProfile->setObjectName(QStringLiteral("saveProfileButton"));
    m_saveProfile->setShortcut(QKeySequence(tr("Ctrl+S")));

    m_view->setObjectName(QStringLiteral("previewTable"));
    m_view->setModel(m_model);
    m_view->setItemDelegateForRow(PreviewModel::RoleRow, new RoleDelegate(m_view));
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->horizontalHeader()->setHighlightSections(false);

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("&File:"), this));
    top->addWidget(m_fileCombo, 1);
    top->addWidget(m_source, 2);
    qobject_cast<QLabel *>(top->itemAt(0)->widget())->setBuddy(m_fileCombo);

    auto *settings = new QGroupBox(tr("Layout"), this);
    auto *grid = new QGridLayout(settings);
    const auto addPair = [&](int row, int col, const QString &text, QWidget *w) {
        auto *l = new QLabel(text, settings);
        l->setBuddy(w);
        grid->addWidget(l, row, col * 2);
        grid->addWidget(w, row, col * 2 + 1);
    };
    addPair(0, 0, tr("S&heet:"), m_sheet);
    addPair(0, 1, tr("Header &row:"), m_headerRow);
    addPair(0, 2, tr("&Date format:"), m_dateFormat);
    addPair(1, 0, tr("De&cimal separator:"), m_decimal);
    addPair(1, 1, tr("C&urrency:"), m_currency);
    grid->addWidget(m_invert, 1, 4);
    grid->addWidget(m_sign, 1, 5);
    grid->setColumnStretch(5, 1);

    auto *profile = new QHBoxLayout;
    profile->addWidget(m_profile, 1);
    profile->addWidget(m_profileName);
    profile->addWidget(m_saveProfile);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(settings);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_summary);
    layout->addLayout(profile);

    connect(
        m_model, &PreviewModel::roleEdited, this,
        [this](int col, ColumnRole role) {
            edit([&](TabularMapping &m) {
                while (m.roles.size() <= col)
                    m.roles.append(ColumnRole::Ignore);
                m.roles[col] = role;
            });
        },
        Qt::QueuedConnection); // the combo that sent it is replaced by the re-preview
    connect(m_fileCombo, &QComboBox::activated, this,
        [this] { showFile(m_fileCombo->currentData().toInt()); });
    connect(m_sheet, &QComboBox::activated, this, [this] {
        if (WizardFile *f = file()) {
            f->sheet = m_sheet->currentText();
            f->mapping.reset(); // another sheet, another layout: detect it
            f->analysis.read.mapping.reset();
            load();
        }
    });
    connect(m_headerRow, &QSpinBox::valueChanged, this,
        [this](int v) { edit([v](TabularMapping &m) { m.headerRow = v - 1; }); });
    const auto dateEdited = [this] {
        const QString fmt = m_dateFormat->currentText().trimmed();
        if (fmt == m_model->grid().mapping.dateFormat)
            return;
        m_userDate = true;
        edit([fmt](TabularMapping &m) { m.dateFormat = fmt; });
    };
    connect(m_dateFormat, &QComboBox::activated, this, dateEdited);
    connect(m_dateFormat->lineEdit(), &QLineEdit::editingFinished, this, dateEdited);
    connect(m_decimal, &QComboBox::activated, this, [this] {
        const auto d = DecimalSeparator(m_decimal->currentData().toInt());
        m_userDecimal = true;
        edit([d](TabularMapping &m) { m.decimal = d; });
    });
    connect(m_invert, &QCheckBox::toggled, this,
        [this](bool on) { edit([on](TabularMapping &m) { m.invertSign = on; }); });
    connect(m_currency, &QLineEdit::editingFinished, this, [this] {
        const QString c = m_currency->text().trimmed().toUpper();
        if (c != m_model->grid().mapping.currency)
            edit([c](TabularMapping &m) { m.currency = c; });
    });
    connect(m_saveProfile, &QPushButton::clicked, this, &MappingPage::saveProfileClicked);
    connect(m_profileName, &QLineEdit::returnPressed, this, &MappingPage::saveProfileClicked);
}

WizardFile *MappingPage::file()
{
    QList<WizardFile> &files = m_wizard->files();
    return m_fileIndex >= 0 && m_fileIndex < files.size() ? &files[m_fileIndex] : nullptr;
}

void MappingPage::initializePage()
{
    const QSignalBlocker block(m_fileCombo);
    m_fileCombo->clear();
    const QList<WizardFile> &files = m_wizard->files();
    int first = -1;
    for (int i = 0; i < files.size(); ++i) {
        if (!files[i].isTabular())
            continue;
        m_fileCombo->addItem(files[i].fileName(), i);
        if (first < 0)
            first = i;
    }
    const int keep = m_fileCombo->findData(m_fileIndex);
    showFile(keep >= 0 ? m_fileIndex : first);
}

void MappingPage::showFile(int index)
{
    m_fileIndex = index;
    {
        const QSignalBlocker block(m_fileCombo);
        m_fileCombo->setCurrentIndex(std::max(0, m_fileCombo->findData(index)));
    }
    load();
}

void MappingPage::load()
{
    WizardFile *f = file();
    m_userDate = m_userDecimal = false;
    m_sample = f ? loadTabularSample(f->path, f->analysis.read.format, f->sheet) : TabularSample();
    {
        const QSignalBlocker block(m_sheet);
        m_sheet->clear();
        m_sheet->addItems(m_sample.sheets);
        m_sheet->setCurrentIndex(std::max(0, int(m_sample.sheets.indexOf(m_sample.sheet))));
        m_sheet->setEnabled(m_sample.sheets.size() > 1);
    }
    if (!f || !m_sample.error.isEmpty()) {
        m_model->setGrid({});
        m_source->clear();
        m_summary->setText(
            f ? tr("Cannot preview %1: %2").arg(f->fileName(), m_sample.error) : QString());
        return;
    }
    QString source = m_sample.format.toUpper();
    if (m_sample.format == QLatin1String("csv")) {
        const QString delim = m_sample.delimiter == QLatin1Char('\t')
            ? tr("tab")
            : QStringLiteral("“%1”").arg(m_sample.delimiter);
        source = tr("CSV, %1, columns separated by %2").arg(m_sample.encoding, delim);
    } else if (!m_sample.sheet.isEmpty()) {
        source = tr("Excel workbook, sheet “%1”").arg(m_sample.sheet);
    }
    m_source->setText(source);
    std::optional<TabularMapping> start = f->mapping;
    if (!start && f->analysis.read.mapping && f->analysis.read.mapping->isValid())
        start = f->analysis.read.mapping;
    preview(start);
}

void MappingPage::preview(const std::optional<TabularMapping> &mapping)
{
    WizardFile *f = file();
    if (!f)
        return;
    ReadOptions o;
    o.fileName = f->fileName();
    o.account = f->account;
    o.sheet = f->sheet;
    o.mapping = mapping;
    // The CSV reader's hint: with ';' between columns, an undecided decimal is a comma.
    if (o.mapping && o.mapping->decimal == DecimalSeparator::Auto
        && m_sample.delimiter == QLatin1Char(';'))
        o.mapping->decimal = DecimalSeparator::Comma;
    PreviewGrid g = buildPreviewGrid(m_sample.rows, o, kPreviewRows);
    while (g.mapping.roles.size() < g.columnCount)
        g.mapping.roles.append(ColumnRole::Ignore);
    m_layoutValid = g.mapping.isValid();
    m_model->setGrid(g);
    reopenEditors();
    syncControls();

    const int parsed = int(std::count_if(
        g.rows.cbegin(), g.rows.cend(), [](const PreviewRow &r) { return r.parsed.has_value(); }));
    QString text = tr("%1 of %2 rows shown parse; %3 with problems.")
                       .arg(parsed)
                       .arg(g.rows.size())
                       .arg(g.errorRows);
    if (m_sample.truncated || g.rows.size() >= kPreviewRows)
        text += QLatin1Char(' ') + tr("(first %1 rows of the file)").arg(g.rows.size());
    for (int i = 0; i < g.notes.size() && i < 3; ++i)
        text += QLatin1Char('\n') + g.notes[i].message;
    m_summary->setText(text);
}

void MappingPage::edit(const std::function<void(TabularMapping &)> &change)
{
    WizardFile *f = file();
    if (!f)
        return;
    TabularMapping m = m_model->grid().mapping;
    if (!m_layoutValid) {
        // Without a date and an amount column the layout's date format and decimal separator
        // were guesses over nothing: let detection decide again unless the user chose them.
        if (!m_userDate)
            m.dateFormat.clear();
        if (!m_userDecimal)
            m.decimal = DecimalSeparator::Auto;
    }
    change(m);
    f->mapping = m;
    preview(m);
}

void MappingPage::reopenEditors()
{
    const int cols = m_model->columnCount();
    m_view->resizeColumnsToContents();
    for (int c = PreviewModel::FirstSourceColumn; c < cols; ++c) {
        const QModelIndex idx = m_model->index(PreviewModel::RoleRow, c);
        m_view->openPersistentEditor(idx);
        if (QWidget *ed = m_view->indexWidget(idx))
            m_view->setColumnWidth(
                c, std::clamp(std::max(m_view->columnWidth(c), ed->sizeHint().width()), 60, 320));
    }
    for (int c = 0; c < PreviewModel::FirstSourceColumn; ++c)
        m_view->setColumnWidth(c, std::clamp(m_view->columnWidth(c), 90, 280));
}

void MappingPage::syncControls()
{
    const TabularMapping &m = m_model->grid().mapping;
    {
        const QSignalBlocker b1(m_headerRow), b2(m_dateFormat), b3(m_decimal), b4(m_invert),
            b5(m_currency);
        m_headerRow->setValue(m.headerRow + 1);
        m_dateFormat->setEditText(m.dateFormat);
        m_decimal->setCurrentIndex(std::max(0, m_decimal->findData(int(m.decimal))));
        m_invert->setChecked(m.invertSign);
        m_currency->setText(m.currency);
    }
    switch (signConvention(m)) {
    case SignConvention::SignedAmount:
        m_sign->setText(tr("Sign: from the amount column"));
        break;
    case SignConvention::DebitCredit:
        m_sign->setText(tr("Sign: debit and credit columns"));
        break;
    case SignConvention::Indicator:
        m_sign->setText(tr("Sign: Dr/Cr indicator column"));
        break;
    case SignConvention::None:
        m_sign->setText(tr("Sign: no amount column chosen yet"));
        break;
    }
    const WizardFile *f = file();
    if (f && !f->analysis.profileApplied.isEmpty())
        m_profile->setText(
            tr("Profile “%1” applied (matched by the header).").arg(f->analysis.profileApplied));
    else if (m_model->grid().headers.isEmpty())
        m_profile->setText(tr("No header row: a profile needs one to be recognised."));
    else
        m_profile->setText(tr("No saved profile matches this header."));
    m_saveProfile->setEnabled(!m_model->grid().headers.isEmpty());
}

bool MappingPage::saveProfile(const QString &name, QString *error)
{
    WizardFile *f = file();
    Workspace *ws = m_wizard->workspace();
    const PreviewGrid &g = m_model->grid();
    const auto fail = [error](const QString &msg) {
        if (error)
            *error = msg;
        return false;
    };
    if (!f || !ws)
        return fail(tr("No file is shown."));
    if (name.trimmed().isEmpty())
        return fail(tr("Give the profile a name."));
    if (g.headers.isEmpty())
        return fail(tr("A profile needs a header row to be recognised."));
    if (!g.mapping.isValid())
        return fail(tr("Choose a date column and an amount (or debit/credit) column first."));
    try {
        ws->requireWritable();
        sql::TxGuard tx(ws->db());
        recon::saveProfile(*ws, { name.trimmed(), headerSignature(g.headers), g.mapping });
        tx.commit();
    } catch (const std::exception &e) {
        return fail(QString::fromUtf8(e.what()));
    }
    f->mapping = g.mapping;
    return true;
}

void MappingPage::saveProfileClicked()
{
    QString error;
    const QString name = m_profileName->text().trimmed();
    if (saveProfile(name, &error))
        m_profile->setText(
            tr("Saved as profile “%1”: files with this header will use it.").arg(name));
    else
        m_profile->setText(error);
}

} // namespace recon
