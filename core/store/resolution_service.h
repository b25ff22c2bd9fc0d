#pragma once
// Resolving items by hand: manual matches, confirming/rejecting proposed groups, un-matching,
// reason codes, comments, "investigated" marks. Each operation is one SQLite transaction that
// changes the rows, appends one audit entry and one outbox row per changed entity (for sync),
// and returns a Change that revert()/reapply() undo and redo exactly. Problems the user can fix
// (wrong status, mixed currencies, a difference without a reason code, ...) come back as a
// ResolutionError value and leave the workspace untouched.

#include "core/money.h"
#include "core/store/resolution_state.h"

#include <QUuid>

#include <variant>

namespace recon {
class Workspace;

struct ResolutionError {
    QString message;
};

template <typename T> class Resolved {
public:
    Resolved(T value)
        : m_v(std::move(value))
    {
    }
    Resolved(ResolutionError error)
        : m_v(std::move(error))
    {
    }
    bool ok() const { return std::holds_alternative<T>(m_v); }
    explicit operator bool() const { return ok(); }
    const T &value() const { return std::get<T>(m_v); }
    const T *operator->() const { return &std::get<T>(m_v); }
    QString errorMessage() const
    {
        return ok() ? QString() : std::get<ResolutionError>(m_v).message;
    }

private:
    std::variant<T, ResolutionError> m_v;
};

struct ManualMatchRequest {
    QList<QUuid> left; // transaction ids
    QList<QUuid> right;
    QString reasonCode; // required when the sums differ (see reasonCodes())
    QString comment; // optional, attached to the new group
};

struct ManualMatchDone {
    Change change;
    QUuid groupId;
    Money difference; // sum(left) - sum(right)
    Status status = Status::Confirmed; // Resolved when a difference was accepted
};

struct GroupsDone {
    Change change;
    QList<QUuid> groups;
    int items = 0; // transactions whose status changed
};

struct ItemsDone {
    Change change;
    QList<QUuid> items;
};

struct CommentDone {
    Change change;
    QUuid commentId;
};

struct ReasonCode {
    QString code;
    QString label;
};

// An active group with its members, for lists and the workbench.
struct GroupInfo {
    QUuid id;
    QString rule;
    double score = 0.0; // display only (the engine's 0..1 score), never an amount
    Status status = Status::Proposed;
    Money difference;
    QString reasonCode;
    QList<QUuid> left;
    QList<QUuid> right;
};

class ResolutionService {
public:
    explicit ResolutionService(Workspace &ws, QString user = {});

    Resolved<ManualMatchDone> manualMatch(const ManualMatchRequest &req);
    Resolved<GroupsDone> confirmGroups(const QList<QUuid> &groups);
    Resolved<GroupsDone> rejectGroups(const QList<QUuid> &groups);
    Resolved<GroupsDone> unmatch(const QUuid &group);
    Resolved<ItemsDone> setReasonCode(const QList<QUuid> &items, const QString &code);
    // `target` is a transaction id or a group id.
    Resolved<CommentDone> addComment(const QUuid &target, const QString &text);
    Resolved<ItemsDone> markInvestigated(const QList<QUuid> &items);

    // Undo: writes change.before back (the workspace must still be in change.after) and appends
    // "<action>.undo". Redo: the reverse, appending "<action>.redo". Both return the change with
    // auditSeq updated.
    Resolved<Change> revert(const Change &change);
    Resolved<Change> reapply(const Change &change);

    QList<ReasonCode> reasonCodes();
    // Active groups, optionally only those with one status.
    QList<GroupInfo> groups(std::optional<Status> status = std::nullopt);
    // The active group a transaction belongs to (null when none).
    QUuid groupOf(const QUuid &tx);

    static constexpr int kMaxCommentLength = 10000;
    static constexpr int kMaxItems = 10000;

private:
    template <typename T, typename F> Resolved<T> write(F &&body);
    // Loads open/exception items by id; the error names the first one that does not qualify.
    std::optional<ResolutionError> loadOpenItems(const QList<QUuid> &ids, QList<ItemState> &out);
    std::optional<ResolutionError> loadGroups(const QList<QUuid> &ids, bool proposedOnly,
        QList<GroupState> &groups, QList<ItemState> &members);
    Resolved<Change> swap(const Change &change, bool undo);
    Change record(const QString &action, const QJsonObject &details, const Snapshot &before,
        const Snapshot &after, const QString &now);
    bool reasonExists(const QString &code);

    Workspace &m_ws;
    QString m_user;
};

} // namespace recon
