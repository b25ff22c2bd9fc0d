#pragma once
// Tools › Conflicts…: the open sync conflicts in a table, the selected one's mine vs theirs side
// by side, and Keep mine / Take theirs / Merge comment (comments only) through ConflictResolver.
// Emits resolved() after each successful resolution so the main window reloads.

#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;
class QTextBrowser;

namespace recon {
class Workspace;
class ConflictTableModel;

class ConflictView : public QDialog {
    Q_OBJECT
public:
    explicit ConflictView(QWidget *parent = nullptr);

    void setWorkspace(Workspace *ws);
    void reload();
    ConflictTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }

Q_SIGNALS:
    void resolved();

private:
    enum class Action { KeepMine, TakeTheirs, MergeComment };
    void resolveSelected(Action action);
    void showSelected();
    qint64 selectedId() const;

    Workspace *m_ws = nullptr;
    ConflictTableModel *m_model;
    QTableView *m_table;
    QLabel *m_mineTitle;
    QLabel *m_theirsTitle;
    QTextBrowser *m_mine;
    QTextBrowser *m_theirs;
    QLabel *m_message;
    QPushButton *m_keepMine;
    QPushButton *m_takeTheirs;
    QPushButton *m_merge;
};

} // namespace recon
