#pragma once
// The state a resolution touches, captured before and after it runs. Undo writes the `before`
// snapshot back and redo the `after` one, so every inverse is exact by construction; the audit
// log only ever grows (a reversing entry is appended, nothing is deleted from it).

#include "core/model/transaction.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUuid>

namespace recon {
class Workspace;

// One transaction's resolution state: its status and its exceptions row, if any.
struct ItemState {
    qint64 row = 0; // SQLite id (stays inside the workspace)
    QUuid id;
    Status status = Status::Open;
    bool hasException = false;
    QString reasonCode; // empty = NULL
    bool investigated = false;
    QString alternatives;
    QString updatedAt;
    bool operator==(const ItemState &) const = default;
};

// One match group's mutable fields (members and the rest never change after creation).
struct GroupState {
    QUuid id;
    bool active = false;
    Status status = Status::Proposed;
    QString confirmedAt; // empty = NULL
    QString confirmedBy;
    QString reasonCode;
    bool operator==(const GroupState &) const = default;
};

// A comment present (with its content) or absent.
struct CommentState {
    QUuid id;
    bool present = false;
    qint64 txRow = 0; // 0 = none
    QUuid groupId; // null = none
    QString author;
    QString createdAt;
    QString body;
    bool operator==(const CommentState &) const = default;
};

struct Snapshot {
    QList<ItemState> items;
    QList<GroupState> groups;
    QList<CommentState> comments;
    bool operator==(const Snapshot &) const = default;
};

// What one resolution did: enough to undo and redo it exactly.
struct Change {
    QString action; // audit action, e.g. "resolve.match"
    QJsonObject details; // the audit payload of the original entry
    Snapshot before;
    Snapshot after;
    qint64 auditSeq = 0; // seq of the entry that recorded it (latest undo/redo entry after that)
};

namespace resolution {

// Reads the current state of the same items, groups and comments that `like` names.
Snapshot readState(Workspace &ws, const Snapshot &like);
ItemState readItem(Workspace &ws, qint64 row);
GroupState readGroup(Workspace &ws, const QUuid &id);
// Writes a snapshot back (inside the caller's transaction).
void writeState(Workspace &ws, const Snapshot &s, const QString &now);
// Appends one outbox row per entity of `s` (inside the caller's transaction).
void appendOutbox(Workspace &ws, const QString &action, const Snapshot &s, const QString &now);

QJsonObject toJson(const ItemState &s);
QJsonObject toJson(const GroupState &s);
QJsonObject toJson(const CommentState &s);

} // namespace resolution
} // namespace recon
