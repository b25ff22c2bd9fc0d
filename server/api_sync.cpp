// Sync endpoints: push (validated batch, idempotent, optimistic concurrency per entity, all
// accepted changes in one transaction), pull (cursor paging of others' changes) and approve.
#include "server/api.h"
#include "server/audit.h"

#include <QRegularExpression>
#include <QSet>

namespace recon::server {

namespace {

constexpr int kMaxBatch = 1000;
constexpr int kMaxPayloadDepth = 32;
constexpr int kMaxPullLimit = 1000;
constexpr int kDefaultPullLimit = 200;

struct Change {
    QString idempotencyKey;
    QString entity;
    QString entityId;
    qint64 baseVersion = 0;
    QByteArray payload; // compact JSON
};

bool isEntityName(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^[a-z][a-z0-9_]{0,39}$"));
    return re.match(s).hasMatch();
}

// No NUL characters (PostgreSQL text and jsonb refuse them) and a bounded depth.
bool payloadStorable(const QJsonValue &v, int depth)
{
    if (depth > kMaxPayloadDepth)
        return false;
    if (v.isString())
        return !v.toString().contains(QChar(0));
    if (v.isArray()) {
        for (const auto &e : v.toArray())
            if (!payloadStorable(e, depth + 1))
                return false;
    } else if (v.isObject()) {
        const auto o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            if (it.key().contains(QChar(0)) || !payloadStorable(it.value(), depth + 1))
                return false;
    }
    return true;
}

QJsonObject issue(int index, const QString &field, const QString &message)
{
    return { { QStringLiteral("index"), index }, { QStringLiteral("field"), field },
        { QStringLiteral("message"), message } };
}

QJsonValue jsonFromDb(const pqxx::field &f)
{
    const auto doc = QJsonDocument::fromJson(QByteArray::fromStdString(f.as<std::string>()));
    if (doc.isObject())
        return doc.object();
    if (doc.isArray())
        return doc.array();
    return QJsonValue();
}

QString str(const pqxx::field &f)
{
    return QString::fromStdString(f.as<std::string>());
}

bool workspaceExists(pqxx::transaction_base &t, const QString &workspace, bool lock)
{
    const auto rows = t.exec_params(lock ? "SELECT 1 FROM workspaces WHERE id = $1::uuid FOR UPDATE"
                                         : "SELECT 1 FROM workspaces WHERE id = $1::uuid",
        workspace.toStdString());
    return !rows.empty();
}

// Analysts work in the workspaces they are members of; reviewers and admins in every one.
bool mayUse(pqxx::transaction_base &t, const AuthUser &user, const QString &workspace)
{
    if (user.role != Role::Analyst)
        return true;
    return !t.exec_params("SELECT 1 FROM workspace_members WHERE workspace_id = $1::uuid AND "
                          "user_id = $2::uuid",
                 workspace.toStdString(), user.id.toStdString())
                .empty();
}

} // namespace

HttpResponse Api::push(const HttpRequest &request, const AuthUser &user, const QString &workspace)
{
    HttpResponse failure;
    const auto body = jsonBody(request, failure);
    if (!body)
        return failure;
    const auto changesV = body->value(QStringLiteral("changes"));
    if (!changesV.isArray())
        return HttpResponse::error(400, QStringLiteral("expected {\"changes\": [...]}"));
    const QJsonArray items = changesV.toArray();
    if (items.isEmpty() || items.size() > kMaxBatch)
        return HttpResponse::error(
            400, QStringLiteral("a batch holds 1 to %1 changes").arg(kMaxBatch));

    // Validate everything before touching the database: one bad item rejects the batch.
    static const QSet<QString> known { QStringLiteral("idempotency_key"), QStringLiteral("entity"),
        QStringLiteral("entity_id"), QStringLiteral("base_version"), QStringLiteral("payload") };
    QJsonArray issues;
    std::vector<Change> changes;
    changes.reserve(size_t(items.size()));
    for (int i = 0; i < items.size() && issues.size() < 50; ++i) {
        if (!items[i].isObject()) {
            issues.append(issue(i, QString(), QStringLiteral("not an object")));
            continue;
        }
        const QJsonObject o = items[i].toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            if (!known.contains(it.key()))
                issues.append(issue(i, it.key().left(64), QStringLiteral("unknown field")));
        Change c;
        c.idempotencyKey = o.value(QStringLiteral("idempotency_key")).toString();
        c.entity = o.value(QStringLiteral("entity")).toString();
        c.entityId = o.value(QStringLiteral("entity_id")).toString();
        const QJsonValue base = o.value(QStringLiteral("base_version"));
        const QJsonValue payload = o.value(QStringLiteral("payload"));
        if (!isUuidText(c.idempotencyKey))
            issues.append(
                issue(i, QStringLiteral("idempotency_key"), QStringLiteral("must be a UUID")));
        if (!isEntityName(c.entity))
            issues.append(issue(
                i, QStringLiteral("entity"), QStringLiteral("must match [a-z][a-z0-9_]{0,39}")));
        if (!isUuidText(c.entityId))
            issues.append(issue(i, QStringLiteral("entity_id"), QStringLiteral("must be a UUID")));
        const double b = base.toDouble(-1);
        if (!base.isDouble() || b < 0 || b > 2147483646 || b != double(qint64(b)))
            issues.append(issue(
                i, QStringLiteral("base_version"), QStringLiteral("must be an integer >= 0")));
        if (!payload.isObject())
            issues.append(issue(i, QStringLiteral("payload"), QStringLiteral("must be an object")));
        else if (!payloadStorable(payload, 0))
            issues.append(issue(i, QStringLiteral("payload"),
                QStringLiteral("too deep or contains NUL characters")));
        c.idempotencyKey = c.idempotencyKey.toLower();
        c.entityId = c.entityId.toLower();
        c.baseVersion = qint64(b);
        c.payload = QJsonDocument(payload.toObject()).toJson(QJsonDocument::Compact);
        changes.push_back(std::move(c));
    }
    if (!issues.isEmpty())
        return HttpResponse::json(400,
            { { QStringLiteral("error"), QStringLiteral("invalid changes") },
                { QStringLiteral("issues"), issues } });

    auto conn = lease(failure);
    if (!conn)
        return failure;
    QJsonArray accepted, replayed, conflicts;
    {
        pqxx::work w(*conn);
        if (!workspaceExists(w, workspace, false)) {
            // The first push to an unknown id creates the workspace and claims it. Concurrent
            // first pushes race on the primary key: one inserts, the others find a workspace
            // they are not members of.
            const auto created = w.exec_params(
                "INSERT INTO workspaces (id, name, created_by) VALUES ($1::uuid, $2, $3::uuid) "
                "ON CONFLICT (id) DO NOTHING",
                workspace.toStdString(), ("workspace " + workspace.left(8)).toStdString(),
                user.id.toStdString());
            if (created.affected_rows() == 1) {
                w.exec_params("INSERT INTO workspace_members (workspace_id, user_id, added_by) "
                              "VALUES ($1::uuid, $2::uuid, $2::uuid)",
                    workspace.toStdString(), user.id.toStdString());
                appendAudit(w, user.id, QStringLiteral("workspace_claim"),
                    { { QStringLiteral("workspace"), workspace } });
            }
        }
        if (!mayUse(w, user, workspace))
            return HttpResponse::error(403, QStringLiteral("not a member of this workspace"));
        // Lock the workspace row: pushes to one workspace serialise, so versions and the pull
        // cursor (seq) advance in commit order.
        workspaceExists(w, workspace, true);
        QSet<QString> seenKeys;
        for (const Change &c : changes) {
            const std::string key = c.idempotencyKey.toStdString();
            if (seenKeys.contains(c.idempotencyKey)) {
                replayed.append(
                    QJsonObject { { QStringLiteral("idempotency_key"), c.idempotencyKey } });
                continue;
            }
            seenKeys.insert(c.idempotencyKey);
            const auto known = w.exec_params(
                "SELECT version, seq FROM changes WHERE idempotency_key = $1::uuid", key);
            if (!known.empty()) {
                replayed.append(
                    QJsonObject { { QStringLiteral("idempotency_key"), c.idempotencyKey },
                        { QStringLiteral("version"), known[0][0].as<int>() },
                        { QStringLiteral("seq"), known[0][1].as<qint64>() } });
                continue;
            }
            const auto head = w.exec_params(
                "SELECT version, payload::text, (SELECT name FROM users WHERE id = author) "
                "FROM changes WHERE workspace_id = $1::uuid AND entity = $2 AND entity_id = "
                "$3::uuid "
                "ORDER BY version DESC LIMIT 1",
                workspace.toStdString(), c.entity.toStdString(), c.entityId.toStdString());
            const qint64 current = head.empty() ? 0 : head[0][0].as<qint64>();
            if (current != c.baseVersion) {
                QJsonObject conflict { { QStringLiteral("idempotency_key"), c.idempotencyKey },
                    { QStringLiteral("entity"), c.entity },
                    { QStringLiteral("entity_id"), c.entityId },
                    { QStringLiteral("base_version"), c.baseVersion },
                    { QStringLiteral("current_version"), current },
                    { QStringLiteral("your_payload"),
                        QJsonDocument::fromJson(c.payload).object() } };
                if (!head.empty()) {
                    conflict.insert(QStringLiteral("current_payload"), jsonFromDb(head[0][1]));
                    conflict.insert(QStringLiteral("current_author"),
                        head[0][2].is_null() ? QString() : str(head[0][2]));
                }
                conflicts.append(conflict);
                continue;
            }
            const auto ins = w.exec_params(
                "INSERT INTO changes (workspace_id, entity, entity_id, version, payload, author, "
                "idempotency_key) VALUES ($1::uuid, $2, $3::uuid, $4, $5::jsonb, $6::uuid, "
                "$7::uuid) "
                "RETURNING seq",
                workspace.toStdString(), c.entity.toStdString(), c.entityId.toStdString(),
                c.baseVersion + 1, c.payload.toStdString(), user.id.toStdString(), key);
            accepted.append(QJsonObject { { QStringLiteral("idempotency_key"), c.idempotencyKey },
                { QStringLiteral("entity"), c.entity }, { QStringLiteral("entity_id"), c.entityId },
                { QStringLiteral("version"), c.baseVersion + 1 },
                { QStringLiteral("seq"), ins[0][0].as<qint64>() } });
        }
        appendAudit(w, user.id, QStringLiteral("push"),
            { { QStringLiteral("workspace"), workspace },
                { QStringLiteral("accepted"), accepted.size() },
                { QStringLiteral("replayed"), replayed.size() },
                { QStringLiteral("conflicted"), conflicts.size() } });
        w.commit();
    }
    m_metrics.addSyncAccepted(int(accepted.size()));
    m_metrics.addSyncConflicted(int(conflicts.size()));
    m_metrics.addSyncReplayed(int(replayed.size()));
    return HttpResponse::json(conflicts.isEmpty() ? 200 : 409,
        { { QStringLiteral("accepted"), accepted }, { QStringLiteral("replayed"), replayed },
            { QStringLiteral("conflicts"), conflicts } });
}

HttpResponse Api::pull(const HttpRequest &request, const AuthUser &user, const QString &workspace)
{
    bool ok = true;
    qint64 since = 0;
    if (request.query.hasQueryItem(QStringLiteral("since"))) {
        since = request.query.queryItemValue(QStringLiteral("since")).toLongLong(&ok);
        if (!ok || since < 0)
            return HttpResponse::error(400, QStringLiteral("since must be a cursor >= 0"));
    }
    int limit = kDefaultPullLimit;
    if (request.query.hasQueryItem(QStringLiteral("limit"))) {
        limit = request.query.queryItemValue(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1 || limit > kMaxPullLimit)
            return HttpResponse::error(
                400, QStringLiteral("limit must be 1 to %1").arg(kMaxPullLimit));
    }
    HttpResponse failure;
    auto conn = lease(failure);
    if (!conn)
        return failure;
    pqxx::read_transaction t(*conn);
    if (!workspaceExists(t, workspace, false))
        return HttpResponse::error(404, QStringLiteral("no such workspace"));
    if (!mayUse(t, user, workspace))
        return HttpResponse::error(403, QStringLiteral("not a member of this workspace"));
    const auto rows = t.exec_params(
        "SELECT c.seq, c.entity, c.entity_id::text, c.version, c.payload::text, u.name, "
        "c.idempotency_key::text, to_char(c.created_at AT TIME ZONE 'UTC', "
        "'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"') "
        "FROM changes c JOIN users u ON u.id = c.author "
        "WHERE c.workspace_id = $1::uuid AND c.seq > $2 AND c.author <> $3::uuid "
        "ORDER BY c.seq LIMIT $4",
        workspace.toStdString(), since, user.id.toStdString(), limit + 1);
    QJsonArray out;
    qint64 cursor = since;
    const int n = qMin(int(rows.size()), limit);
    for (int i = 0; i < n; ++i) {
        const auto &row = rows[i];
        cursor = row[0].as<qint64>();
        out.append(QJsonObject { { QStringLiteral("seq"), cursor },
            { QStringLiteral("entity"), str(row[1]) }, { QStringLiteral("entity_id"), str(row[2]) },
            { QStringLiteral("version"), row[3].as<int>() },
            { QStringLiteral("payload"), jsonFromDb(row[4]) },
            { QStringLiteral("author"), str(row[5]) },
            { QStringLiteral("idempotency_key"), str(row[6]) },
            { QStringLiteral("created_at"), str(row[7]) } });
    }
    return HttpResponse::json(200,
        { { QStringLiteral("changes"), out }, { QStringLiteral("next_cursor"), cursor },
            { QStringLiteral("has_more"), int(rows.size()) > limit } });
}

HttpResponse Api::approve(
    const HttpRequest &request, const AuthUser &user, const QString &workspace)
{
    HttpResponse failure;
    const auto body = jsonBody(request, failure);
    if (!body)
        return failure;
    const QString entity = body->value(QStringLiteral("entity")).toString();
    const QString entityId = body->value(QStringLiteral("entity_id")).toString().toLower();
    const QJsonValue versionV = body->value(QStringLiteral("version"));
    const QString decision = body->value(QStringLiteral("decision")).toString();
    const QString comment = body->value(QStringLiteral("comment")).toString();
    const double v = versionV.toDouble(-1);
    if (!isEntityName(entity) || !isUuidText(entityId) || !versionV.isDouble() || v < 1
        || v > 2147483647 || v != double(qint64(v))
        || (decision != QLatin1String("approve") && decision != QLatin1String("reject"))
        || comment.size() > 2000 || comment.contains(QChar(0)))
        return HttpResponse::error(400,
            QStringLiteral("expected {entity, entity_id, version, decision: approve|reject, "
                           "comment}"));
    auto conn = lease(failure);
    if (!conn)
        return failure;
    pqxx::work w(*conn);
    if (!workspaceExists(w, workspace, false))
        return HttpResponse::error(404, QStringLiteral("no such workspace"));
    const auto found = w.exec_params("SELECT 1 FROM changes WHERE workspace_id = $1::uuid AND "
                                     "entity = $2 AND entity_id = $3::uuid AND version = $4",
        workspace.toStdString(), entity.toStdString(), entityId.toStdString(), qint64(v));
    if (found.empty())
        return HttpResponse::error(404, QStringLiteral("no such entity version"));
    const auto ins = w.exec_params(
        "INSERT INTO approvals (workspace_id, entity, entity_id, version, decision, comment, "
        "reviewer) VALUES ($1::uuid, $2, $3::uuid, $4, $5, $6, $7::uuid) RETURNING id",
        workspace.toStdString(), entity.toStdString(), entityId.toStdString(), qint64(v),
        decision.toStdString(), comment.toStdString(), user.id.toStdString());
    appendAudit(w, user.id, decision,
        { { QStringLiteral("workspace"), workspace }, { QStringLiteral("entity"), entity },
            { QStringLiteral("entity_id"), entityId }, { QStringLiteral("version"), qint64(v) } });
    w.commit();
    return HttpResponse::json(201,
        { { QStringLiteral("id"), ins[0][0].as<qint64>() },
            { QStringLiteral("decision"), decision } });
}

HttpResponse Api::addMember(
    const HttpRequest &request, const AuthUser &user, const QString &workspace)
{
    HttpResponse failure;
    const auto body = jsonBody(request, failure);
    if (!body)
        return failure;
    const QString name = body->value(QStringLiteral("user")).toString();
    if (name.isEmpty() || name.size() > 64 || name.contains(QChar(0)) || body->size() != 1)
        return HttpResponse::error(400, QStringLiteral("expected {user}"));
    auto conn = lease(failure);
    if (!conn)
        return failure;
    pqxx::work w(*conn);
    if (!workspaceExists(w, workspace, false))
        return HttpResponse::error(404, QStringLiteral("no such workspace"));
    const auto member = w.exec_params(
        "SELECT id::text FROM users WHERE name = $1 AND NOT deleted", name.toStdString());
    if (member.empty())
        return HttpResponse::error(404, QStringLiteral("no such user"));
    const auto ins = w.exec_params(
        "INSERT INTO workspace_members (workspace_id, user_id, added_by) VALUES ($1::uuid, "
        "$2::uuid, $3::uuid) ON CONFLICT DO NOTHING",
        workspace.toStdString(), member[0][0].as<std::string>(), user.id.toStdString());
    appendAudit(w, user.id, QStringLiteral("workspace_member_add"),
        { { QStringLiteral("workspace"), workspace }, { QStringLiteral("user"), name } });
    w.commit();
    return HttpResponse::json(ins.affected_rows() == 1 ? 201 : 200,
        { { QStringLiteral("workspace"), workspace }, { QStringLiteral("user"), name } });
}

} // namespace recon::server
