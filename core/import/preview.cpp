// The import wizard's preview: the first rows of a CSV/XLSX file read as the readers read them,
// and a mapping's preview arranged per row and cell.
#include "core/import/preview.h"

#include "core/import/csv_tokenizer.h"
#include "core/import/registry.h"
#include "core/import/text_decoding.h"
#include "core/import/xlsx_sheet.h"
#include "core/import/xlsx_zip.h"

#include <QFile>
#include <QRegularExpression>

namespace recon {

namespace {

constexpr qint64 kCsvHeadBytes = 4 * 1024 * 1024; // a preview never needs more of a CSV
constexpr qint64 kMaxXlsxBytes = 256LL * 1024 * 1024;

QByteArray readHead(QFile &file, qint64 limit, bool *truncated)
{
    QByteArray data = file.read(limit);
    *truncated = !file.atEnd();
    if (*truncated) {
        // Cut after the last complete line (UTF-16LE: keep the NUL that follows the LF).
        qsizetype cut = data.lastIndexOf('\n');
        if (cut > 0) {
            if (cut + 1 < data.size() && data.at(cut + 1) == '\0')
                ++cut;
            data.truncate(cut + 1);
        }
    }
    return data;
}

void loadCsv(QFile &file, int maxRows, TabularSample *out)
{
    bool cut = false;
    const QByteArray data = readHead(file, kCsvHeadBytes, &cut);
    const text::Decoded dec = text::decodeToUtf8(data);
    if (!dec.error.isEmpty()) {
        out->error = dec.error;
        return;
    }
    out->encoding = dec.encoding;
    const QByteArray &t = dec.utf8;
    const char delim = csv::detectDelimiter(t.constData(), t.size());
    out->delimiter = QLatin1Char(delim);
    csv::Tokenizer tok(t.constData(), t.size(), delim);
    for (;;) {
        const auto st = tok.next();
        if (st == csv::Tokenizer::Status::End)
            break;
        if (out->rows.size() >= maxRows) {
            out->truncated = true;
            return;
        }
        if (st == csv::Tokenizer::Status::Error)
            continue; // the full read reports it; the preview shows the records it can split
        TabularRow row;
        row.line = tok.line();
        row.cells.reserve(tok.fieldCount());
        for (int i = 0; i < tok.fieldCount(); ++i)
            row.cells.append(tok.field(i));
        out->rows.append(std::move(row));
    }
    out->truncated = cut;
}

void loadXlsx(QFile &file, const QString &sheetName, int maxRows, TabularSample *out)
{
    if (file.size() > kMaxXlsxBytes) {
        out->error = QStringLiteral("the workbook is too large to preview");
        return;
    }
    const QByteArray data = file.readAll();
    xlsx::ZipArchive zip(data);
    if (!zip.isOpen()) {
        out->error = zip.openError();
        return;
    }
    const xlsx::ZipEntry wbXml = zip.read(QStringLiteral("xl/workbook.xml"));
    if (!wbXml.data) {
        out->error = wbXml.error.isEmpty()
            ? QStringLiteral("not an Excel workbook: xl/workbook.xml is missing")
            : wbXml.error;
        return;
    }
    const xlsx::ZipEntry rels = zip.read(QStringLiteral("xl/_rels/workbook.xml.rels"));
    xlsx::Workbook wb;
    if (auto p = xlsx::parseWorkbook(*wbXml.data, rels.data.value_or(QByteArray()), &wb);
        !p.error.isEmpty()) {
        out->error = p.error;
        return;
    }
    if (wb.sheets.isEmpty()) {
        out->error = QStringLiteral("the workbook has no sheets");
        return;
    }
    xlsx::SheetRef sheet = wb.sheets.first();
    bool found = sheetName.isEmpty();
    for (const xlsx::SheetRef &s : std::as_const(wb.sheets)) {
        out->sheets << s.name;
        if (!found && s.name.compare(sheetName, Qt::CaseInsensitive) == 0) {
            sheet = s;
            found = true;
        }
    }
    if (!found) {
        out->error = QStringLiteral("no sheet named '%1'").arg(sheetName);
        return;
    }
    out->sheet = sheet.name;
    QStringList strings;
    if (const xlsx::ZipEntry sst = zip.read(wb.sharedStringsPath); sst.data)
        (void)xlsx::parseSharedStrings(*sst.data, &strings);
    xlsx::Styles styles;
    if (const xlsx::ZipEntry sty = zip.read(wb.stylesPath); sty.data)
        (void)xlsx::parseStyles(*sty.data, &styles);
    const xlsx::ZipEntry ws = zip.read(sheet.path);
    if (!ws.data) {
        out->error = ws.error.isEmpty() ? QStringLiteral("sheet '%1' is missing").arg(sheet.name)
                                        : ws.error;
        return;
    }
    xlsx::SheetResult grid = xlsx::parseSheet(*ws.data, strings, styles, wb.date1904);
    if (!grid.error.isEmpty()) {
        out->error = QStringLiteral("sheet '%1': %2").arg(sheet.name, grid.error);
        return;
    }
    out->encoding = QStringLiteral("utf-8");
    out->truncated = grid.rows.size() > maxRows;
    out->rows = grid.rows.mid(0, maxRows);
}

// The column an issue's field names: a header's text, else "column N".
int columnOfField(const QString &field, const QStringList &headers)
{
    if (field.isEmpty())
        return -1;
    for (int c = 0; c < headers.size(); ++c) {
        if (headers[c].trimmed() == field)
            return c;
    }
    static const QRegularExpression re(QStringLiteral("^column (\\d+)$"));
    const auto m = re.match(field);
    return m.hasMatch() ? m.captured(1).toInt() - 1 : -1;
}

} // namespace

TabularSample loadTabularSample(
    const QString &path, const QString &format, const QString &sheet, int maxRows)
{
    TabularSample out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        out.error = file.errorString();
        return out;
    }
    QString fmt = format;
    if (fmt.isEmpty()) {
        const Reader *r = ReaderRegistry::instance().detect(file.peek(64 * 1024));
        fmt = r ? r->name() : QString();
    }
    if (fmt == QLatin1String("tsv"))
        fmt = QStringLiteral("csv");
    if (fmt != QLatin1String("csv") && fmt != QLatin1String("xlsx")) {
        out.error = fmt.isEmpty() ? QStringLiteral("not a recognised statement or ledger format")
                                  : QStringLiteral("%1 files have no column mapping").arg(fmt);
        return out;
    }
    out.format = fmt;
    if (fmt == QLatin1String("csv"))
        loadCsv(file, std::max(1, maxRows), &out);
    else
        loadXlsx(file, sheet, std::max(1, maxRows), &out);
    return out;
}

