#pragma once
// The workspace side of sync: which outbox rows wait, the server version of each entity (the
// base of the next push), the pull cursor and the conflicts table (resources/sql/004_sync.sql).
// Every method that writes runs inside the caller's transaction unless it says otherwise.

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace recon {
class Workspace;
}

namespace recon::sync {

struct OutboxItem {
    qint64 seq = 0;
    QString idempotencyKey;
    QString entity;
    QString entityId;
    qint64 baseVersion = 0; // the server version this change was made on
    QJsonObject payload; // enriched (see enrichPayload)
};

// What the server said about one pushed item.
struct PushAck {
    QString idempotencyKey;
    qint64 version = 0; // 0 for an in-batch duplicate (no version reported)
    bool replayed = false;
};

struct PushConflict {
    QString idempotencyKey;
    qint64 baseVersion = 0;
    qint64 theirVersion = 0;
    QJsonObject mine;
    QJsonObject theirs;
    QString theirAuthor;
};

struct ConflictRecord {
    qint64 id = 0;
    qint64 outboxSeq = 0;
    QString entity;
    QString entityId;
    qint64 baseVersion = 0;
    qint64 theirVersion = 0;
    QJsonObject mine;
    QJsonObject theirs;
    QString theirAuthor;
    QString createdAt;
    bool resolved = false;
    QString resolution;
};

class SyncStore {
public:
    explicit SyncStore(Workspace &ws);

    // Up to `limit` waiting rows in outbox order, at most one per entity and none for an entity
    // with an open conflict, with base versions and enriched payloads.
    QList<OutboxItem> nextBatch(int limit);
    // Rows that still wait to be pushed (conflicted ones included).
    qint64 waitingCount();
    qint64 version(const QString &entity, const QString &entityId);
    void setVersion(const QString &entity, const QString &entityId, qint64 version);
    // True when the entity has rows not yet acknowledged (waiting or conflicted).
    bool hasPending(const QString &entity, const QString &entityId);

    // Stores one push answer in one transaction: acknowledged rows are marked pushed and their
    // server versions saved; conflicts are recorded. Returns the number of new conflicts.
    int recordPushResult(
        const QList<OutboxItem> &batch, const QList<PushAck> &acks, const QList<PushConflict> &c);

    qint64 cursor();
    void setCursor(qint64 cursor);
    QString state(const QString &key);
    void setState(const QString &key, const QString &value);

    QList<ConflictRecord> conflicts(bool openOnly = true);
    std::optional<ConflictRecord> conflict(qint64 id);
    int openConflictCount();
    // A newer server version of an entity that has an open conflict (seen by pull).
    void refreshConflictTheirs(const QString &entity, const QString &entityId, qint64 version,
        const QJsonObject &theirs, const QString &author);
    // Marks the conflict resolved and the entity's unacknowledged rows superseded.
    void closeConflict(const ConflictRecord &c, const QString &resolution, const QString &now);
    // The latest local payload of an entity (its newest outbox row), empty when none.
    QJsonObject latestLocalPayload(const QString &entity, const QString &entityId);
    // Appends a new outbox row (for keep-mine / merge re-pushes).
    void appendOutbox(const QString &entity, const QString &entityId, const QJsonObject &payload,
        const QString &now);

private:
    Workspace &m_ws;
};

// Adds the immutable facts another workspace needs to create the entity: a group's members,
// rule, difference and currency; a comment's transaction. Deterministic, so a retried push
// sends the same bytes under the same idempotency key.
QJsonObject enrichPayload(
    Workspace &ws, const QString &entity, const QString &entityId, QJsonObject payload);

} // namespace recon::sync
