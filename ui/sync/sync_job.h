#pragma once
// One sync run off the GUI thread: opens its own Workspace connection on the same file (WAL lets
// the GUI keep reading), runs SyncClient there and reports progress and the summary back on the
// GUI thread. cancel() stops before the next request; committed work stays, the next run resumes.

#include "core/sync/sync_client.h"

#include <QObject>
#include <QString>

#include <atomic>

class QThread;

namespace recon {

class SyncJob : public QObject {
    Q_OBJECT
public:
    explicit SyncJob(QObject *parent = nullptr);
    ~SyncJob() override; // waits for a running sync (after cancelling it)

    bool isRunning() const { return m_thread != nullptr; }
    void start(const QString &workspacePath, const sync::SyncOptions &options);
    void cancel() { m_cancel = true; }

Q_SIGNALS:
    void progress(const QString &stage, int done);
    void finished(const recon::sync::SyncSummary &summary);

private:
    QThread *m_thread = nullptr;
    std::atomic<bool> m_cancel { false };
    sync::SyncSummary m_summary; // written by the worker, read after it ends
};

} // namespace recon
