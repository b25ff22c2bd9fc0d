#include "core/store/resolution_service.h"

#include "core/log.h"
#include "core/store/workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace recon {

namespace {

QString idText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

QJsonArray idsJson(const QList<QUuid> &ids)
{
    QJsonArray a;
    for (const QUuid &id : ids)
        a.append(idText(id));
    return a;
}

struct TxRow {
    qint64 row = 0;
    Side side = Side::Left;
    Status status = Status::Open;
    qint64 minor = 0;
    QString currency;
};

std::optional<TxRow> findTx(Workspace &ws, const QUuid &id)
{
    auto q = ws.db().prepare(
        "SELECT id, side, status, amount_minor, currency FROM transactions WHERE uuid = ?");
    q.bindBlob(1, uuidBytes(id));
    if (!q.step())
        return std::nullopt;
    return TxRow { q.intAt(0), static_cast<Side>(q.intAt(1)), static_cast<Status>(q.intAt(2)),
        q.intAt(3), q.textAt(4) };
}

QList<qint64> memberRows(Workspace &ws, const QUuid &group)
{
    QList<qint64> out;
    auto q = ws.db().prepare("SELECT tx_id FROM match_members WHERE group_id = ? ORDER BY tx_id");
    q.bindBlob(1, uuidBytes(group));
    while (q.step())
        out.append(q.intAt(0));
    return out;
}

CommentState absentComment(const QUuid &id)
{
    CommentState c;
    c.id = id;
    return c;
}

bool groupExists(Workspace &ws, const QUuid &id)
{
    auto q = ws.db().prepare("SELECT 1 FROM match_groups WHERE id = ?");
    q.bindBlob(1, uuidBytes(id));
    return q.step();
}

std::optional<ResolutionError> checkIds(const QList<QUuid> &ids, int max)
{
    if (ids.isEmpty())
        return ResolutionError { QStringLiteral("Nothing selected.") };
    if (ids.size() > max)
        return ResolutionError {
            QStringLiteral("Too many items at once (%1, at most %2).").arg(ids.size()).arg(max)
        };
    if (QSet<QUuid>(ids.begin(), ids.end()).size() != ids.size())
        return ResolutionError { QStringLiteral("An item is selected twice.") };
    return std::nullopt;
}

} // namespace

ResolutionService::ResolutionService(Workspace &ws, QString user)
    : m_ws(ws)
    , m_user(user.isEmpty() ? Workspace::currentUser() : std::move(user))
{
}

template <typename T, typename F> Resolved<T> ResolutionService::write(F &&body)
{
    if (m_ws.isReadOnly()) {
        return ResolutionError {
            QStringLiteral("The workspace is read-only: %1").arg(m_ws.readOnlyReason())
        };
    }
    try {
        sql::TxGuard tx(m_ws.db());
        Resolved<T> r = body(Workspace::nowUtc());
        if (r.ok())
            tx.commit();
        return r;
    } catch (const sql::Error &e) {
        log::store()->error("resolution failed: {}", e.what());
        return ResolutionError {
            QStringLiteral("Could not save the change: %1").arg(QString::fromUtf8(e.what()))
        };
    }
}

bool ResolutionService::reasonExists(const QString &code)
{
    auto q = m_ws.db().prepare("SELECT 1 FROM reason_codes WHERE code = ?");
    q.bind(1, code);
    return q.step();
}

std::optional<ResolutionError> ResolutionService::loadOpenItems(
    const QList<QUuid> &ids, QList<ItemState> &out)
{
    if (auto e = checkIds(ids, kMaxItems))
        return e;
    for (const QUuid &id : ids) {
        const auto t = findTx(m_ws, id);
        if (!t)
            return ResolutionError { QStringLiteral("No item with id %1.").arg(idText(id)) };
        if (t->status != Status::Open && t->status != Status::Exception) {
            return ResolutionError { QStringLiteral("Item %1 is %2; un-match it first.")
                                         .arg(idText(id), statusName(t->status)) };
        }
        out.append(resolution::readItem(m_ws, t->row));
    }
    return std::nullopt;
}

std::optional<ResolutionError> ResolutionService::loadGroups(const QList<QUuid> &ids,
    bool proposedOnly, QList<GroupState> &groups, QList<ItemState> &members)
{
    if (auto e = checkIds(ids, kMaxItems))
        return e;
    for (const QUuid &id : ids) {
        const GroupState g = resolution::readGroup(m_ws, id);
        if (!g.active) {
            return ResolutionError { QStringLiteral("Group %1 does not exist or is no longer "
                                                    "active.")
                                         .arg(idText(id)) };
        }
        if (proposedOnly && g.status != Status::Proposed) {
            return ResolutionError { QStringLiteral("Group %1 is %2, not proposed.")
                                         .arg(idText(id), statusName(g.status)) };
        }
        groups.append(g);
        for (qint64 row : memberRows(m_ws, id))
            members.append(resolution::readItem(m_ws, row));
    }
    return std::nullopt;
}

