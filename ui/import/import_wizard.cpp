#include "ui/import/import_wizard.h"

#include "core/store/workspace.h"
#include "ui/import/files_page.h"
#include "ui/import/mapping_page.h"
#include "ui/import/problems_page.h"
#include "ui/import/run_page.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QMimeData>
#include <QTimer>

namespace recon {

ImportWizard::ImportWizard(Workspace *ws, QWidget *parent)
    : QWizard(parent)
    , m_ws(ws)
    , m_filesPage(new FilesPage(this))
    , m_mappingPage(new MappingPage(this))
    , m_problemsPage(new ProblemsPage(this))
    , m_runPage(new RunPage(this))
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import Files"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage, true);
    setOption(QWizard::NoCancelButtonOnLastPage, false);
    setPage(FilesPageId, m_filesPage);
    setPage(MappingPageId, m_mappingPage);
    setPage(ProblemsPageId, m_problemsPage);
    setPage(RunPageId, m_runPage);
    setStartId(FilesPageId);
    setButtonText(QWizard::CommitButton, tr("&Import"));
    setAcceptDrops(true);
    resize(1100, 720);
}

ImportWizard::~ImportWizard() = default;

void ImportWizard::addFiles(const QStringList &paths)
{
    m_filesPage->addFiles(paths);
}

bool ImportWizard::hasTabularFiles() const
{
    for (const WizardFile &f : m_files) {
        if (f.isTabular())
            return true;
    }
    return false;
}

void ImportWizard::advanceWhenReady(int id, const std::function<void()> &then)
{
    if (currentId() == id || currentId() == -1) {
        QTimer::singleShot(200, this, then); // let the page lay out and paint
        return;
    }
    if (currentPage() && currentPage()->isComplete())
        next();
    QTimer::singleShot(50, this, [this, id, then] { advanceWhenReady(id, then); });
}

void ImportWizard::reject()
{
    m_runPage->cancelAndWait();
    QWizard::reject();
}

QStringList ImportWizard::localFiles(const QMimeData *mime)
{
    QStringList out;
    if (!mime)
        return out;
    for (const QUrl &u : mime->urls()) {
        if (u.isLocalFile() && QFileInfo(u.toLocalFile()).isFile())
            out << u.toLocalFile();
    }
    return out;
}

void ImportWizard::dragEnterEvent(QDragEnterEvent *e)
{
    if (currentId() == FilesPageId && !localFiles(e->mimeData()).isEmpty())
        e->acceptProposedAction();
}

void ImportWizard::dropEvent(QDropEvent *e)
{
    const QStringList paths = localFiles(e->mimeData());
    if (currentId() != FilesPageId || paths.isEmpty())
        return;
    addFiles(paths);
    e->acceptProposedAction();
}

bool importBlocked(const ImportReport &r, bool skipBadLines)
{
    if (!r.refusal.isEmpty())
        return false;
    bool blocking = false;
    for (const ImportIssue &e : r.read.errors)
        blocking = blocking || !skipBadLines || e.line <= 0;
    if (r.read.errorCount > r.read.errors.size() && !skipBadLines)
        blocking = true;
    return blocking || (!r.read.ok() && r.read.skippedLines == 0);
}

} // namespace recon
