#include "ui/export/export_job.h"

#include "core/log.h"
#include "core/report/export_service.h"
#include "core/store/workspace.h"

#include <QThread>

namespace recon {

ExportJob::ExportJob(const QString &workspacePath, QObject *parent)
    : QObject(parent)
    , m_path(workspacePath)
{
}

ExportJob::~ExportJob()
{
    cancel();
    wait();
}

void ExportJob::wait()
{
    if (m_thread)
        m_thread->wait();
}

void ExportJob::start(const report::ExportOptions &options)
{
    if (m_running)
        return;
    m_running = true;
    m_cancel.store(false);
    m_result = {};
    m_thread = QThread::create([this, options] {
        report::ExportResult r;
        try {
            auto ws = Workspace::open(m_path);
            r = report::exportReport(
                *ws, options, [this](qint64 done, qint64 total) { Q_EMIT progress(done, total); },
                &m_cancel);
        } catch (const std::exception &e) {
            r.error = QString::fromUtf8(e.what());
        }
        m_outcome = r;
    });
    m_thread->setParent(this); // joined in the destructor at the latest
    connect(m_thread, &QThread::finished, this, [this] {
        m_thread->deleteLater();
        m_thread = nullptr;
        m_result = m_outcome;
        m_running = false;
        if (!m_result.ok && !m_result.cancelled)
            log::ui()->warn("export failed: {}", m_result.error.toStdString());
        Q_EMIT finished();
    });
    m_thread->start();
}

} // namespace recon
