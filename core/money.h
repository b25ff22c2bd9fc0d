#pragma once
// Exact money: int64 minor units plus an ISO 4217 currency with its exponent.
// No floating point anywhere: parsing, arithmetic and formatting are integer-only.

#include <QString>
#include <QStringView>

#include <array>
#include <cstdint>
#include <optional>
#include <stdexcept>

namespace recon {

// A compact ISO 4217 currency: three upper-case letters plus the minor-unit exponent.
class Currency {
public:
    Currency() = default;
    // Unknown but well-formed codes (three letters) get exponent 2.
    static std::optional<Currency> fromCode(QStringView code);
    static Currency withExponent(QStringView code, int exponent);
    // Exponent from the ISO 4217 table (2 when the code is not in the table).
    static int exponentFor(QStringView code);

    QString code() const;
    int exponent() const { return m_exponent; }
    bool isValid() const { return m_code[0] != 0; }
    bool operator==(const Currency &o) const = default;

private:
    std::array<char, 4> m_code {};
    int m_exponent = 2;
};

class MoneyError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// A decimal number parsed from text: units * 10^-scale.
struct Decimal {
    qint64 units = 0;
    int scale = 0;
    bool operator==(const Decimal &) const = default;
};

enum class DecimalSeparator { Dot, Comma, Auto };

struct DecimalParse {
    std::optional<Decimal> value;
    QString error; // empty on success
};

// Parses "1.234,56", "1,234.56", "(12.00)", "12.00-", "-12", "+5", "12.00 CR", "12.00 DR",
// "$1,234.56", "EUR 12,00", "1 234,56", "1'234.56". With Auto, the separator is decided from the
// text itself (last of '.'/',' followed by 1-3 digits... see money.cpp); pass the explicit
// separator whenever the source's convention is known.
DecimalParse parseDecimal(QStringView text, DecimalSeparator sep);

class Money {
public:
    Money() = default;
    Money(qint64 minor, Currency currency)
        : m_minor(minor)
        , m_currency(currency)
    {
    }

    static Money fromMinor(qint64 minor, QStringView currencyCode);
    // Exact conversion of a decimal to this currency's minor units; fails (nullopt) when the
    // decimal has more significant fraction digits than the currency allows, or overflows.
    static std::optional<Money> fromDecimal(Decimal d, Currency currency);

    using Parse = struct MoneyParse;
    static MoneyParse parse(QStringView text, Currency currency, DecimalSeparator sep);

    qint64 minor() const { return m_minor; }
    Currency currency() const { return m_currency; }
    QString currencyCode() const { return m_currency.code(); }
    bool isZero() const { return m_minor == 0; }
    bool isNegative() const { return m_minor < 0; }

    // Checked arithmetic: nullopt on overflow or currency mismatch.
    std::optional<Money> checkedAdd(const Money &o) const;
    std::optional<Money> checkedSub(const Money &o) const;
    std::optional<Money> checkedNegate() const;
    // Throwing variants for code where overflow is truly exceptional.
    Money operator+(const Money &o) const;
    Money operator-(const Money &o) const;
    Money operator-() const;
    Money abs() const;

    bool operator==(const Money &o) const = default;
    // Ordering is only meaningful within one currency.
    bool operator<(const Money &o) const { return m_minor < o.m_minor; }

    // "-1234.56": machine form (JSON, CSV exports). Always exponent digits after '.'.
    QString toPlainString() const;
    // Human form with explicit separators: format(',', '.') -> "1.234,56".
    QString format(QChar decimalSep = QLatin1Char('.'), QChar groupSep = QLatin1Char(',')) const;

private:
    qint64 m_minor = 0;
    Currency m_currency;
};

struct MoneyParse {
    std::optional<Money> value;
    QString error; // empty on success
};

// Decimal string of minor units with the given exponent ("-1234.56").
QString minorToString(qint64 minor, int exponent);

} // namespace recon
