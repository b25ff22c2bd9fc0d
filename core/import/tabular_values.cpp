#include "core/import/tabular_values.h"

#include <limits>

namespace recon::tabular {

namespace {

inline bool isDigit(QChar c)
{
    return c.unicode() >= '0' && c.unicode() <= '9';
}

inline bool isBlank(QChar c)
{
    const char16_t u = c.unicode();
    return u == ' ' || u == '\t' || u == 0x00A0 || u == 0x202F || u == 0x2009;
}

inline bool isAsciiLetter(QChar c)
{
    const char16_t u = c.unicode() | 0x20;
    return u >= 'a' && u <= 'z';
}

inline bool isMinus(QChar c)
{
    const char16_t u = c.unicode();
    return u == '-' || u == 0x2212 || u == 0x2013;
}

// Reads 1..maxDigits digits at i; returns -1 when none.
int readNumber(QStringView s, qsizetype &i, int maxDigits, int *digits)
{
    int v = 0, n = 0;
    while (i < s.size() && n < maxDigits && isDigit(s[i])) {
        v = v * 10 + (s[i].unicode() - '0');
        ++i;
        ++n;
    }
    *digits = n;
    return n ? v : -1;
}

// After the date: nothing, or a time part ("13:00:00", "T13:00:00Z", " 10:00", " 00:00:00.000").
bool acceptableTail(QStringView s, qsizetype i)
{
    if (i >= s.size())
        return true;
    if (s[i] != QLatin1Char(' ') && s[i] != QLatin1Char('T'))
        return false;
    ++i;
    while (i < s.size() && s[i] == QLatin1Char(' '))
        ++i;
    if (i >= s.size() || !isDigit(s[i]))
        return false;
    for (; i < s.size(); ++i) {
        const QChar c = s[i];
        if (!(isDigit(c) || c == QLatin1Char(':') || c == QLatin1Char('.') || c == QLatin1Char('Z')
                || c == QLatin1Char('+') || c == QLatin1Char('-') || c == QLatin1Char(' ')
                || c == QLatin1Char('A') || c == QLatin1Char('P') || c == QLatin1Char('M')))
            return false;
    }
    return true;
}

} // namespace

int expandYear(int yy)
{
    return yy < 70 ? 2000 + yy : 1900 + yy;
}

QString DatePattern::qtFormat(bool padded) const
{
    const QString y = yearDigits == 2 ? QStringLiteral("yy") : QStringLiteral("yyyy");
    const QString d = padded ? QStringLiteral("dd") : QStringLiteral("d");
    const QString m = padded ? QStringLiteral("MM") : QStringLiteral("M");
    if (sep == 0)
        return QStringLiteral("yyyyMMdd");
    const QString s { QChar(QLatin1Char(sep)) };
    switch (order) {
    case DateOrder::YMD:
        return y + s + QStringLiteral("MM") + s + QStringLiteral("dd");
    case DateOrder::DMY:
        return d + s + m + s + y;
    case DateOrder::MDY:
        return m + s + d + s + y;
    }
    return {};
}

std::optional<DatePattern> DatePattern::fromQtFormat(QStringView f)
{
    if (f == QLatin1String("yyyyMMdd"))
        return DatePattern { DateOrder::YMD, 0, 4 };
    // Split into three tokens of d/M/y letters separated by one non-letter character.
    QString tokens[3];
    char sep = 0;
    int t = 0;
    for (QChar c : f) {
        if (c == QLatin1Char('d') || c == QLatin1Char('M') || c == QLatin1Char('y')) {
            if (t > 2)
                return std::nullopt;
            tokens[t] += c;
        } else {
            if (c.unicode() > 127 || tokens[t].isEmpty() || (sep && c.toLatin1() != sep))
                return std::nullopt;
            sep = c.toLatin1();
            ++t;
        }
    }
    if (t != 2 || !sep)
        return std::nullopt;
    auto kind = [](const QString &tok) { return tok.isEmpty() ? QChar() : tok.front(); };
    DatePattern p;
    p.sep = sep;
    QString order;
    for (const QString &tok : tokens) {
        if (tok.count(kind(tok)) != tok.size())
            return std::nullopt;
        order += kind(tok);
        if (kind(tok) == QLatin1Char('y')) {
            if (tok.size() != 2 && tok.size() != 4)
                return std::nullopt;
            p.yearDigits = int(tok.size());
        } else if (tok.size() > 2) {
            return std::nullopt; // MMM: month names
        }
    }
    if (order == QLatin1String("yMd"))
        p.order = DateOrder::YMD;
    else if (order == QLatin1String("dMy"))
        p.order = DateOrder::DMY;
    else if (order == QLatin1String("Mdy"))
        p.order = DateOrder::MDY;
    else
        return std::nullopt;
    return p;
}

std::optional<QDate> parseDate(QStringView s, const DatePattern &p)
{
    // Trim blanks cheaply.
    qsizetype b = 0, e = s.size();
    while (b < e && isBlank(s[b]))
        ++b;
    while (e > b && isBlank(s[e - 1]))
        --e;
    s = s.sliced(b, e - b);
    if (s.size() < 6)
        return std::nullopt;
    qsizetype i = 0;
    int y = 0, m = 0, d = 0, nd = 0;
    if (p.sep == 0) {
        if (s.size() < 8)
            return std::nullopt;
        y = readNumber(s, i, 4, &nd);
        if (nd != 4)
            return std::nullopt;
        m = readNumber(s, i, 2, &nd);
        if (nd != 2)
            return std::nullopt;
        d = readNumber(s, i, 2, &nd);
        if (nd != 2)
            return std::nullopt;
        if (i < s.size() && isDigit(s[i]))
            return std::nullopt;
    } else {
        const QChar sep = QLatin1Char(p.sep);
        int v[3];
        int digits[3];
        for (int k = 0; k < 3; ++k) {
            const bool yearSlot
                = (p.order == DateOrder::YMD && k == 0) || (p.order != DateOrder::YMD && k == 2);
            v[k] = readNumber(s, i, yearSlot ? 4 : 2, &digits[k]);
            if (v[k] < 0)
                return std::nullopt;
            if (yearSlot) {
                if (p.yearDigits ? digits[k] != p.yearDigits : (digits[k] != 2 && digits[k] != 4))
                    return std::nullopt;
            }
            if (k < 2) {
                if (i >= s.size() || s[i] != sep)
                    return std::nullopt;
                ++i;
            }
        }
        if (i < s.size() && isDigit(s[i]))
            return std::nullopt;
        int yd = 0;
        switch (p.order) {
        case DateOrder::YMD:
            y = v[0], m = v[1], d = v[2], yd = digits[0];
            break;
        case DateOrder::DMY:
            d = v[0], m = v[1], y = v[2], yd = digits[2];
            break;
        case DateOrder::MDY:
            m = v[0], d = v[1], y = v[2], yd = digits[2];
            break;
        }
        if (yd == 2)
            y = expandYear(y);
    }
    if (!acceptableTail(s, i))
        return std::nullopt;
    if (y < 1900 || y > 2199)
        return std::nullopt;
    if (!QDate::isValid(y, m, d))
        return std::nullopt;
    return QDate(y, m, d);
}

DecimalVote voteDecimal(QStringView s)
{
    qsizetype lastDot = -1, lastComma = -1;
    int dots = 0, commas = 0;
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s[i] == QLatin1Char('.')) {
            ++dots;
            lastDot = i;
        } else if (s[i] == QLatin1Char(',')) {
            ++commas;
            lastComma = i;
        }
    }
    if (dots && commas)
        return lastDot > lastComma ? DecimalVote::Dot : DecimalVote::Comma;
    if (dots + commas == 0)
        return DecimalVote::None;
    const bool isDot = dots > 0;
    if ((isDot ? dots : commas) > 1) // "1.234.567": grouping, so the other one is decimal
        return isDot ? DecimalVote::Comma : DecimalVote::Dot;
    const qsizetype pos = isDot ? lastDot : lastComma;
    int after = 0;
    for (qsizetype i = pos + 1; i < s.size() && isDigit(s[i]); ++i)
        ++after;
    int before = 0;
    bool leadingZeroOnly = true;
    for (qsizetype i = pos - 1; i >= 0 && isDigit(s[i]); --i) {
        ++before;
        if (s[i] != QLatin1Char('0'))
            leadingZeroOnly = false;
    }
    if (after == 0)
        return DecimalVote::None;
    if (after == 3 && before > 0 && !leadingZeroOnly)
        return DecimalVote::None; // "1,234" or "1,234": cannot tell
    return isDot ? DecimalVote::Dot : DecimalVote::Comma;
}

