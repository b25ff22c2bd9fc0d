#pragma once
// Browsing one side's transactions in SQL: filter (statuses, free text, absolute amount range,
// date range, age), sort by a column, and read it page by page (LIMIT/OFFSET), so a grid over a
// 1M-row workspace never loads more than what is on screen plus a page. The sort always ends
// with the row id, so pages are stable and a page is the same rows an in-memory stable sort of
// the filtered rows would give. Indices: 005_item_browse.sql (side + effective date, side +
// amount); ix_tx_side_status serves counts.

#include "core/model/transaction.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QUuid>

#include <memory>
#include <optional>
#include <variant>

namespace recon {
class TextIndex;
class TextHits;
namespace sql {
class Db;
class Stmt;
} // namespace sql

struct ItemFilter {
    Side side = Side::Left;
    unsigned statuses = 0x1f; // bit i set = Status(i) shown
    // Substring of description, reference, counterparty or external id (case-insensitive for
    // ASCII letters, as SQL LIKE); a number also matches that absolute amount (2 decimals).
    QString text;
    std::optional<qint64> minAbsMinor; // inclusive bounds on |amount| in minor units
    std::optional<qint64> maxAbsMinor;
    QDate from; // inclusive bounds on the effective date (booking, else value date)
    QDate to;
    // Age in days of the effective date on `asOf` (today when invalid): inclusive bounds.
    std::optional<int> minAgeDays;
    std::optional<int> maxAgeDays;
    QDate asOf;

    static unsigned maskOf(std::initializer_list<Status> s);
    bool operator==(const ItemFilter &) const = default;
};

enum class ItemSortKey {
    Row, // import order
    Date, // effective date
    Amount, // signed minor units
    Currency,
    Description,
    Reference,
    Counterparty,
    Status,
    ExternalId
};

struct ItemSort {
    ItemSortKey key = ItemSortKey::Row;
    bool descending = false;
    bool operator==(const ItemSort &) const = default;
};

struct ItemRow {
    qint64 row = 0; // SQLite id
    Transaction tx; // without raw fields
};

class ItemQuery {
public:
    // With a text index (text_index.h) the text filter reads the index instead of running LIKE
    // over every row; rows newer than the index are still searched with LIKE.
    ItemQuery(sql::Db &db, ItemFilter filter, ItemSort sort = {},
        std::shared_ptr<const TextIndex> textIndex = {});

    // Up to `limit` rows from `offset` in sort order.
    QList<ItemRow> page(qint64 offset, int limit);
    // Rows matching the filter, counting at most `cap` (a bounded scan); -1 cap = exact.
    qint64 count(qint64 cap = -1);
    // The current state of the given transactions of this side (any filter), by id: lets a view
    // refresh just the rows an edit touched. `withRaw` also reads the source fields.
    QList<ItemRow> byIds(const QList<QUuid> &ids, bool withRaw = false);
    // Those of `ids` that pass the filter now (e.g. items an edit moved into a status shown).
    QList<QUuid> matching(const QList<QUuid> &ids);
    // Transactions of the side regardless of filter.
    qint64 sideTotal();

    const ItemFilter &filter() const { return m_filter; }
    const ItemSort &sort() const { return m_sort; }

    // The SQL the query runs (for tests and EXPLAIN QUERY PLAN).
    QString whereClause() const { return m_where; }
    QString orderClause() const { return m_order; }

    static constexpr int kMaxTextLength = 200; // longer filter text is cut
    // Up to this many text hits are written into the SQL as an id list (the query then reads
    // just those rows); more are tested per row with recon_text_hit().
    static constexpr int kMaxInlineHits = 5000;

private:
    using Param = std::variant<qint64, QString, std::shared_ptr<const TextHits>>;
    void build();
    QString textClause(const QString &text);
    // Binds the filter's parameters from 1; returns the next free index.
    int bindFilter(sql::Stmt &s) const;

    sql::Db &m_db;
    ItemFilter m_filter;
    ItemSort m_sort;
    QString m_where;
    QString m_order;
    QList<Param> m_params;
    std::shared_ptr<const TextIndex> m_textIndex;
};

} // namespace recon
