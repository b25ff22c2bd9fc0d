#pragma once
// XLSX workbook parts (workbook, relationships, shared strings, styles, worksheet) turned into a
// grid of text cells for the tabular engine: numbers as stored ('.'-decimal, never via double),
// date-styled numbers as ISO yyyy-MM-dd, gaps between cell references filled with empty cells.

#include "core/import/tabular.h"

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace recon::xlsx {

inline constexpr int kMaxColumns = 16384; // Excel's own limit (XFD)
inline constexpr qint64 kMaxCells = 5'000'000; // including filled gaps

struct SheetRef {
    QString name;
    QString path; // archive path, e.g. "xl/worksheets/sheet1.xml"
};

struct Workbook {
    QList<SheetRef> sheets;
    bool date1904 = false;
    QString sharedStringsPath;
    QString stylesPath;
};

// How a cell style shows a number.
enum class NumberKind { Number, Date, Time };

struct Styles {
    QList<NumberKind> cellXfs; // index = the cell's s attribute
    NumberKind kindOf(int styleIndex) const
    {
        return styleIndex >= 0 && styleIndex < cellXfs.size() ? cellXfs.at(styleIndex)
                                                              : NumberKind::Number;
    }
};

struct PartResult {
    QString error; // empty: ok
};

// xl/workbook.xml + xl/_rels/workbook.xml.rels.
PartResult parseWorkbook(const QByteArray &workbookXml, const QByteArray &relsXml, Workbook *out);
PartResult parseSharedStrings(const QByteArray &xml, QStringList *out);
PartResult parseStyles(const QByteArray &xml, Styles *out);

struct SheetIssue {
    int line = 0; // the row number
    QString field; // the cell reference
    QString message;
};
struct SheetResult {
    QList<TabularRow> rows;
    QList<SheetIssue> issues; // per cell problems (e.g. a shared string index out of range)
    QString error; // fatal: the sheet cannot be read
};
SheetResult parseSheet(
    const QByteArray &xml, const QStringList &sharedStrings, const Styles &styles, bool date1904);

// Helpers exposed for tests.
NumberKind kindOfFormat(int numFmtId, const QString &customCode); // code empty: built-in id
// Excel serial day number (integer part of the stored text) to a date; nullopt when the
// serial names no real day (0, 60 in the 1900 system: Lotus' 1900-02-29; negative; > 9999).
std::optional<QDate> serialToDate(QStringView stored, bool date1904);
// "1E-2" -> "0.01", "-1.5e3" -> "-1500", "42" -> "42" (pure string arithmetic).
QString normaliseNumber(QStringView stored);
// "B7" -> column 1 (0-based), row 7; nullopt when malformed.
std::optional<std::pair<int, int>> parseCellRef(QStringView ref);

} // namespace recon::xlsx
