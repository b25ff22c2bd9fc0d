#include "core/import/text_decoding.h"

#include <QStringDecoder>

#include <cstring>

namespace recon::text {

namespace {

// Windows-1252 code points for 0x80..0x9F (0 = undefined: kept as the C1 control).
constexpr char16_t kCp1252High[32]
    = { 0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
          0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
          0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178 };

void appendUtf8(QByteArray &out, char32_t cp)
{
    if (cp < 0x80) {
        out.append(char(cp));
    } else if (cp < 0x800) {
        out.append(char(0xC0 | (cp >> 6)));
        out.append(char(0x80 | (cp & 0x3F)));
    } else {
        out.append(char(0xE0 | (cp >> 12)));
        out.append(char(0x80 | ((cp >> 6) & 0x3F)));
        out.append(char(0x80 | (cp & 0x3F)));
    }
}

QByteArray singleByteToUtf8(const QByteArray &in, bool cp1252)
{
    QByteArray out;
    out.reserve(in.size() + in.size() / 8 + 16);
    for (char ch : in) {
        const auto b = static_cast<unsigned char>(ch);
        if (b < 0x80)
            out.append(ch);
        else if (cp1252 && b < 0xA0)
            appendUtf8(out, kCp1252High[b - 0x80]);
        else
            appendUtf8(out, b);
    }
    return out;
}

// Length of the valid UTF-8 sequence at p (0 when invalid).
int utf8SeqLen(const unsigned char *p, const unsigned char *end)
{
    const unsigned char c = p[0];
    if (c < 0x80)
        return 1;
    int len = 0;
    char32_t cp = 0;
    if ((c & 0xE0) == 0xC0) {
        len = 2;
        cp = c & 0x1F;
    } else if ((c & 0xF0) == 0xE0) {
        len = 3;
        cp = c & 0x0F;
    } else if ((c & 0xF8) == 0xF0) {
        len = 4;
        cp = c & 0x07;
    } else {
        return 0;
    }
    if (end - p < len)
        return 0;
    for (int i = 1; i < len; ++i) {
        if ((p[i] & 0xC0) != 0x80)
            return 0;
        cp = (cp << 6) | (p[i] & 0x3F);
    }
    // Overlong forms, surrogates and values past U+10FFFF are invalid.
    if ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000)
        || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        return 0;
    return len;
}

struct Utf8Stats {
    qsizetype multibyte = 0; // valid non-ASCII sequences
    qsizetype invalid = 0; // bytes that start no valid sequence
    qsizetype firstBad = -1;
    bool c1 = false; // bytes 0x80..0x9F seen
};

Utf8Stats scanUtf8(const QByteArray &data)
{
    Utf8Stats st;
    const auto *p = reinterpret_cast<const unsigned char *>(data.constData());
    const auto *end = p + data.size();
    const auto *begin = p;
    while (p < end) {
        // Fast skip of ASCII, eight bytes at a time.
        while (end - p >= 8) {
            quint64 w;
            std::memcpy(&w, p, 8);
            if (w & 0x8080808080808080ULL)
                break;
            p += 8;
        }
        if (p >= end)
            break;
        if (*p < 0x80) {
            ++p;
            continue;
        }
        if (*p >= 0x80 && *p < 0xA0)
            st.c1 = true;
        const int len = utf8SeqLen(p, end);
        if (len == 0) {
            if (st.firstBad < 0)
                st.firstBad = p - begin;
            ++st.invalid;
            ++p;
        } else {
            ++st.multibyte;
            p += len;
        }
    }
    return st;
}

// BOM-less UTF-16: ASCII-heavy text has a zero byte in every other position.
QString guessUtf16(const QByteArray &data)
{
    const qsizetype n = std::min<qsizetype>(data.size(), 4096) & ~qsizetype(1);
    if (n < 4)
        return {};
    int zeroEven = 0, zeroOdd = 0;
    for (qsizetype i = 0; i < n; i += 2) {
        if (data[i] == 0)
            ++zeroEven;
        if (data[i + 1] == 0)
            ++zeroOdd;
    }
    const int pairs = int(n / 2);
    if (zeroOdd * 10 > pairs * 4 && zeroEven * 10 < pairs)
        return QStringLiteral("utf-16le");
    if (zeroEven * 10 > pairs * 4 && zeroOdd * 10 < pairs)
        return QStringLiteral("utf-16be");
    return {};
}

int lineOf(const QByteArray &data, qsizetype pos)
{
    int line = 1;
    for (qsizetype i = 0; i < pos && i < data.size(); ++i) {
        if (data[i] == '\n')
            ++line;
    }
    return line;
}

QByteArray utf16ToUtf8(const QByteArray &data, bool bigEndian)
{
    QStringDecoder dec(bigEndian ? QStringConverter::Utf16BE : QStringConverter::Utf16LE,
        QStringConverter::Flag::Stateless);
    return QString(dec(data)).toUtf8();
}

} // namespace

