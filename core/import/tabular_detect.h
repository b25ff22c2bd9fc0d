#pragma once
// Layout detection for tabular files: which row is the header, what each column holds, how
// dates and amounts are written, which currency applies. Runs on a sample (the first rows);
// the result is then applied unchanged to every row of the file.

#include "core/import/tabular.h"
#include "core/import/tabular_values.h"

#include <vector>

namespace recon::tabular {

struct ColumnLayout {
    ColumnRole role = ColumnRole::Ignore;
    DatePattern date; // Date / ValueDate columns
    QChar decimal = QLatin1Char('.'); // amount-like columns
    QString currency; // from the header ("Bedrag (EUR)")
    bool openingBalance = false; // statement-level balance columns ("Beginning Balance")
    bool closingBalance = false;
};

struct Layout {
    TabularMapping mapping; // what was used (reported, reusable as a profile)
    QStringList headers; // header cells, empty without a header row
    std::vector<ColumnLayout> cols;
    int dataStart = 0; // index of the first data row
    QString fileCurrency; // fallback for rows without a currency cell
    QString account; // own account stated in the preamble
    QString qtDateFormat; // user format that is not numeric: parsed with QDate::fromString
    QList<ImportIssue> notes; // detection warnings (assumed currency ...)
    QString error; // no usable layout: the file cannot be read as a statement

    int columnOf(ColumnRole r) const; // first column with the role, -1 if none
    QString fieldName(int col) const; // header text or "column N"
};

// Running-balance conventions, from the difference d = bal[i] - bal[i-1] of adjacent rows in
// file order: AscAfter d = +amt[i]; DescAfter d = -amt[i-1]; AscBefore d = +amt[i-1];
// DescBefore d = -amt[i] (After = the balance after the booking, Desc = newest first).
enum class ChainKind { None = 0, AscAfter = 1, DescAfter = 2, AscBefore = 3, DescBefore = 4 };
struct ChainResult {
    ChainKind kind = ChainKind::None;
    int hits = 0;
    int pairs = 0;
};
ChainResult chainTest(const std::vector<qint64> &amounts, const std::vector<qint64> &balances);

// `decimalHint` is what the container suggests when a column gives no evidence (a ';'-separated
// CSV suggests ','); pass QChar() for no hint.
Layout detectLayout(
    const QList<TabularRow> &sample, const ReadOptions &options, QChar decimalHint = QChar());

} // namespace recon::tabular
