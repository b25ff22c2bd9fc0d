#pragma once
// The visual rule builder (View › Rules, Ctrl+3): the rules of the set being edited (drag to
// reorder, check to enable, duplicate, add, delete), a form for the selected rule, and a live
// preview that dry-runs the edited set on the workspace in the background. Import/export JSON,
// save as a new version, compare two saved versions, and apply (a real match run, confirmed).
// Edits have their own undo stack (Ctrl+Z / Ctrl+Shift+Z while the view has focus).

#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QTableView;
class QToolBar;

namespace recon {

class PreviewPanel;
class PreviewRunner;
class RuleForm;
class RuleListModel;
class RuleSetEditor;
class Workspace;
struct PreviewOutcome;

class RulesView : public QWidget {
    Q_OBJECT
public:
    explicit RulesView(QWidget *parent = nullptr);
    ~RulesView() override;

    // The GUI's workspace (read for versions, written by "Save as new version"); the preview
    // opens its own connection on the same file. Starts editing the workspace's current set.
    void setWorkspace(Workspace *ws);

    RuleSetEditor *editor() const { return m_editor; }
    RuleListModel *model() const { return m_model; }
    QTableView *ruleList() const { return m_list; }
    RuleForm *form() const { return m_form; }
    PreviewPanel *preview() const { return m_preview; }
    PreviewRunner *runner() const { return m_runner; }
    int currentRule() const;
    void selectRule(int row);

    bool importJson(const QString &path, QString *error);
    bool exportJson(const QString &path, QString *error) const;
    // Stores the edited set as `version` (asked for when empty); returns false with a message.
    bool saveAsNewVersion(const QString &version = QString(), QString *error = nullptr);

    QAction *action(const QString &objectName) const;

Q_SIGNALS:
    void workspaceChanged(); // Apply wrote a match run

protected:
    bool event(QEvent *e) override;
    void keyPressEvent(QKeyEvent *e) override;

private:
    void buildActions();
    void onDocumentChanged(int selectRule);
    void onOutcome(const PreviewOutcome &o);
    void chooseImport();
    void chooseExport();
    void askSaveVersion();
    void askApply();
    void showCompare();
    void moveSelected(int delta);

    Workspace *m_ws = nullptr;
    RuleSetEditor *m_editor;
    RuleListModel *m_model;
    PreviewRunner *m_runner;
    QToolBar *m_toolbar;
    QLineEdit *m_setName;
    QLabel *m_version;
    QLabel *m_check;
    QTableView *m_list;
    RuleForm *m_form;
    PreviewPanel *m_preview;
};

} // namespace recon
