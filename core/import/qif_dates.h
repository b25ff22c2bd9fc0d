#pragma once
// QIF dates: "8/12/13", "12/8/13", "2/10'2020", "1/ 5' 4", "12.08.2013", "2023-01-02". Whether
// the first number is the month or the day is not stated anywhere in a QIF file; it is decided
// once per file from the dates themselves (a first number above 12 proves day-first, a second
// number above 12 proves month-first).

#include <QDate>
#include <QList>
#include <QStringView>

#include <optional>

namespace recon::qif {

struct DateParts {
    int first = 0; // month or day (or month when yearFirst)
    int second = 0;
    int year = 0; // full year after the pivot
    bool yearFirst = false; // ISO-like "2023-01-02": unambiguous
    bool dotted = false; // "12.08.2013": a hint for day-first
};

// Splits a date into its numbers; nullopt when it is not a date at all. Two-digit years after an
// apostrophe are 2000-2099 (Quicken's "'04"); after '/', '-' or '.' 00-69 are 20xx, 70-99 19xx.
std::optional<DateParts> splitDate(QStringView s);

enum class DateOrder { MonthFirst, DayFirst };

struct OrderDecision {
    DateOrder order = DateOrder::MonthFirst;
    bool ambiguous = false; // nothing in the file decided: defaulted (US month-first)
    int monthFirstEvidence = 0; // dates whose second number is > 12
    int dayFirstEvidence = 0; // dates whose first number is > 12
};
OrderDecision decideOrder(const QList<DateParts> &dates);

// Invalid QDate when the numbers do not form a date in that order.
QDate toDate(const DateParts &p, DateOrder order);

} // namespace recon::qif
