#include "ui/import/files_page.h"

#include "core/import/registry.h"
#include "core/store/workspace.h"
#include "ui/import/file_list_model.h"
#include "ui/import/import_job.h"
#include "ui/import/import_wizard.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace recon {

namespace {
QString detectFormat(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QString();
    const Reader *r = ReaderRegistry::instance().detect(f.read(64 * 1024));
    return r ? r->name() : QString();
}
} // namespace

FilesPage::FilesPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_model(new FileListModel(&wizard->files(), this))
    , m_view(new QTableView(this))
    , m_add(new QPushButton(tr("&Add Files…"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_side(new QComboBox(this))
    , m_account(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_job(new ImportJob(wizard->workspace() ? wizard->workspace()->path() : QString(), this))
{
    setObjectName(QStringLiteral("filesPage"));
    setTitle(tr("Files"));
    setSubTitle(tr("Choose the statements and ledgers to import, or drop them here. Each file is "
                   "checked before anything is written."));
    m_view->setObjectName(QStringLiteral("fileTable"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->setAlternatingRowColors(true);
    m_add->setObjectName(QStringLiteral("addFilesButton"));
    m_add->setShortcut(QKeySequence(tr("Ctrl+O")));
    m_remove->setObjectName(QStringLiteral("removeFileButton"));
    m_remove->setShortcut(QKeySequence::Delete);
    m_side->setObjectName(QStringLiteral("sideCombo"));
    m_side->addItem(FileListModel::sideLabel(Side::Left), int(Side::Left));
    m_side->addItem(FileListModel::sideLabel(Side::Right), int(Side::Right));
    m_account->setObjectName(QStringLiteral("accountEdit"));
    m_account->setPlaceholderText(tr("as stated in the file"));
    m_account->setClearButtonEnabled(true);
    m_status->setObjectName(QStringLiteral("filesStatus"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *form = new QFormLayout;
    form->addRow(tr("&Side of the selected file:"), m_side);
    form->addRow(tr("Own &account override:"), m_account);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);
    layout->addLayout(form);
    layout->addWidget(m_status);

    if (Workspace *ws = wizard->workspace())
        m_leftHasItems
            = ws->db().scalarInt("SELECT EXISTS(SELECT 1 FROM transactions WHERE side = 0)") != 0;

    connect(m_add, &QPushButton::clicked, this, &FilesPage::chooseFiles);
    connect(m_remove, &QPushButton::clicked, this, &FilesPage::removeSelected);
    connect(m_side, &QComboBox::activated, this, &FilesPage::sideChosen);
    connect(m_account, &QLineEdit::editingFinished, this, &FilesPage::accountEdited);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &FilesPage::currentChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &FilesPage::currentChanged);
    connect(m_job, &ImportJob::finished, this, &FilesPage::analysisFinished);
    currentChanged();
}

FilesPage::~FilesPage() = default;

bool FilesPage::isAnalysing() const
{
    return m_job->isRunning();
}

int FilesPage::currentRow() const
{
    const QModelIndex i = m_view->currentIndex();
    return i.isValid() ? i.row() : -1;
}

void FilesPage::chooseFiles()
{
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Import Files"), QString(),
        tr("Statements and ledgers (*.sta *.mt940 *.txt *.xml *.ofx *.qfx *.qif *.bai *.bai2 "
           "*.csv *.tsv *.xlsx);;All files (*)"));
    addFiles(paths);
}

void FilesPage::addFiles(const QStringList &paths)
{
    QList<WizardFile> &files = m_wizard->files();
    int added = 0;
    for (const QString &p : paths) {
        const QString abs = QFileInfo(p).absoluteFilePath();
        const bool known = std::any_of(
            files.cbegin(), files.cend(), [&](const WizardFile &f) { return f.path == abs; });
        if (known || !QFileInfo(abs).isFile())
            continue;
        WizardFile f;
        f.path = abs;
        f.side = defaultSide(detectFormat(abs), m_leftHasItems);
        files.append(f);
        ++added;
    }
    if (!added)
        return;
    m_model->refresh();
    m_view->selectRow(int(files.size()) - 1);
    analysePending();
    Q_EMIT completeChanged();
}

void FilesPage::removeSelected()
{
    const int row = currentRow();
    if (row < 0)
        return;
    m_wizard->files().removeAt(row);
    m_model->refresh();
    if (!m_wizard->files().isEmpty())
        m_view->selectRow(std::min(row, int(m_wizard->files().size()) - 1));
    Q_EMIT completeChanged();
}

void FilesPage::analysePending()
{
    if (m_job->isRunning() || !m_wizard->workspace())
        return;
    QList<ImportRequest> requests;
    m_jobPaths.clear();
    for (const WizardFile &f : std::as_const(m_wizard->files())) {
        if (f.analysed)
            continue;
        requests << f.request(true, false);
        m_jobPaths << f.path;
    }
    if (requests.isEmpty())
        return;
    m_status->setText(tr("Checking %n file(s)…", nullptr, int(requests.size())));
    m_job->start(requests);
    Q_EMIT completeChanged();
}

void FilesPage::analysisFinished()
{
    QList<WizardFile> &files = m_wizard->files();
    const QList<ImportReport> &reports = m_job->reports();
    for (int i = 0; i < m_jobPaths.size() && i < reports.size(); ++i) {
        for (int row = 0; row < files.size(); ++row) {
            if (files[row].path == m_jobPaths[i]) {
                files[row].analysis = reports[i];
                files[row].analysed = true;
                m_model->refreshRow(row);
            }
        }
    }
    if (!m_job->error().isEmpty()) {
        m_status->setText(tr("The workspace cannot take an import: %1").arg(m_job->error()));
        for (WizardFile &f : files)
            f.analysed = true; // shown as checked; the import itself will say why it fails
        m_model->refresh();
    } else {
        m_status->setText(tr("%n file(s) checked.", nullptr, int(files.size())));
    }
    analysePending(); // files added or changed meanwhile
    Q_EMIT completeChanged();
}

void FilesPage::currentChanged()
{
    const int row = currentRow();
    const bool has = row >= 0 && row < m_wizard->files().size();
    m_side->setEnabled(has);
    m_account->setEnabled(has);
    m_remove->setEnabled(has);
    if (!has)
        return;
    const WizardFile &f = m_wizard->files().at(row);
    m_side->setCurrentIndex(m_side->findData(int(f.side)));
    m_account->setText(f.account);
}

void FilesPage::sideChosen()
{
    const int row = currentRow();
    if (row < 0)
        return;
    WizardFile &f = m_wizard->files()[row];
    const Side s = Side(m_side->currentData().toInt());
    if (f.side == s)
        return;
    f.side = s; // duplicates are counted per side: check again
    f.analysed = false;
    m_model->refreshRow(row);
    analysePending();
    Q_EMIT completeChanged();
}

void FilesPage::accountEdited()
{
    const int row = currentRow();
    if (row < 0)
        return;
    WizardFile &f = m_wizard->files()[row];
    if (f.account == m_account->text().trimmed())
        return;
    f.account = m_account->text().trimmed();
    f.analysed = false;
    m_model->refreshRow(row);
    analysePending();
    Q_EMIT completeChanged();
}

bool FilesPage::isComplete() const
{
    const QList<WizardFile> &files = m_wizard->files();
    if (files.isEmpty() || m_job->isRunning())
        return false;
    return std::all_of(
        files.cbegin(), files.cend(), [](const WizardFile &f) { return f.analysed; });
}

int FilesPage::nextId() const
{
    return m_wizard->hasTabularFiles() ? ImportWizard::MappingPageId : ImportWizard::ProblemsPageId;
}

} // namespace recon
