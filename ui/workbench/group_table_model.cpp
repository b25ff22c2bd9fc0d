#include "ui/workbench/group_table_model.h"

#include "ui/models/status_text.h"

#include <QLocale>

namespace recon {

GroupTableModel::GroupTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void GroupTableModel::setGroups(QList<GroupInfo> groups)
{
    beginResetModel();
    m_groups = std::move(groups);
    endResetModel();
}

const GroupInfo *GroupTableModel::groupAt(int row) const
{
    return row >= 0 && row < m_groups.size() ? &m_groups.at(row) : nullptr;
}

int GroupTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_groups.size());
}

int GroupTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GroupTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const GroupInfo &g = m_groups.at(index.row());
    const QLocale locale;
    if (role == GroupIdRole)
        return g.id;
    if (role == Qt::TextAlignmentRole && (index.column() == Difference || index.column() == Score))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case StatusCol:
        return statusText(g.status);
    case Rule:
        return g.rule;
    case Score:
        return locale.toString(g.score, 'f', 2); // display of the engine's score only
    case Items:
        return tr("%1 : %2").arg(g.left.size()).arg(g.right.size());
    case Difference:
        return g.difference.format(locale.decimalPoint().front(), locale.groupSeparator().front())
            + QLatin1Char(' ') + g.difference.currencyCode();
    case Reason:
        return g.reasonCode;
    }
    return {};
}

QVariant GroupTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StatusCol:
        return tr("Status");
    case Rule:
        return tr("Rule");
    case Score:
        return tr("Score");
    case Items:
        return tr("Bank : Ledger");
    case Difference:
        return tr("Difference");
    case Reason:
        return tr("Reason");
    }
    return {};
}

} // namespace recon