bool isValidUtf8(const char *p, qsizetype n, qsizetype *firstBad)
{
    const QByteArray view = QByteArray::fromRawData(p, n);
    const Utf8Stats st = scanUtf8(view);
    if (firstBad)
        *firstBad = st.firstBad;
    return st.invalid == 0;
}

Decoded decodeToUtf8(const QByteArray &data, const QString &override)
{
    Decoded d;
    const QString ov = override.trimmed().toLower();
    auto startsWith = [&](const char *bom, int n) {
        return data.size() >= n && std::memcmp(data.constData(), bom, size_t(n)) == 0;
    };
    if (!ov.isEmpty()) {
        if (ov == QLatin1String("utf-8") || ov == QLatin1String("utf8")) {
            d.encoding = QStringLiteral("utf-8");
            d.utf8 = startsWith("\xEF\xBB\xBF", 3) ? data.mid(3) : data;
            const Utf8Stats st = scanUtf8(d.utf8);
            if (st.invalid)
                d.invalidLine = lineOf(d.utf8, st.firstBad);
            return d;
        }
        if (ov == QLatin1String("utf-16le") || ov == QLatin1String("utf-16be")
            || ov == QLatin1String("utf-16")) {
            bool be = ov == QLatin1String("utf-16be");
            QByteArray body = data;
            if (startsWith("\xFF\xFE", 2)) {
                be = false;
                body = data.mid(2);
            } else if (startsWith("\xFE\xFF", 2)) {
                be = true;
                body = data.mid(2);
            }
            d.encoding = be ? QStringLiteral("utf-16be") : QStringLiteral("utf-16le");
            d.utf8 = utf16ToUtf8(body, be);
            return d;
        }
        if (ov == QLatin1String("windows-1252") || ov == QLatin1String("cp1252")) {
            d.encoding = QStringLiteral("windows-1252");
            d.utf8 = singleByteToUtf8(data, true);
            return d;
        }
        if (ov == QLatin1String("latin1") || ov == QLatin1String("latin-1")
            || ov == QLatin1String("iso-8859-1") || ov == QLatin1String("iso8859-1")) {
            d.encoding = QStringLiteral("iso-8859-1");
            d.utf8 = singleByteToUtf8(data, false);
            return d;
        }
        QStringDecoder dec(ov.toLatin1().constData(), QStringConverter::Flag::Stateless);
        if (!dec.isValid()) {
            d.error = QStringLiteral("unknown encoding '%1'").arg(override);
            return d;
        }
        d.encoding = ov;
        d.utf8 = QString(dec(data)).toUtf8();
        return d;
    }

    if (startsWith("\xEF\xBB\xBF", 3)) {
        d.encoding = QStringLiteral("utf-8");
        d.utf8 = data.mid(3);
        const Utf8Stats st = scanUtf8(d.utf8);
        if (st.invalid)
            d.invalidLine = lineOf(d.utf8, st.firstBad);
        return d;
    }
    if (startsWith("\xFF\xFE", 2)) {
        d.encoding = QStringLiteral("utf-16le");
        d.utf8 = utf16ToUtf8(data.mid(2), false);
        return d;
    }
    if (startsWith("\xFE\xFF", 2)) {
        d.encoding = QStringLiteral("utf-16be");
        d.utf8 = utf16ToUtf8(data.mid(2), true);
        return d;
    }
    const QString u16 = guessUtf16(data);
    if (!u16.isEmpty()) {
        d.encoding = u16;
        d.utf8 = utf16ToUtf8(data, u16 == QLatin1String("utf-16be"));
        return d;
    }
    const Utf8Stats st = scanUtf8(data);
    if (st.invalid == 0) {
        d.encoding = QStringLiteral("utf-8");
        d.utf8 = data;
        return d;
    }
    // Mostly valid UTF-8 with a few broken bytes: keep UTF-8 (lossy) and say where.
    if (st.multibyte > 0 && st.multibyte >= st.invalid * 4) {
        d.encoding = QStringLiteral("utf-8");
        d.utf8 = data;
        d.invalidLine = lineOf(data, st.firstBad);
        return d;
    }
    d.encoding = st.c1 ? QStringLiteral("windows-1252") : QStringLiteral("iso-8859-1");
    d.utf8 = singleByteToUtf8(data, st.c1);
    return d;
}

} // namespace recon::text
