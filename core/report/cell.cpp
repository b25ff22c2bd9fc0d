#include "core/report/cell.h"

#include <QList>
#include <QString>

#include <cstdio>
#include <cstdlib>

namespace recon::report {

namespace {
constexpr qint64 kPow10[] = { 1, 10, 100, 1000, 10000, 100000, 1000000, 10000000, 100000000 };
} // namespace

double cellNumber(const Cell &c)
{
    const Cell::Kind k = c.kind == Cell::Formula ? c.valueKind : c.kind;
    switch (k) {
    case Cell::Money: {
        const int e = c.exponent >= 0 && c.exponent <= 8 ? c.exponent : 2;
        // One correctly rounded division: the nearest double to the decimal amount (exact
        // decimal round trip for |minor| < 2^53).
        return static_cast<double>(c.i) / static_cast<double>(kPow10[e]);
    }
    case Cell::Date:
        return static_cast<double>(excelSerial(c.i));
    case Cell::DateTime:
        return 25569.0 + static_cast<double>(c.i) / 86400000.0;
    case Cell::Int:
        return static_cast<double>(c.i);
    case Cell::Ratio:
        return static_cast<double>(c.i) / 10000.0;
    default:
        return 0.0;
    }
}

QByteArray canonicalNumber(double v)
{
    char buf[40];
    std::snprintf(buf, sizeof buf, "%.16g", v);
    if (buf[0] == '-' && std::strtod(buf, nullptr) == 0.0)
        return QByteArrayLiteral("0");
    return QByteArray(buf);
}

QByteArray canonicalCell(const Cell &c)
{
    switch (c.kind) {
    case Cell::Empty:
        return {};
    case Cell::Text:
        return c.text.isEmpty() ? QByteArray() : 's' + c.text; // an empty string is no cell
    case Cell::Formula:
        return 'f' + c.text;
    default:
        return 'n' + canonicalNumber(cellNumber(c));
    }
}

QByteArray canonicalRow(int rowIndex, const QList<QByteArray> &cellForms)
{
    qsizetype last = cellForms.size() - 1;
    while (last >= 0 && cellForms.at(last).isEmpty())
        --last;
    if (last < 0)
        return {};
    QByteArray out = QByteArray::number(rowIndex);
    out += '\x1d';
    for (qsizetype i = 0; i <= last; ++i) {
        if (i)
            out += '\x1f';
        out += cellForms.at(i);
    }
    out += '\x1e';
    return out;
}

QByteArray cleanText(const QString &s)
{
    QString t = s.size() > 32767 ? s.left(32767) : s;
    for (QChar &ch : t) {
        const ushort u = ch.unicode();
        if ((u < 0x20 && u != '\t' && u != '\n') || u == 0x7f || u == 0xfffe || u == 0xffff)
            ch = QLatin1Char(' ');
    }
    // Keep the canonical form stable: Excel stores CR LF as LF.
    return t.toUtf8();
}

} // namespace recon::report
