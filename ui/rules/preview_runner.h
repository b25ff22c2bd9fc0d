#pragma once
// Runs the rule builder's dry runs off the GUI thread, on the builder's own read-only Workspace
// connection (the GUI's connection is never touched from the worker). Requests are debounced
// (300 ms); a newer request cancels the run in progress and starts when it has stopped. The open
// items and the current rule set's result are loaded once and reused until invalidateData().
// compare() runs two saved versions on the same data; apply() writes a real match run.

#include "core/match/rules.h"
#include "core/store/match_service.h"
#include "core/store/rule_preview.h"

#include <QObject>
#include <QTimer>

#include <atomic>
#include <memory>

namespace recon {

struct PreviewOutcome {
    quint64 generation = 0;
    std::shared_ptr<const PreviewData> data;
    std::shared_ptr<const match::MatchResult> baseline; // the current rule set (or version A)
    std::shared_ptr<const match::MatchResult> candidate; // the edited set (or version B)
    MatchDiff diff;
    QString error;
    qint64 millis = 0;
    int matchedItems() const; // items (both sides) in the candidate's groups
};

class PreviewRunner : public QObject {
    Q_OBJECT
public:
    explicit PreviewRunner(QObject *parent = nullptr);
    ~PreviewRunner() override;

    void setWorkspacePath(const QString &path); // empty: no workspace, no preview
    QString workspacePath() const { return m_path; }
    // The rule set the preview compares against (the workspace's current one).
    void setBaseline(const match::RuleSet &rules);
    void setDebounceMs(int ms) { m_timer.setInterval(ms); }
    // Debounced dry run of `rules`.
    void request(const match::RuleSet &rules);
    void invalidateData(); // the workspace changed: reload open items on the next run
    bool isBusy() const { return m_running || m_timer.isActive(); }

    void compare(const match::RuleSet &a, const match::RuleSet &b);
    void apply(const match::RuleSet &rules, const QByteArray &json);

Q_SIGNALS:
    void started();
    void finished(const recon::PreviewOutcome &outcome);
    void compared(const recon::PreviewOutcome &outcome);
    void applied(const QString &summary);
    void failed(const QString &message);

private:
    void start();
    struct Job;
    void launch(std::shared_ptr<Job> job);

    QString m_path;
    QTimer m_timer;
    std::optional<match::RuleSet> m_baselineRules;
    std::optional<match::RuleSet> m_requested;
    std::shared_ptr<const PreviewData> m_data;
    std::shared_ptr<const match::MatchResult> m_baselineResult;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    quint64 m_generation = 0;
    bool m_running = false;
    bool m_pending = false;
    QList<QThread *> m_threads;
};

} // namespace recon

Q_DECLARE_METATYPE(recon::PreviewOutcome)