Change ResolutionService::record(const QString &action, const QJsonObject &details,
    const Snapshot &before, const Snapshot &after, const QString &now)
{
    resolution::writeState(m_ws, after, now);
    const AuditEntry e = m_ws.audit().append(action, details, m_user);
    resolution::appendOutbox(m_ws, action, after, now);
    return Change { action, details, before, after, e.seq };
}

Resolved<ManualMatchDone> ResolutionService::manualMatch(const ManualMatchRequest &req)
{
    return write<ManualMatchDone>([&](const QString &now) -> Resolved<ManualMatchDone> {
        if (req.left.isEmpty() || req.right.isEmpty())
            return ResolutionError { QStringLiteral("Select at least one item on each side.") };
        if (req.comment.size() > kMaxCommentLength)
            return ResolutionError { QStringLiteral("The comment is too long.") };
        QList<ItemState> items;
        if (auto e = loadOpenItems(req.left + req.right, items))
            return *e;
        QString currency;
        qint64 sum[2] = { 0, 0 };
        for (qsizetype i = 0; i < items.size(); ++i) {
            const Side want = i < req.left.size() ? Side::Left : Side::Right;
            const auto t = findTx(m_ws, items.at(i).id);
            if (t->side != want) {
                return ResolutionError { QStringLiteral("Item %1 is not on the %2 side.")
                                             .arg(idText(items.at(i).id), sideName(want)) };
            }
            if (currency.isEmpty())
                currency = t->currency;
            else if (t->currency != currency) {
                return ResolutionError { QStringLiteral(
                    "Items in different currencies (%1, %2) cannot be matched.")
                                             .arg(currency, t->currency) };
            }
            if (__builtin_add_overflow(sum[int(want)], t->minor, &sum[int(want)]))
                return ResolutionError { QStringLiteral("The sum is too large.") };
        }
        qint64 diffMinor = 0;
        if (__builtin_sub_overflow(sum[0], sum[1], &diffMinor))
            return ResolutionError { QStringLiteral("The difference is too large.") };
        const Money diff = Money::fromMinor(diffMinor, currency);
        if (diffMinor != 0 && req.reasonCode.isEmpty()) {
            return ResolutionError { QStringLiteral("The sides differ by %1 %2: choose a reason "
                                                    "code to accept the difference.")
                                         .arg(diff.toPlainString(), currency) };
        }
        if (!req.reasonCode.isEmpty() && !reasonExists(req.reasonCode))
            return ResolutionError {
                QStringLiteral("Unknown reason code '%1'.").arg(req.reasonCode)
            };

        const Status status = diffMinor == 0 ? Status::Confirmed : Status::Resolved;
        const QUuid gid = newUuidV7();
        const QJsonObject expl { { QStringLiteral("left"), idsJson(req.left) },
            { QStringLiteral("right"), idsJson(req.right) },
            { QStringLiteral("comment"), req.comment } };
        auto ins = m_ws.db().prepare(
            "INSERT INTO match_groups(id, rule, score, status, difference_minor, currency, "
            "reason_code, explanation, created_at, created_by, confirmed_at, confirmed_by, "
            "active) VALUES (?, 'manual', 1.0, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)");
        ins.bindBlob(1, uuidBytes(gid)).bind(2, static_cast<int>(status)).bind(3, diffMinor);
        ins.bind(4, currency);
        if (req.reasonCode.isEmpty())
            ins.bindNull(5);
        else
            ins.bind(5, req.reasonCode);
        ins.bindText(6, QJsonDocument(expl).toJson(QJsonDocument::Compact));
        ins.bind(7, now).bind(8, m_user).bind(9, now).bind(10, m_user);
        ins.run();
        auto mem = m_ws.db().prepare("INSERT INTO match_members(group_id, tx_id) VALUES (?, ?)");
        for (const ItemState &i : items) {
            mem.bindBlob(1, uuidBytes(gid)).bind(2, i.row);
            mem.run();
        }
        Snapshot before, after;
        before.items = items;
        GroupState g { gid, false, status, now, m_user, req.reasonCode };
        before.groups.append(g);
        g.active = true;
        after.groups.append(g);
        for (ItemState i : items) {
            i.status = status;
            after.items.append(i);
        }
        if (!req.comment.trimmed().isEmpty()) {
            const QUuid cid = newUuidV7();
            before.comments.append(absentComment(cid));
            after.comments.append(
                CommentState { cid, true, 0, gid, m_user, now, req.comment.trimmed() });
        }
        const QJsonObject details { { QStringLiteral("group"), idText(gid) },
            { QStringLiteral("left"), idsJson(req.left) },
            { QStringLiteral("right"), idsJson(req.right) },
            { QStringLiteral("difference"), diff.toPlainString() },
            { QStringLiteral("currency"), currency },
            { QStringLiteral("reason_code"), req.reasonCode },
            { QStringLiteral("status"), statusName(status) } };
        return ManualMatchDone {
            record(QStringLiteral("resolve.match"), details, before, after, now), gid, diff, status
        };
    });
}

