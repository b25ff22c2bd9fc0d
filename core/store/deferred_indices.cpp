#include "core/store/deferred_indices.h"

#include "core/log.h"

namespace recon {

namespace {
constexpr const char *kLargeCache = "PRAGMA cache_size = -1048576"; // 1 GiB, grows as used
constexpr const char *kDefaultCache = "PRAGMA cache_size = -65536"; // Workspace's 64 MiB
} // namespace

DeferredIndices::DeferredIndices(sql::Db &db)
    : m_db(&db)
{
}

DeferredIndices::DeferredIndices(sql::Db &db, std::initializer_list<const char *> names)
    : m_db(&db)
{
    QList<QByteArray> params;
    for (const char *n : names)
        params.append(QByteArray(n));
    drop("name = ?", params);
}

DeferredIndices DeferredIndices::allOf(sql::Db &db, const char *table)
{
    DeferredIndices d(db);
    d.drop("tbl_name = ?", { QByteArray(table) });
    return d;
}

DeferredIndices::DeferredIndices(DeferredIndices &&o) noexcept
    : m_db(o.m_db)
    , m_create(std::move(o.m_create))
    , m_active(o.m_active)
{
    o.m_active = false;
}

void DeferredIndices::drop(const char *whereSql, const QList<QByteArray> &params)
{
    const QByteArray query = QByteArray("SELECT name, sql FROM sqlite_master WHERE type = 'index' "
                                        "AND sql IS NOT NULL AND ")
        + whereSql;
    QList<QByteArray> names;
    for (const QByteArray &p : params) {
        auto q = m_db->prepare(query.constData());
        q.bindText(1, p);
        while (q.step()) {
            names.append(q.textAt(0).toUtf8());
            m_create.append(q.textAt(1).toUtf8());
        }
    }
    for (const QByteArray &name : names)
        m_db->exec(QByteArray("DROP INDEX \"" + name + "\"").constData());
    m_db->exec(kLargeCache);
    m_active = true;
}

void DeferredIndices::rebuild()
{
    if (!m_active)
        return;
    m_db->exec("PRAGMA threads = 2"); // the sorts may use the second core
    for (const QByteArray &sqlText : m_create)
        m_db->exec(sqlText.constData());
    m_db->exec("PRAGMA threads = 0");
    m_create.clear();
}

DeferredIndices::~DeferredIndices()
{
    if (!m_active)
        return;
    try {
        m_db->exec(kDefaultCache);
    } catch (const sql::Error &e) {
        log::store()->warn("cannot restore the page cache size: {}", e.what());
    }
}

} // namespace recon
