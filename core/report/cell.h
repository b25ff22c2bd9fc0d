#pragma once
// One cell of a report sheet and its canonical form. Amounts stay integer minor units here; the
// conversion to a spreadsheet number happens only in cellNumber(), called at the write call.

#include <QByteArray>
#include <QCryptographicHash>
#include <QString>

#include <vector>

namespace recon::report {

struct Cell {
    enum Kind : unsigned char {
        Empty,
        Text, // text (UTF-8)
        Money, // i = minor units, currency/exponent
        Date, // i = julian day
        DateTime, // i = milliseconds since the Unix epoch (UTC)
        Int, // i
        Ratio, // i / 10000 (a share such as a match rate), shown as a percentage
        Formula, // text = formula without '=', cached value in `valueKind` + i
    };
    Kind kind = Empty;
    Kind valueKind = Empty; // for Formula: Money or Int
    bool bold = false;
    int exponent = 2;
    qint64 i = 0;
    QByteArray text;
    QByteArray currency;

    static Cell str(QByteArray t, bool bold = false)
    {
        Cell c;
        c.kind = Text;
        c.text = std::move(t);
        c.bold = bold;
        return c;
    }
    static Cell str(const QString &t, bool bold = false) { return str(t.toUtf8(), bold); }
    static Cell money(qint64 minor, const QByteArray &currency, int exponent)
    {
        Cell c;
        c.kind = Money;
        c.i = minor;
        c.currency = currency;
        c.exponent = exponent;
        return c;
    }
    static Cell integer(qint64 v)
    {
        Cell c;
        c.kind = Int;
        c.i = v;
        return c;
    }
    static Cell date(qint64 julianDay)
    {
        Cell c;
        c.kind = Date;
        c.i = julianDay;
        return c;
    }
};

using Row = std::vector<Cell>;

// The spreadsheet number of a numeric cell (Excel serial for dates). The only place where an
// amount becomes a double.
double cellNumber(const Cell &c);
// The number as it appears in the canonical form (16 significant digits; robust to re-saving).
QByteArray canonicalNumber(double v);
// Canonical form of one row (row index in its sheet + typed cells, trailing blanks dropped);
// empty when the row has no cell. Writer and reader (verify-export) share this.
QByteArray canonicalRow(int rowIndex, const QList<QByteArray> &cellForms);
// Canonical form of one cell: "s"+text, "n"+number, "f"+formula, "" for empty.
QByteArray canonicalCell(const Cell &c);
// Appends canonicalRow(rowIndex, canonical forms of `cells`) to `out` without a per-cell
// allocation (the writer's hot path; the same bytes).
void appendCanonicalRow(QByteArray &out, int rowIndex, const std::vector<Cell> &cells);

// Excel serial day of a julian day (1900 date system).
inline qint64 excelSerial(qint64 julianDay)
{
    return julianDay - 2415019;
}

// Text safe for a cell: control characters (except tab/newline) become spaces, capped at Excel's
// 32,767 characters.
QByteArray cleanText(const QString &s);
// The same for text that is already UTF-8 (a column as SQLite stores it): returned as is when it
// is plain printable ASCII (the common case), else through cleanText (invalid UTF-8 is replaced).
QByteArray cleanText(const QByteArray &utf8);
// A 16-byte UUID as 8-4-4-4-12 lower-case hex; other sizes as plain hex.
QByteArray uuidText(const QByteArray &blob);

} // namespace recon::report
