#pragma once
// Reconcile › Run Matching (Ctrl+R, toolbar "actionRunMatch"): the rules shown in the Rules
// tab run on the workspace's open items in the background (MatchJob), with a progress dialog
// and Cancel; the window reloads afterwards and the status bar says what the run did.

#include <QObject>

class QProgressDialog;

namespace recon {
class MainWindow;
class RulesView;
class MatchJob;
struct MatchJobOutcome;

class MatchController : public QObject {
    Q_OBJECT
public:
    MatchController(MainWindow *window, RulesView *rules);
    void install(); // adds the menu and its action
    void run();
    MatchJob *job() const { return m_job; }

Q_SIGNALS:
    void runFinished(bool written);

private:
    void onFinished(const MatchJobOutcome &o);
    MainWindow *m_window;
    RulesView *m_rules;
    MatchJob *m_job;
    QProgressDialog *m_progress = nullptr;
};

} // namespace recon
