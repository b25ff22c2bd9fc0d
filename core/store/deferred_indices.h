#pragma once
// For one large write inside the caller's transaction (a bulk import, a big match run): the
// indices the write would otherwise update row by row, at random places, are dropped and built
// again once at the end (a sort), and the page cache is large meanwhile, so the rows written stay
// in memory for those sorts instead of spilling and being read back. A rollback brings the
// indices back untouched; the cache returns to the workspace default when this is destroyed.
// Measured on imports: maintaining the indices row by row is an order of magnitude slower than
// the sorts; a 256 MiB cache took 30% less CPU than 32 MiB on 200k rows, and 1 GiB made the
// sorts after a million rows (about 400 MB of pages) 0.5 s faster than 256 MiB.

#include "core/store/sqlite.h"

#include <QByteArray>
#include <QList>

#include <initializer_list>

namespace recon {

// Rows written in one transaction (imported items, or a match run's members and exceptions)
// from which setting the indices aside pays for building them again.
inline constexpr qint64 kDeferIndicesFromRows = 20000;

class DeferredIndices {
public:
    // The named indices that exist (a name that does not is skipped).
    DeferredIndices(sql::Db &db, std::initializer_list<const char *> names);
    // Every index of `table` declared with CREATE INDEX (not those of its constraints).
    static DeferredIndices allOf(sql::Db &db, const char *table);
    ~DeferredIndices();
    DeferredIndices(DeferredIndices &&) noexcept;
    DeferredIndices(const DeferredIndices &) = delete;
    DeferredIndices &operator=(const DeferredIndices &) = delete;
    DeferredIndices &operator=(DeferredIndices &&) = delete;

    // Builds the dropped indices again (before the commit; skipped when rolling back).
    void rebuild();

private:
    explicit DeferredIndices(sql::Db &db);
    void drop(const char *whereSql, const QList<QByteArray> &params);

    sql::Db *m_db;
    QList<QByteArray> m_create; // CREATE INDEX statements of the dropped indices
    bool m_active = false;
};

} // namespace recon
