#include "server/api.h"

#include "server/audit.h"
#include "server/json_log.h"
#include "server/migrations.h"
#include "server/passwords.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QUuid>

namespace recon::server {

namespace {

constexpr auto kLeaseTimeout = std::chrono::milliseconds(5000);
constexpr int kLoginMaxFailures = 5;
constexpr qint64 kLoginWindowMs = 5 * 60 * 1000;

qint64 nowSec()
{
    return QDateTime::currentSecsSinceEpoch();
}

HttpResponse methodNotAllowed(const char *allow)
{
    auto r = HttpResponse::error(405, QStringLiteral("method not allowed"));
    r.addHeader("Allow", allow);
    return r;
}

bool allowedRole(Role have, Role needed)
{
    return int(have) >= int(needed);
}

} // namespace

std::optional<Role> roleFromString(const QString &s)
{
    if (s == QLatin1String("analyst"))
        return Role::Analyst;
    if (s == QLatin1String("reviewer"))
        return Role::Reviewer;
    if (s == QLatin1String("admin"))
        return Role::Admin;
    return std::nullopt;
}

QString roleName(Role r)
{
    switch (r) {
    case Role::Analyst:
        return QStringLiteral("analyst");
    case Role::Reviewer:
        return QStringLiteral("reviewer");
    case Role::Admin:
        return QStringLiteral("admin");
    }
    return {};
}

bool isUuidText(const QString &s)
{
    static const QRegularExpression re(QStringLiteral(
        "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    return s.size() == 36 && re.match(s).hasMatch();
}

Api::Api(const ServerConfig &config, DbPool &pool, Metrics &metrics)
    : m_config(config)
    , m_pool(pool)
    , m_metrics(metrics)
    , m_tokens(config.jwtSecret, config.issuer, config.audience, config.tokenTtlSeconds,
          config.jwtSecretPrevious)
    , m_userLimiter(config.loginMaxFailuresUser, qint64(config.loginWindowSeconds) * 1000)
    , m_addressLimiter(config.loginMaxFailuresAddress, qint64(config.loginWindowSeconds) * 1000)
{
}

DbPool::Lease Api::lease(HttpResponse &failure)
{
    std::string why;
    auto l = m_pool.acquire(kLeaseTimeout, &why);
    if (!l) {
        jlog::error(QStringLiteral("database unavailable"),
            { { QStringLiteral("reason"), QString::fromStdString(why) } });
        failure = HttpResponse::error(503, QStringLiteral("database unavailable"));
        failure.addHeader("Retry-After", "2");
    }
    return l;
}

std::optional<QJsonObject> Api::jsonBody(const HttpRequest &request, HttpResponse &failure)
{
    if (request.body.size() > m_config.maxBodyBytes) {
        failure = HttpResponse::error(413, QStringLiteral("request body too large"));
        return std::nullopt;
    }
    const QByteArray type = request.header("content-type").toLower();
    if (!type.startsWith("application/json")) {
        failure
            = HttpResponse::error(415, QStringLiteral("expected Content-Type application/json"));
        return std::nullopt;
    }
    QJsonParseError err;
    const auto doc = QJsonDocument::fromJson(request.body, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject()) {
        failure = HttpResponse::error(400, QStringLiteral("body is not a JSON object"));
        return std::nullopt;
    }
    return doc.object();
}

std::optional<AuthUser> Api::authenticate(const HttpRequest &request, HttpResponse &failure)
{
    const QByteArray authz = request.header("authorization");
    auto unauthorized = [&](const QString &reason) {
        jlog::debug(QStringLiteral("token refused"),
            { { QStringLiteral("reason"), reason },
                { QStringLiteral("request_id"), request.requestId } });
        failure = HttpResponse::error(401, QStringLiteral("unauthorized"));
        failure.addHeader("WWW-Authenticate", "Bearer realm=\"recon\"");
        return std::nullopt;
    };
    if (!authz.startsWith("Bearer "))
        return unauthorized(QStringLiteral("no bearer token"));
    TokenClaims claims;
    QString reason;
    if (!m_tokens.verify(authz.mid(7).trimmed(), nowSec(), claims, reason))
        return unauthorized(reason);
    auto conn = lease(failure);
    if (!conn)
        return std::nullopt;
    try {
        pqxx::read_transaction t(*conn);
        const auto rows = t.exec_params("SELECT name, role, deleted FROM users WHERE id = $1::uuid",
            claims.subject.toStdString());
        if (rows.empty())
            return unauthorized(QStringLiteral("unknown user"));
        if (rows[0][2].as<bool>())
            return unauthorized(QStringLiteral("deleted user"));
        const auto role = roleFromString(QString::fromStdString(rows[0][1].as<std::string>()));
        if (!role)
            return unauthorized(QStringLiteral("bad role"));
        return AuthUser { claims.subject, QString::fromStdString(rows[0][0].as<std::string>()),
            *role };
    } catch (const pqxx::broken_connection &) {
        conn.markBroken();
        failure = HttpResponse::error(503, QStringLiteral("database unavailable"));
        return std::nullopt;
    }
}

HttpResponse Api::handle(const HttpRequest &request, RequestContext &ctx)
{
    const QString &path = request.path;
    const QByteArray &method = request.method;
    try {
        if (path == QLatin1String("/health/live")) {
            ctx.route = path;
            return method == "GET" ? live() : methodNotAllowed("GET");
        }
        if (path == QLatin1String("/health/ready")) {
            ctx.route = path;
            return method == "GET" ? ready() : methodNotAllowed("GET");
        }
        if (path == QLatin1String("/metrics")) {
            ctx.route = path;
            return method == "GET" ? metricsText() : methodNotAllowed("GET");
        }
        if (path == QLatin1String("/api/v1/auth/login")) {
            ctx.route = path;
            return method == "POST" ? login(request, ctx) : methodNotAllowed("POST");
        }
        if (!path.startsWith(QLatin1String("/api/v1/")))
            return HttpResponse::error(404, QStringLiteral("not found"));

        // Everything below needs a valid token for an existing, non-deleted user.
        // Refuse encoded or relative path segments outright instead of normalising them.
        if (path.contains(QLatin1Char('%')) || path.contains(QLatin1String("//"))
            || path.contains(QLatin1String("/./")) || path.contains(QLatin1String(".."))
            || path.contains(QLatin1Char('\\'))) {
            ctx.route = QStringLiteral("invalid");
            return HttpResponse::error(400, QStringLiteral("invalid path"));
        }
        const QStringList seg = path.mid(1).split(QLatin1Char('/'));
        // seg: api, v1, <resource>, ...
        QString workspace;
        QString action;
        if (seg.size() == 3 && seg[2] == QLatin1String("me")) {
            ctx.route = QStringLiteral("/api/v1/me");
        } else if (seg.size() == 3 && seg[2] == QLatin1String("workspaces")) {
            ctx.route = QStringLiteral("/api/v1/workspaces");
        } else if (seg.size() == 5 && seg[2] == QLatin1String("workspaces")) {
            action = seg[4];
            if (action != QLatin1String("push") && action != QLatin1String("pull")
                && action != QLatin1String("approve") && action != QLatin1String("members"))
                return HttpResponse::error(404, QStringLiteral("not found"));
            ctx.route = QStringLiteral("/api/v1/workspaces/{id}/") + action;
            workspace = seg[3];
            if (!isUuidText(workspace))
                return HttpResponse::error(400, QStringLiteral("workspace id must be a UUID"));
            workspace = workspace.toLower();
        } else if (seg.size() >= 4 && seg[2] == QLatin1String("workspaces")) {
            ctx.route = QStringLiteral("invalid");
            return HttpResponse::error(400, QStringLiteral("invalid path"));
        } else {
            return HttpResponse::error(404, QStringLiteral("not found"));
        }

        HttpResponse failure;
        const auto user = authenticate(request, failure);
        if (!user)
            return failure;
        ctx.user = user->name;
        auto forbidden = [] { return HttpResponse::error(403, QStringLiteral("forbidden")); };

        if (ctx.route == QLatin1String("/api/v1/me"))
            return method == "GET" ? me(*user) : methodNotAllowed("GET");
        if (ctx.route == QLatin1String("/api/v1/workspaces")) {
            if (method == "GET")
                return listWorkspaces(*user);
            if (method != "POST")
                return methodNotAllowed("GET, POST");
            if (!allowedRole(user->role, Role::Admin))
                return forbidden();
            return createWorkspace(request, *user);
        }
        if (action == QLatin1String("push"))
            return method == "POST" ? push(request, *user, workspace) : methodNotAllowed("POST");
        if (action == QLatin1String("pull"))
            return method == "GET" ? pull(request, *user, workspace) : methodNotAllowed("GET");
        if (method != "POST")
            return methodNotAllowed("POST");
        if (action == QLatin1String("members")) {
            if (!allowedRole(user->role, Role::Admin))
                return forbidden();
            return addMember(request, *user, workspace);
        }
        if (!allowedRole(user->role, Role::Reviewer))
            return forbidden();
        return approve(request, *user, workspace);
    } catch (const std::exception &e) {
        jlog::error(QStringLiteral("handler failed"),
            { { QStringLiteral("request_id"), request.requestId },
                { QStringLiteral("error"), QString::fromUtf8(e.what()).left(500) } });
        return HttpResponse::error(500, QStringLiteral("internal error"));
    }
}

HttpResponse Api::live()
{
    return HttpResponse::json(200, { { QStringLiteral("status"), QStringLiteral("live") } });
}

HttpResponse Api::ready()
{
    HttpResponse r = readyCheck();
    m_metrics.setDbReady(r.status == 200);
    return r;
}

HttpResponse Api::readyCheck()
{
    std::string why;
    auto conn = m_pool.acquire(std::chrono::milliseconds(2000), &why);
    if (!conn)
        return HttpResponse::json(503,
            { { QStringLiteral("status"), QStringLiteral("not ready") },
                { QStringLiteral("database"), QStringLiteral("unavailable") } });
    try {
        pqxx::read_transaction t(*conn);
        const int v
            = t.exec("SELECT coalesce(max(version), 0) FROM schema_migrations")[0][0].as<int>();
        if (v != latestSchemaVersion())
            return HttpResponse::json(503,
                { { QStringLiteral("status"), QStringLiteral("not ready") },
                    { QStringLiteral("schema_version"), v } });
        return HttpResponse::json(200,
            { { QStringLiteral("status"), QStringLiteral("ready") },
                { QStringLiteral("schema_version"), v } });
    } catch (const pqxx::broken_connection &) {
        conn.markBroken();
    } catch (const std::exception &) {
    }
    return HttpResponse::json(503,
        { { QStringLiteral("status"), QStringLiteral("not ready") },
            { QStringLiteral("database"), QStringLiteral("error") } });
}

HttpResponse Api::metricsText()
{
    HttpResponse r;
    r.contentType = "text/plain; version=0.0.4";
    r.body = m_metrics.render(nowSec(), m_pool.inUse(), m_pool.size());
    return r;
}

HttpResponse Api::login(const HttpRequest &request, RequestContext &ctx)
{
    HttpResponse failure;
    const auto body = jsonBody(request, failure);
    if (!body)
        return failure;
    const auto userV = body->value(QStringLiteral("user"));
    const auto passV = body->value(QStringLiteral("password"));
    if (!userV.isString() || !passV.isString() || userV.toString().isEmpty()
        || userV.toString().size() > 64 || passV.toString().size() > 1024
        || userV.toString().contains(QChar(0)) || passV.toString().contains(QChar(0)))
        return HttpResponse::error(
            400, QStringLiteral("expected {\"user\": ..., \"password\": ...}"));
    const QString name = userV.toString();
    const QString userKey = QStringLiteral("user:") + name;
    const QString addrKey = QStringLiteral("addr:") + request.remoteAddress;
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    int retryAfter = 0;
    if (m_userLimiter.blocked(userKey, nowMs, &retryAfter)
        || m_addressLimiter.blocked(addrKey, nowMs, &retryAfter)) {
        auto r = HttpResponse::error(429, QStringLiteral("too many failed logins, retry later"));
        r.addHeader("Retry-After", QByteArray::number(qMax(1, retryAfter)));
        return r;
    }
    auto conn = lease(failure);
    if (!conn)
        return failure;
    QString id;
    QString role;
    QByteArray hash;
    {
        pqxx::read_transaction t(*conn);
        const auto rows = t.exec_params(
            "SELECT id::text, role, password_hash FROM users WHERE name = $1 AND NOT deleted",
            name.toStdString());
        if (!rows.empty()) {
            id = QString::fromStdString(rows[0][0].as<std::string>());
            role = QString::fromStdString(rows[0][1].as<std::string>());
            hash = QByteArray::fromStdString(rows[0][2].as<std::string>());
        }
    }
    // Same cost whether or not the user exists.
    const bool ok = verifyPassword(hash.isEmpty() ? dummyHash() : hash, passV.toString().toUtf8())
        && !hash.isEmpty();
    if (!ok) {
        m_userLimiter.recordFailure(userKey, nowMs);
        m_addressLimiter.recordFailure(addrKey, nowMs);
        pqxx::work w(*conn);
        appendAudit(w, id, QStringLiteral("login_failed"),
            { { QStringLiteral("user"), name.left(64) },
                { QStringLiteral("address"), request.remoteAddress } });
        w.commit();
        return HttpResponse::error(401, QStringLiteral("invalid user or password"));
    }
    m_userLimiter.reset(userKey);
    ctx.user = name;
    TokenClaims claims;
    const QByteArray token = m_tokens.issue(id, role, nowSec(), &claims);
    if (token.isEmpty())
        return HttpResponse::error(500, QStringLiteral("cannot issue token"));
    m_metrics.tokenIssued(claims.expiresAt);
    pqxx::work w(*conn);
    appendAudit(
        w, id, QStringLiteral("login"), { { QStringLiteral("address"), request.remoteAddress } });
    w.commit();
    return HttpResponse::json(200,
        { { QStringLiteral("token"), QString::fromLatin1(token) },
            { QStringLiteral("token_type"), QStringLiteral("Bearer") },
            { QStringLiteral("expires_in"), m_tokens.ttlSeconds() },
            { QStringLiteral("role"), role } });
}

HttpResponse Api::me(const AuthUser &user)
{
    return HttpResponse::json(200,
        { { QStringLiteral("id"), user.id }, { QStringLiteral("name"), user.name },
            { QStringLiteral("role"), roleName(user.role) } });
}

HttpResponse Api::listWorkspaces(const AuthUser &user)
{
    HttpResponse failure;
    auto conn = lease(failure);
    if (!conn)
        return failure;
    pqxx::read_transaction t(*conn);
    // Analysts see their memberships; reviewers and admins see every workspace.
    const auto rows
        = t.exec_params("SELECT id::text, name FROM workspaces w WHERE $1 OR EXISTS (SELECT 1 FROM "
                        "workspace_members m WHERE m.workspace_id = w.id AND m.user_id = $2::uuid) "
                        "ORDER BY created_at, id",
            user.role != Role::Analyst, user.id.toStdString());
    QJsonArray list;
    for (const auto &row : rows)
        list.append(QJsonObject {
            { QStringLiteral("id"), QString::fromStdString(row[0].as<std::string>()) },
            { QStringLiteral("name"), QString::fromStdString(row[1].as<std::string>()) } });
    return HttpResponse::json(200, { { QStringLiteral("workspaces"), list } });
}

HttpResponse Api::createWorkspace(const HttpRequest &request, const AuthUser &user)
{
    HttpResponse failure;
    const auto body = jsonBody(request, failure);
    if (!body)
        return failure;
    const QString name = body->value(QStringLiteral("name")).toString();
    QString id = body->value(QStringLiteral("id")).toString();
    if (name.trimmed().isEmpty() || name.size() > 200 || name.contains(QChar(0)))
        return HttpResponse::error(400, QStringLiteral("name must be 1 to 200 characters"));
    if (id.isEmpty())
        id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!isUuidText(id))
        return HttpResponse::error(400, QStringLiteral("id must be a UUID"));
    id = id.toLower();
    auto conn = lease(failure);
    if (!conn)
        return failure;
    pqxx::work w(*conn);
    const auto r = w.exec_params("INSERT INTO workspaces (id, name, created_by) VALUES "
                                 "($1::uuid, $2, $3::uuid) ON CONFLICT (id) DO NOTHING",
        id.toStdString(), name.toStdString(), user.id.toStdString());
    if (r.affected_rows() == 0)
        return HttpResponse::error(409, QStringLiteral("workspace exists"));
    w.exec_params("INSERT INTO workspace_members (workspace_id, user_id, added_by) VALUES "
                  "($1::uuid, $2::uuid, $2::uuid)",
        id.toStdString(), user.id.toStdString());
    appendAudit(w, user.id, QStringLiteral("workspace_create"),
        { { QStringLiteral("workspace"), id }, { QStringLiteral("name"), name } });
    w.commit();
    return HttpResponse::json(
        201, { { QStringLiteral("id"), id }, { QStringLiteral("name"), name } });
}

} // namespace recon::server