QString currencyForSymbol(QChar c)
{
    switch (c.unicode()) {
    case '$':
        return QStringLiteral("USD");
    case 0x20AC:
        return QStringLiteral("EUR");
    case 0x00A3:
        return QStringLiteral("GBP");
    case 0x00A5:
        return QStringLiteral("JPY");
    case 0x20B9:
        return QStringLiteral("INR");
    case 0x20A9:
        return QStringLiteral("KRW");
    case 0x20BA:
        return QStringLiteral("TRY");
    case 0x20AA:
        return QStringLiteral("ILS");
    default:
        return {};
    }
}

AmountParse parseAmount(QStringView s, QChar decimal)
{
    AmountParse out;
    const qsizetype n = s.size();
    qsizetype i = 0;
    int signs = 0;
    bool neg = false;
    bool paren = false, parenClosed = false;
    // Prefix: blanks, Excel's text marker, signs, parentheses, symbols, currency codes.
    while (i < n) {
        const QChar c = s[i];
        if (isBlank(c) || c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            ++i;
        } else if (c == QLatin1Char('+')) {
            ++signs;
            ++i;
        } else if (isMinus(c)) {
            ++signs;
            neg = true;
            ++i;
        } else if (c == QLatin1Char('(')) {
            if (paren)
                return out;
            paren = true;
            ++signs;
            neg = true;
            ++i;
        } else if (!currencyForSymbol(c).isEmpty()) {
            out.currency = currencyForSymbol(c);
            ++i;
        } else if (isAsciiLetter(c)) {
            qsizetype j = i;
            while (j < n && isAsciiLetter(s[j]))
                ++j;
            if (j - i != 3)
                return out;
            const QStringView code = s.sliced(i, 3);
            if (!isKnownCurrencyCode(code))
                return out;
            out.currency = code.toString().toUpper();
            i = j;
        } else {
            break;
        }
    }
    // The number.
    const QChar group = decimal == QLatin1Char('.') ? QLatin1Char(',') : QLatin1Char('.');
    qint64 units = 0;
    int scale = 0, digits = 0, curGroup = 0;
    bool inFrac = false, sawGroup = false;
    while (i < n) {
        const QChar c = s[i];
        if (isDigit(c)) {
            const int dgt = c.unicode() - '0';
            if (units > (std::numeric_limits<qint64>::max() - dgt) / 10)
                return out;
            units = units * 10 + dgt;
            ++digits;
            if (inFrac)
                ++scale;
            else
                ++curGroup;
            ++i;
        } else if (c == decimal && !inFrac) {
            if (sawGroup && curGroup != 3)
                return out;
            inFrac = true;
            ++i;
        } else if (!inFrac
            && (c == group || c == QLatin1Char('\'') || c == QChar(0x2019) || isBlank(c))) {
            // A blank ends the number unless a digit follows ("12,00 EUR").
            if (i + 1 >= n || !isDigit(s[i + 1])) {
                if (isBlank(c))
                    break;
                return out;
            }
            if (curGroup == 0 || (sawGroup ? curGroup != 3 : curGroup > 3))
                return out;
            sawGroup = true;
            curGroup = 0;
            ++i;
        } else {
            break;
        }
    }
    if (digits == 0 || (sawGroup && !inFrac && curGroup != 3) || scale > 18)
        return out;
    // Suffix: blanks, trailing sign, closing parenthesis, CR/DR, symbols, currency codes.
    while (i < n) {
        const QChar c = s[i];
        if (isBlank(c) || c == QLatin1Char('"')) {
            ++i;
        } else if (c == QLatin1Char(')')) {
            if (!paren || parenClosed)
                return out;
            parenClosed = true;
            ++i;
        } else if (c == QLatin1Char('+')) {
            ++signs;
            ++i;
        } else if (isMinus(c)) {
            ++signs;
            neg = true;
            ++i;
        } else if (!currencyForSymbol(c).isEmpty()) {
            out.currency = currencyForSymbol(c);
            ++i;
        } else if (isAsciiLetter(c)) {
            qsizetype j = i;
            while (j < n && isAsciiLetter(s[j]))
                ++j;
            const QStringView word = s.sliced(i, j - i);
            if (word.compare(QLatin1String("CR"), Qt::CaseInsensitive) == 0
                || word.compare(QLatin1String("CRDT"), Qt::CaseInsensitive) == 0) {
                ++signs;
            } else if (word.compare(QLatin1String("DR"), Qt::CaseInsensitive) == 0
                || word.compare(QLatin1String("DBIT"), Qt::CaseInsensitive) == 0) {
                ++signs;
                neg = true;
            } else if (word.size() == 3 && isKnownCurrencyCode(word)) {
                out.currency = word.toString().toUpper();
            } else {
                return out;
            }
            i = j;
        } else {
            return out;
        }
    }
    if (paren != parenClosed || signs > 1)
        return out;
    out.ok = true;
    out.value = Decimal { neg ? -units : units, scale };
    return out;
}

