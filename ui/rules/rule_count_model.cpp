#include "ui/rules/rule_count_model.h"

#include <QColor>

namespace recon {

RuleCountModel::RuleCountModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void RuleCountModel::setCounts(const QList<RuleCount> &counts, const QList<RuleCount> &baseline)
{
    beginResetModel();
    m_counts = counts;
    m_baseItems.clear();
    for (const RuleCount &c : baseline)
        m_baseItems.insert(c.rule, c.items);
    m_hasBaseline = !baseline.isEmpty();
    endResetModel();
}

int RuleCountModel::totalItems() const
{
    int n = 0;
    for (const RuleCount &c : m_counts)
        n += c.items;
    return n;
}

int RuleCountModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_counts.size());
}

int RuleCountModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RuleCountModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_counts.size())
        return {};
    const RuleCount &c = m_counts.at(index.row());
    const int change = c.items - m_baseItems.value(c.rule, 0);
    if (role == Qt::TextAlignmentRole && index.column() != Rule)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && index.column() == Change && m_hasBaseline && change != 0)
        return change > 0 ? QColor(0x1b, 0x7a, 0x2e) : QColor(0xb0, 0x24, 0x18);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Rule:
        return c.rule;
    case Groups:
        return c.groups;
    case Items:
        return c.items;
    case Exceptions:
        return c.exceptions;
    case Change:
        if (!m_hasBaseline)
            return QString();
        return change > 0 ? QStringLiteral("+%1").arg(change)
                          : (change == 0 ? QStringLiteral("±0") : QString::number(change));
    default:
        return {};
    }
}

QVariant RuleCountModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, o, role);
    switch (section) {
    case Rule:
        return tr("Rule");
    case Groups:
        return tr("Groups");
    case Items:
        return tr("Items");
    case Exceptions:
        return tr("Exceptions");
    case Change:
        return tr("vs current");
    default:
        return {};
    }
}

} // namespace recon
