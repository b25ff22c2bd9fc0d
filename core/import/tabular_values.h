#pragma once
// Cell-level parsing for the tabular engine: dates in the many numeric layouts banks use, amounts
// with an explicit decimal separator, debit/credit indicators, currency codes, IBANs. Everything
// here is allocation-free on the common path: it runs once per cell of a million-row file.

#include "core/money.h"

#include <QDate>
#include <QString>
#include <QStringView>

#include <optional>

namespace recon::tabular {

enum class DateOrder { YMD, DMY, MDY };

// A numeric date layout: component order, separator (0 = compact "yyyyMMdd") and year width
// (2 or 4; 0 = either). Day and month may have one or two digits; a time part after a blank or
// 'T' is accepted and ignored.
struct DatePattern {
    DateOrder order = DateOrder::YMD;
    char sep = '-';
    int yearDigits = 4;
    bool operator==(const DatePattern &) const = default;
    // The equivalent Qt format, e.g. "dd.MM.yyyy" ("d.M.yyyy" when `padded` is false).
    QString qtFormat(bool padded = true) const;
    // Inverse of qtFormat for the numeric layouts; nullopt for anything else (month names...).
    static std::optional<DatePattern> fromQtFormat(QStringView format);
};

std::optional<QDate> parseDate(QStringView s, const DatePattern &p);
// Two-digit years: 00-69 -> 20xx, 70-99 -> 19xx.
int expandYear(int yy);

// What a single value says about its decimal separator.
enum class DecimalVote { None, Dot, Comma };
DecimalVote voteDecimal(QStringView s);

struct AmountParse {
    bool ok = false;
    Decimal value;
    QString currency; // ISO code implied by a symbol or code in the cell ("$" -> USD), if any
};
// Strict parse with a known decimal separator ('.' or ','): signs (+, -, trailing -, parentheses,
// CR/DR), currency symbols and codes at either end, grouping with the other separator, blanks
// or apostrophes in groups of three.
AmountParse parseAmount(QStringView s, QChar decimal);

// +1 credit, -1 debit, 0 not an indicator. Accepts C/D, CR/DR, CRDT/DBIT, Credit/Debit, Bij/Af,
// H/S, Haben/Soll, Abono/Cargo, Crédit/Débit, +/-.
int indicatorSign(QStringView s);

bool isKnownCurrencyCode(QStringView s);
bool looksLikeIban(QStringView s);
// Symbols that name one currency unambiguously enough for a default: $ USD, € EUR, £ GBP, ¥ JPY.
QString currencyForSymbol(QChar c);

} // namespace recon::tabular
