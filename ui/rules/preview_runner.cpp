#include "ui/rules/preview_runner.h"

#include "core/log.h"

#include <QElapsedTimer>
#include <QThread>

namespace recon {

int PreviewOutcome::matchedItems() const
{
    int n = 0;
    if (candidate)
        for (const auto &g : candidate->groups)
            n += int(g.left.size() + g.right.size());
    return n;
}

struct PreviewRunner::Job {
    enum Kind { Preview, Compare, Apply } kind = Preview;
    QString path;
    quint64 generation = 0;
    std::shared_ptr<std::atomic<bool>> cancel;
    std::optional<match::RuleSet> base;
    match::RuleSet candidate;
    QByteArray json; // Apply
    std::shared_ptr<const PreviewData> data; // cached, or null: load
    std::shared_ptr<const match::MatchResult> baseResult; // cached, or null: run
    PreviewOutcome out;
    QString summary; // Apply
};

PreviewRunner::PreviewRunner(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<recon::PreviewOutcome>();
    m_timer.setSingleShot(true);
    m_timer.setInterval(300);
    connect(&m_timer, &QTimer::timeout, this, &PreviewRunner::start);
}

PreviewRunner::~PreviewRunner()
{
    if (m_cancel)
        m_cancel->store(true);
    for (QThread *t : std::as_const(m_threads)) {
        t->wait();
        delete t;
    }
}

void PreviewRunner::setWorkspacePath(const QString &path)
{
    m_path = path;
    invalidateData();
}

void PreviewRunner::setBaseline(const match::RuleSet &rules)
{
    if (m_baselineRules && m_baselineRules->hash == rules.hash)
        return;
    m_baselineRules = rules;
    m_baselineResult.reset();
}

void PreviewRunner::invalidateData()
{
    m_data.reset();
    m_baselineResult.reset();
}

void PreviewRunner::request(const match::RuleSet &rules)
{
    m_requested = rules;
    ++m_generation;
    if (m_cancel)
        m_cancel->store(true); // whatever runs is outdated now
    m_timer.start();
}

void PreviewRunner::start()
{
    if (!m_requested || m_path.isEmpty())
        return;
    if (m_running) {
        m_pending = true; // starts when the cancelled run has stopped
        return;
    }
    auto job = std::make_shared<Job>();
    job->kind = Job::Preview;
    job->path = m_path;
    job->generation = m_generation;
    job->base = m_baselineRules;
    job->candidate = *m_requested;
    job->data = m_data;
    job->baseResult = m_baselineResult;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    job->cancel = m_cancel;
    m_running = true;
    Q_EMIT started();
    launch(job);
}

void PreviewRunner::compare(const match::RuleSet &a, const match::RuleSet &b)
{
    auto job = std::make_shared<Job>();
    job->kind = Job::Compare;
    job->path = m_path;
    job->base = a;
    job->candidate = b;
    job->data = m_data;
    job->cancel = std::make_shared<std::atomic<bool>>(false);
    launch(job);
}

void PreviewRunner::apply(const match::RuleSet &rules, const QByteArray &json)
{
    auto job = std::make_shared<Job>();
    job->kind = Job::Apply;
    job->path = m_path;
    job->candidate = rules;
    job->json = json;
    launch(job);
}

void PreviewRunner::launch(std::shared_ptr<Job> job)
{
    QThread *t = QThread::create([job] {
        QElapsedTimer clock;
        clock.start();
        try {
            if (job->kind == Job::Apply) {
                auto ws = Workspace::open(job->path);
                const MatchRunReport rep = runMatch(*ws, job->candidate, job->json, false);
                job->summary = rep.summaryLines().join(QLatin1Char('\n'));
                return;
            }
            if (!job->data) {
                auto ws = Workspace::open(job->path, true);
                job->data = std::make_shared<const PreviewData>(loadOpenItems(*ws));
            }
            std::atomic<bool> *cancel = job->cancel.get();
            if (!job->baseResult && job->base)
                job->baseResult = std::make_shared<const match::MatchResult>(
                    previewMatch(*job->data, *job->base, cancel));
            if (job->baseResult && job->baseResult->cancelled) {
                job->baseResult.reset();
                job->out.error = QStringLiteral("cancelled");
                return;
            }
            auto cand = std::make_shared<const match::MatchResult>(
                previewMatch(*job->data, job->candidate, cancel));
            if (cand->cancelled) {
                job->out.error = QStringLiteral("cancelled");
                return;
            }
            job->out.candidate = cand;
            job->out.baseline = job->baseResult;
            job->out.data = job->data;
            if (job->baseResult)
                job->out.diff = diffResults(*job->baseResult, *cand);
        } catch (const std::exception &e) {
            job->out.error = QString::fromUtf8(e.what());
        }
        job->out.millis = clock.elapsed();
    });
    m_threads << t;
    connect(t, &QThread::finished, this, [this, t, job] {
        m_threads.removeOne(t);
        t->deleteLater();
        if (job->kind == Job::Apply) {
            if (!job->out.error.isEmpty())
                Q_EMIT failed(job->out.error);
            else {
                invalidateData();
                Q_EMIT applied(job->summary);
            }
            return;
        }
        if (job->data && !m_data && job->path == m_path)
            m_data = job->data; // keep the loaded items for the next run
        const bool cancelled = job->out.error == QLatin1String("cancelled");
        if (job->kind == Job::Compare) {
            if (!job->out.error.isEmpty())
                Q_EMIT failed(job->out.error);
            else
                Q_EMIT compared(job->out);
            return;
        }
        m_running = false;
        if (job->baseResult && !m_baselineResult && m_baselineRules && job->base
            && job->base->hash == m_baselineRules->hash)
            m_baselineResult = job->baseResult;
        if (!cancelled && job->generation == m_generation) {
            job->out.generation = job->generation;
            if (job->out.error.isEmpty())
                Q_EMIT finished(job->out);
            else
                Q_EMIT failed(job->out.error);
        }
        if (m_pending || (cancelled && job->generation != m_generation && !m_timer.isActive())) {
            m_pending = false;
            start();
        }
    });
    t->start(QThread::LowPriority);
}

} // namespace recon
