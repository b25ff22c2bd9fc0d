#include "ui/import/preview_model.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

namespace recon {

namespace {
const QColor kErrorBack(0xf8, 0xd7, 0xda);
const QColor kParsedBack(0xe8, 0xf3, 0xea);
const QColor kRoleBack(0xe7, 0xee, 0xf7);
const QColor kIgnoredText(0x8a, 0x8a, 0x8a);
} // namespace

PreviewModel::PreviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

QList<ColumnRole> PreviewModel::allRoles()
{
    QList<ColumnRole> out;
    for (int r = int(ColumnRole::Ignore); r <= int(ColumnRole::BankCode); ++r)
        out.append(ColumnRole(r));
    return out;
}

QString PreviewModel::roleLabel(ColumnRole r)
{
    switch (r) {
    case ColumnRole::Ignore:
        return tr("(ignore)");
    case ColumnRole::Date:
        return tr("Booking date");
    case ColumnRole::ValueDate:
        return tr("Value date");
    case ColumnRole::Amount:
        return tr("Amount (signed)");
    case ColumnRole::Debit:
        return tr("Debit (money out)");
    case ColumnRole::Credit:
        return tr("Credit (money in)");
    case ColumnRole::DebitCreditIndicator:
        return tr("Dr/Cr indicator");
    case ColumnRole::Currency:
        return tr("Currency");
    case ColumnRole::Description:
        return tr("Description");
    case ColumnRole::Reference:
        return tr("Reference");
    case ColumnRole::Counterparty:
        return tr("Counterparty");
    case ColumnRole::CounterpartyAccount:
        return tr("Counterparty account");
    case ColumnRole::Account:
        return tr("Own account");
    case ColumnRole::ExternalId:
        return tr("Transaction id");
    case ColumnRole::Balance:
        return tr("Balance");
    case ColumnRole::BankCode:
        return tr("Bank code");
    }
    return QString();
}

void PreviewModel::setGrid(const PreviewGrid &grid)
{
    beginResetModel();
    m_grid = grid;
    endResetModel();
}

int PreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 1 + int(m_grid.rows.size());
}

int PreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstSourceColumn + m_grid.columnCount;
}

Qt::ItemFlags PreviewModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.row() == RoleRow && index.column() >= FirstSourceColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant PreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int col = index.column();
    if (index.row() == RoleRow) {
        if (role == Qt::BackgroundRole)
            return QBrush(kRoleBack);
        if (col < FirstSourceColumn)
            return {};
        const ColumnRole r = m_grid.mapping.roles.value(sourceColumn(col), ColumnRole::Ignore);
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return roleLabel(r);
        if (role == ColumnRoleData)
            return int(r);
        return {};
    }
    const PreviewRow &row = m_grid.rows.at(index.row() - 1);
    return col < FirstSourceColumn ? parsedCell(row, col, role) : sourceCell(row, col, role);
}

QVariant PreviewModel::sourceCell(const PreviewRow &row, int col, int role) const
{
    const int c = sourceColumn(col);
    const auto err = row.cellErrors.constFind(c);
    const bool bad = err != row.cellErrors.constEnd();
    switch (role) {
    case Qt::DisplayRole:
        return row.cells.value(c);
    case Qt::ToolTipRole:
        return bad ? *err : QVariant();
    case Qt::BackgroundRole:
        return bad ? QVariant(QBrush(kErrorBack)) : QVariant();
    case Qt::ForegroundRole:
        if (!bad && m_grid.mapping.roles.value(c, ColumnRole::Ignore) == ColumnRole::Ignore)
            return QBrush(kIgnoredText);
        return {};
    default:
        return {};
    }
}

QVariant PreviewModel::parsedCell(const PreviewRow &row, int col, int role) const
{
    const bool bad = !row.cellErrors.isEmpty() || !row.rowErrors.isEmpty();
    if (role == Qt::DisplayRole && row.parsed) {
        const Transaction &t = *row.parsed;
        switch (col) {
        case ParsedDate:
            return QLocale().toString(t.effectiveDate(), QLocale::ShortFormat);
        case ParsedAmount:
            return t.amount.toPlainString() + QLatin1Char(' ') + t.amount.currencyCode();
        case ParsedDescription: {
            QStringList parts;
            for (const QString &s : { t.counterparty, t.description, t.reference }) {
                if (!s.isEmpty())
                    parts << s;
            }
            return parts.join(QStringLiteral(" · "));
        }
        default:
            return {};
        }
    }
    if (role == Qt::DisplayRole && !row.parsed && col == ParsedDate)
        return tr("not parsed");
    if (role == Qt::ToolTipRole && bad) {
        QStringList msgs = row.rowErrors;
        for (auto it = row.cellErrors.constBegin(); it != row.cellErrors.constEnd(); ++it) {
            const QString field = m_grid.headers.value(it.key()).trimmed();
            msgs << (field.isEmpty() ? tr("column %1").arg(it.key() + 1) : field)
                    + QStringLiteral(": ") + it.value();
        }
        return msgs.join(QLatin1Char('\n'));
    }
    if (role == Qt::BackgroundRole)
        return QBrush(bad ? kErrorBack : kParsedBack);
    if (role == Qt::TextAlignmentRole && col == ParsedAmount)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::FontRole && !row.parsed) {
        QFont f;
        f.setItalic(true);
        return f;
    }
    return {};
}

QVariant PreviewModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, o, role);
    if (o == Qt::Vertical) {
        if (section == RoleRow)
            return tr("Role");
        if (section - 1 < m_grid.rows.size())
            return m_grid.rows.at(section - 1).line;
        return {};
    }
    switch (section) {
    case ParsedDate:
        return tr("→ Date");
    case ParsedAmount:
        return tr("→ Amount");
    case ParsedDescription:
        return tr("→ Text");
    default: {
        const QString h = m_grid.headers.value(sourceColumn(section)).trimmed();
        return h.isEmpty() ? tr("Column %1").arg(sourceColumn(section) + 1) : h;
    }
    }
}

bool PreviewModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.row() != RoleRow || index.column() < FirstSourceColumn
        || (role != Qt::EditRole && role != ColumnRoleData))
        return false;
    bool ok = false;
    const int r = value.toInt(&ok);
    if (!ok || r < int(ColumnRole::Ignore) || r > int(ColumnRole::BankCode))
        return false;
    const int c = sourceColumn(index.column());
    if (m_grid.mapping.roles.value(c, ColumnRole::Ignore) == ColumnRole(r))
        return true;
    while (m_grid.mapping.roles.size() <= c)
        m_grid.mapping.roles.append(ColumnRole::Ignore);
    m_grid.mapping.roles[c] = ColumnRole(r);
    Q_EMIT dataChanged(index, index);
    Q_EMIT roleEdited(c, ColumnRole(r));
    return true;
}

} // namespace recon