PreviewGrid buildPreviewGrid(const QList<TabularRow> &rows, const ReadOptions &options, int maxRows)
{
    const TabularPreview p = previewTabular(rows, options, maxRows);
    PreviewGrid g;
    g.mapping = p.mapping;
    g.headers = p.headers;
    g.columnCount = int(std::max<qsizetype>(p.headers.size(), p.mapping.roles.size()));
    QHash<int, int> rowOfLine;
    for (const TabularRow &r : p.sample) {
        rowOfLine.insert(r.line, int(g.rows.size()));
        g.columnCount = std::max(g.columnCount, int(r.cells.size()));
        g.rows.append(PreviewRow { r.line, r.cells, std::nullopt, {}, {} });
    }
    for (const Transaction &t : p.parsed) {
        const auto it = rowOfLine.constFind(t.sourceLine);
        if (it != rowOfLine.constEnd())
            g.rows[*it].parsed = t;
    }
    for (const ImportIssue &i : p.issues) {
        const auto it = i.line > 0 ? rowOfLine.constFind(i.line) : rowOfLine.constEnd();
        if (it == rowOfLine.constEnd()) {
            g.notes.append(i);
            continue;
        }
        PreviewRow &row = g.rows[*it];
        const int col = columnOfField(i.field, p.headers);
        if (col < 0) {
            row.rowErrors.append(i.message);
            continue;
        }
        QString &msg = row.cellErrors[col];
        msg = msg.isEmpty() ? i.message : msg + QLatin1Char('\n') + i.message;
    }
    for (const PreviewRow &r : std::as_const(g.rows)) {
        if (!r.cellErrors.isEmpty() || !r.rowErrors.isEmpty())
            ++g.errorRows;
    }
    return g;
}

BalanceCheck checkBalances(const QList<Statement> &statements)
{
    BalanceCheck c;
    c.statements = int(statements.size());
    for (const Statement &st : statements) {
        if (!st.openingBalance || !st.closingBalance || st.transactions.isEmpty())
            continue; // a streamed statement lists no items: the reader checked it
        ++c.withBalances;
        qint64 sum = st.openingBalance->minor();
        for (const Transaction &t : st.transactions)
            sum += t.amount.minor();
        if (sum == st.closingBalance->minor()) {
            ++c.rolling;
            continue;
        }
        const int exp = Currency::exponentFor(st.currency);
        c.problems << QStringLiteral("statement %1: opening %2 + items = %3, closing balance is %4")
                          .arg(st.id.isEmpty() ? QStringLiteral("?") : st.id,
                              minorToString(st.openingBalance->minor(), exp),
                              minorToString(sum, exp),
                              minorToString(st.closingBalance->minor(), exp));
    }
    return c;
}

SignConvention signConvention(const TabularMapping &mapping)
{
    const auto has = [&](ColumnRole r) { return mapping.roles.contains(r); };
    if (has(ColumnRole::DebitCreditIndicator))
        return SignConvention::Indicator;
    if (has(ColumnRole::Debit) || has(ColumnRole::Credit))
        return SignConvention::DebitCredit;
    if (has(ColumnRole::Amount))
        return SignConvention::SignedAmount;
    return SignConvention::None;
}

} // namespace recon
