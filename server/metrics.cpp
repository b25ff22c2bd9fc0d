#include "server/metrics.h"

#include <algorithm>

namespace recon::server {

void Metrics::observeRequest(const QString &route, int status, qint64 durationUs)
{
    const double seconds = double(durationUs) / 1e6;
    std::lock_guard lock(m_mutex);
    ++m_requests[qMakePair(route, status)];
    auto &h = m_latency[route];
    for (size_t i = 0; i < kBucketsSeconds.size(); ++i) {
        if (seconds <= kBucketsSeconds[i])
            ++h.buckets[i];
    }
    ++h.count;
    h.sumSeconds += seconds;
}

void Metrics::tokenIssued(qint64 expiresAt)
{
    std::lock_guard lock(m_mutex);
    ++m_sessionsByExpiry[expiresAt];
}

QByteArray Metrics::render(qint64 nowSec, int poolInUse, int poolSize)
{
    QByteArray out;
    std::lock_guard lock(m_mutex);
    out += "# HELP recon_http_requests_total HTTP requests by route and status.\n"
           "# TYPE recon_http_requests_total counter\n";
    auto keys = m_requests.keys();
    std::sort(keys.begin(), keys.end());
    for (const auto &k : keys) {
        out += "recon_http_requests_total{route=\"" + k.first.toUtf8() + "\",status=\""
            + QByteArray::number(k.second) + "\"} " + QByteArray::number(m_requests.value(k))
            + '\n';
    }
    out += "# HELP recon_http_request_duration_seconds Request latency by route.\n"
           "# TYPE recon_http_request_duration_seconds histogram\n";
    auto routes = m_latency.keys();
    std::sort(routes.begin(), routes.end());
    for (const auto &r : routes) {
        const auto &h = m_latency[r];
        const QByteArray label = "route=\"" + r.toUtf8() + "\"";
        for (size_t i = 0; i < kBucketsSeconds.size(); ++i) {
            out += "recon_http_request_duration_seconds_bucket{" + label + ",le=\""
                + QByteArray::number(kBucketsSeconds[i], 'g', 6) + "\"} "
                + QByteArray::number(h.buckets[i]) + '\n';
        }
        out += "recon_http_request_duration_seconds_bucket{" + label + ",le=\"+Inf\"} "
            + QByteArray::number(h.count) + '\n';
        out += "recon_http_request_duration_seconds_sum{" + label + "} "
            + QByteArray::number(h.sumSeconds, 'f', 6) + '\n';
        out += "recon_http_request_duration_seconds_count{" + label + "} "
            + QByteArray::number(h.count) + '\n';
    }
    int active = 0;
    for (auto it = m_sessionsByExpiry.begin(); it != m_sessionsByExpiry.end();) {
        if (it.key() < nowSec) {
            it = m_sessionsByExpiry.erase(it);
        } else {
            active += it.value();
            ++it;
        }
    }
    out += "# HELP recon_active_sessions Access tokens issued and not yet expired.\n"
           "# TYPE recon_active_sessions gauge\nrecon_active_sessions "
        + QByteArray::number(active) + '\n';
    out += "# HELP recon_db_pool_in_use Database connections currently leased.\n"
           "# TYPE recon_db_pool_in_use gauge\nrecon_db_pool_in_use "
        + QByteArray::number(poolInUse) + '\n';
    out += "# HELP recon_db_pool_size Database pool size (MAX_CONNECTIONS).\n"
           "# TYPE recon_db_pool_size gauge\nrecon_db_pool_size "
        + QByteArray::number(poolSize) + '\n';
    out += "# HELP recon_db_ready 1 when the latest database readiness check passed "
           "(reachable, schema current), else 0.\n"
           "# TYPE recon_db_ready gauge\nrecon_db_ready "
        + QByteArray::number(m_dbReady.load()) + '\n';
    out += "# HELP recon_sync_items_total Pushed sync items by outcome.\n"
           "# TYPE recon_sync_items_total counter\n"
           "recon_sync_items_total{outcome=\"accepted\"} "
        + QByteArray::number(m_accepted.load())
        + "\nrecon_sync_items_total{outcome=\"conflicted\"} "
        + QByteArray::number(m_conflicted.load())
        + "\nrecon_sync_items_total{outcome=\"replayed\"} " + QByteArray::number(m_replayed.load())
        + '\n';
    return out;
}

} // namespace recon::server
