#include "ui/models/transaction_table_model.h"

#include "core/log.h"
#include "core/store/sqlite.h"
#include "core/store/workspace.h"
#include "ui/models/status_text.h"

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
    m_ws = nullptr;
    m_exhausted = true;
    m_all = std::move(rows);
    m_visible = std::min<int>(kPageSize, static_cast<int>(m_all.size()));
    m_rowOf.clear();
    for (int r = 0; r < m_all.size(); ++r)
        m_rowOf.insert(m_all.at(r).id, r);
    endResetModel();
}

const Transaction *TransactionTableModel::transactionAt(int row) const
{
    return row >= 0 && row < m_visible ? &m_all.at(row) : nullptr;
}

const Transaction *TransactionTableModel::transactionById(const QUuid &id) const
{
    const auto it = m_rowOf.constFind(id);
    return it == m_rowOf.constEnd() ? nullptr : transactionAt(*it);
}

int TransactionTableModel::totalCount() const
{
    return m_ws ? static_cast<int>(m_sideTotal) : static_cast<int>(m_all.size());
}

void TransactionTableModel::setWorkspace(Workspace *ws, Side side)
{
    m_ws = ws;
    m_filter.side = side;
    m_sideTotal = ws ? ItemQuery(ws->db(), m_filter).sideTotal() : 0;
    requery();
}

void TransactionTableModel::setFilter(const ItemFilter &filter)
{
    ItemFilter f = filter;
    f.side = m_filter.side;
    if (f == m_filter)
        return;
    m_filter = f;
    if (m_ws)
        requery();
}

void TransactionTableModel::sort(int column, Qt::SortOrder order)
{
    static const ItemSortKey keys[ColumnCount] = { ItemSortKey::Date, ItemSortKey::Amount,
        ItemSortKey::Currency, ItemSortKey::Description, ItemSortKey::Reference,
        ItemSortKey::Counterparty, ItemSortKey::Status, ItemSortKey::ExternalId };
    const ItemSort s { column >= 0 && column < ColumnCount ? keys[column] : ItemSortKey::Row,
        order == Qt::DescendingOrder };
    if (s == m_sort)
        return;
    m_sort = s;
    if (m_ws)
        requery();
}

void TransactionTableModel::requery()
{
    // The first page goes in with the reset: views that fetch more while handling the reset
    // would otherwise insert rows inside it.
    beginResetModel();
    ++m_generation;
    m_all.clear();
    m_rowOf.clear();
    m_visible = 0;
    m_exhausted = m_ws == nullptr;
    for (ItemRow &r : readPage()) {
        m_rowOf.insert(r.tx.id, static_cast<int>(m_all.size()));
        m_all.append(std::move(r.tx));
    }
    m_visible = static_cast<int>(m_all.size());
    endResetModel();
}

QList<ItemRow> TransactionTableModel::readPage()
{
    QList<ItemRow> rows;
    if (!m_ws || m_exhausted)
        return rows;
    try {
        rows
            = ItemQuery(m_ws->db(), m_filter, m_sort, m_textIndex).page(m_all.size(), kSqlPageSize);
    } catch (const sql::Error &e) {
        log::ui()->warn("cannot read transactions: {}", e.what());
    }
    m_exhausted = rows.size() < kSqlPageSize;
    return rows;
}

void TransactionTableModel::loadPage()
{
    QList<ItemRow> rows = readPage();
    if (rows.isEmpty())
        return;
    const int first = static_cast<int>(m_all.size());
    beginInsertRows({}, first, first + static_cast<int>(rows.size()) - 1);
    for (ItemRow &r : rows) {
        m_rowOf.insert(r.tx.id, static_cast<int>(m_all.size()));
        m_all.append(std::move(r.tx));
    }
    m_visible = static_cast<int>(m_all.size());
    endInsertRows();
}

void TransactionTableModel::refreshItems(const QList<QUuid> &ids)
{
    if (!m_ws)
        return;
    QList<QUuid> loaded, others;
    for (const QUuid &id : ids)
        (m_rowOf.contains(id) ? loaded : others).append(id);
    try {
        ItemQuery q(m_ws->db(), m_filter, m_sort, m_textIndex);
        // An item the edit moved into the filter (e.g. back to open) belongs somewhere in the
        // sorted rows: read the first page again rather than guess where.
        if (!others.isEmpty() && !q.matching(others).isEmpty())
            return requery();
        for (ItemRow &r : q.byIds(loaded)) {
            const int row = m_rowOf.value(r.tx.id);
            m_all[row] = std::move(r.tx);
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    } catch (const sql::Error &e) {
        log::ui()->warn("cannot refresh transactions: {}", e.what());
    }
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
    if (parent.isValid())
        return false;
    return m_ws ? !m_exhausted : m_visible < m_all.size();
}

void TransactionTableModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid())
        return;
    if (m_ws) {
        // Read on the next event-loop turn: fetchMore is called from inside other signal
        // handlers (a proxy's or a view's reset), where inserting rows would nest changes.
        if (m_fetchPending)
            return;
        m_fetchPending = true;
        const int generation = m_generation;
        QMetaObject::invokeMethod(
            this,
            [this, generation] {
                m_fetchPending = false;
                if (generation == m_generation)
                    loadPage();
            },
            Qt::QueuedConnection);
        return;
    }
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
            return statusText(t.status);
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
