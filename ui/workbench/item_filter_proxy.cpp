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
    unsigned m = 0;
    for (Status st : s)
        m |= 1u << static_cast<int>(st);
    return m;
}

void ItemFilterProxy::setStatuses(unsigned mask)
{
    m_statuses = mask;
    invalidateRowsFilter();
}

void ItemFilterProxy::setAmountRange(std::optional<qint64> min, std::optional<qint64> max)
{
    m_min = min;
    m_max = max;
    invalidateRowsFilter();
}

void ItemFilterProxy::setDateRange(const QDate &from, const QDate &to)
{
    m_from = from;
    m_to = to;
    invalidateRowsFilter();
}

bool ItemFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex first = sourceModel()->index(sourceRow, 0, sourceParent);
    const int status = first.data(TransactionTableModel::StatusRole).toInt();
    if (status < 0 || status > 31 || !(m_statuses & (1u << status)))
        return false;
    const qint64 raw = first.data(TransactionTableModel::AmountMinorRole).toLongLong();
    const qint64 minor = raw == std::numeric_limits<qint64>::min() ? raw : qAbs(raw);
    if ((m_min && minor < *m_min) || (m_max && minor > *m_max))
        return false;
    if (m_from.isValid() || m_to.isValid()) {
        const QDate d = sourceModel()
                            ->index(sourceRow, TransactionTableModel::Date, sourceParent)
                            .data(Qt::EditRole)
                            .toDate();
        if (!d.isValid() || (m_from.isValid() && d < m_from) || (m_to.isValid() && d > m_to))
            return false;
    }
    return true;
}

bool ItemFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    return exactValueLessThan(left, right);
}

} // namespace recon