int indicatorSign(QStringView raw)
{
    const QStringView s = raw.trimmed();
    if (s.isEmpty() || s.size() > 8)
        return 0;
    static const char *const credit[]
        = { "c", "cr", "crdt", "credit", "bij", "h", "haben", "abono", "+", "k", "in" };
    static const char *const debit[]
        = { "d", "dr", "dbit", "debit", "af", "s", "soll", "cargo", "-", "out" };
    for (const char *w : credit) {
        if (s.compare(QLatin1String(w), Qt::CaseInsensitive) == 0)
            return 1;
    }
    for (const char *w : debit) {
        if (s.compare(QLatin1String(w), Qt::CaseInsensitive) == 0)
            return -1;
    }
    if (s.compare(QStringLiteral("crédit"), Qt::CaseInsensitive) == 0)
        return 1;
    if (s.compare(QStringLiteral("débit"), Qt::CaseInsensitive) == 0)
        return -1;
    return 0;
}

bool isKnownCurrencyCode(QStringView s)
{
    if (s.size() != 3)
        return false;
    static const char *const codes[] = { "EUR", "USD", "GBP", "CHF", "JPY", "CAD", "AUD", "NZD",
        "SEK", "NOK", "DKK", "PLN", "CZK", "HUF", "RON", "BGN", "HRK", "ISK", "TRY", "RUB", "UAH",
        "CNY", "HKD", "SGD", "INR", "KRW", "TWD", "THB", "MYR", "IDR", "PHP", "VND", "ZAR", "BRL",
        "MXN", "ARS", "CLP", "COP", "PEN", "ILS", "AED", "SAR", "QAR", "KWD", "BHD", "OMR", "JOD",
        "EGP", "MAD", "TND", "NGN", "KES", "DEM", "FRF", "NLG", "ATS", "BEF", "ITL", "ESP", "XAF",
        "XOF" };
    char up[3];
    for (int k = 0; k < 3; ++k) {
        const char16_t u = s[k].unicode();
        if (u >= 'a' && u <= 'z')
            up[k] = char(u - 32);
        else if (u >= 'A' && u <= 'Z')
            up[k] = char(u);
        else
            return false;
    }
    for (const char *c : codes) {
        if (c[0] == up[0] && c[1] == up[1] && c[2] == up[2])
            return true;
    }
    return false;
}

bool looksLikeIban(QStringView raw)
{
    int n = 0;
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const QChar c = raw[i];
        if (c == QLatin1Char(' '))
            continue;
        if (n < 2) {
            if (!(c.unicode() >= 'A' && c.unicode() <= 'Z'))
                return false;
        } else if (n < 4) {
            if (!isDigit(c))
                return false;
        } else if (!(isDigit(c) || (c.unicode() >= 'A' && c.unicode() <= 'Z'))) {
            return false;
        }
        ++n;
        if (n > 34)
            return false;
    }
    return n >= 15;
}

} // namespace recon::tabular
