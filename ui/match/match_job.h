#pragma once
// One run of the matching engine on the workspace (runMatch: core/store/match_service.h) on a
// worker thread with its own connection, so the window stays responsive. Progress arrives as
// signals on the GUI thread; cancel() stops the engine between steps and nothing is written
// (runMatch commits only a finished run, in one transaction).

#include "core/match/rules.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

class QThread;

namespace recon {

struct MatchJobOutcome {
    bool written = false;
    bool cancelled = false;
    QString error;
    int groups = 0;
    int confirmed = 0;
    int proposed = 0;
    int exceptions = 0;
    int leftOpen = 0; // open items the run looked at
    int rightOpen = 0;
    qint64 millis = 0;
    QStringList summaryLines; // per rule
};

class MatchJob : public QObject {
    Q_OBJECT
public:
    explicit MatchJob(QObject *parent = nullptr);
    ~MatchJob() override; // cancels and waits

    // False when a run is already going.
    bool start(const QString &workspacePath, const match::RuleSet &rules, const QByteArray &json);
    void cancel();
    bool isRunning() const { return m_thread != nullptr; }

Q_SIGNALS:
    void progress(const QString &stage, int done, int total);
    void finished(const recon::MatchJobOutcome &outcome);

private:
    QThread *m_thread = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancel;
};

} // namespace recon
