#include "core/sync/conflicts.h"

#include "core/log.h"
#include "core/store/workspace.h"
#include "core/sync/remote_apply.h"
#include "core/sync/sync_store.h"

namespace recon::sync {

ConflictResolver::ConflictResolver(Workspace &ws, QString user)
    : m_ws(ws)
    , m_user(user.isEmpty() ? Workspace::currentUser() : std::move(user))
{
}

QString ConflictResolver::mergedBody(const QString &mine, const QString &theirs)
{
    const QString a = mine.trimmed();
    const QString b = theirs.trimmed();
    if (a.isEmpty() || a == b)
        return b;
    if (b.isEmpty())
        return a;
    return a + QStringLiteral("\n\n") + b;
}

template <typename F> ResolveResult ConflictResolver::resolve(qint64 conflictId, F &&body)
{
    if (m_ws.isReadOnly())
        return { false,
            QStringLiteral("The workspace is read-only: %1").arg(m_ws.readOnlyReason()) };
    try {
        sql::TxGuard tx(m_ws.db());
        SyncStore store(m_ws);
        const auto c = store.conflict(conflictId);
        if (!c)
            return { false, QStringLiteral("No conflict with id %1.").arg(conflictId) };
        if (c->resolved)
            return { false, QStringLiteral("Conflict %1 is already resolved.").arg(conflictId) };
        ResolveResult r = body(store, *c, Workspace::nowUtc());
        if (r.ok)
            tx.commit();
        return r;
    } catch (const sql::Error &e) {
        log::sync()->error("conflict resolution failed: {}", e.what());
        return { false, QStringLiteral("Could not save the resolution: %1").arg(e.what()) };
    }
}

ResolveResult ConflictResolver::keepMine(qint64 conflictId)
{
    return resolve(conflictId, [&](SyncStore &store, const ConflictRecord &c, const QString &now) {
        QJsonObject mine = store.latestLocalPayload(c.entity, c.entityId);
        if (mine.isEmpty())
            mine = c.mine;
        store.closeConflict(c, QStringLiteral("keep_mine"), now);
        store.setVersion(c.entity, c.entityId, c.theirVersion);
        store.appendOutbox(c.entity, c.entityId, mine, now);
        m_ws.audit().append(QStringLiteral("sync.keep_mine"),
            { { QStringLiteral("conflict"), c.id }, { QStringLiteral("entity"), c.entity },
                { QStringLiteral("entity_id"), c.entityId },
                { QStringLiteral("their_version"), c.theirVersion },
                { QStringLiteral("their_author"), c.theirAuthor } },
            m_user);
        return ResolveResult { true, {} };
    });
}

ResolveResult ConflictResolver::takeTheirs(qint64 conflictId)
{
    return resolve(conflictId, [&](SyncStore &store, const ConflictRecord &c, const QString &now) {
        store.closeConflict(c, QStringLiteral("take_theirs"), now);
        store.setVersion(c.entity, c.entityId, c.theirVersion);
        RemoteChange theirs { 0, c.entity, c.entityId, c.theirVersion, c.theirs, c.theirAuthor,
            {} };
        QString why;
        const ApplyOutcome o = applyState(m_ws, theirs, QStringLiteral("sync.take_theirs"),
            { { QStringLiteral("conflict"), c.id } }, m_user, &why);
        if (o != ApplyOutcome::Applied)
            return ResolveResult { false,
                QStringLiteral("Their version cannot be applied here: %1").arg(why) };
        return ResolveResult { true, {} };
    });
}

ResolveResult ConflictResolver::mergeComment(qint64 conflictId)
{
    return resolve(conflictId, [&](SyncStore &store, const ConflictRecord &c, const QString &now) {
        if (c.entity != QLatin1String("comment"))
            return ResolveResult { false, QStringLiteral("Only comments can be merged.") };
        QJsonObject mine = store.latestLocalPayload(c.entity, c.entityId);
        if (mine.isEmpty())
            mine = c.mine;
        QJsonObject merged = c.theirs;
        if (!merged.value(QStringLiteral("present")).toBool())
            merged = mine; // theirs deleted it: keep mine
        merged.insert(QStringLiteral("present"), true);
        merged.insert(QStringLiteral("body"),
            mergedBody(mine.value(QStringLiteral("body")).toString(),
                c.theirs.value(QStringLiteral("body")).toString()));
        for (const char *k : { "group", "tx" }) {
            const QString key = QString::fromLatin1(k);
            if (!merged.contains(key) && c.mine.contains(key))
                merged.insert(key, c.mine.value(key));
        }
        merged.insert(QStringLiteral("action"), QStringLiteral("sync.merge_comment"));
        store.closeConflict(c, QStringLiteral("merge_comment"), now);
        store.setVersion(c.entity, c.entityId, c.theirVersion);
        RemoteChange m { 0, c.entity, c.entityId, c.theirVersion, merged, m_user, {} };
        QString why;
        if (applyState(m_ws, m, QStringLiteral("sync.merge_comment"),
                { { QStringLiteral("conflict"), c.id } }, m_user, &why)
            != ApplyOutcome::Applied)
            return ResolveResult { false,
                QStringLiteral("The merged comment cannot be written: %1").arg(why) };
        store.appendOutbox(c.entity, c.entityId, merged, now);
        return ResolveResult { true, {} };
    });
}

} // namespace recon::sync
