#pragma once
// Failed-login limiter: at most `maxFailures` failures per key within a sliding `window`.
// Keys are "user:<name>" and "addr:<ip>"; memory is bounded (oldest keys are evicted).

#include <QHash>
#include <QString>

#include <deque>
#include <mutex>

namespace recon::server {

class RateLimiter {
public:
    RateLimiter(int maxFailures, qint64 windowMs, int maxKeys = 100000);

    // True when `key` is blocked at `nowMs`; `retryAfterSec` says for how long.
    bool blocked(const QString &key, qint64 nowMs, int *retryAfterSec = nullptr);
    void recordFailure(const QString &key, qint64 nowMs);
    void reset(const QString &key);

private:
    void prune(std::deque<qint64> &times, qint64 nowMs) const;

    int m_maxFailures;
    qint64 m_windowMs;
    int m_maxKeys;
    std::mutex m_mutex;
    QHash<QString, std::deque<qint64>> m_failures;
};

} // namespace recon::server
