#pragma once
// Counters for GET /metrics in the Prometheus text format (version 0.0.4).

#include <QByteArray>
#include <QHash>
#include <QString>

#include <array>
#include <atomic>
#include <mutex>

namespace recon::server {

class Metrics {
public:
    static constexpr std::array<double, 11> kBucketsSeconds { 0.005, 0.01, 0.025, 0.05, 0.1, 0.25,
        0.5, 1, 2.5, 5, 10 };

    void observeRequest(const QString &route, int status, qint64 durationUs);
    void addSyncAccepted(int n) { m_accepted += n; }
    void addSyncConflicted(int n) { m_conflicted += n; }
    void addSyncReplayed(int n) { m_replayed += n; }
    void tokenIssued(qint64 expiresAt);
    // Outcome of the latest database readiness check (GET /health/ready or the background
    // probe); 0 until the first check has run.
    void setDbReady(bool ready) { m_dbReady = ready ? 1 : 0; }
    bool dbReady() const { return m_dbReady.load() != 0; }

    // `nowSec` for the active-session gauge (tokens issued and not yet expired).
    QByteArray render(qint64 nowSec, int poolInUse, int poolSize);

private:
    struct Histogram {
        std::array<quint64, kBucketsSeconds.size()> buckets {};
        quint64 count = 0;
        double sumSeconds = 0; // latency only, never money
    };
    std::mutex m_mutex;
    QHash<QPair<QString, int>, quint64> m_requests;
    QHash<QString, Histogram> m_latency;
    QHash<qint64, int> m_sessionsByExpiry;
    std::atomic<quint64> m_accepted { 0 };
    std::atomic<quint64> m_conflicted { 0 };
    std::atomic<quint64> m_replayed { 0 };
    std::atomic<int> m_dbReady { 0 };
};

} // namespace recon::server
