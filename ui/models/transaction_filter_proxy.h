#pragma once
// Sorting and filtering over TransactionTableModel: free text (description, reference,
// counterparty, id) and status.

#include "core/model/transaction.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace recon {

// Orders two cells of TransactionTableModel by their exact EditRole values: amounts as minor
// units, dates as dates, text locale-aware. Shared by every proxy over that model.
bool exactValueLessThan(const QModelIndex &left, const QModelIndex &right);

class TransactionFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit TransactionFilterProxy(QObject *parent = nullptr);
    void setText(const QString &text);
    void setStatus(std::optional<Status> status);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_text;
    std::optional<Status> m_status;
};

} // namespace recon
