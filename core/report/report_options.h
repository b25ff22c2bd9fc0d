#pragma once
// Options and results of a report export (issue 7): XLSX, CSV per sheet, or a PDF summary.

#include "core/model/transaction.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace recon::report {

enum class Format { Xlsx, Csv, Pdf };

struct Filters {
    QList<Status> statuses; // items' status; empty: all
    QDate from; // effective (booking, else value) date; invalid: open-ended
    QDate to;
    QDate asOf; // ages are counted to this day
};

struct ExportOptions {
    Format format = Format::Xlsx;
    QString target; // file (xlsx, pdf) or directory (csv)
    Filters filters;
    bool csvBom = false; // UTF-8 BOM for Excel users
    bool csvSemicolon = false; // ';' delimiter and decimal comma
    qint64 maxRowsPerSheet = 1048576; // Excel's limit; a sheet continues on "Name (2)"
    QString preparer; // PDF sign-off block
    QString reviewer;
    int pdfMaxOpenItems = 500;
};

using ProgressFn = std::function<void(qint64 done, qint64 total)>;

struct ExportResult {
    bool ok = false;
    bool cancelled = false;
    QString error; // user-facing, one line
    QString exportId;
    QStringList files; // written files
    qint64 rows = 0; // data rows written over all sheets
    QString contentSha256; // canonical content of the data sheets (xlsx) / of the files
};

struct VerifyResult {
    bool readable = false; // false: the file could not be read at all (see differences)
    QStringList differences; // one line each; empty when the report still matches
    QString exportId;
    bool matches() const { return readable && differences.isEmpty(); }
};

} // namespace recon::report
