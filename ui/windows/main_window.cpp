#include "ui/windows/main_window.h"

#include "core/log.h"
#include "core/store/workspace.h"
#include "ui/commands/resolution_context.h"
#include "ui/dashboard/dashboard.h"
#include "ui/export/export_dialog.h"
#include "ui/import/import_wizard.h"
#include "ui/match/match_controller.h"
#include "ui/rules/rules_view.h"
#include "ui/settings/main_toolbar.h"
#include "ui/settings/preferences_dialog.h"
#include "ui/sync/sync_controller.h"
#include "ui/windows/recent_workspaces.h"
#include "ui/windows/side_panel.h"
#include "ui/windows/text_index_loader.h"
#include "ui/workbench/workbench.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QUndoStack>
#include <QUndoView>

namespace recon {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_left(new SidePanel(Side::Left, this))
    , m_right(new SidePanel(Side::Right, this))
    , m_undo(new QUndoStack(this))
    , m_context(new ResolutionContext(this))
    , m_workbench(new Workbench(m_context, m_undo, this))
    , m_rules(new RulesView(this))
    , m_tabs(new QTabWidget(this))
    , m_undoDock(new QDockWidget(tr("Undo history"), this))
    , m_textIndex(new TextIndexLoader(this))
    , m_pathLabel(new QLabel(this))
    , m_countLabel(new QLabel(this))
    , m_readOnlyLabel(new QLabel(this))
{
    setWindowTitle(tr("Recon Workstation"));
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_left);
    splitter->addWidget(m_right);
    splitter->setChildrenCollapsible(false);
    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    m_tabs->addTab(splitter, tr("All items"));
    m_tabs->addTab(m_workbench, tr("Workbench"));
    m_tabs->addTab(m_rules, tr("Rules"));
    m_dashboard = new Dashboard(m_context, this);
    m_tabs->addTab(m_dashboard, tr("Dashboard"));
    connect(m_rules, &RulesView::workspaceChanged, this, &MainWindow::reload);
    connect(m_textIndex, &TextIndexLoader::ready, this,
        [this](const std::shared_ptr<const TextIndex> &index) {
            for (SidePanel *p :
                { m_left, m_right, m_workbench->side(Side::Left), m_workbench->side(Side::Right) })
                p->setTextIndex(index);
        });
    setCentralWidget(m_tabs);
    m_undoDock->setObjectName(QStringLiteral("undoDock"));
    auto *undoView = new QUndoView(m_undo, m_undoDock);
    undoView->setObjectName(QStringLiteral("undoView"));
    undoView->setEmptyLabel(tr("<opened>"));
    m_undoDock->setWidget(undoView);
    addDockWidget(Qt::RightDockWidgetArea, m_undoDock);
    // An edit refreshes the rows it touched, not the whole workspace.
    connect(m_context, &ResolutionContext::itemsChanged, this, [this](const QList<QUuid> &ids) {
        m_left->refreshItems(ids);
        m_right->refreshItems(ids);
        m_dashboard->markDirty();
        updateStatus();
    });
    connect(m_context, &ResolutionContext::failed, this,
        [this](const QString &msg) { statusBar()->showMessage(msg, 8000); });
    m_readOnlyLabel->setObjectName(QStringLiteral("readOnlyNotice"));
    m_readOnlyLabel->setStyleSheet(QStringLiteral("QLabel { color: #8a4b00; font-weight: bold; }"));
    m_readOnlyLabel->hide();
    statusBar()->addWidget(m_pathLabel, 1);
    statusBar()->addPermanentWidget(m_readOnlyLabel);
    statusBar()->addPermanentWidget(m_countLabel);
    buildMenus();
    installMainToolBar(this);
    updateStatus();
    setAcceptDrops(true); // files dropped on the window open the import wizard
    resize(1280, 800);
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New Workspace…"), QKeySequence::New, this, &MainWindow::newWorkspace);
    file->addAction(tr("&Open Workspace…"), QKeySequence::Open, this, &MainWindow::chooseWorkspace)
        ->setObjectName(QStringLiteral("actionOpenWorkspace"));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    rebuildRecentMenu();
    file->addSeparator();
    QAction *imp = file->addAction(
        tr("&Import File…"), QKeySequence(tr("Ctrl+I")), this, &MainWindow::importFile);
    imp->setObjectName(QStringLiteral("actionImport"));
    file->addAction(tr("&Export Report…"), QKeySequence(tr("Ctrl+Alt+E")), this,
            [this] {
                if (!m_ws) {
                    QMessageBox::information(this, tr("Export"), tr("Open a workspace first."));
                    return;
                }
                auto *dlg = new ExportDialog(m_ws->path(), this);
                dlg->setAttribute(Qt::WA_DeleteOnClose);
                dlg->open();
            })
        ->setObjectName(QStringLiteral("actionExport"));
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::closeAllWindows);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undo->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("actionUndo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undo->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("actionRedo"));
    // Ctrl+Shift+Z everywhere (the platform's Redo keys, e.g. Ctrl+Y, as well).
    QList<QKeySequence> redoKeys { QKeySequence(tr("Ctrl+Shift+Z")) };
    for (const QKeySequence &k : QKeySequence::keyBindings(QKeySequence::Redo)) {
        if (!redoKeys.contains(k))
            redoKeys.append(k);
    }
    redo->setShortcuts(redoKeys);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    const auto openPreferences = [this] {
        auto *dlg = new PreferencesDialog(this);
        dlg->setAttribute(Qt::WA_DeleteOnClose);
        dlg->open();
    };
    edit->addAction(tr("&Preferences…"), QKeySequence(tr("Ctrl+,")), this, openPreferences)
        ->setObjectName(QStringLiteral("actionPreferences"));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(tr("&Refresh"), QKeySequence::Refresh, this, &MainWindow::reload);
    view->addSeparator();
    view->addAction(
        tr("&All Items"), QKeySequence(tr("Ctrl+1")), this, [this] { m_tabs->setCurrentIndex(0); });
    view->addAction(tr("&Workbench"), QKeySequence(tr("Ctrl+2")), this, &MainWindow::showWorkbench);
    view->addAction(tr("&Rules"), QKeySequence(tr("Ctrl+3")), this,
        [this] { m_tabs->setCurrentWidget(m_rules); });
    view->addAction(tr("&Dashboard"), QKeySequence(tr("Ctrl+4")), this,
            [this] { m_tabs->setCurrentWidget(m_dashboard); })
        ->setObjectName(QStringLiteral("actionDashboard"));
    view->addAction(tr("Export Dashboard &Charts…"), m_dashboard, &Dashboard::exportAllInteractive)
        ->setObjectName(QStringLiteral("actionExportCharts"));
    view->addAction(m_undoDock->toggleViewAction());

    (new MatchController(this, m_rules))->install(); // Reconcile: run matching
    (new SyncController(this, m_context))->install(); // Tools: server, sync, conflicts

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Recon Workstation"), this, &MainWindow::about);
}

