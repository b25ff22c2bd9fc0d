#include "ui/export/export_dialog.h"

#include "ui/export/export_job.h"
#include "ui/models/status_text.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace recon {

ExportDialog::ExportDialog(const QString &workspacePath, QWidget *parent)
    : QDialog(parent)
    , m_workspacePath(workspacePath)
    , m_openFolder([](const QString &dir) { QDesktopServices::openUrl(QUrl::fromLocalFile(dir)); })
    , m_format(new QComboBox(this))
    , m_target(new QLineEdit(this))
    , m_browse(new QPushButton(tr("&Browse…"), this))
    , m_csvBox(new QGroupBox(tr("CSV options"), this))
    , m_bom(new QCheckBox(tr("UTF-8 with &BOM (for Excel)"), m_csvBox))
    , m_semicolon(new QCheckBox(tr("&Semicolon separator and decimal comma"), m_csvBox))
    , m_fromCheck(new QCheckBox(tr("&From"), this))
    , m_from(new QDateEdit(this))
    , m_toCheck(new QCheckBox(tr("&To"), this))
    , m_to(new QDateEdit(this))
    , m_pdfBox(new QGroupBox(tr("PDF sign-off"), this))
    , m_preparer(new QLineEdit(m_pdfBox))
    , m_reviewer(new QLineEdit(m_pdfBox))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_export(new QPushButton(tr("&Export"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_openFolderButton(new QPushButton(tr("Open &Folder"), this))
    , m_close(new QPushButton(tr("Close"), this))
    , m_filterBox(new QGroupBox(tr("Items"), this))
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export Report"));
    setMinimumWidth(560);

    m_format->setObjectName(QStringLiteral("formatCombo"));
    m_format->addItem(tr("Excel workbook (.xlsx)"), int(report::Format::Xlsx));
    m_format->addItem(tr("CSV files, one per sheet (folder)"), int(report::Format::Csv));
    m_format->addItem(tr("PDF summary report (.pdf)"), int(report::Format::Pdf));
    m_target->setObjectName(QStringLiteral("targetEdit"));
    m_target->setText(defaultTarget(report::Format::Xlsx));
    m_target->setClearButtonEnabled(true);
    m_browse->setObjectName(QStringLiteral("browseButton"));
    auto *targetRow = new QHBoxLayout;
    targetRow->addWidget(m_target, 1);
    targetRow->addWidget(m_browse);
    auto *form = new QFormLayout;
    form->addRow(tr("F&ormat:"), m_format);
    auto *targetLabel = new QLabel(tr("Ta&rget:"), this);
    targetLabel->setBuddy(m_target);
    form->addRow(targetLabel, targetRow);

    // Filters: no status ticked means every status.
    auto *statusRow = new QHBoxLayout;
    for (Status s : { Status::Open, Status::Proposed, Status::Confirmed, Status::Exception,
             Status::Resolved }) {
        const QString name = statusName(s);
        auto *box = new QCheckBox(statusText(s), m_filterBox);
        box->setObjectName(QStringLiteral("status_") + name);
        statusRow->addWidget(box);
        m_statuses.insert(s, box);
    }
    statusRow->addStretch(1);
    m_fromCheck->setObjectName(QStringLiteral("fromCheck"));
    m_toCheck->setObjectName(QStringLiteral("toCheck"));
    for (QDateEdit *d : { m_from, m_to }) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        d->setDate(QDate::currentDate());
        d->setEnabled(false);
    }
    m_from->setObjectName(QStringLiteral("fromDate"));
    m_to->setObjectName(QStringLiteral("toDate"));
    connect(m_fromCheck, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_toCheck, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    auto *dateRow = new QHBoxLayout;
    dateRow->addWidget(m_fromCheck);
    dateRow->addWidget(m_from);
    dateRow->addSpacing(16);
    dateRow->addWidget(m_toCheck);
    dateRow->addWidget(m_to);
    dateRow->addStretch(1);
    auto *filterForm = new QFormLayout(m_filterBox);
    m_filterBox->setToolTip(tr("With no status ticked, items of every status are exported."));
    filterForm->addRow(tr("Status:"), statusRow);
    filterForm->addRow(tr("Date:"), dateRow);

    m_bom->setObjectName(QStringLiteral("bomCheck"));
    m_semicolon->setObjectName(QStringLiteral("semicolonCheck"));
    auto *csvLayout = new QVBoxLayout(m_csvBox);
    csvLayout->addWidget(m_bom);
    csvLayout->addWidget(m_semicolon);

    m_preparer->setObjectName(QStringLiteral("preparerEdit"));
    m_reviewer->setObjectName(QStringLiteral("reviewerEdit"));
    m_preparer->setPlaceholderText(tr("Name of the preparer"));
    m_reviewer->setPlaceholderText(tr("Name of the reviewer"));
    auto *pdfForm = new QFormLayout(m_pdfBox);
    pdfForm->addRow(tr("&Prepared by:"), m_preparer);
    pdfForm->addRow(tr("Re&viewed by:"), m_reviewer);

    m_progress->setObjectName(QStringLiteral("progressBar"));
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_progress->setVisible(false);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setDefault(true);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_cancel->setEnabled(false);
    m_openFolderButton->setObjectName(QStringLiteral("openFolderButton"));
    m_openFolderButton->setVisible(false);
    m_close->setObjectName(QStringLiteral("closeButton"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_openFolderButton);
    buttons->addStretch(1);
    buttons->addWidget(m_export);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_close);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_filterBox);
    layout->addWidget(m_csvBox);
    layout->addWidget(m_pdfBox);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addStretch(1);
    layout->addLayout(buttons);

    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::formatChanged);
    connect(m_browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_export, &QPushButton::clicked, this, &ExportDialog::startExport);
    connect(m_cancel, &QPushButton::clicked, this, &ExportDialog::cancelExport);
    connect(m_close, &QPushButton::clicked, this, &ExportDialog::reject);
    connect(m_openFolderButton, &QPushButton::clicked, this, [this] {
        if (m_openFolder)
            m_openFolder(folderOfResult());
    });
    m_job = new ExportJob(m_workspacePath, this);
    m_job->setObjectName(QStringLiteral("exportJob"));
    connect(m_job, &ExportJob::progress, this, [this](qint64 done, qint64 total) {
        if (total <= 0) {
            m_progress->setRange(0, 0);
            return;
        }
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(std::min<qint64>(1000, done * 1000 / total)));
    });
    connect(m_job, &ExportJob::finished, this, &ExportDialog::finished);
    formatChanged();
}

