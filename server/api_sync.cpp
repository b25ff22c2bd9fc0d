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
        // Three round trips per batch whatever its size: the keys already stored, the current
        // head of every entity named, then one INSERT of all accepted changes in batch order.
        // Array and JSON texts below only hold validated UUIDs, entity names and payloads.
        QByteArray keyArray = "{", entityArray = "{", idArray = "{";
        for (const Change &c : changes) {
            const char *sep = keyArray.size() > 1 ? "," : "";
            keyArray += sep + c.idempotencyKey.toLatin1();
            entityArray += sep + c.entity.toLatin1();
            idArray += sep + c.entityId.toLatin1();
        }
        keyArray += '}';
        entityArray += '}';
        idArray += '}';
        struct Known {
            int version;
            qint64 seq;
        };
        QHash<QString, Known> known;
        for (const auto &row :
            w.exec_params("SELECT idempotency_key::text, version, seq FROM changes WHERE "
                          "idempotency_key = ANY($1::uuid[])",
                keyArray.toStdString()))
            known.insert(str(row[0]), { row[1].as<int>(), row[2].as<qint64>() });
        struct Head {
            qint64 version = 0;
            QJsonValue payload;
            QString author;
        };
        QHash<QString, Head> heads; // "entity/id"
        for (const auto &row : w.exec_params(
                 "SELECT DISTINCT ON (c.entity, c.entity_id) c.entity, c.entity_id::text, "
                 "c.version, c.payload::text, u.name FROM changes c LEFT JOIN users u ON u.id = "
                 "c.author WHERE c.workspace_id = $1::uuid AND (c.entity, c.entity_id) IN "
                 "(SELECT e, i FROM unnest($2::text[], $3::uuid[]) AS t(e, i)) "
                 "ORDER BY c.entity, c.entity_id, c.version DESC",
                 workspace.toStdString(), entityArray.toStdString(), idArray.toStdString()))
            heads.insert(str(row[0]) + QLatin1Char('/') + str(row[1]),
                { row[2].as<qint64>(), jsonFromDb(row[3]),
                    row[4].is_null() ? QString() : str(row[4]) });

        QSet<QString> seenKeys;
        QByteArray rows = "[";
        QList<int> acceptedAt; // index in `accepted` per inserted row, in order
        for (const Change &c : changes) {
            if (seenKeys.contains(c.idempotencyKey)) {
                replayed.append(
                    QJsonObject { { QStringLiteral("idempotency_key"), c.idempotencyKey } });
                continue;
            }
            seenKeys.insert(c.idempotencyKey);
            if (const auto k = known.constFind(c.idempotencyKey); k != known.constEnd()) {
                replayed.append(QJsonObject {
                    { QStringLiteral("idempotency_key"), c.idempotencyKey },
                    { QStringLiteral("version"), k->version }, { QStringLiteral("seq"), k->seq } });
                continue;
            }
            const QString entityKey = c.entity + QLatin1Char('/') + c.entityId;
            Head &head = heads[entityKey];
            if (head.version != c.baseVersion) {
                QJsonObject conflict { { QStringLiteral("idempotency_key"), c.idempotencyKey },
                    { QStringLiteral("entity"), c.entity },
                    { QStringLiteral("entity_id"), c.entityId },
                    { QStringLiteral("base_version"), c.baseVersion },
                    { QStringLiteral("current_version"), head.version },
                    { QStringLiteral("your_payload"),
                        QJsonDocument::fromJson(c.payload).object() } };
                if (head.version > 0) {
                    conflict.insert(QStringLiteral("current_payload"), head.payload);
                    conflict.insert(QStringLiteral("current_author"), head.author);
                }
                conflicts.append(conflict);
                continue;
            }
            head.version = c.baseVersion + 1;
            head.payload = QJsonDocument::fromJson(c.payload).object();
            head.author = user.name;
            if (rows.size() > 1)
                rows += ',';
            rows += "{\"entity\":\"" + c.entity.toLatin1() + "\",\"entity_id\":\""
                + c.entityId.toLatin1() + "\",\"version\":" + QByteArray::number(head.version)
                + ",\"key\":\"" + c.idempotencyKey.toLatin1() + "\",\"payload\":" + c.payload + '}';
            acceptedAt.append(int(accepted.size()));
            accepted.append(QJsonObject { { QStringLiteral("idempotency_key"), c.idempotencyKey },
                { QStringLiteral("entity"), c.entity }, { QStringLiteral("entity_id"), c.entityId },
                { QStringLiteral("version"), head.version } });
        }
        rows += ']';
        if (!acceptedAt.isEmpty()) {
            QHash<QString, qint64> seqs;
            for (const auto &row : w.exec_params(
                     "INSERT INTO changes (workspace_id, entity, entity_id, version, payload, "
                     "author, idempotency_key) SELECT $1::uuid, x.entity, x.entity_id::uuid, "
                     "x.version, x.payload, $2::uuid, x.key::uuid FROM ROWS FROM "
                     "(jsonb_to_recordset($3::jsonb) AS (entity text, entity_id text, version "
                     "int, key text, payload jsonb)) WITH ORDINALITY AS x(entity, entity_id, "
                     "version, key, payload, n) ORDER BY x.n "
                     "RETURNING idempotency_key::text, seq",
                     workspace.toStdString(), user.id.toStdString(), rows.toStdString()))
                seqs.insert(str(row[0]), row[1].as<qint64>());
            for (int i : acceptedAt) {
                QJsonObject o = accepted[i].toObject();
                o.insert(QStringLiteral("seq"),
                    seqs.value(o.value(QStringLiteral("idempotency_key")).toString()));
                accepted[i] = o;
            }
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
