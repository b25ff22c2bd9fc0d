#pragma once
// The shared engine behind every tabular format (CSV, TSV, XLSX): given a grid of text cells it
// detects (or applies a saved/corrected TabularMapping for) the header row, the column roles, the
// date format, the decimal separator per amount column and the sign convention, and builds the
// statements. Readers only turn their bytes into TabularRows.

#include "core/import/reader.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace recon {

struct TabularRow {
    int line = 0; // 1-based source line (CSV: first physical line of the record) or sheet row
    QStringList cells;
};

// Detects (or applies options.mapping) header row, column roles, date format, decimal separator
// and sign convention over a grid of text cells, and builds the statements. `format` and
// `encoding` are copied into the result. XLSX passes numbers as plain '.'-decimal text and dates
// as ISO yyyy-MM-dd text.
ReadResult readTabular(const QList<TabularRow> &rows, const ReadOptions &options,
    const QString &format, const QString &encoding);

// Preview for the import wizard: the detected mapping and the first maxRows parsed rows (with
// per-row problems), without building the whole result. Honours the user's corrected mapping in
// options.mapping.
struct TabularPreview {
    TabularMapping mapping;
    QStringList headers; // empty when the file has no header row
    QList<TabularRow> sample; // the data rows shown (after the header)
    QList<Transaction> parsed; // rows of `sample` that parsed
    QList<ImportIssue> issues; // per-row problems (line + field) and detection notes
};
TabularPreview previewTabular(
    const QList<TabularRow> &rows, const ReadOptions &options, int maxRows = 50);

// A stable signature of a header row (case, accents, whitespace and quoting folded), to
// re-apply a saved profile automatically when the same bank layout comes back.
QString headerSignature(const QStringList &headers);

} // namespace recon