ExportDialog::~ExportDialog() = default;

QString ExportDialog::defaultTarget(report::Format f) const
{
    const QFileInfo ws(m_workspacePath);
    const QString stem = ws.completeBaseName().isEmpty() ? QStringLiteral("reconciliation")
                                                         : ws.completeBaseName();
    const QDir dir = ws.absoluteDir();
    switch (f) {
    case report::Format::Xlsx:
        return dir.filePath(stem + QStringLiteral("-report.xlsx"));
    case report::Format::Csv:
        return dir.filePath(stem + QStringLiteral("-report-csv"));
    case report::Format::Pdf:
        return dir.filePath(stem + QStringLiteral("-report.pdf"));
    }
    return {};
}

void ExportDialog::formatChanged()
{
    const auto f = static_cast<report::Format>(m_format->currentData().toInt());
    m_csvBox->setVisible(f == report::Format::Csv);
    m_pdfBox->setVisible(f == report::Format::Pdf);
    // A target that is still one of the defaults follows the format.
    const QString t = m_target->text();
    for (report::Format g : { report::Format::Xlsx, report::Format::Csv, report::Format::Pdf }) {
        if (t == defaultTarget(g)) {
            m_target->setText(defaultTarget(f));
            break;
        }
    }
    m_target->setPlaceholderText(
        f == report::Format::Csv ? tr("Folder for the CSV files") : tr("File to write"));
    adjustSize();
}

