#pragma once
// One side's transactions as a grid. Rows are fetched lazily in pages so a 1M-row workspace
// opens at once (canFetchMore/fetchMore). Two sources: a list handed over (setTransactions), or
// the workspace itself (setWorkspace): then filter and sort are query parameters (ItemQuery) and
// only the pages scrolled to are ever read; the proxies above hand their filters and sort down
// here (see TransactionFilterProxy), and refreshItems() re-reads just the rows an edit touched.

#include "core/model/transaction.h"
#include "core/store/item_query.h"

#include <QAbstractTableModel>
#include <QHash>

namespace recon {
class Workspace;

class TransactionTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Date,
        Amount,
        Currency,
        Description,
        Reference,
        Counterparty,
        Status,
        ExternalId,
        ColumnCount
    };
    enum Role { AmountMinorRole = Qt::UserRole + 1, TransactionIdRole, StatusRole };

    explicit TransactionTableModel(QObject *parent = nullptr);

    // Takes the rows to show (e.g. Workspace::transactions(side)); shows them page by page.
    void setTransactions(QList<Transaction> rows);
    const Transaction *transactionAt(int row) const;
    // A loaded row's transaction by id (nullptr when not loaded).
    const Transaction *transactionById(const QUuid &id) const;
    // All transactions of the side (unfiltered).
    int totalCount() const;

    // Browses `side` of `ws` in SQL (nullptr: empty). The workspace must outlive the model.
    void setWorkspace(Workspace *ws, Side side);
    bool isSqlBacked() const { return m_ws != nullptr; }
    const ItemFilter &filter() const { return m_filter; }
    // Re-queries from the first page when the filter or sort differ.
    void setFilter(const ItemFilter &filter);
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    // Re-reads the loaded rows of these transactions (statuses after an edit): dataChanged only.
    void refreshItems(const QList<QUuid> &ids);
    // Re-queries (after an import): keeps filter and sort.
    void requery();
    // Text filters read this index (same rows as without it, found faster); null: SQL LIKE.
    void setTextIndex(std::shared_ptr<const TextIndex> index) { m_textIndex = std::move(index); }
    const std::shared_ptr<const TextIndex> &textIndex() const { return m_textIndex; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    static constexpr int kPageSize = 2000;
    static constexpr int kSqlPageSize = 500; // rows per query when SQL-backed

private:
    void loadPage();
    QList<ItemRow> readPage();

    QList<Transaction> m_all;
    int m_visible = 0;
    // SQL-backed state
    Workspace *m_ws = nullptr;
    ItemFilter m_filter;
    ItemSort m_sort;
    bool m_exhausted = true;
    bool m_fetchPending = false;
    int m_generation = 0; // bumped by every re-query
    qint64 m_sideTotal = 0;
    QHash<QUuid, int> m_rowOf;
    std::shared_ptr<const TextIndex> m_textIndex;
};

} // namespace recon
