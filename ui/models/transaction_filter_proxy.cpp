#include "ui/models/transaction_filter_proxy.h"

#include "ui/models/transaction_table_model.h"

#include <QAbstractProxyModel>

namespace recon {

TransactionFilterProxy::TransactionFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(Qt::EditRole);
}

TransactionTableModel *sqlBaseModel(const QAbstractItemModel *model)
{
    while (model) {
        if (auto *base = qobject_cast<const TransactionTableModel *>(model))
            return base->isSqlBacked() ? const_cast<TransactionTableModel *>(base) : nullptr;
        const auto *proxy = qobject_cast<const QAbstractProxyModel *>(model);
        model = proxy ? proxy->sourceModel() : nullptr;
    }
    return nullptr;
}

void TransactionFilterProxy::setText(const QString &text)
{
    m_text = text.trimmed();
    if (TransactionTableModel *base = sqlBaseModel(sourceModel())) {
        ItemFilter f = base->filter();
        f.text = m_text;
        base->setFilter(f);
    }
    invalidateRowsFilter();
}

void TransactionFilterProxy::sort(int column, Qt::SortOrder order)
{
    if (sqlBaseModel(sourceModel())) {
        sourceModel()->sort(column, order);
        if (sortColumn() != -1)
            QSortFilterProxyModel::sort(-1, order);
        return;
    }
    QSortFilterProxyModel::sort(column, order);
}

void TransactionFilterProxy::setStatus(std::optional<Status> status)
{
    m_status = status;
    invalidateRowsFilter();
}

bool TransactionFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const auto *model = qobject_cast<const TransactionTableModel *>(sourceModel());
    if (!model)
        return true;
    Q_UNUSED(sourceParent);
    const Transaction *t = model->transactionAt(sourceRow);
    if (!t)
        return false;
    if (m_status && t->status != *m_status)
        return false;
    if (m_text.isEmpty() || model->isSqlBacked()) // the query filtered the text
        return true;
    return t->description.contains(m_text, Qt::CaseInsensitive)
        || t->reference.contains(m_text, Qt::CaseInsensitive)
        || t->counterparty.contains(m_text, Qt::CaseInsensitive)
        || t->externalId.contains(m_text, Qt::CaseInsensitive)
        || t->amount.toPlainString().contains(m_text);
}

bool exactValueLessThan(const QModelIndex &left, const QModelIndex &right)
{
    const QVariant l = left.data(Qt::EditRole);
    const QVariant r = right.data(Qt::EditRole);
    if (l.typeId() == QMetaType::LongLong && r.typeId() == QMetaType::LongLong)
        return l.toLongLong() < r.toLongLong();
    if (l.typeId() == QMetaType::QDate && r.typeId() == QMetaType::QDate)
        return l.toDate() < r.toDate();
    return QString::localeAwareCompare(l.toString(), r.toString()) < 0;
}

bool TransactionFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    return exactValueLessThan(left, right);
}

} // namespace recon