void ExportDialog::browse()
{
    const auto f = static_cast<report::Format>(m_format->currentData().toInt());
    QString chosen;
    if (f == report::Format::Csv)
        chosen = QFileDialog::getExistingDirectory(
            this, tr("Folder for the CSV files"), QFileInfo(m_target->text()).absolutePath());
    else
        chosen = QFileDialog::getSaveFileName(this, tr("Export Report"), m_target->text(),
            f == report::Format::Xlsx ? tr("Excel workbooks (*.xlsx)") : tr("PDF files (*.pdf)"));
    if (!chosen.isEmpty())
        m_target->setText(chosen);
}

report::ExportOptions ExportDialog::options() const
{
    report::ExportOptions o;
    o.format = static_cast<report::Format>(m_format->currentData().toInt());
    o.target = m_target->text().trimmed();
    for (auto it = m_statuses.cbegin(); it != m_statuses.cend(); ++it) {
        if (it.value()->isChecked())
            o.filters.statuses.append(it.key());
    }
    if (m_fromCheck->isChecked())
        o.filters.from = m_from->date();
    if (m_toCheck->isChecked())
        o.filters.to = m_to->date();
    o.csvBom = m_bom->isChecked();
    o.csvSemicolon = m_semicolon->isChecked();
    o.preparer = m_preparer->text().trimmed();
    o.reviewer = m_reviewer->text().trimmed();
    return o;
}

bool ExportDialog::isRunning() const
{
    return m_job->isRunning();
}

void ExportDialog::setRunning(bool running)
{
    for (QWidget *w : std::initializer_list<QWidget *> {
             m_format, m_target, m_browse, m_csvBox, m_pdfBox, m_filterBox, m_export, m_close })
        w->setEnabled(!running);
    m_cancel->setEnabled(running);
    m_progress->setVisible(true);
}

void ExportDialog::startExport()
{
    if (isRunning())
        return;
    const report::ExportOptions o = options();
    m_openFolderButton->setVisible(false);
    m_status->setStyleSheet(QString());
    if (o.target.isEmpty()) {
        m_status->setText(tr("Choose where to write the report first."));
        return;
    }
    if (o.filters.from.isValid() && o.filters.to.isValid() && o.filters.from > o.filters.to) {
        m_status->setText(tr("The date range is empty: “From” is after “To”."));
        return;
    }
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_status->setText(tr("Exporting…"));
    setRunning(true);
    m_job->start(o);
}

void ExportDialog::cancelExport()
{
    if (!isRunning())
        return;
    m_status->setText(tr("Cancelling…"));
    m_job->cancel();
}

void ExportDialog::finished()
{
    m_result = m_job->result();
    setRunning(false);
    if (m_result.ok) {
        m_progress->setValue(m_progress->maximum());
        m_status->setText(
            tr("Exported %n item row(s) to %1.", nullptr, int(m_result.rows))
                .arg(QDir::toNativeSeparators(
                    m_result.files.size() == 1 ? m_result.files.first() : folderOfResult())));
        m_openFolderButton->setVisible(true);
        m_openFolderButton->setFocus();
    } else if (m_result.cancelled) {
        m_progress->setValue(0);
        m_status->setText(tr("Export cancelled; nothing was written."));
    } else {
        m_progress->setValue(0);
        m_status->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
        m_status->setText(tr("Export failed: %1").arg(m_result.error));
    }
    Q_EMIT exportFinished(m_result.ok);
}

QString ExportDialog::folderOfResult() const
{
    // CSV files sit in the target folder, a workbook or PDF is the target itself.
    return m_result.files.isEmpty() ? QString() : QFileInfo(m_result.files.first()).absolutePath();
}

void ExportDialog::reject()
{
    if (isRunning()) {
        cancelExport();
        m_job->wait();
    }
    QDialog::reject();
}

} // namespace recon
