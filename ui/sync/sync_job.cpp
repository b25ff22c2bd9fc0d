#include "ui/sync/sync_job.h"

#include "core/store/workspace.h"

#include <QThread>

#include <exception>

namespace recon {

SyncJob::SyncJob(QObject *parent)
    : QObject(parent)
{
}

SyncJob::~SyncJob()
{
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
        delete m_thread;
    }
}

void SyncJob::start(const QString &workspacePath, const sync::SyncOptions &options)
{
    if (m_thread)
        return;
    m_cancel = false;
    m_summary = {};
    m_thread = QThread::create([this, workspacePath, options] {
        sync::SyncSummary s;
        try {
            auto ws = Workspace::open(workspacePath);
            sync::SyncClient client(*ws, options);
            client.setCancelFlag(&m_cancel);
            connect(&client, &sync::SyncClient::progress, this, &SyncJob::progress,
                Qt::QueuedConnection);
            s = client.run();
        } catch (const std::exception &e) {
            s.ok = false;
            s.error = QString::fromUtf8(e.what());
        }
        if (!s.ok && m_cancel)
            s.error = tr("Sync cancelled; the next sync resumes where this one stopped.");
        m_summary = s;
    });
    connect(m_thread, &QThread::finished, this, [this] {
        m_thread->deleteLater();
        m_thread = nullptr;
        Q_EMIT finished(m_summary);
    });
    m_thread->start();
}

} // namespace recon
