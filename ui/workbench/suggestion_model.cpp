#include "ui/workbench/suggestion_model.h"

#include <QLocale>

namespace recon {

SuggestionModel::SuggestionModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void SuggestionModel::setRows(QList<SuggestionRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

const SuggestionRow *SuggestionModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

QString SuggestionModel::explain(const std::vector<match::ConditionOutcome> &outcomes)
{
    QStringList lines;
    for (const auto &c : outcomes) {
        lines << tr("%1 %2: %3 (%4)")
                     .arg(c.pass ? QStringLiteral("✓") : QStringLiteral("✗"), c.condition,
                         c.measure, c.threshold);
    }
    return lines.join(QLatin1Char('\n'));
}

int SuggestionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int SuggestionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SuggestionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SuggestionRow &r = m_rows.at(index.row());
    const QLocale locale;
    if (role == Qt::ToolTipRole)
        return r.explanation;
    if (role == Qt::TextAlignmentRole && (index.column() == Amount || index.column() == Score))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Score:
        return locale.toString(r.score, 'f', 2);
    case Items:
        return r.items;
    case Amount:
        return r.otherSum.format(locale.decimalPoint().front(), locale.groupSeparator().front());
    case Explanation:
        return QString(r.explanation).replace(QLatin1Char('\n'), QStringLiteral("; "));
    }
    return {};
}

QVariant SuggestionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Score:
        return tr("Score");
    case Items:
        return tr("Candidate");
    case Amount:
        return tr("Amount");
    case Explanation:
        return tr("Why");
    }
    return {};
}

} // namespace recon
