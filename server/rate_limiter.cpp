#include "server/rate_limiter.h"

namespace recon::server {

RateLimiter::RateLimiter(int maxFailures, qint64 windowMs, int maxKeys)
    : m_maxFailures(maxFailures)
    , m_windowMs(windowMs)
    , m_maxKeys(maxKeys)
{
}

void RateLimiter::prune(std::deque<qint64> &times, qint64 nowMs) const
{
    while (!times.empty() && times.front() <= nowMs - m_windowMs)
        times.pop_front();
}

bool RateLimiter::blocked(const QString &key, qint64 nowMs, int *retryAfterSec)
{
    std::lock_guard lock(m_mutex);
    auto it = m_failures.find(key);
    if (it == m_failures.end())
        return false;
    prune(*it, nowMs);
    if (it->empty()) {
        m_failures.erase(it);
        return false;
    }
    if (int(it->size()) < m_maxFailures)
        return false;
    if (retryAfterSec)
        *retryAfterSec = int((it->front() + m_windowMs - nowMs + 999) / 1000);
    return true;
}

void RateLimiter::recordFailure(const QString &key, qint64 nowMs)
{
    std::lock_guard lock(m_mutex);
    if (m_failures.size() >= m_maxKeys && !m_failures.contains(key)) {
        // Bounded memory: drop expired keys, and if still full, an arbitrary one.
        for (auto it = m_failures.begin(); it != m_failures.end();) {
            prune(*it, nowMs);
            it = it->empty() ? m_failures.erase(it) : std::next(it);
        }
        if (m_failures.size() >= m_maxKeys)
            m_failures.erase(m_failures.begin());
    }
    auto &times = m_failures[key];
    prune(times, nowMs);
    times.push_back(nowMs);
    while (int(times.size()) > m_maxFailures)
        times.pop_front();
}

void RateLimiter::reset(const QString &key)
{
    std::lock_guard lock(m_mutex);
    m_failures.remove(key);
}

} // namespace recon::server
