#pragma once
// One side's transactions as a grid. Rows are fetched lazily in pages so a 1M-row workspace
// opens at once (canFetchMore/fetchMore).

#include "core/model/transaction.h"

#include <QAbstractTableModel>

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
    int totalCount() const { return static_cast<int>(m_all.size()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    static constexpr int kPageSize = 2000;

private:
    QList<Transaction> m_all;
    int m_visible = 0;
};

} // namespace recon