void MainWindow::showWorkbench()
{
    m_tabs->setCurrentWidget(m_workbench);
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = RecentWorkspaces::list();
    for (const QString &p : recent) {
        m_recentMenu->addAction(QFileInfo(p).fileName() + QStringLiteral("  —  ") + p, this,
            [this, p] { openWorkspace(p); });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

bool MainWindow::openWorkspace(const QString &path, QString *error, bool quiet)
{
    try {
        auto ws = Workspace::open(path);
        m_context->setWorkspace(nullptr);
        m_ws = std::move(ws);
        m_context->setWorkspace(m_ws.get());
        m_rules->setWorkspace(m_ws.get());
    } catch (const WorkspaceError &e) {
        const QString msg = QString::fromUtf8(e.what());
        log::ui()->warn("cannot open workspace: {}", msg.toStdString());
        if (error)
            *error = msg;
        if (!quiet)
            QMessageBox::warning(this, tr("Cannot open workspace"), msg);
        return false;
    }
    m_undo->clear();
    RecentWorkspaces::add(path);
    rebuildRecentMenu();
    reload();
    return true;
}

void MainWindow::reload()
{
    if (m_ws) {
        // Imports add rows: the filters' text index is read again (until then, rows newer than
        // the old index are searched in SQL).
        m_textIndex->load(m_ws->path());
        m_left->setWorkspace(m_ws.get());
        m_right->setWorkspace(m_ws.get());
        m_workbench->reload();
        m_dashboard->markDirty();
        setWindowTitle(tr("%1 — Recon Workstation").arg(QFileInfo(m_ws->path()).fileName()));
    }
    updateStatus();
    if (auto *sync = findChild<SyncController *>())
        sync->refresh();
}

void MainWindow::updateStatus()
{
    if (!m_ws) {
        m_pathLabel->setText(tr("No workspace open — File › Open Workspace…"));
        m_countLabel->clear();
        m_readOnlyLabel->hide();
        return;
    }
    m_pathLabel->setText(m_ws->path());
    qint64 open = 0, total = 0;
    for (const StatusCount &c : m_ws->statusCounts()) {
        total += c.count;
        if (c.status == Status::Open)
            open += c.count;
    }
    m_countLabel->setText(tr("%1 transactions, %2 open").arg(total).arg(open));
    m_readOnlyLabel->setVisible(m_ws->isReadOnly());
    m_readOnlyLabel->setText(tr("Read-only: %1").arg(m_ws->readOnlyReason()));
}

void MainWindow::newWorkspace()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("New Workspace"), QString(), tr("Recon workspaces (*.recon)"));
    if (path.isEmpty())
        return;
    try {
        Workspace::create(path);
    } catch (const WorkspaceError &e) {
        QMessageBox::warning(this, tr("Cannot create workspace"), QString::fromUtf8(e.what()));
        return;
    }
    openWorkspace(path);
}

void MainWindow::chooseWorkspace()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Workspace"), QString(), tr("Recon workspaces (*.recon);;All files (*)"));
    if (!path.isEmpty())
        openWorkspace(path);
}

void MainWindow::importFile()
{
    openImportWizard();
}

void MainWindow::openImportWizard(const QStringList &files)
{
    if (!m_ws) {
        QMessageBox::information(this, tr("Import"), tr("Open or create a workspace first."));
        return;
    }
    auto *wizard = findChild<ImportWizard *>();
    if (!wizard) {
        wizard = new ImportWizard(m_ws.get(), this);
        wizard->setAttribute(Qt::WA_DeleteOnClose);
        connect(wizard, &ImportWizard::imported, this, &MainWindow::reload);
        wizard->open();
    }
    wizard->addFiles(files);
    wizard->raise();
    wizard->activateWindow();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *e)
{
    if (m_ws && !ImportWizard::localFiles(e->mimeData()).isEmpty())
        e->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *e)
{
    const QStringList files = ImportWizard::localFiles(e->mimeData());
    if (files.isEmpty())
        return;
    e->acceptProposedAction();
    openImportWizard(files);
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About Recon Workstation"),
        tr("<h3>Recon Workstation %1</h3><p>Reconcile bank statements against "
           "ledgers: import, match, resolve, report.</p>")
            .arg(QStringLiteral(RECON_VERSION)));
}

} // namespace recon
