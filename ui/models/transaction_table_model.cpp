#include "ui/models/transaction_table_model.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace recon {

TransactionTableModel::TransactionTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void TransactionTableModel::setTransactions(QList<Transaction> rows)
{
    beginResetModel();
    m_all = std::move(rows);
    m_visible = std::min<int>(kPageSize, static_cast<int>(m_all.size()));
    endResetModel();
}

const Transaction *TransactionTableModel::transactionAt(int row) const
{
    return row >= 0 && row < m_visible ? &m_all.at(row) : nullptr;
}

int TransactionTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_visible;
}

int TransactionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool TransactionTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_visible < m_all.size();
}

void TransactionTableModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid())
        return;
    const int more = std::min<int>(kPageSize, static_cast<int>(m_all.size()) - m_visible);
    if (more <= 0)
        return;
    beginInsertRows({}, m_visible, m_visible + more - 1);
    m_visible += more;
    endInsertRows();
}

QVariant TransactionTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Transaction &t = m_all.at(index.row());
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Date:
            return locale.toString(t.effectiveDate(), QLocale::ShortFormat);
        case Amount:
            return t.amount.format(locale.decimalPoint().front(), locale.groupSeparator().front());
        case Currency:
            return t.amount.currencyCode();
        case Description:
            return t.description;
        case Reference:
            return t.reference;
        case Counterparty:
            return t.counterparty;
        case Status:
            return statusName(t.status);
        case ExternalId:
            return t.externalId;
        }
        break;
    case Qt::EditRole: // sort keys: exact values, never floating point
        switch (index.column()) {
        case Date:
            return t.effectiveDate();
        case Amount:
            return QVariant::fromValue<qint64>(t.amount.minor());
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::TextAlignmentRole:
        if (index.column() == Amount)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ForegroundRole:
        if (index.column() == Amount && t.amount.isNegative())
            return QBrush(QColor(0xb0, 0x20, 0x20));
        break;
    case AmountMinorRole:
        return QVariant::fromValue<qint64>(t.amount.minor());
    case TransactionIdRole:
        return t.id;
    case StatusRole:
        return static_cast<int>(t.status);
    }
    return {};
}

QVariant TransactionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Date:
        return tr("Date");
    case Amount:
        return tr("Amount");
    case Currency:
        return tr("Currency");
    case Description:
        return tr("Description");
    case Reference:
        return tr("Reference");
    case Counterparty:
        return tr("Counterparty");
    case Status:
        return tr("Status");
    case ExternalId:
        return tr("Id");
    }
    return {};
}

} // namespace recon
