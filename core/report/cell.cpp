#include "core/report/cell.h"

#include <QList>
#include <QString>

#include <charconv>
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

namespace {

// printf("%.16g") through std::to_chars (same digits, no locale, no printf machinery); "-0"
// becomes "0".
void appendNumber(QByteArray &out, double v)
{
    if (v == 0.0) {
        out += '0';
        return;
    }
    char buf[40];
    const auto r = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::general, 16);
    out.append(buf, r.ptr - buf);
}

// Appends the canonical form of `c`; false when the cell has none (empty).
bool appendCell(QByteArray &out, const Cell &c)
{
    switch (c.kind) {
    case Cell::Empty:
        return false;
    case Cell::Text:
        if (c.text.isEmpty()) // an empty string is no cell
            return false;
        out += 's';
        out += c.text;
        return true;
    case Cell::Formula:
        out += 'f';
        out += c.text;
        return true;
    default:
        out += 'n';
        appendNumber(out, cellNumber(c));
        return true;
    }
}

} // namespace

QByteArray canonicalNumber(double v)
{
    QByteArray out;
    appendNumber(out, v);
    return out;
}

QByteArray canonicalCell(const Cell &c)
{
    QByteArray out;
    appendCell(out, c);
    return out;
}

void appendCanonicalRow(QByteArray &out, int rowIndex, const std::vector<Cell> &cells)
{
    size_t n = cells.size();
    while (n > 0
        && (cells[n - 1].kind == Cell::Empty
            || (cells[n - 1].kind == Cell::Text && cells[n - 1].text.isEmpty())))
        --n;
    if (n == 0)
        return;
    char buf[16];
    const auto r = std::to_chars(buf, buf + sizeof buf, rowIndex);
    out.append(buf, r.ptr - buf);
    out += '\x1d';
    for (size_t i = 0; i < n; ++i) {
        if (i)
            out += '\x1f';
        appendCell(out, cells[i]);
    }
    out += '\x1e';
}

QByteArray uuidText(const QByteArray &blob)
{
    if (blob.size() != 16)
        return blob.toHex();
    static const char hex[] = "0123456789abcdef";
    QByteArray out(36, Qt::Uninitialized);
    char *o = out.data();
    for (int i = 0; i < 16; ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            *o++ = '-';
        const auto b = static_cast<unsigned char>(blob[i]);
        *o++ = hex[b >> 4];
        *o++ = hex[b & 15];
    }
    return out;
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

QByteArray cleanText(const QByteArray &utf8)
{
    if (utf8.size() <= 32767) {
        bool plain = true;
        for (const char ch : utf8) {
            const auto u = static_cast<unsigned char>(ch);
            if (u >= 0x7f || (u < 0x20 && u != '\t' && u != '\n')) {
                plain = false;
                break;
            }
        }
        if (plain)
            return utf8;
    }
    return cleanText(QString::fromUtf8(utf8));
}

} // namespace recon::report