Resolved<GroupsDone> ResolutionService::confirmGroups(const QList<QUuid> &ids)
{
    return write<GroupsDone>([&](const QString &now) -> Resolved<GroupsDone> {
        Snapshot before;
        if (auto e = loadGroups(ids, true, before.groups, before.items))
            return *e;
        Snapshot after = before;
        for (GroupState &g : after.groups) {
            g.status = Status::Confirmed;
            g.confirmedAt = now;
            g.confirmedBy = m_user;
        }
        for (ItemState &i : after.items)
            i.status = Status::Confirmed;
        const QJsonObject details { { QStringLiteral("groups"), idsJson(ids) } };
        return GroupsDone { record(QStringLiteral("resolve.confirm"), details, before, after, now),
            ids, static_cast<int>(after.items.size()) };
    });
}

Resolved<GroupsDone> ResolutionService::rejectGroups(const QList<QUuid> &ids)
{
    return write<GroupsDone>([&](const QString &now) -> Resolved<GroupsDone> {
        Snapshot before;
        if (auto e = loadGroups(ids, true, before.groups, before.items))
            return *e;
        Snapshot after = before;
        for (GroupState &g : after.groups)
            g.active = false;
        for (ItemState &i : after.items)
            i.status = Status::Open;
        const QJsonObject details { { QStringLiteral("groups"), idsJson(ids) } };
        return GroupsDone { record(QStringLiteral("resolve.reject"), details, before, after, now),
            ids, static_cast<int>(after.items.size()) };
    });
}

Resolved<GroupsDone> ResolutionService::unmatch(const QUuid &group)
{
    return write<GroupsDone>([&](const QString &now) -> Resolved<GroupsDone> {
        Snapshot before;
        if (auto e = loadGroups({ group }, false, before.groups, before.items))
            return *e;
        Snapshot after = before;
        after.groups.first().active = false;
        for (ItemState &i : after.items)
            i.status = Status::Open;
        const QJsonObject details { { QStringLiteral("group"), idText(group) } };
        return GroupsDone { record(QStringLiteral("resolve.unmatch"), details, before, after, now),
            { group }, static_cast<int>(after.items.size()) };
    });
}

Resolved<ItemsDone> ResolutionService::setReasonCode(const QList<QUuid> &ids, const QString &code)
{
    return write<ItemsDone>([&](const QString &now) -> Resolved<ItemsDone> {
        if (!reasonExists(code))
            return ResolutionError { QStringLiteral("Unknown reason code '%1'.").arg(code) };
        Snapshot before;
        if (auto e = loadOpenItems(ids, before.items))
            return *e;
        Snapshot after = before;
        for (ItemState &i : after.items) {
            i.status = Status::Exception;
            i.hasException = true;
            i.reasonCode = code;
            i.updatedAt = now;
        }
        const QJsonObject details { { QStringLiteral("items"), idsJson(ids) },
            { QStringLiteral("reason_code"), code } };
        return ItemsDone { record(QStringLiteral("resolve.reason"), details, before, after, now),
            ids };
    });
}

Resolved<ItemsDone> ResolutionService::markInvestigated(const QList<QUuid> &ids)
{
    return write<ItemsDone>([&](const QString &now) -> Resolved<ItemsDone> {
        Snapshot before;
        if (auto e = loadOpenItems(ids, before.items))
            return *e;
        Snapshot after = before;
        for (ItemState &i : after.items) {
            i.status = Status::Exception;
            i.hasException = true;
            i.investigated = true;
            i.updatedAt = now;
        }
        const QJsonObject details { { QStringLiteral("items"), idsJson(ids) } };
        return ItemsDone {
            record(QStringLiteral("resolve.investigated"), details, before, after, now), ids
        };
    });
}

