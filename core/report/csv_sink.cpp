#include "core/report/csv_sink.h"

#include "core/money.h"

#include <QDateTime>
#include <QDir>

#include <stdexcept>

namespace recon::report {

CsvSink::CsvSink(const QString &dir, bool bom, bool semicolon)
    : m_dir(dir)
    , m_bom(bom)
    , m_delim(semicolon ? ';' : ',')
    , m_decimal(semicolon ? QLatin1Char(',') : QLatin1Char('.'))
{
}

QByteArray CsvSink::quote(const QByteArray &f, char delimiter)
{
    bool needs = false;
    for (char ch : f) {
        if (ch == delimiter || ch == '"' || ch == '\n' || ch == '\r') {
            needs = true;
            break;
        }
    }
    if (!needs)
        return f;
    QByteArray q = f;
    q.replace('"', "\"\"");
    return '"' + q + '"';
}

QByteArray CsvSink::field(const Cell &c) const
{
    const Cell::Kind k = c.kind == Cell::Formula ? c.valueKind : c.kind;
    switch (k) {
    case Cell::Empty:
        return {};
    case Cell::Text:
        return quote(c.text, m_delim);
    case Cell::Money: {
        QString s = minorToString(c.i, c.exponent);
        if (m_decimal != QLatin1Char('.'))
            s.replace(QLatin1Char('.'), m_decimal);
        return s.toLatin1();
    }
    case Cell::Date:
        return QDate::fromJulianDay(c.i).toString(Qt::ISODate).toLatin1();
    case Cell::DateTime:
        return QDateTime::fromMSecsSinceEpoch(c.i, Qt::UTC)
            .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"))
            .toLatin1();
    case Cell::Int:
        return QByteArray::number(c.i);
    case Cell::Ratio: {
        QString s = minorToString(c.i, 4);
        if (m_decimal != QLatin1Char('.'))
            s.replace(QLatin1Char('.'), m_decimal);
        return s.toLatin1();
    }
    case Cell::Formula:
        break;
    }
    return {};
}

void CsvSink::flush(bool force)
{
    if (!force && m_buf.size() < (1 << 20))
        return;
    if (m_file.write(m_buf) != m_buf.size())
        throw std::runtime_error(
            QStringLiteral("%1: %2").arg(m_file.fileName(), m_file.errorString()).toStdString());
    m_buf.clear();
}

void CsvSink::beginSheet(const SheetSpec &spec)
{
    m_spec = spec;
    m_file.setFileName(QDir(m_dir).filePath(spec.fileStem + QStringLiteral(".csv")));
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        throw std::runtime_error(
            QStringLiteral("%1: %2").arg(m_file.fileName(), m_file.errorString()).toStdString());
    m_files.append(m_file.fileName());
    if (m_bom)
        m_buf += "\xEF\xBB\xBF";
    if (spec.table) {
        Row header;
        for (const Column &c : spec.columns)
            header.push_back(Cell::str(c.title));
        row(header);
    }
}

void CsvSink::row(const Row &cells)
{
    // Every line has the sheet's column count, so the file is a rectangle.
    const size_t n = std::max<size_t>(cells.size(), size_t(m_spec.columns.size()));
    for (size_t i = 0; i < n; ++i) {
        if (i)
            m_buf += m_delim;
        if (i < cells.size())
            m_buf += field(cells[i]);
    }
    m_buf += "\r\n";
    flush(false);
}

void CsvSink::totals(const QList<CurrencyTotal> &totals)
{
    if (m_spec.amountColumn < 0 || m_spec.currencyColumn < 0)
        return;
    for (const CurrencyTotal &t : totals) {
        Row r(size_t(m_spec.columns.size()));
        r[0] = Cell::str("Total " + t.currency);
        r[1] = Cell::integer(t.count);
        r[size_t(m_spec.amountColumn)] = Cell::money(t.sumMinor, t.currency, t.exponent);
        r[size_t(m_spec.currencyColumn)] = Cell::str(t.currency);
        row(r);
    }
}

void CsvSink::endSheet()
{
    flush(true);
    if (!m_file.flush())
        throw std::runtime_error(
            QStringLiteral("%1: %2").arg(m_file.fileName(), m_file.errorString()).toStdString());
    m_file.close();
}

} // namespace recon::report
