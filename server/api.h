#pragma once
// The HTTP API: routing, authentication and the handlers. Pure request -> response, called on
// worker threads; it owns no sockets, so it is the same code under TLS and plain HTTP.

#include "server/config.h"
#include "server/db_pool.h"
#include "server/http_types.h"
#include "server/metrics.h"
#include "server/rate_limiter.h"
#include "server/tokens.h"

#include <optional>

namespace recon::server {

enum class Role { Analyst, Reviewer, Admin };
std::optional<Role> roleFromString(const QString &s);
QString roleName(Role r);

struct AuthUser {
    QString id;
    QString name;
    Role role = Role::Analyst;
};

class Api {
public:
    Api(const ServerConfig &config, DbPool &pool, Metrics &metrics);

    HttpResponse handle(const HttpRequest &request, RequestContext &ctx);

    // For tests and the transport: the database pool and metrics.
    DbPool &pool() { return m_pool; }
    Metrics &metrics() { return m_metrics; }
    // The /health/ready check without a request (the background probe): updates the
    // recon_db_ready gauge and returns whether the database is ready.
    bool checkReady() { return ready().status == 200; }

private:
    HttpResponse live();
    HttpResponse ready(); // readyCheck() + the recon_db_ready gauge
    HttpResponse readyCheck();
    HttpResponse metricsText();
    HttpResponse login(const HttpRequest &request, RequestContext &ctx);
    HttpResponse me(const AuthUser &user);
    HttpResponse listWorkspaces(const AuthUser &user);
    HttpResponse createWorkspace(const HttpRequest &request, const AuthUser &user);
    HttpResponse push(const HttpRequest &request, const AuthUser &user, const QString &workspace);
    HttpResponse pull(const HttpRequest &request, const AuthUser &user, const QString &workspace);
    HttpResponse approve(
        const HttpRequest &request, const AuthUser &user, const QString &workspace);
    HttpResponse addMember(
        const HttpRequest &request, const AuthUser &user, const QString &workspace);

    // Bearer token -> user re-read from the database; nullopt with a 401/503 in `failure`.
    std::optional<AuthUser> authenticate(const HttpRequest &request, HttpResponse &failure);
    // Parses a JSON object body within the size limit; nullopt with a 4xx in `failure`.
    std::optional<QJsonObject> jsonBody(const HttpRequest &request, HttpResponse &failure);
    DbPool::Lease lease(HttpResponse &failure);

    const ServerConfig &m_config;
    DbPool &m_pool;
    Metrics &m_metrics;
    TokenService m_tokens;
    RateLimiter m_userLimiter; // failed logins per user name
    RateLimiter m_addressLimiter; // failed logins per client address
};

// Strict lower- or upper-case 8-4-4-4-12 hex UUID text (no braces, no junk).
bool isUuidText(const QString &s);

} // namespace recon::server