Resolved<CommentDone> ResolutionService::addComment(const QUuid &target, const QString &text)
{
    return write<CommentDone>([&](const QString &now) -> Resolved<CommentDone> {
        const QString body = text.trimmed();
        if (body.isEmpty())
            return ResolutionError { QStringLiteral("The comment is empty.") };
        if (body.size() > kMaxCommentLength)
            return ResolutionError { QStringLiteral("The comment is too long.") };
        const QUuid cid = newUuidV7();
        CommentState c { cid, true, 0, {}, m_user, now, body };
        if (const auto t = findTx(m_ws, target))
            c.txRow = t->row;
        else if (groupExists(m_ws, target))
            c.groupId = target;
        else
            return ResolutionError {
                QStringLiteral("No item or group with id %1.").arg(idText(target))
            };
        Snapshot before, after;
        before.comments.append(absentComment(cid));
        after.comments.append(c);
        const QJsonObject details { { QStringLiteral("comment"), idText(cid) },
            { QStringLiteral("target"), idText(target) },
            { QStringLiteral("on"), c.txRow ? QStringLiteral("item") : QStringLiteral("group") },
            { QStringLiteral("body"), body } };
        return CommentDone { record(QStringLiteral("resolve.comment"), details, before, after, now),
            cid };
    });
}

Resolved<Change> ResolutionService::swap(const Change &change, bool undo)
{
    return write<Change>([&](const QString &now) -> Resolved<Change> {
        const Snapshot &expected = undo ? change.after : change.before;
        const Snapshot &target = undo ? change.before : change.after;
        if (resolution::readState(m_ws, expected) != expected) {
            return ResolutionError { QStringLiteral("The items changed since; this step cannot "
                                                    "be %1 any more.")
                                         .arg(undo ? QStringLiteral("undone")
                                                   : QStringLiteral("redone")) };
        }
        resolution::writeState(m_ws, target, now);
        QJsonObject details = change.details;
        details.insert(QStringLiteral("reverses_seq"), change.auditSeq);
        const QString action
            = change.action + (undo ? QStringLiteral(".undo") : QStringLiteral(".redo"));
        const AuditEntry e = m_ws.audit().append(action, details, m_user);
        resolution::appendOutbox(m_ws, action, target, now);
        Change out = change;
        out.auditSeq = e.seq;
        return out;
    });
}

Resolved<Change> ResolutionService::revert(const Change &change)
{
    return swap(change, true);
}

Resolved<Change> ResolutionService::reapply(const Change &change)
{
    return swap(change, false);
}

QList<ReasonCode> ResolutionService::reasonCodes()
{
    QList<ReasonCode> out;
    auto q = m_ws.db().prepare("SELECT code, label FROM reason_codes ORDER BY rowid");
    while (q.step())
        out.append({ q.textAt(0), q.textAt(1) });
    return out;
}

QList<GroupInfo> ResolutionService::groups(std::optional<Status> status)
{
    QList<GroupInfo> out;
    QHash<QByteArray, qsizetype> index;
    auto q = m_ws.db().prepare(
        "SELECT id, rule, score, status, difference_minor, currency, reason_code FROM "
        "match_groups WHERE active = 1 AND (?1 < 0 OR status = ?1) ORDER BY created_at, id");
    q.bind(1, status ? static_cast<int>(*status) : -1);
    while (q.step()) {
        GroupInfo g;
        const QByteArray id = q.blobAt(0);
        g.id = uuidFromBytes(id);
        g.rule = q.textAt(1);
        g.score = q.doubleAt(2);
        g.status = static_cast<Status>(q.intAt(3));
        g.difference = Money::fromMinor(q.intAt(4), q.textAt(5));
        g.reasonCode = q.isNull(6) ? QString() : q.textAt(6);
        index.insert(id, out.size());
        out.append(g);
    }
    auto m = m_ws.db().prepare(
        "SELECT m.group_id, t.uuid, t.side FROM match_members m JOIN match_groups g ON g.id = "
        "m.group_id JOIN transactions t ON t.id = m.tx_id WHERE g.active = 1 ORDER BY t.id");
    while (m.step()) {
        const auto it = index.constFind(m.blobAt(0));
        if (it == index.constEnd())
            continue;
        GroupInfo &g = out[*it];
        (m.intAt(2) == 0 ? g.left : g.right).append(uuidFromBytes(m.blobAt(1)));
    }
    return out;
}

QUuid ResolutionService::groupOf(const QUuid &tx)
{
    auto q = m_ws.db().prepare(
        "SELECT g.id FROM match_members m JOIN match_groups g ON g.id = m.group_id JOIN "
        "transactions t ON t.id = m.tx_id WHERE t.uuid = ? AND g.active = 1");
    q.bindBlob(1, uuidBytes(tx));
    return q.step() ? uuidFromBytes(q.blobAt(0)) : QUuid();
}

} // namespace recon
