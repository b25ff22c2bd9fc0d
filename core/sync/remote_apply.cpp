#include "core/sync/remote_apply.h"

#include "core/store/resolution_state.h"
#include "core/store/workspace.h"

#include <QJsonArray>
#include <QUuid>

namespace recon::sync {

namespace {

constexpr qint64 kMaxExactJsonInteger = (qint64(1) << 53);

std::optional<qint64> txRow(Workspace &ws, const QString &uuidText)
{
    const QUuid id = QUuid::fromString(uuidText);
    if (id.isNull())
        return std::nullopt;
    auto q = ws.db().prepare("SELECT id FROM transactions WHERE uuid = ?");
    q.bindBlob(1, uuidBytes(id));
    if (!q.step())
        return std::nullopt;
    return q.intAt(0);
}

bool groupExists(Workspace &ws, const QUuid &id)
{
    auto q = ws.db().prepare("SELECT 1 FROM match_groups WHERE id = ?");
    q.bindBlob(1, uuidBytes(id));
    return q.step();
}

std::optional<Status> statusOf(const QJsonObject &p)
{
    return statusFromName(p.value(QStringLiteral("status")).toString());
}

bool skip(QString *why, const QString &reason)
{
    if (why)
        *why = reason;
    return false;
}

bool applyTransaction(Workspace &ws, const QUuid &id, const QJsonObject &p, const QString &now,
    Snapshot &s, QString *why)
{
    const auto row = txRow(ws, id.toString(QUuid::WithoutBraces));
    if (!row)
        return skip(why, QStringLiteral("no such transaction in this workspace"));
    const auto status = statusOf(p);
    if (!status)
        return skip(why, QStringLiteral("unknown status"));
    ItemState st = resolution::readItem(ws, *row);
    st.status = *status;
    st.hasException
        = p.contains(QStringLiteral("reason_code")) || p.contains(QStringLiteral("investigated"));
    st.reasonCode = st.hasException ? p.value(QStringLiteral("reason_code")).toString() : QString();
    st.investigated = st.hasException && p.value(QStringLiteral("investigated")).toBool();
    if (!st.reasonCode.isEmpty()) {
        auto q = ws.db().prepare("SELECT 1 FROM reason_codes WHERE code = ?");
        q.bind(1, st.reasonCode);
        if (!q.step())
            return skip(why, QStringLiteral("unknown reason code"));
    }
    st.updatedAt = st.hasException ? now : QString();
    if (!st.hasException)
        st.alternatives.clear();
    s.items.append(st);
    return true;
}

bool createGroup(Workspace &ws, const QUuid &id, const QJsonObject &p, const QString &now,
    const QString &author, QString *why)
{
    const QJsonArray left = p.value(QStringLiteral("left")).toArray();
    const QJsonArray right = p.value(QStringLiteral("right")).toArray();
    if (left.isEmpty() || right.isEmpty())
        return skip(why, QStringLiteral("a new group without members"));
    QList<qint64> rows;
    for (const QJsonArray &side : { left, right }) {
        for (const QJsonValue &v : side) {
            const auto row = txRow(ws, v.toString());
            if (!row)
                return skip(why, QStringLiteral("a group member is not in this workspace"));
            rows.append(*row);
        }
    }
    // Money stays integral: a JSON number that is not a whole number within the exact range is
    // refused rather than rounded (absent, as before, means no difference).
    const QJsonValue diffValue = p.value(QStringLiteral("difference_minor"));
    const qint64 diff = diffValue.isDouble() ? diffValue.toInteger(kMaxExactJsonInteger) : 0;
    if (qAbs(diff) >= kMaxExactJsonInteger)
        return skip(why, QStringLiteral("difference is not an exact integer"));
    const auto status = statusOf(p);
    if (!status)
        return skip(why, QStringLiteral("unknown status"));
    auto ins = ws.db().prepare(
        "INSERT INTO match_groups(id, rule, score, status, difference_minor, currency, "
        "reason_code, explanation, created_at, created_by, active) VALUES (?, ?, 1.0, ?, ?, ?, "
        "NULL, '{}', ?, ?, 0)");
    const QString createdAt = p.value(QStringLiteral("created_at")).toString();
    const QString createdBy = p.value(QStringLiteral("created_by")).toString();
    ins.bindBlob(1, uuidBytes(id)).bind(2, p.value(QStringLiteral("rule")).toString());
    ins.bind(3, static_cast<int>(*status)).bind(4, diff);
    ins.bind(5, p.value(QStringLiteral("currency")).toString());
    ins.bind(6, createdAt.isEmpty() ? now : createdAt);
    ins.bind(7, createdBy.isEmpty() ? author : createdBy);
    ins.run();
    auto mem = ws.db().prepare("INSERT INTO match_members(group_id, tx_id) VALUES (?, ?)");
    for (qint64 row : rows) {
        mem.bindBlob(1, uuidBytes(id)).bind(2, row);
        mem.run();
    }
    return true;
}

bool applyGroup(Workspace &ws, const QUuid &id, const QJsonObject &p, const QString &now,
    const QString &author, Snapshot &s, QString *why)
{
    const auto status = statusOf(p);
    if (!status)
        return skip(why, QStringLiteral("unknown status"));
    if (!groupExists(ws, id) && !createGroup(ws, id, p, now, author, why))
        return false;
    const QString reason = p.value(QStringLiteral("reason_code")).toString();
    if (!reason.isEmpty()) {
        auto q = ws.db().prepare("SELECT 1 FROM reason_codes WHERE code = ?");
        q.bind(1, reason);
        if (!q.step())
            return skip(why, QStringLiteral("unknown reason code"));
    }
    GroupState g;
    g.id = id;
    g.active = p.value(QStringLiteral("active")).toBool();
    g.status = *status;
    g.confirmedAt = p.value(QStringLiteral("confirmed_at")).toString();
    g.confirmedBy = p.value(QStringLiteral("confirmed_by")).toString();
    g.reasonCode = p.value(QStringLiteral("reason_code")).toString();
    s.groups.append(g);
    return true;
}

bool applyComment(Workspace &ws, const QUuid &id, const QJsonObject &p, Snapshot &s, QString *why)
{
    CommentState c;
    c.id = id;
    c.present = p.value(QStringLiteral("present")).toBool();
    if (c.present) {
        c.author = p.value(QStringLiteral("author")).toString();
        c.createdAt = p.value(QStringLiteral("created_at")).toString();
        c.body = p.value(QStringLiteral("body")).toString();
        const QUuid group = QUuid::fromString(p.value(QStringLiteral("group")).toString());
        if (!group.isNull() && groupExists(ws, group)) {
            c.groupId = group;
        } else if (const auto row = txRow(ws, p.value(QStringLiteral("tx")).toString())) {
            c.txRow = *row;
        } else {
            return skip(why, QStringLiteral("the comment's item or group is not here"));
        }
    }
    s.comments.append(c);
    return true;
}

} // namespace

ApplyOutcome applyState(Workspace &ws, const RemoteChange &change, const QString &auditAction,
    const QJsonObject &auditExtra, const QString &localUser, QString *why)
{
    const QUuid id = QUuid::fromString(change.entityId);
    if (id.isNull()) {
        skip(why, QStringLiteral("entity id is not a UUID"));
        return ApplyOutcome::Skipped;
    }
    const QString now = Workspace::nowUtc();
    Snapshot s;
    bool ok = false;
    if (change.entity == QLatin1String("transaction"))
        ok = applyTransaction(ws, id, change.payload, now, s, why);
    else if (change.entity == QLatin1String("group"))
        ok = applyGroup(ws, id, change.payload, now, change.author, s, why);
    else if (change.entity == QLatin1String("comment"))
        ok = applyComment(ws, id, change.payload, s, why);
    else
        skip(why, QStringLiteral("unknown entity kind"));
    if (!ok)
        return ApplyOutcome::Skipped;
    resolution::writeState(ws, s, now);
    QJsonObject details = auditExtra;
    details.insert(QStringLiteral("entity"), change.entity);
    details.insert(QStringLiteral("entity_id"), change.entityId);
    details.insert(QStringLiteral("version"), change.version);
    details.insert(QStringLiteral("author"), change.author);
    details.insert(QStringLiteral("action"), change.payload.value(QStringLiteral("action")));
    ws.audit().append(auditAction, details, localUser);
    return ApplyOutcome::Applied;
}

} // namespace recon::sync
