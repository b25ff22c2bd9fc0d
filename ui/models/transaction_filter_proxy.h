#pragma once
// Sorting and filtering over TransactionTableModel: free text (description, reference,
// counterparty, id) and status.
//
// Over a workspace-backed model (TransactionTableModel::setWorkspace) the proxy does not sort or
// text-filter the loaded rows itself: a proxy only sees the pages fetched so far, so sorting or
// filtering those would show a wrong first screen. It hands the text and the sort column down
// to the model, which re-queries in SQL, and stays in source order (sortColumn() -1); the exact
// status filter still applies to loaded rows, which hides rows an edit moved out of it at once.

#include "core/model/transaction.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace recon {
class TransactionTableModel;

// Orders two cells of TransactionTableModel by their exact EditRole values: amounts as minor
// units, dates as dates, text locale-aware. Shared by every proxy over that model.
bool exactValueLessThan(const QModelIndex &left, const QModelIndex &right);

// The workspace-backed TransactionTableModel under a chain of proxies (nullptr when the base is
// another model or a list-backed one).
TransactionTableModel *sqlBaseModel(const QAbstractItemModel *model);

class TransactionFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit TransactionFilterProxy(QObject *parent = nullptr);
    void setText(const QString &text);
    QString text() const { return m_text; }
    void setStatus(std::optional<Status> status);
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_text;
    std::optional<Status> m_status;
};

} // namespace recon
