#pragma once
// Workbench filters stacked on a side's TransactionFilterProxy: a set of statuses, an amount
// range (exact minor units) and a date range. Sorts on the exact sort keys (EditRole).

#include "core/model/transaction.h"

#include <QDate>
#include <QSortFilterProxyModel>

#include <optional>

namespace recon {

class ItemFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit ItemFilterProxy(QObject *parent = nullptr);

    // Bit i set = Status(i) shown. All statuses by default.
    void setStatuses(unsigned mask);
    unsigned statuses() const { return m_statuses; }
    static unsigned maskOf(std::initializer_list<Status> s);
    // Bounds on the absolute amount in minor units (inclusive); nullopt = unbounded.
    void setAmountRange(std::optional<qint64> min, std::optional<qint64> max);
    // Inclusive; an invalid date = unbounded.
    void setDateRange(const QDate &from, const QDate &to);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    unsigned m_statuses = 0x1f;
    std::optional<qint64> m_min;
    std::optional<qint64> m_max;
    QDate m_from;
    QDate m_to;
};

} // namespace recon
