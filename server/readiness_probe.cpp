#include "server/readiness_probe.h"

#include "server/json_log.h"

#include <exception>

namespace recon::server {

ReadinessProbe::ReadinessProbe(std::function<void()> check, std::chrono::milliseconds interval)
    : m_check(std::move(check))
    , m_interval(interval)
{
}

ReadinessProbe::~ReadinessProbe()
{
    stop();
}

void ReadinessProbe::start()
{
    if (m_thread.joinable())
        return;
    {
        std::lock_guard lock(m_mutex);
        m_stopping = false;
    }
    m_thread = std::thread([this] { run(); });
}

void ReadinessProbe::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_cv.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void ReadinessProbe::run()
{
    std::unique_lock lock(m_mutex);
    while (!m_stopping) {
        lock.unlock();
        try {
            m_check();
        } catch (const std::exception &e) {
            jlog::error(QStringLiteral("readiness probe failed"),
                { { QStringLiteral("error"), QString::fromUtf8(e.what()).left(500) } });
        }
        lock.lock();
        m_cv.wait_for(lock, m_interval, [this] { return m_stopping; });
    }
}

} // namespace recon::server
