#include "ui/import/import_job.h"

#include "core/log.h"
#include "core/store/workspace.h"

#include <QThread>

namespace recon {

ImportJob::ImportJob(const QString &workspacePath, QObject *parent)
    : QObject(parent)
    , m_path(workspacePath)
{
}

ImportJob::~ImportJob()
{
    m_cancel.store(true);
    wait();
    delete m_thread;
}

void ImportJob::wait()
{
    if (m_thread)
        m_thread->wait();
}

void ImportJob::start(const QList<ImportRequest> &requests)
{
    Q_ASSERT(!m_running);
    m_cancel.store(false);
    m_running = true;
    m_reports.clear();
    m_error.clear();
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
    m_thread = QThread::create([this, requests] { m_outcome = run(requests); });
    connect(m_thread, &QThread::finished, this, [this] {
        m_reports = std::move(m_outcome.reports);
        m_error = std::move(m_outcome.error);
        m_outcome = {};
        m_running = false;
        Q_EMIT finished();
    });
    m_thread->start();
}

ImportJob::Outcome ImportJob::run(const QList<ImportRequest> &requests)
{
    Outcome o;
    try {
        const auto ws = Workspace::open(m_path);
        for (int i = 0; i < requests.size(); ++i) {
            if (m_cancel.load()) {
                ImportReport skipped;
                skipped.cancelled = true;
                o.reports.append(skipped);
                continue;
            }
            QMetaObject::invokeMethod(
                this, [this, i] { Q_EMIT fileStarted(i); }, Qt::QueuedConnection);
            const ProgressFn onProgress = [this, i](qint64 done, qint64 total) {
                QMetaObject::invokeMethod(
                    this, [this, i, done, total] { Q_EMIT this->progress(i, done, total); },
                    Qt::QueuedConnection);
            };
            o.reports.append(importFile(*ws, requests[i], onProgress, &m_cancel));
        }
    } catch (const std::exception &e) {
        o.error = QString::fromUtf8(e.what());
        log::ui()->warn("import job: {}", e.what());
    }
    return o;
}

} // namespace recon
