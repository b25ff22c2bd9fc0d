#include "ui/sync/sync_controller.h"

#include "core/store/workspace.h"
#include "core/sync/sync_store.h"
#include "ui/commands/resolution_context.h"
#include "ui/sync/conflict_view.h"
#include "ui/sync/server_settings.h"
#include "ui/sync/sync_job.h"
#include "ui/windows/main_window.h"

#include <QAction>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QProgressBar>
#include <QStatusBar>
#include <QToolButton>

namespace recon {

SyncController::SyncController(MainWindow *window, ResolutionContext *context)
    : QObject(window)
    , m_window(window)
    , m_context(context)
    , m_job(new SyncJob(this))
{
    setObjectName(QStringLiteral("syncController"));
    connect(m_job, &SyncJob::finished, this, &SyncController::onFinished);
    connect(m_job, &SyncJob::progress, this, [this](const QString &stage, int done) {
        m_progress->setFormat(stage == QLatin1String("push") ? tr("Pushing… %1").arg(done)
                                                             : tr("Pulling… %1").arg(done));
    });
    connect(m_context, &ResolutionContext::changed, this, &SyncController::refresh);
}

SyncController::~SyncController() = default;

void SyncController::install()
{
    QMenu *tools = m_window->menuBar()->addMenu(tr("&Tools"));
    tools->setObjectName(QStringLiteral("toolsMenu"));
    tools->addAction(tr("Server &Settings…"), this, &SyncController::openSettings)
        ->setObjectName(QStringLiteral("actionServerSettings"));
    tools->addAction(tr("Sign &In…"), this, &SyncController::signIn)
        ->setObjectName(QStringLiteral("actionSignIn"));
    m_syncAction = tools->addAction(
        tr("S&ync Now"), QKeySequence(tr("Ctrl+Shift+S")), this, &SyncController::syncNow);
    m_syncAction->setObjectName(QStringLiteral("actionSync"));
    m_syncAction->setIconText(tr("Sync"));
    m_syncAction->setToolTip(tr("Push my resolutions to the server and pull the others'"));
    m_cancelAction = tools->addAction(tr("&Cancel Sync"), this, &SyncController::cancelSync);
    m_cancelAction->setObjectName(QStringLiteral("actionCancelSync"));
    m_cancelAction->setEnabled(false);
    tools
        ->addAction(tr("C&onflicts…"), QKeySequence(tr("Ctrl+Shift+K")), this,
            &SyncController::showConflicts)
        ->setObjectName(QStringLiteral("actionConflicts"));
    tools->addSeparator();
    tools->addAction(tr("Sign &Out"), this, [this] {
        m_password.clear();
        m_window->statusBar()->showMessage(tr("Signed out."), 4000);
    });

    m_status = new QWidget(m_window);
    m_status->setObjectName(QStringLiteral("syncStatus"));
    auto *row = new QHBoxLayout(m_status);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(10);
    m_lastSync = new QLabel(m_status);
    m_lastSync->setObjectName(QStringLiteral("lastSyncLabel"));
    m_waiting = new QLabel(m_status);
    m_waiting->setObjectName(QStringLiteral("waitingLabel"));
    m_conflictButton = new QToolButton(m_status);
    m_conflictButton->setObjectName(QStringLiteral("conflictsButton"));
    m_conflictButton->setAutoRaise(true);
    m_conflictButton->setStyleSheet(QStringLiteral("QToolButton { color: #b00020; }"));
    connect(m_conflictButton, &QToolButton::clicked, this, &SyncController::showConflicts);
    m_progress = new QProgressBar(m_status);
    m_progress->setObjectName(QStringLiteral("syncProgress"));
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(true);
    m_progress->hide();
    m_cancelButton = new QToolButton(m_status);
    m_cancelButton->setObjectName(QStringLiteral("cancelSyncButton"));
    m_cancelButton->setDefaultAction(m_cancelAction);
    m_cancelButton->hide();
    row->addWidget(m_progress);
    row->addWidget(m_cancelButton);
    row->addWidget(m_lastSync);
    row->addWidget(m_waiting);
    row->addWidget(m_conflictButton);
    m_window->statusBar()->addPermanentWidget(m_status);
    refresh();
}

bool SyncController::isSyncing() const
{
    return m_job->isRunning();
}

void SyncController::refresh()
{
    if (!m_status)
        return;
    Workspace *ws = m_context->workspace();
    if (!ws) {
        m_lastSync->setText(tr("Last sync: —"));
        m_waiting->clear();
        m_conflictButton->hide();
        return;
    }
    sync::SyncStore store(*ws);
    const QDateTime last
        = QDateTime::fromString(store.state(QStringLiteral("last_sync")), Qt::ISODateWithMs);
    m_lastSync->setText(last.isValid()
            ? tr("Last sync: %1")
                  .arg(last.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")))
            : tr("Last sync: never"));
    m_waiting->setText(tr("%n waiting", nullptr, int(store.waitingCount())));
    m_waiting->setToolTip(tr("Local changes not yet pushed to the server"));
    const int conflicts = store.openConflictCount();
    m_conflictButton->setText(tr("%n conflict(s)", nullptr, conflicts));
    m_conflictButton->setVisible(conflicts > 0);
    if (m_conflicts)
        m_conflicts->reload();
}

void SyncController::openSettings()
{
    auto *dlg = new ServerSettingsDialog(m_window);
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    connect(dlg, &QDialog::accepted, this, [this] { m_password.clear(); });
    dlg->open();
}

bool SyncController::signIn()
{
    const ServerSettings s = ServerSettings::load();
    if (!s.isComplete()) {
        openSettings();
        return false;
    }
    SignInDialog dlg(s, m_window);
    if (dlg.exec() != QDialog::Accepted)
        return false;
    m_password = dlg.password();
    return !m_password.isEmpty();
}

void SyncController::syncNow()
{
    Workspace *ws = m_context->workspace();
    if (!ws || m_job->isRunning())
        return;
    const ServerSettings s = ServerSettings::load();
    if (!s.isComplete()) {
        m_window->statusBar()->showMessage(
            tr("Set the server first (Tools › Server Settings…)."), 8000);
        openSettings();
        return;
    }
    if (m_password.isEmpty() && !signIn())
        return;
    sync::SyncOptions opt;
    opt.server = QUrl(s.url);
    opt.caFile = s.caFile;
    opt.user = s.user;
    opt.password = m_password;
    m_lastError.clear();
    m_syncAction->setEnabled(false);
    m_cancelAction->setEnabled(true);
    m_progress->setFormat(tr("Signing in…"));
    m_progress->show();
    m_cancelButton->show();
    m_job->start(ws->path(), opt);
}

void SyncController::cancelSync()
{
    m_job->cancel();
    m_progress->setFormat(tr("Cancelling…"));
}

void SyncController::onFinished(const sync::SyncSummary &s)
{
    m_syncAction->setEnabled(true);
    m_cancelAction->setEnabled(false);
    m_progress->hide();
    m_cancelButton->hide();
    if (s.ok) {
        m_window->statusBar()->showMessage(
            tr("Sync done: pushed %1, pulled %2, %3 open conflict(s).")
                .arg(s.pushed + s.replayed)
                .arg(s.pulled)
                .arg(s.openConflicts),
            10000);
    } else {
        if (s.httpStatus == 401)
            m_password.clear(); // ask again next time
        m_lastError = tr("Sync failed: %1").arg(s.error);
        m_context->notifyFailed(m_lastError);
    }
    m_window->reload();
    refresh();
    if (s.newConflicts > 0)
        showConflicts();
    Q_EMIT syncFinished(s);
}

ConflictView *SyncController::conflictView()
{
    if (!m_conflicts) {
        m_conflicts = new ConflictView(m_window);
        connect(m_conflicts, &ConflictView::resolved, this, [this] {
            m_window->reload();
            refresh();
        });
    }
    return m_conflicts;
}

void SyncController::showConflicts()
{
    ConflictView *v = conflictView();
    v->setWorkspace(m_context->workspace());
    v->show();
    v->raise();
    v->activateWindow();
}

} // namespace recon
