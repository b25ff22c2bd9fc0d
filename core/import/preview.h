#pragma once
// What the import wizard shows before anything is written: the first rows of a CSV/XLSX file
// as a grid of text cells (without parsing the rest of the file), and the preview of a mapping
// over them laid out per row and per cell: the parsed date, amount and description of each row
// and the message of every cell that fails to parse.

#include "core/import/tabular.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace recon {

// The first rows of a tabular file, read the way the csv / xlsx readers read them.
struct TabularSample {
    QString format; // "csv" or "xlsx"; empty when the file is not tabular
    QString encoding; // CSV: as detected
    QChar delimiter; // CSV: as detected (or the override)
    QStringList sheets; // XLSX: every sheet name in workbook order
    QString sheet; // XLSX: the sheet read
    QList<TabularRow> rows; // at most maxRows
    bool truncated = false; // the file has more rows than were read
    QString error; // why the file cannot be previewed (not tabular, unreadable, bad sheet ...)
};

// Reads the first `maxRows` rows of `path` (format detected by content unless given). Reads at
// most a few MiB of a big CSV; an XLSX sheet is capped by the reader's own limits.
TabularSample loadTabularSample(const QString &path, const QString &format = QString(),
    const QString &sheet = QString(), int maxRows = 2000);

// One row of the preview grid: its cells and what the mapping made of it.
struct PreviewRow {
    int line = 0;
    QStringList cells;
    std::optional<Transaction> parsed; // the row as a transaction, when it parsed
    QHash<int, QString> cellErrors; // column -> message (all messages of that cell joined)
    QStringList rowErrors; // problems that name no column (a record that cannot be split ...)
};

struct PreviewGrid {
    TabularMapping mapping; // as detected or as given
    QStringList headers;
    int columnCount = 0; // widest row (and header)
    QList<PreviewRow> rows;
    QList<ImportIssue> notes; // detection notes and layout errors (no line)
    int errorRows = 0; // rows with at least one problem
};

// previewTabular() over `rows`, arranged for a grid: each sample row with its parsed transaction
// (matched by source line) and its problems attached to the cell whose field they name.
PreviewGrid buildPreviewGrid(
    const QList<TabularRow> &rows, const ReadOptions &options, int maxRows = 50);

// "Dr/Cr indicator column", "debit and credit columns", "signed amount column" or "" (none yet):
// the sign convention a mapping's roles express.
enum class SignConvention { None, SignedAmount, DebitCredit, Indicator };
SignConvention signConvention(const TabularMapping &mapping);

// Whether each statement's opening balance plus its items gives its closing balance. Statements
// whose items were streamed into the workspace (none listed) are left to the reader's own check,
// which reports a warning when they do not roll.
struct BalanceCheck {
    int statements = 0; // all statements
    int withBalances = 0; // those stating both balances and listing their items
    int rolling = 0; // of those, the ones whose items add up
    QStringList problems; // "statement X: opening + items = ..., closing states ..."
};
BalanceCheck checkBalances(const QList<Statement> &statements);

} // namespace recon
