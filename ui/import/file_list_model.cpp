#include "ui/import/file_list_model.h"

#include "core/import/preview.h"

#include <QBrush>
#include <QColor>

namespace recon {

FileListModel::FileListModel(QList<WizardFile> *files, QObject *parent)
    : QAbstractTableModel(parent)
    , m_files(files)
{
}

int FileListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_files->size());
}

int FileListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString FileListModel::sideLabel(Side s)
{
    return s == Side::Left ? tr("Left (bank)") : tr("Right (ledger)");
}

QStringList FileListModel::balanceProblems(const WizardFile &f)
{
    QStringList out = checkBalances(f.analysis.read.statements).problems;
    for (const ImportIssue &w : f.analysis.read.warnings) {
        if (w.message.contains(QLatin1String("balance"), Qt::CaseInsensitive))
            out << w.toString();
    }
    return out;
}

QString FileListModel::balanceText(const WizardFile &f)
{
    if (!f.analysed || !f.analysis.refusal.isEmpty() || f.analysis.read.statements.isEmpty())
        return QString();
    const QList<Statement> &statements = f.analysis.read.statements;
    const int stated = int(std::count_if(statements.cbegin(), statements.cend(),
        [](const Statement &s) { return s.openingBalance && s.closingBalance; }));
    const int problems = int(balanceProblems(f).size());
    if (problems > 0)
        return tr("✗ %n problem(s)", nullptr, problems);
    if (stated == 0)
        return tr("no balances");
    return tr("✓ %n roll", nullptr, stated);
}

int FileListModel::itemCount(const ImportReport &r)
{
    // Streamed imports count the rows they saw; readers that do not stream list them.
    return std::max(r.read.transactionCount(), r.import.rowsRead - r.import.rowsSkipped);
}

QString FileListModel::stateText(const WizardFile &f)
{
    const ImportReport &r = f.analysis;
    if (!f.analysed)
        return tr("analysing…");
    if (!r.refusal.isEmpty())
        return tr("already imported");
    if (r.read.errorCount > 0)
        return tr("%n error(s)", nullptr, r.read.errorCount);
    if (!r.read.warnings.isEmpty())
        return tr("ready, %n warning(s)", nullptr, int(r.read.warnings.size()));
    return tr("ready");
}

QVariant FileListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const WizardFile &f = m_files->at(index.row());
    const ImportReport &r = f.analysis;
    const bool known = f.analysed && r.refusal.isEmpty();
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case File:
            return f.fileName();
        case SideColumn:
            return sideLabel(f.side);
        case Format:
            return r.read.format;
        case Encoding:
            return r.read.encoding;
        case Statements:
            return known ? QVariant(int(r.read.statements.size())) : QVariant();
        case Transactions:
            return known ? QVariant(itemCount(r)) : QVariant();
        case Duplicates:
            return known && r.read.ok() ? QVariant(r.duplicates) : QVariant();
        case Balances:
            return balanceText(f);
        case State:
            return stateText(f);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == File)
            return f.path;
        if (index.column() == State && !r.refusal.isEmpty())
            return r.refusal;
        if (index.column() == State && !r.read.errors.isEmpty())
            return r.read.errors.first().toString();
        if (index.column() == Balances && f.analysed)
            return balanceProblems(f).join(QLatin1Char('\n'));
        return {};
    }
    if (role == Qt::ForegroundRole && index.column() == State && f.analysed) {
        if (!r.refusal.isEmpty() || r.read.errorCount > 0)
            return QBrush(QColor(0xb0, 0x20, 0x20));
        return QBrush(QColor(0x1e, 0x7b, 0x34));
    }
    if (role == Qt::TextAlignmentRole && index.column() >= Statements
        && index.column() <= Duplicates)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant FileListModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, o, role);
    switch (section) {
    case File:
        return tr("File");
    case SideColumn:
        return tr("Side");
    case Format:
        return tr("Format");
    case Encoding:
        return tr("Encoding");
    case Statements:
        return tr("Statements");
    case Transactions:
        return tr("Items");
    case Duplicates:
        return tr("Duplicates");
    case Balances:
        return tr("Balances");
    case State:
        return tr("State");
    default:
        return {};
    }
}

void FileListModel::refresh()
{
    beginResetModel();
    endResetModel();
}

void FileListModel::refreshRow(int row)
{
    if (row >= 0 && row < rowCount())
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

} // namespace recon
