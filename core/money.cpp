#include "core/money.h"

#include <QStringList>

#include <limits>

namespace recon {

namespace {

constexpr qint64 kPow10[] = { 1LL, 10LL, 100LL, 1000LL, 10000LL, 100000LL, 1000000LL, 10000000LL,
    100000000LL, 1000000000LL, 10000000000LL, 100000000000LL, 1000000000000LL, 10000000000000LL,
    100000000000000LL, 1000000000000000LL, 10000000000000000LL, 100000000000000000LL,
    1000000000000000000LL };

bool isSpaceLike(QChar c)
{
    return c.isSpace() || c == QChar(0x00A0) || c == QChar(0x202F) || c == QChar(0x2009);
}

bool isGroupMark(QChar c)
{
    return isSpaceLike(c) || c == QLatin1Char('\'') || c == QChar(0x2019);
}

// Strips currency codes/symbols and returns the sign indicators found around the number.
struct Stripped {
    QString core;
    bool negative = false;
    QString error;
};

Stripped stripDecorations(QStringView input)
{
    Stripped out;
    QString s = input.toString();
    // Excel's "text" marker and surrounding quotes.
    while (!s.isEmpty() && (s.front() == QLatin1Char('\'') || s.front() == QLatin1Char('"')))
        s.remove(0, 1);
    while (!s.isEmpty() && s.back() == QLatin1Char('"'))
        s.chop(1);
    s = s.trimmed();
    for (QChar &c : s) {
        if (c == QChar(0x2212) || c == QChar(0x2013)) // minus sign, en dash
            c = QLatin1Char('-');
    }
    int signs = 0;
    auto takeSign = [&](bool neg) {
        ++signs;
        out.negative = neg;
    };
    bool changed = true;
    bool parens = false;
    while (changed && !s.isEmpty()) {
        changed = false;
        s = s.trimmed();
        if (s.isEmpty())
            break;
        const QString upper = s.toUpper();
        // Trailing CR/DR (credit/debit) and the German H/S are accepted only as whole words.
        for (const auto &[word, neg] :
            { std::pair { QStringLiteral("CR"), false }, std::pair { QStringLiteral("DR"), true },
                std::pair { QStringLiteral("CRDT"), false },
                std::pair { QStringLiteral("DBIT"), true } }) {
            if (upper.endsWith(word) && upper.size() > word.size()) {
                const QChar before = upper.at(upper.size() - word.size() - 1);
                if (before.isDigit() || isSpaceLike(before) || before == QLatin1Char('.')
                    || before == QLatin1Char(')')) {
                    s.chop(word.size());
                    takeSign(neg);
                    changed = true;
                    break;
                }
            }
        }
        if (changed)
            continue;
        if (s.front() == QLatin1Char('(') && s.back() == QLatin1Char(')')) {
            s = s.mid(1, s.size() - 2);
            parens = true;
            takeSign(true);
            changed = true;
            continue;
        }
        if (s.front() == QLatin1Char('-') || s.front() == QLatin1Char('+')) {
            takeSign(s.front() == QLatin1Char('-'));
            s.remove(0, 1);
            changed = true;
            continue;
        }
        if (s.back() == QLatin1Char('-') || s.back() == QLatin1Char('+')) {
            takeSign(s.back() == QLatin1Char('-'));
            s.chop(1);
            changed = true;
            continue;
        }
        // Currency symbols and three-letter codes at either end.
        static const QString symbols = QStringLiteral("$€£¥₹₽₩₺₪฿₫");
        if (symbols.contains(s.front())) {
            s.remove(0, 1);
            changed = true;
            continue;
        }
        if (symbols.contains(s.back())) {
            s.chop(1);
            changed = true;
            continue;
        }
        auto isLetter = [](QChar c) { return c.isLetter(); };
        int lead = 0;
        while (lead < s.size() && isLetter(s.at(lead)))
            ++lead;
        if (lead >= 1 && lead <= 3 && lead < s.size()) {
            s.remove(0, lead);
            changed = true;
            continue;
        }
        int trail = 0;
        while (trail < s.size() && isLetter(s.at(s.size() - 1 - trail)))
            ++trail;
        if (trail >= 1 && trail <= 3 && trail < s.size()) {
            s.chop(trail);
            changed = true;
            continue;
        }
    }
    if (signs > 1 && !(parens && signs == 2 && out.negative)) {
        // "(-12)" or "-12 CR": contradictory or doubled signs are an error, not a guess.
        out.error = QStringLiteral("more than one sign indicator");
    }
    out.core = s.trimmed();
    return out;
}

} // namespace

// ---------------------------------------------------------------------------------------------
// Currency

int Currency::exponentFor(QStringView code)
{
    static const QStringList zero = { QStringLiteral("BIF"), QStringLiteral("CLP"),
        QStringLiteral("DJF"), QStringLiteral("GNF"), QStringLiteral("ISK"), QStringLiteral("JPY"),
        QStringLiteral("KMF"), QStringLiteral("KRW"), QStringLiteral("PYG"), QStringLiteral("RWF"),
        QStringLiteral("UGX"), QStringLiteral("UYI"), QStringLiteral("VND"), QStringLiteral("VUV"),
        QStringLiteral("XAF"), QStringLiteral("XOF"), QStringLiteral("XPF") };
    static const QStringList three = { QStringLiteral("BHD"), QStringLiteral("IQD"),
        QStringLiteral("JOD"), QStringLiteral("KWD"), QStringLiteral("LYD"), QStringLiteral("OMR"),
        QStringLiteral("TND") };
    static const QStringList four = { QStringLiteral("CLF"), QStringLiteral("UYW") };
    const QString c = code.toString().toUpper();
    if (zero.contains(c))
        return 0;
    if (three.contains(c))
        return 3;
    if (four.contains(c))
        return 4;
    return 2;
}

std::optional<Currency> Currency::fromCode(QStringView code)
{
    const QString c = code.trimmed().toString().toUpper();
    if (c.size() != 3)
        return std::nullopt;
    for (QChar ch : c) {
        if (ch < QLatin1Char('A') || ch > QLatin1Char('Z'))
            return std::nullopt;
    }
    return withExponent(c, exponentFor(c));
}

Currency Currency::withExponent(QStringView code, int exponent)
{
    Currency cur;
    const QString c = code.toString().toUpper();
    for (int i = 0; i < 3 && i < c.size(); ++i)
        cur.m_code[i] = static_cast<char>(c.at(i).toLatin1());
    cur.m_exponent = exponent;
    return cur;
}

QString Currency::code() const
{
    return QString::fromLatin1(m_code.data(), m_code[0] ? 3 : 0);
}

// ---------------------------------------------------------------------------------------------
// Decimal parsing

DecimalParse parseDecimal(QStringView text, DecimalSeparator sep)
{
    DecimalParse result;
    const Stripped st = stripDecorations(text);
    if (!st.error.isEmpty()) {
        result.error = st.error;
        return result;
    }
    const QString s = st.core;
    if (s.isEmpty()) {
        result.error = QStringLiteral("empty amount");
        return result;
    }
    // Only digits, '.', ',' and group marks may remain.
    int dots = 0, commas = 0, digits = 0;
    for (QChar c : s) {
        if (c.isDigit() && c.unicode() < 128)
            ++digits;
        else if (c == QLatin1Char('.'))
            ++dots;
        else if (c == QLatin1Char(','))
            ++commas;
        else if (!isGroupMark(c)) {
            result.error = QStringLiteral("unexpected character '%1'").arg(c);
            return result;
        }
    }
    if (digits == 0) {
        result.error = QStringLiteral("no digits");
        return result;
    }
    QChar decimal;
    if (sep == DecimalSeparator::Dot) {
        decimal = QLatin1Char('.');
    } else if (sep == DecimalSeparator::Comma) {
        decimal = QLatin1Char(',');
    } else {
        const int lastDot = s.lastIndexOf(QLatin1Char('.'));
        const int lastComma = s.lastIndexOf(QLatin1Char(','));
        if (dots && commas) {
            decimal = lastDot > lastComma ? QLatin1Char('.') : QLatin1Char(',');
        } else if (dots + commas == 1) {
            const int pos = dots ? lastDot : lastComma;
            const int after = s.size() - pos - 1;
            const QString intPart = s.left(pos).trimmed();
            const bool looksGrouped
                = after == 3 && intPart != QLatin1String("0") && !intPart.isEmpty();
            decimal = looksGrouped ? QChar() : s.at(pos);
        } else {
            decimal = QChar(); // "1,234,567" or "1.234.567": grouping only
        }
    }
    const QChar group = decimal == QLatin1Char('.') ? QLatin1Char(',') : QLatin1Char('.');
    if (!decimal.isNull() && s.count(decimal) > 1) {
        result.error = QStringLiteral("more than one decimal separator");
        return result;
    }
    const int decPos = decimal.isNull() ? -1 : s.indexOf(decimal);
    if (decPos >= 0 && s.indexOf(group, decPos) >= 0) {
        result.error = QStringLiteral("grouping separator after the decimal separator");
        return result;
    }
    qint64 units = 0;
    int scale = 0;
    bool inFraction = false;
    QChar prev;
    for (int i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (c == decimal) {
            inFraction = true;
        } else if (c == group || isGroupMark(c) || c == QLatin1Char('.') || c == QLatin1Char(',')) {
            if (i == 0 || i == s.size() - 1 || !prev.isDigit()) {
                result.error = QStringLiteral("misplaced grouping separator");
                return result;
            }
        } else {
            const int d = c.unicode() - '0';
            if (units > (std::numeric_limits<qint64>::max() - d) / 10) {
                result.error = QStringLiteral("amount too large");
                return result;
            }
            units = units * 10 + d;
            if (inFraction)
                ++scale;
        }
        prev = c;
    }
    if (scale > 18) {
        result.error = QStringLiteral("too many decimals");
        return result;
    }
    result.value = Decimal { st.negative ? -units : units, scale };
    return result;
}

// ---------------------------------------------------------------------------------------------
// Money

Money Money::fromMinor(qint64 minor, QStringView currencyCode)
{
    auto cur = Currency::fromCode(currencyCode);
    return Money(minor, cur.value_or(Currency()));
}

std::optional<Money> Money::fromDecimal(Decimal d, Currency currency)
{
    const int exp = currency.exponent();
    qint64 units = d.units;
    int scale = d.scale;
    while (scale > exp) {
        if (units % 10 != 0)
            return std::nullopt; // would lose precision
        units /= 10;
        --scale;
    }
    const qint64 factor = kPow10[exp - scale];
    qint64 minor = 0;
    if (__builtin_mul_overflow(units, factor, &minor))
        return std::nullopt;
    return Money(minor, currency);
}

Money::Parse Money::parse(QStringView text, Currency currency, DecimalSeparator sep)
{
    Parse p;
    const DecimalParse d = parseDecimal(text, sep);
    if (!d.value) {
        p.error = d.error;
        return p;
    }
    p.value = fromDecimal(*d.value, currency);
    if (!p.value) {
        p.error = QStringLiteral("more decimals than %1 allows or amount too large")
                      .arg(currency.code().isEmpty() ? QStringLiteral("the currency")
                                                     : currency.code());
    }
    return p;
}

std::optional<Money> Money::checkedAdd(const Money &o) const
{
    if (!(m_currency == o.m_currency))
        return std::nullopt;
    qint64 r = 0;
    if (__builtin_add_overflow(m_minor, o.m_minor, &r))
        return std::nullopt;
    return Money(r, m_currency);
}

std::optional<Money> Money::checkedSub(const Money &o) const
{
    if (!(m_currency == o.m_currency))
        return std::nullopt;
    qint64 r = 0;
    if (__builtin_sub_overflow(m_minor, o.m_minor, &r))
        return std::nullopt;
    return Money(r, m_currency);
}

std::optional<Money> Money::checkedNegate() const
{
    if (m_minor == std::numeric_limits<qint64>::min())
        return std::nullopt;
    return Money(-m_minor, m_currency);
}

Money Money::operator+(const Money &o) const
{
    if (!(m_currency == o.m_currency))
        throw MoneyError("currency mismatch: " + m_currency.code().toStdString() + " + "
            + o.m_currency.code().toStdString());
    auto r = checkedAdd(o);
    if (!r)
        throw MoneyError("money overflow");
    return *r;
}

Money Money::operator-(const Money &o) const
{
    if (!(m_currency == o.m_currency))
        throw MoneyError("currency mismatch: " + m_currency.code().toStdString() + " - "
            + o.m_currency.code().toStdString());
    auto r = checkedSub(o);
    if (!r)
        throw MoneyError("money overflow");
    return *r;
}

Money Money::operator-() const
{
    auto r = checkedNegate();
    if (!r)
        throw MoneyError("money overflow");
    return *r;
}

Money Money::abs() const
{
    return m_minor < 0 ? -*this : *this;
}

QString minorToString(qint64 minor, int exponent)
{
    const bool neg = minor < 0;
    // Work on the unsigned magnitude so INT64_MIN formats correctly.
    quint64 mag = neg ? (~static_cast<quint64>(minor) + 1) : static_cast<quint64>(minor);
    QString digits = QString::number(mag);
    if (exponent > 0) {
        if (digits.size() <= exponent)
            digits.prepend(QString(exponent - digits.size() + 1, QLatin1Char('0')));
        digits.insert(digits.size() - exponent, QLatin1Char('.'));
    }
    if (neg)
        digits.prepend(QLatin1Char('-'));
    return digits;
}

QString Money::toPlainString() const
{
    return minorToString(m_minor, m_currency.exponent());
}

QString Money::format(QChar decimalSep, QChar groupSep) const
{
    QString plain = minorToString(m_minor, m_currency.exponent());
    const bool neg = plain.startsWith(QLatin1Char('-'));
    if (neg)
        plain.remove(0, 1);
    const int dot = plain.indexOf(QLatin1Char('.'));
    QString intPart = dot < 0 ? plain : plain.left(dot);
    const QString frac = dot < 0 ? QString() : plain.mid(dot + 1);
    if (!groupSep.isNull()) {
        for (int i = intPart.size() - 3; i > 0; i -= 3)
            intPart.insert(i, groupSep);
    }
    QString out = neg ? QStringLiteral("-") : QString();
    out += intPart;
    if (!frac.isEmpty())
        out += decimalSep + frac;
    return out;
}

} // namespace recon
