#pragma once
// The workstation's main window: menus, recent workspaces, status bar, and the two sides.
// Tabs: all items side by side, and the exception workbench; the undo history in a dock.
// Later rooms (import wizard, rule builder, dashboard) dock in here.

#include <QMainWindow>

#include <memory>

class QDockWidget;
class QDragEnterEvent;
class QDropEvent;
class QLabel;
class QMenu;
class QTabWidget;
class QUndoStack;

namespace recon {
class Workspace;
class SidePanel;
class ResolutionContext;
class Workbench;
class RulesView;
class Dashboard;
class TextIndexLoader;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a workspace; on failure shows (or, when `quiet`, returns) the error message.
    bool openWorkspace(const QString &path, QString *error = nullptr, bool quiet = false);
    Workspace *workspace() const { return m_ws.get(); }
    SidePanel *leftPanel() const { return m_left; }
    SidePanel *rightPanel() const { return m_right; }
    QUndoStack *undoStack() const { return m_undo; }
    Workbench *workbench() const { return m_workbench; }
    Dashboard *dashboard() const { return m_dashboard; }
    QTabWidget *tabs() const { return m_tabs; }
    // Reads the text filters' index in the background after each (re)load.
    TextIndexLoader *textIndexLoader() const { return m_textIndex; }
    void showWorkbench();
    // File › Import File…: the import wizard, with `files` already listed (dropped files).
    void openImportWizard(const QStringList &files = {});

public Q_SLOTS:
    void reload();

protected:
    void dragEnterEvent(QDragEnterEvent *e) override;
    void dropEvent(QDropEvent *e) override;

private:
    void buildMenus();
    void rebuildRecentMenu();
    void updateStatus();
    void newWorkspace();
    void chooseWorkspace();
    void importFile();
    void about();

    std::unique_ptr<Workspace> m_ws;
    SidePanel *m_left;
    SidePanel *m_right;
    QUndoStack *m_undo;
    ResolutionContext *m_context;
    Workbench *m_workbench;
    RulesView *m_rules;
    Dashboard *m_dashboard;
    QTabWidget *m_tabs;
    QDockWidget *m_undoDock;
    TextIndexLoader *m_textIndex;
    QMenu *m_recentMenu = nullptr;
    QLabel *m_pathLabel;
    QLabel *m_countLabel;
    QLabel *m_readOnlyLabel;
};

} // namespace recon
