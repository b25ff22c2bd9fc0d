#pragma once
// Where report sheets go: an XLSX workbook, CSV files, or only a content hash (verify-export).
// The producer (report_sheets.h) streams rows; a sink never holds a whole sheet.

#include "core/report/cell.h"

#include <QList>
#include <QString>

namespace recon::report {

struct Column {
    QString title;
    double width = 12;
};

struct SheetSpec {
    QString name; // "Matched"; parts past the row limit continue as "Matched (2)"
    QString fileStem; // "matched" (CSV file name)
    QList<Column> columns;
    bool table = true; // header row frozen, autofilter
    int amountColumn = -1; // totals: SUMIF(currency column, code, amount column)
    int currencyColumn = -1;
    bool split = true; // continue on "Name (2)" past the row limit (false: small sheets)
};

struct CurrencyTotal {
    QByteArray currency;
    int exponent = 2;
    qint64 count = 0;
    qint64 sumMinor = 0;
};

class Sink {
public:
    virtual ~Sink() = default;
    virtual void beginSheet(const SheetSpec &spec) = 0;
    // The header row is written by beginSheet; rows follow in order.
    virtual void row(const Row &cells) = 0;
    // Per-currency totals of the amount column, after the last row (never across currencies).
    virtual void totals(const QList<CurrencyTotal> &totals) = 0;
    virtual void endSheet() = 0;
};

} // namespace recon::report
