#pragma once
// Where a table starts and what is written above it: the header row (known column names, or plain
// names above rows of data) and the statement currency and own account of a bank's preamble.
// Internal to the tabular detection (tabular_detect.cpp); exposed for it alone.

#include "core/import/tabular.h"
#include "core/import/tabular_values.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <iterator>

namespace recon::tabular::detail {

// The numeric date layouts tried on every column, in this order.
inline constexpr DatePattern kDateCandidates[] = {
    { DateOrder::YMD, '-', 4 },
    { DateOrder::YMD, '.', 4 },
    { DateOrder::YMD, '/', 4 },
    { DateOrder::YMD, 0, 4 },
    { DateOrder::DMY, '.', 0 },
    { DateOrder::DMY, '/', 0 },
    { DateOrder::DMY, '-', 0 },
    { DateOrder::MDY, '/', 0 },
    { DateOrder::MDY, '-', 0 },
    { DateOrder::MDY, '.', 0 },
};
inline constexpr int kNumDate = int(std::size(kDateCandidates));

bool isAmountRole(ColumnRole r);
// A date in one of the layouts above, or an amount with either decimal separator.
bool looksDataLike(QStringView s);
// The row among the first 60 whose cells name known columns (a date or amount among them);
// -1 when none does.
int findHeaderRow(const QList<TabularRow> &rows);
// A first row of plain text names above rows that hold dates or amounts, in the same width:
// a header whose names we do not know ("When;Who;How much"); -1 when there is none.
int findUnnamedHeaderRow(const QList<TabularRow> &rows);
// A currency code (or "Label: EUR") in rows [from, to) other than the header row.
QString preambleCurrency(const QList<TabularRow> &rows, int from, int to, int headerRow);
// An own account ("IBAN: ...", "Konto;DE89...") in rows [from, to) other than the header row.
QString preambleAccount(const QList<TabularRow> &rows, int from, int to, int headerRow);

} // namespace recon::tabular::detail
