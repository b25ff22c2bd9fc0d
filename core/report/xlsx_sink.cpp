#include "core/report/xlsx_sink.h"

#include <xlsxwriter.h>

#include <algorithm>
#include <stdexcept>

namespace recon::report {

namespace {

QByteArray colName(int col)
{
    QByteArray s;
    for (int c = col + 1; c > 0; c = (c - 1) / 26)
        s.prepend(char('A' + (c - 1) % 26));
    return s;
}

QByteArray range(const QString &sheet, int col, int lastRow)
{
    const QByteArray c = colName(col);
    return "'" + sheet.toUtf8() + "'!$" + c + "$2:$" + c + "$" + QByteArray::number(lastRow + 1);
}

} // namespace

XlsxSink::XlsxSink(const QString &path, qint64 maxRowsPerSheet)
    : m_maxRows(std::clamp<qint64>(maxRowsPerSheet, 4, 1048576))
{
    if (path.isEmpty())
        return;
    lxw_workbook_options opts {};
    opts.constant_memory = LXW_TRUE;
    opts.use_zip64 = LXW_TRUE;
    m_wb = workbook_new_opt(path.toUtf8().constData(), &opts);
    if (!m_wb)
        throw std::runtime_error("cannot create the workbook");
    m_bold = workbook_add_format(m_wb);
    format_set_bold(m_bold);
    m_header = workbook_add_format(m_wb);
    format_set_bold(m_header);
    format_set_bottom(m_header, LXW_BORDER_THIN);
    format_set_bg_color(m_header, 0xDDEBF7);
    m_date = workbook_add_format(m_wb);
    format_set_num_format(m_date, "yyyy-mm-dd");
    m_dateTime = workbook_add_format(m_wb);
    format_set_num_format(m_dateTime, "yyyy-mm-dd hh:mm:ss");
    m_int = workbook_add_format(m_wb);
    format_set_num_format(m_int, "0");
    m_intBold = workbook_add_format(m_wb);
    format_set_num_format(m_intBold, "0");
    format_set_bold(m_intBold);
    m_percent = workbook_add_format(m_wb);
    format_set_num_format(m_percent, "0.00%");
}

XlsxSink::~XlsxSink()
{
    if (m_wb)
        close();
}

QString XlsxSink::close()
{
    if (!m_wb)
        return {};
    lxw_workbook *wb = m_wb;
    m_wb = nullptr;
    const lxw_error err = workbook_close(wb);
    if (err != LXW_NO_ERROR)
        return QString::fromUtf8(lxw_strerror(err));
    return {};
}

lxw_format *XlsxSink::moneyFormat(const QByteArray &currency, int exponent, bool bold)
{
    const QByteArray key = currency + ':' + QByteArray::number(exponent) + (bold ? "b" : "");
    auto it = m_money.constFind(key);
    if (it != m_money.cend())
        return it.value();
    QByteArray num = "#,##0";
    if (exponent > 0)
        num += '.' + QByteArray(exponent, '0');
    QByteArray code = currency;
    code.replace('"', "");
    const QByteArray fmt = num + " \"" + code + "\";-" + num + " \"" + code + "\"";
    lxw_format *f = workbook_add_format(m_wb);
    format_set_num_format(f, fmt.constData());
    if (bold)
        format_set_bold(f);
    m_money.insert(key, f);
    return f;
}

void XlsxSink::beginSheet(const SheetSpec &spec)
{
    m_spec = spec;
    m_part = 0;
    m_parts.clear();
    startPart();
}

void XlsxSink::startPart()
{
    ++m_part;
    m_partName = m_part == 1 ? m_spec.name : QStringLiteral("%1 (%2)").arg(m_spec.name).arg(m_part);
    m_row = 0;
    m_filterApplied = false;
    m_hash.reset();
    m_parts.append({ m_partName, 0 });
    if (m_wb) {
        m_ws = workbook_add_worksheet(m_wb, m_partName.toUtf8().constData());
        if (!m_ws)
            throw std::runtime_error("cannot add a worksheet");
        for (int c = 0; c < m_spec.columns.size(); ++c)
            worksheet_set_column(m_ws, c, c, m_spec.columns.at(c).width, nullptr);
        if (m_spec.table)
            worksheet_freeze_panes(m_ws, 1, 0);
    }
    if (m_spec.table) {
        Row header;
        for (const Column &c : m_spec.columns)
            header.push_back(Cell::str(c.title, true));
        hashRow(0, header);
        if (m_ws)
            for (int c = 0; c < int(header.size()); ++c)
                worksheet_write_string(m_ws, 0, c, header[c].text.constData(), m_header);
        m_row = 1;
        ++m_rowsWritten;
    }
}

void XlsxSink::applyAutofilter()
{
    // In constant-memory mode the range must end at the row being written: call this right
    // after the last data row, before any totals.
    if (!m_ws || !m_spec.table || m_spec.columns.isEmpty() || m_filterApplied)
        return;
    m_filterApplied = true;
    worksheet_autofilter(m_ws, 0, 0, m_parts.last().lastDataRow, m_spec.columns.size() - 1);
}

void XlsxSink::finishPart()
{
    applyAutofilter();
    const QString hex = QString::fromLatin1(m_hash.result().toHex());
    m_names.append(m_partName);
    m_hashes.insert(m_partName, hex);
    m_ws = nullptr;
}

void XlsxSink::hashRow(int row, const Row &cells)
{
    m_scratch.resize(0); // keeps the capacity
    appendCanonicalRow(m_scratch, row, cells);
    m_hash.addData(m_scratch);
}

void XlsxSink::writeCell(int row, int col, const Cell &c)
{
    switch (c.kind) {
    case Cell::Empty:
        return;
    case Cell::Text:
        if (!c.text.isEmpty())
            worksheet_write_string(m_ws, row, col, c.text.constData(), c.bold ? m_bold : nullptr);
        return;
    case Cell::Money:
        worksheet_write_number(
            m_ws, row, col, cellNumber(c), moneyFormat(c.currency, c.exponent, c.bold));
        return;
    case Cell::Date:
        worksheet_write_number(m_ws, row, col, cellNumber(c), m_date);
        return;
    case Cell::DateTime:
        worksheet_write_number(m_ws, row, col, cellNumber(c), m_dateTime);
        return;
    case Cell::Int:
        worksheet_write_number(m_ws, row, col, cellNumber(c), c.bold ? m_intBold : m_int);
        return;
    case Cell::Ratio:
        worksheet_write_number(m_ws, row, col, cellNumber(c), m_percent);
        return;
    case Cell::Formula: {
        lxw_format *f = c.valueKind == Cell::Money ? moneyFormat(c.currency, c.exponent, c.bold)
                                                   : (c.bold ? m_intBold : m_int);
        worksheet_write_formula_num(m_ws, row, col, c.text.constData(), f, cellNumber(c));
        return;
    }
    }
}

void XlsxSink::row(const Row &cells)
{
    if (m_spec.table && m_spec.split && m_row >= m_maxRows) {
        finishPart();
        startPart();
    }
    hashRow(m_row, cells);
    if (m_ws)
        for (int c = 0; c < int(cells.size()); ++c)
            writeCell(m_row, c, cells[c]);
    if (m_spec.table)
        m_parts.last().lastDataRow = m_row;
    ++m_row;
    ++m_rowsWritten;
}

void XlsxSink::totals(const QList<CurrencyTotal> &totals)
{
    if (totals.isEmpty() || m_spec.amountColumn < 0 || m_spec.currencyColumn < 0)
        return;
    applyAutofilter();
    if (m_spec.split && m_row + 1 + totals.size() > m_maxRows) {
        finishPart();
        startPart();
    }
    ++m_row; // one blank row between the items and the totals
    for (const CurrencyTotal &t : totals) {
        QByteArray sum;
        QByteArray count;
        for (const PartRange &p : std::as_const(m_parts)) {
            if (p.lastDataRow < 1)
                continue;
            const QByteArray crit = "\"" + t.currency + "\"";
            const QByteArray cur = range(p.name, m_spec.currencyColumn, p.lastDataRow);
            sum += (sum.isEmpty() ? "" : "+") + QByteArray("SUMIF(") + cur + "," + crit + ","
                + range(p.name, m_spec.amountColumn, p.lastDataRow) + ")";
            count += (count.isEmpty() ? "" : "+") + QByteArray("COUNTIF(") + cur + "," + crit + ")";
        }
        Row r(size_t(m_spec.columns.size()));
        r[0] = Cell::str("Total " + t.currency, true);
        Cell cnt;
        cnt.kind = Cell::Formula;
        cnt.valueKind = Cell::Int;
        cnt.text = count;
        cnt.i = t.count;
        cnt.bold = true;
        r[1] = cnt;
        Cell amount = Cell::money(t.sumMinor, t.currency, t.exponent);
        amount.kind = Cell::Formula;
        amount.valueKind = Cell::Money;
        amount.text = sum;
        amount.bold = true;
        r[size_t(m_spec.amountColumn)] = amount;
        r[size_t(m_spec.currencyColumn)] = Cell::str(t.currency, true);
        hashRow(m_row, r);
        if (m_ws)
            for (int c = 0; c < int(r.size()); ++c)
                writeCell(m_row, c, r[c]);
        ++m_row;
        ++m_rowsWritten;
    }
}

void XlsxSink::endSheet()
{
    finishPart();
}

} // namespace recon::report
