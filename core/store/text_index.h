#pragma once
// An in-memory substring index over the text a grid's filter searches (description, reference,
// counterparty, external id) of every transaction, one buffer per side. On a 1M-row workspace
// SQL `LIKE '%text%'` has to read every row's page (the raw source fields included) to find a
// rare reference; scanning ~90 bytes per row held in memory with memmem, on two threads, takes a
// few tens of milliseconds instead. ItemQuery uses the hits (TextHits) in place of LIKE.
//
// Case: ASCII letters fold as SQL LIKE folds them; rows with other letters are folded by Unicode
// lower-casing, so "MÜLLER" finds "Müller" (LIKE would not).
// Freshness: the index knows the largest row id it read (maxId). Rows added later are searched
// with LIKE by ItemQuery; owners reload the index after an import (or its undo), since SQLite
// may reuse the row ids of deleted rows.

#include "core/model/transaction.h"

#include <QString>

#include <atomic>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace recon {
namespace sql {
class Db;
}

// Row ids a search found, as a bitmap over ids (O(1) membership for SQL) and a sorted list.
class TextHits {
public:
    bool contains(qint64 id) const
    {
        return id >= 0 && static_cast<quint64>(id) < m_bitCount
            && (m_bits[static_cast<size_t>(id) >> 6] >> (id & 63)) & 1u;
    }
    const std::vector<qint64> &ids() const { return m_ids; }
    qint64 size() const { return static_cast<qint64>(m_ids.size()); }
    // SQLite pointer type for sqlite3_bind_pointer / the recon_text_hit() SQL function.
    static constexpr const char *kPointerType = "recon_text_hits";

private:
    friend class TextIndex;
    std::vector<quint64> m_bits;
    quint64 m_bitCount = 0;
    std::vector<qint64> m_ids;
};

class TextIndex {
public:
    // Reads every transaction's searchable text. Meant for a worker thread with its own
    // connection; returns null when `cancel` is set before it is done. Throws sql::Error.
    static std::shared_ptr<const TextIndex> load(
        sql::Db &db, const std::atomic_bool *cancel = nullptr);

    // Row ids of `side` whose text contains `needle` (folded like the rows; control characters
    // dropped). An empty needle finds nothing.
    std::shared_ptr<const TextHits> find(Side side, const QString &needle) const;

    // The largest row id read; rows with larger ids are not in the index.
    qint64 maxId() const { return m_maxId; }
    qint64 rowCount(Side side) const;
    // Bytes held (text and offsets), for logs.
    qint64 bytes() const;

    // The folding applied to rows and needles (exposed for tests).
    static std::string fold(const QString &text);

private:
    struct Part {
        std::string text; // rows' folded text, each ended by '\n'
        std::vector<quint32> ends; // end offset (exclusive) of each row's text
        std::vector<qint64> ids; // row id of each row
    };
    void findIn(const Part &part, size_t firstRow, size_t lastRow, const std::string &needle,
        std::vector<qint64> &out) const;

    Part m_parts[2];
    qint64 m_maxId = 0;
    // The last search per side: a grid reads its pages with one ItemQuery each.
    mutable std::mutex m_cacheMutex;
    mutable std::string m_lastNeedle[2];
    mutable std::shared_ptr<const TextHits> m_lastHits[2];
};

// Registers recon_text_hit(id, hits) on a connection: true when `hits` (a TextHits bound with
// sqlite3_bind_pointer under TextHits::kPointerType) holds `id`. Db::open calls it.
void registerTextHitFunction(sql::Db &db);

} // namespace recon
