#include "core/store/resolution_state.h"

#include "core/store/workspace.h"

#include <QJsonDocument>

namespace recon::resolution {

namespace {

QString idText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

void bindTextOrNull(sql::Stmt &s, int i, const QString &v)
{
    if (v.isEmpty())
        s.bindNull(i);
    else
        s.bind(i, v);
}

} // namespace

ItemState readItem(Workspace &ws, qint64 row)
{
    ItemState st;
    st.row = row;
    auto q = ws.db().prepare(
        "SELECT t.uuid, t.status, e.tx_id, e.reason_code, e.investigated, e.alternatives, "
        "e.updated_at FROM transactions t LEFT JOIN exceptions e ON e.tx_id = t.id "
        "WHERE t.id = ?");
    q.bind(1, row);
    if (!q.step())
        return st;
    st.id = uuidFromBytes(q.blobAt(0));
    st.status = static_cast<Status>(q.intAt(1));
    st.hasException = !q.isNull(2);
    if (st.hasException) {
        st.reasonCode = q.isNull(3) ? QString() : q.textAt(3);
        st.investigated = q.intAt(4) != 0;
        st.alternatives = q.textAt(5);
        st.updatedAt = q.textAt(6);
    }
    return st;
}

GroupState readGroup(Workspace &ws, const QUuid &id)
{
    GroupState g;
    g.id = id;
    auto q = ws.db().prepare("SELECT active, status, confirmed_at, confirmed_by, reason_code FROM "
                             "match_groups WHERE id = ?");
    q.bindBlob(1, uuidBytes(id));
    if (q.step()) {
        g.active = q.intAt(0) != 0;
        g.status = static_cast<Status>(q.intAt(1));
        g.confirmedAt = q.isNull(2) ? QString() : q.textAt(2);
        g.confirmedBy = q.isNull(3) ? QString() : q.textAt(3);
        g.reasonCode = q.isNull(4) ? QString() : q.textAt(4);
    }
    return g;
}

static CommentState readComment(Workspace &ws, const QUuid &id)
{
    CommentState c;
    c.id = id;
    auto q = ws.db().prepare(
        "SELECT tx_id, group_id, author, created_at, body FROM comments WHERE id = ?");
    q.bindBlob(1, uuidBytes(id));
    if (q.step()) {
        c.present = true;
        c.txRow = q.isNull(0) ? 0 : q.intAt(0);
        c.groupId = q.isNull(1) ? QUuid() : uuidFromBytes(q.blobAt(1));
        c.author = q.textAt(2);
        c.createdAt = q.textAt(3);
        c.body = q.textAt(4);
    }
    return c;
}

Snapshot readState(Workspace &ws, const Snapshot &like)
{
    Snapshot s;
    for (const ItemState &i : like.items)
        s.items.append(readItem(ws, i.row));
    for (const GroupState &g : like.groups)
        s.groups.append(readGroup(ws, g.id));
    for (const CommentState &c : like.comments)
        s.comments.append(readComment(ws, c.id));
    return s;
}

void writeState(Workspace &ws, const Snapshot &s, const QString &now)
{
    Q_UNUSED(now);
    auto setStatus = ws.db().prepare("UPDATE transactions SET status = ? WHERE id = ?");
    auto upsertEx = ws.db().prepare(
        "INSERT INTO exceptions(tx_id, reason_code, alternatives, investigated, updated_at) "
        "VALUES (?,?,?,?,?) ON CONFLICT(tx_id) DO UPDATE SET reason_code = excluded.reason_code, "
        "alternatives = excluded.alternatives, investigated = excluded.investigated, "
        "updated_at = excluded.updated_at");
    auto delEx = ws.db().prepare("DELETE FROM exceptions WHERE tx_id = ?");
    for (const ItemState &i : s.items) {
        setStatus.bind(1, static_cast<int>(i.status)).bind(2, i.row);
        setStatus.run();
        if (i.hasException) {
            upsertEx.bind(1, i.row);
            bindTextOrNull(upsertEx, 2, i.reasonCode);
            upsertEx.bind(3, i.alternatives).bind(4, i.investigated ? 1 : 0).bind(5, i.updatedAt);
            upsertEx.run();
        } else {
            delEx.bind(1, i.row);
            delEx.run();
        }
    }
    auto setGroup = ws.db().prepare("UPDATE match_groups SET active = ?, status = ?, "
                                    "confirmed_at = ?, confirmed_by = ?, reason_code = ? "
                                    "WHERE id = ?");
    for (const GroupState &g : s.groups) {
        setGroup.bind(1, g.active ? 1 : 0).bind(2, static_cast<int>(g.status));
        bindTextOrNull(setGroup, 3, g.confirmedAt);
        bindTextOrNull(setGroup, 4, g.confirmedBy);
        bindTextOrNull(setGroup, 5, g.reasonCode);
        setGroup.bindBlob(6, uuidBytes(g.id));
        setGroup.run();
    }
    auto insComment = ws.db().prepare("INSERT OR REPLACE INTO comments(id, tx_id, group_id, "
                                      "author, created_at, body) VALUES (?,?,?,?,?,?)");
    auto delComment = ws.db().prepare("DELETE FROM comments WHERE id = ?");
    for (const CommentState &c : s.comments) {
        if (!c.present) {
            delComment.bindBlob(1, uuidBytes(c.id));
            delComment.run();
            continue;
        }
        insComment.bindBlob(1, uuidBytes(c.id));
        if (c.txRow)
            insComment.bind(2, c.txRow);
        else
            insComment.bindNull(2);
        if (c.groupId.isNull())
            insComment.bindNull(3);
        else
            insComment.bindBlob(3, uuidBytes(c.groupId));
        insComment.bind(4, c.author).bind(5, c.createdAt).bind(6, c.body);
        insComment.run();
    }
}

QJsonObject toJson(const ItemState &s)
{
    QJsonObject o { { QStringLiteral("status"), statusName(s.status) } };
    if (s.hasException) {
        o.insert(QStringLiteral("reason_code"), s.reasonCode);
        o.insert(QStringLiteral("investigated"), s.investigated);
    }
    return o;
}

QJsonObject toJson(const GroupState &s)
{
    return { { QStringLiteral("active"), s.active },
        { QStringLiteral("status"), statusName(s.status) },
        { QStringLiteral("confirmed_at"), s.confirmedAt },
        { QStringLiteral("confirmed_by"), s.confirmedBy },
        { QStringLiteral("reason_code"), s.reasonCode } };
}

QJsonObject toJson(const CommentState &s)
{
    QJsonObject o { { QStringLiteral("present"), s.present } };
    if (s.present) {
        o.insert(QStringLiteral("author"), s.author);
        o.insert(QStringLiteral("created_at"), s.createdAt);
        o.insert(QStringLiteral("body"), s.body);
        if (!s.groupId.isNull())
            o.insert(QStringLiteral("group"), idText(s.groupId));
    }
    return o;
}

void appendOutbox(Workspace &ws, const QString &action, const Snapshot &s, const QString &now)
{
    auto ins = ws.db().prepare("INSERT INTO outbox(idempotency_key, entity, entity_id, "
                               "base_version, payload, created_at) VALUES (?,?,?,0,?,?)");
    auto add = [&](const char *entity, const QUuid &id, QJsonObject state) {
        state.insert(QStringLiteral("action"), action);
        ins.bind(1, idText(QUuid::createUuid())).bind(2, QString::fromLatin1(entity));
        ins.bind(3, idText(id));
        ins.bindText(4, QJsonDocument(state).toJson(QJsonDocument::Compact)).bind(5, now);
        ins.run();
    };
    for (const GroupState &g : s.groups)
        add("group", g.id, toJson(g));
    for (const ItemState &i : s.items)
        add("transaction", i.id, toJson(i));
    for (const CommentState &c : s.comments)
        add("comment", c.id, toJson(c));
}

} // namespace recon::resolution
