#include "ui/match/match_job.h"

#include "core/log.h"
#include "core/store/match_service.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QThread>

namespace recon {

MatchJob::MatchJob(QObject *parent)
    : QObject(parent)
{
}

MatchJob::~MatchJob()
{
    if (m_thread) {
        cancel();
        m_thread->wait();
        delete m_thread;
    }
}

void MatchJob::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

bool MatchJob::start(
    const QString &workspacePath, const match::RuleSet &rules, const QByteArray &json)
{
    if (m_thread)
        return false;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    auto outcome = std::make_shared<MatchJobOutcome>();
    auto cancel = m_cancel;
    QPointer<MatchJob> self(this);
    m_thread = QThread::create([=] {
        QElapsedTimer clock;
        clock.start();
        try {
            auto ws = Workspace::open(workspacePath);
            match::MatchOptions options;
            options.cancel = cancel.get();
            options.progress = [self](const QString &stage, int done, int total) {
                // Called on this worker thread: queued to the job's (GUI) thread.
                QMetaObject::invokeMethod(
                    self.data(),
                    [self, stage, done, total] {
                        if (self)
                            Q_EMIT self->progress(stage, done, total);
                    },
                    Qt::QueuedConnection);
            };
            const MatchRunReport rep = runMatch(*ws, rules, json, false, options);
            outcome->written = rep.written;
            outcome->cancelled = rep.result.cancelled;
            outcome->groups = rep.groups;
            outcome->confirmed = rep.confirmed;
            outcome->proposed = rep.proposed;
            outcome->exceptions = rep.exceptions;
            outcome->leftOpen = rep.leftOpen;
            outcome->rightOpen = rep.rightOpen;
            outcome->summaryLines = rep.summaryLines();
        } catch (const std::exception &e) {
            outcome->error = QString::fromUtf8(e.what());
            log::ui()->warn("match run failed: {}", e.what());
        }
        outcome->millis = clock.elapsed();
    });
    m_thread->setObjectName(QStringLiteral("match-run"));
    connect(m_thread, &QThread::finished, this, [this, outcome] {
        m_thread->deleteLater();
        m_thread = nullptr;
        Q_EMIT finished(*outcome);
    });
    m_thread->start();
    return true;
}

} // namespace recon
