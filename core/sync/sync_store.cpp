#include "core/sync/sync_store.h"

#include "core/store/workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QUuid>

namespace recon::sync {

namespace {

QJsonObject parseObject(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QString idText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

ConflictRecord readConflict(sql::Stmt &q)
{
    ConflictRecord c;
    c.id = q.intAt(0);
    c.outboxSeq = q.intAt(1);
    c.entity = q.textAt(2);
    c.entityId = q.textAt(3);
    c.baseVersion = q.intAt(4);
    c.theirVersion = q.intAt(5);
    c.mine = parseObject(q.textAt(6));
    c.theirs = parseObject(q.textAt(7));
    c.theirAuthor = q.textAt(8);
    c.createdAt = q.textAt(9);
    c.resolved = q.intAt(10) != 0;
    c.resolution = q.isNull(11) ? QString() : q.textAt(11);
    return c;
}

constexpr const char *kConflictColumns
    = "SELECT id, outbox_seq, entity, entity_id, base_version, their_version, mine, theirs, "
      "their_author, created_at, resolved, resolution FROM sync_conflicts ";

} // namespace

QJsonObject enrichPayload(
    Workspace &ws, const QString &entity, const QString &entityId, QJsonObject payload)
{
    const QUuid id = QUuid::fromString(entityId);
    if (entity == QLatin1String("group")) {
        auto g = ws.db().prepare("SELECT rule, difference_minor, currency, created_at, created_by "
                                 "FROM match_groups WHERE id = ?");
        g.bindBlob(1, uuidBytes(id));
        if (!g.step())
            return payload;
        payload.insert(QStringLiteral("rule"), g.textAt(0));
        // Integer minor units travel as JSON numbers; exact up to 2^53, checked on apply.
        payload.insert(QStringLiteral("difference_minor"), g.intAt(1));
        payload.insert(QStringLiteral("currency"), g.textAt(2));
        payload.insert(QStringLiteral("created_at"), g.textAt(3));
        payload.insert(QStringLiteral("created_by"), g.textAt(4));
        QJsonArray left, right;
        auto m = ws.db().prepare("SELECT t.uuid, t.side FROM match_members m JOIN transactions t "
                                 "ON t.id = m.tx_id WHERE m.group_id = ? ORDER BY t.id");
        m.bindBlob(1, uuidBytes(id));
        while (m.step())
            (m.intAt(1) == 0 ? left : right).append(idText(uuidFromBytes(m.blobAt(0))));
        payload.insert(QStringLiteral("left"), left);
        payload.insert(QStringLiteral("right"), right);
    } else if (entity == QLatin1String("comment")) {
        auto c = ws.db().prepare("SELECT t.uuid FROM comments c JOIN transactions t ON t.id = "
                                 "c.tx_id WHERE c.id = ?");
        c.bindBlob(1, uuidBytes(id));
        if (c.step())
            payload.insert(QStringLiteral("tx"), idText(uuidFromBytes(c.blobAt(0))));
    }
    return payload;
}

SyncStore::SyncStore(Workspace &ws)
    : m_ws(ws)
{
}

QList<OutboxItem> SyncStore::nextBatch(int limit)
{
    QList<OutboxItem> out;
    QSet<QString> seen; // entity + id already in the batch or blocked
    auto blocked = m_ws.db().prepare("SELECT entity, entity_id FROM sync_conflicts WHERE resolved "
                                     "= 0");
    while (blocked.step())
        seen.insert(blocked.textAt(0) + QLatin1Char('/') + blocked.textAt(1));
    auto q = m_ws.db().prepare(
        "SELECT seq, idempotency_key, entity, entity_id, payload FROM outbox WHERE pushed_at IS "
        "NULL AND (outcome IS NULL OR outcome <> 'conflict') ORDER BY seq");
    while (out.size() < limit && q.step()) {
        const QString key = q.textAt(2) + QLatin1Char('/') + q.textAt(3);
        if (seen.contains(key))
            continue; // one row per entity per batch: the next waits for this one's version
        seen.insert(key);
        OutboxItem item;
        item.seq = q.intAt(0);
        item.idempotencyKey = q.textAt(1);
        item.entity = q.textAt(2);
        item.entityId = q.textAt(3);
        item.payload = parseObject(q.textAt(4));
        out.append(item);
    }
    for (OutboxItem &item : out) {
        item.baseVersion = version(item.entity, item.entityId);
        item.payload = enrichPayload(m_ws, item.entity, item.entityId, item.payload);
    }
    return out;
}

qint64 SyncStore::waitingCount()
{
    return m_ws.db().scalarInt("SELECT COUNT(*) FROM outbox WHERE pushed_at IS NULL");
}

qint64 SyncStore::version(const QString &entity, const QString &entityId)
{
    auto q
        = m_ws.db().prepare("SELECT version FROM sync_versions WHERE entity = ? AND entity_id = ?");
    q.bind(1, entity).bind(2, entityId);
    return q.step() ? q.intAt(0) : 0;
}

void SyncStore::setVersion(const QString &entity, const QString &entityId, qint64 version)
{
    auto q = m_ws.db().prepare("INSERT INTO sync_versions(entity, entity_id, version) VALUES "
                               "(?,?,?) ON CONFLICT(entity, entity_id) DO UPDATE SET version = "
                               "MAX(version, excluded.version)");
    q.bind(1, entity).bind(2, entityId).bind(3, version);
    q.run();
}

bool SyncStore::hasPending(const QString &entity, const QString &entityId)
{
    auto q = m_ws.db().prepare(
        "SELECT 1 FROM outbox WHERE pushed_at IS NULL AND entity = ? AND entity_id = ? LIMIT 1");
    q.bind(1, entity).bind(2, entityId);
    return q.step();
}

int SyncStore::recordPushResult(
    const QList<OutboxItem> &batch, const QList<PushAck> &acks, const QList<PushConflict> &cs)
{
    QHash<QString, const OutboxItem *> byKey;
    for (const OutboxItem &i : batch)
        byKey.insert(i.idempotencyKey.toLower(), &i);
    const QString now = Workspace::nowUtc();
    sql::TxGuard tx(m_ws.db());
    auto mark = m_ws.db().prepare("UPDATE outbox SET pushed_at = ?, outcome = ?, base_version = ? "
                                  "WHERE seq = ? AND pushed_at IS NULL");
    for (const PushAck &a : acks) {
        const OutboxItem *item = byKey.value(a.idempotencyKey.toLower());
        if (!item)
            continue; // not ours (cannot happen with a well-behaved server)
        if (a.version > 0)
            setVersion(item->entity, item->entityId, a.version);
        mark.bind(1, now)
            .bind(2, a.replayed ? QStringLiteral("replayed") : QStringLiteral("accepted"))
            .bind(3, item->baseVersion)
            .bind(4, item->seq);
        mark.run();
    }
    int added = 0;
    auto conflicted = m_ws.db().prepare("UPDATE outbox SET outcome = 'conflict', base_version = ? "
                                        "WHERE seq = ?");
    auto ins = m_ws.db().prepare(
        "INSERT INTO sync_conflicts(outbox_seq, entity, entity_id, base_version, their_version, "
        "mine, theirs, their_author, created_at) VALUES (?,?,?,?,?,?,?,?,?) "
        "ON CONFLICT(outbox_seq) DO NOTHING");
    for (const PushConflict &c : cs) {
        const OutboxItem *item = byKey.value(c.idempotencyKey.toLower());
        if (!item)
            continue;
        conflicted.bind(1, item->baseVersion).bind(2, item->seq);
        conflicted.run();
        ins.bind(1, item->seq).bind(2, item->entity).bind(3, item->entityId);
        ins.bind(4, c.baseVersion).bind(5, c.theirVersion);
        ins.bindText(6, compact(c.mine.isEmpty() ? item->payload : c.mine));
        ins.bindText(7, compact(c.theirs)).bind(8, c.theirAuthor).bind(9, now);
        ins.run();
        added += m_ws.db().changes();
    }
    tx.commit();
    return added;
}

qint64 SyncStore::cursor()
{
    return state(QStringLiteral("pull_cursor")).toLongLong();
}

void SyncStore::setCursor(qint64 cursor)
{
    setState(QStringLiteral("pull_cursor"), QString::number(cursor));
}

QString SyncStore::state(const QString &key)
{
    auto q = m_ws.db().prepare("SELECT value FROM sync_state WHERE key = ?");
    q.bind(1, key);
    return q.step() ? q.textAt(0) : QString();
}

void SyncStore::setState(const QString &key, const QString &value)
{
    auto q = m_ws.db().prepare("INSERT INTO sync_state(key, value) VALUES (?, ?) ON CONFLICT(key) "
                               "DO UPDATE SET value = excluded.value");
    q.bind(1, key).bind(2, value);
    q.run();
}

QList<ConflictRecord> SyncStore::conflicts(bool openOnly)
{
    QList<ConflictRecord> out;
    const QByteArray sqlText = QByteArray(kConflictColumns)
        + (openOnly ? "WHERE resolved = 0 ORDER BY id" : "ORDER BY id");
    auto q = m_ws.db().prepare(sqlText.constData());
    while (q.step())
        out.append(readConflict(q));
    return out;
}

std::optional<ConflictRecord> SyncStore::conflict(qint64 id)
{
    const QByteArray sqlText = QByteArray(kConflictColumns) + "WHERE id = ?";
    auto q = m_ws.db().prepare(sqlText.constData());
    q.bind(1, id);
    if (!q.step())
        return std::nullopt;
    return readConflict(q);
}

int SyncStore::openConflictCount()
{
    return int(m_ws.db().scalarInt("SELECT COUNT(*) FROM sync_conflicts WHERE resolved = 0"));
}

void SyncStore::refreshConflictTheirs(const QString &entity, const QString &entityId,
    qint64 version, const QJsonObject &theirs, const QString &author)
{
    auto q = m_ws.db().prepare(
        "UPDATE sync_conflicts SET their_version = ?, theirs = ?, their_author = ? WHERE "
        "resolved = 0 AND entity = ? AND entity_id = ? AND their_version < ?");
    q.bind(1, version).bindText(2, compact(theirs)).bind(3, author);
    q.bind(4, entity).bind(5, entityId).bind(6, version);
    q.run();
}

void SyncStore::closeConflict(
    const ConflictRecord &c, const QString &resolution, const QString &now)
{
    auto q = m_ws.db().prepare("UPDATE sync_conflicts SET resolved = 1, resolution = ?, "
                               "resolved_at = ? WHERE id = ?");
    q.bind(1, resolution).bind(2, now).bind(3, c.id);
    q.run();
    auto s = m_ws.db().prepare("UPDATE outbox SET pushed_at = ?, outcome = 'superseded' WHERE "
                               "pushed_at IS NULL AND entity = ? AND entity_id = ?");
    s.bind(1, now).bind(2, c.entity).bind(3, c.entityId);
    s.run();
}

QJsonObject SyncStore::latestLocalPayload(const QString &entity, const QString &entityId)
{
    auto q = m_ws.db().prepare("SELECT payload FROM outbox WHERE entity = ? AND entity_id = ? "
                               "ORDER BY seq DESC LIMIT 1");
    q.bind(1, entity).bind(2, entityId);
    return q.step() ? parseObject(q.textAt(0)) : QJsonObject();
}

void SyncStore::appendOutbox(
    const QString &entity, const QString &entityId, const QJsonObject &payload, const QString &now)
{
    auto q = m_ws.db().prepare("INSERT INTO outbox(idempotency_key, entity, entity_id, "
                               "base_version, payload, created_at) VALUES (?,?,?,?,?,?)");
    q.bind(1, idText(QUuid::createUuid())).bind(2, entity).bind(3, entityId);
    q.bind(4, version(entity, entityId)).bindText(5, compact(payload)).bind(6, now);
    q.run();
}

} // namespace recon::sync
