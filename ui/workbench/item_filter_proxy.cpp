#include "ui/workbench/item_filter_proxy.h"

#include "ui/models/transaction_filter_proxy.h"
#include "ui/models/transaction_table_model.h"

#include <limits>

namespace recon {

ItemFilterProxy::ItemFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(Qt::EditRole);
}

unsigned ItemFilterProxy::maskOf(std::initializer_list<Status> s)
{
    return ItemFilter::maskOf(s);
}

void ItemFilterProxy::setCriteria(const Criteria &c)
{
    m_c = c;
    if (TransactionTableModel *base = sqlBaseModel(sourceModel())) {
        ItemFilter f = base->filter();
        f.statuses = c.statuses;
        f.minAbsMinor = c.minAbs;
        f.maxAbsMinor = c.maxAbs;
        f.from = c.from;
        f.to = c.to;
        f.minAgeDays = c.minAgeDays;
        f.maxAgeDays = c.maxAgeDays;
        f.asOf = c.asOf;
        base->setFilter(f);
    }
    invalidateRowsFilter();
}

void ItemFilterProxy::setStatuses(unsigned mask)
{
    Criteria c = m_c;
    c.statuses = mask;
    setCriteria(c);
}

void ItemFilterProxy::setAmountRange(std::optional<qint64> min, std::optional<qint64> max)
{
    Criteria c = m_c;
    c.minAbs = min;
    c.maxAbs = max;
    setCriteria(c);
}

void ItemFilterProxy::setDateRange(const QDate &from, const QDate &to)
{
    Criteria c = m_c;
    c.from = from;
    c.to = to;
    setCriteria(c);
}

void ItemFilterProxy::sort(int column, Qt::SortOrder order)
{
    if (sqlBaseModel(sourceModel())) {
        sourceModel()->sort(column, order); // down to the model's query
        if (sortColumn() != -1)
            QSortFilterProxyModel::sort(-1, order);
        return;
    }
    QSortFilterProxyModel::sort(column, order);
}

bool ItemFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex first = sourceModel()->index(sourceRow, 0, sourceParent);
    const int status = first.data(TransactionTableModel::StatusRole).toInt();
    if (status < 0 || status > 31 || !(m_c.statuses & (1u << status)))
        return false;
    const qint64 raw = first.data(TransactionTableModel::AmountMinorRole).toLongLong();
    // |x| compared without overflow on the smallest value.
    if (m_c.minAbs && raw > -*m_c.minAbs && raw < *m_c.minAbs)
        return false;
    if (m_c.maxAbs && (raw > *m_c.maxAbs || raw < -*m_c.maxAbs))
        return false;
    QDate from = m_c.from, to = m_c.to;
    if (m_c.minAgeDays || m_c.maxAgeDays) {
        const QDate asOf = m_c.asOf.isValid() ? m_c.asOf : QDate::currentDate();
        if (m_c.minAgeDays) {
            const QDate d = asOf.addDays(-*m_c.minAgeDays);
            to = to.isValid() ? std::min(to, d) : d;
        }
        if (m_c.maxAgeDays) {
            const QDate d = asOf.addDays(-*m_c.maxAgeDays);
            from = from.isValid() ? std::max(from, d) : d;
        }
    }
    if (from.isValid() || to.isValid()) {
        const QDate d = sourceModel()
                            ->index(sourceRow, TransactionTableModel::Date, sourceParent)
                            .data(Qt::EditRole)
                            .toDate();
        if (!d.isValid() || (from.isValid() && d < from) || (to.isValid() && d > to))
            return false;
    }
    return true;
}

bool ItemFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    return exactValueLessThan(left, right);
}

} // namespace recon
