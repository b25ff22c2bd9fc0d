#pragma once
// "Compare versions": two rule-set versions stored in the workspace, run on the same open items
// (in the background), and their difference as in the live preview.

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace recon {

class PreviewRunner;
class Workspace;
struct PreviewOutcome;

class CompareDialog : public QDialog {
    Q_OBJECT
public:
    CompareDialog(Workspace *ws, PreviewRunner *runner, QWidget *parent = nullptr);

    QComboBox *versionA() const { return m_a; }
    QComboBox *versionB() const { return m_b; }
    QPushButton *compareButton() const { return m_compare; }
    QLabel *summary() const { return m_summary; }
    QTreeWidget *tree() const { return m_tree; }
    void compare();

private:
    void onCompared(const PreviewOutcome &o);

    Workspace *m_ws;
    PreviewRunner *m_runner;
    QComboBox *m_a;
    QComboBox *m_b;
    QPushButton *m_compare;
    QLabel *m_summary;
    QTreeWidget *m_tree;
};

} // namespace recon
