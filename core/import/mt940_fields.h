#pragma once
// Field-level parsing for SWIFT MT940/MT942: dates, amounts, balances (:60F: :62F: :64: :65:
// :34F: :90C:), the :61: statement line and the :86: information to the account owner
// (free text, German "?NN" / Dutch ">NN" structured subfields, SEPA keywords, "/KEY/" style).
// Pure functions without state so the tricky parts can be unit-tested one by one.

#include "core/money.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace recon::mt940 {

// YYMMDD; years 80-99 are 19xx, 00-79 are 20xx. Invalid QDate when malformed.
QDate parseDate6(QStringView s);
// The year of an MMDD entry date: the candidate (value year -1, 0, +1) closest to the value
// date, so a Dec 31 value date with a 0102 entry date books in January of the next year.
QDate inferEntryDate(QDate valueDate, int month, int day);

// "6800,", "79,7", "0,01", "000000002145.00": digits with at most one ',' or '.' and no sign.
std::optional<Decimal> parseAmount(QStringView s, QString *why = nullptr);

// A balance field: D/C mark, YYMMDD date, currency and amount (":60F:C110522EUR3236,28").
struct Balance {
    bool debit = false;
    QDate date;
    QString currency;
    Decimal amount;
};
std::optional<Balance> parseBalance(QStringView s, QString *why);

// :34F: floor limit of an MT942: currency, optional D/C mark, amount ("EURD0,1", "PLN0").
struct FloorLimit {
    QString currency;
    Decimal amount;
};
std::optional<FloorLimit> parseFloorLimit(QStringView s, QString *why);

// :90D:/:90C: number and sum of entries ("3PLN0,03").
struct EntrySum {
    int count = 0;
    QString currency;
    Decimal amount;
};
std::optional<EntrySum> parseEntrySum(QStringView s, QString *why);

// :13D: / :13: date-time indication, YYMMDDhhmm[+-hhmm]: the date part.
QDate parseDateTimeIndication(QStringView s);

// One :61: statement line (first line of the field).
struct Entry {
    QDate valueDate;
    QDate entryDate; // invalid when the line has none
    QString badEntryDate; // four digits that are no MMDD date (the value date is used)
    bool debit = false; // money out (D, and RC: reversal of a credit)
    bool reversal = false; // RC / RD
    QString mark; // "C", "D", "RC", "RD" as written
    QChar fundsCode; // null when absent
    Decimal amount;
    QString amountText;
    QString typeCode; // "NTRF", "FMSC", "S   " ...
    QString customerRef;
    QString bankRef; // after "//"
    QString extra; // text past the 16-character reference fields (some banks put a name there)
};
// On failure returns nullopt and names the sub-field (":61: amount") and the problem.
std::optional<Entry> parseEntry(QStringView s, QString *field, QString *why);

// The :86: information of one entry, as lines (the field's first line without the tag).
struct Details {
    QString description;
    QString reference; // SEPA EREF+ (end-to-end id), KREF+, or /EREF/
    QString counterparty;
    QString counterpartyAccount;
    QString counterpartyBank; // ?30 BLZ/BIC, /BIC/
    QString transactionCode; // the 3-digit GVC before ?00
    bool structured = false;
    QList<std::pair<QString, QString>> subfields; // "?20" -> text, or "/NAME/" -> text
};
Details parseDetails(const QStringList &lines);

// Joins wrapped SWIFT lines: a line that filled its 65 characters continues mid-word, a shorter
// one ended a word. Whitespace is then collapsed.
QString joinWrapped(const QStringList &lines, int width = 65);

} // namespace recon::mt940
