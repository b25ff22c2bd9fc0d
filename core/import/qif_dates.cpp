#include "core/import/qif_dates.h"

namespace recon::qif {

std::optional<DateParts> splitDate(QStringView s)
{
    int nums[3] = { 0, 0, 0 };
    int digits[3] = { 0, 0, 0 };
    QChar seps[2];
    int n = 0;
    bool inNumber = false;
    for (QChar c : s) {
        if (c == QLatin1Char(' '))
            continue; // "1/ 5' 4"
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9')) {
            if (!inNumber) {
                if (n == 3)
                    return std::nullopt;
                ++n;
                inNumber = true;
            }
            if (++digits[n - 1] > 4)
                return std::nullopt;
            nums[n - 1] = nums[n - 1] * 10 + (c.unicode() - '0');
        } else if (c == QLatin1Char('/') || c == QLatin1Char('\'') || c == QLatin1Char('-')
            || c == QLatin1Char('.')) {
            if (!inNumber || n > 2)
                return std::nullopt;
            seps[n - 1] = c;
            inNumber = false;
        } else {
            return std::nullopt;
        }
    }
    if (n != 3 || !inNumber)
        return std::nullopt;
    DateParts p;
    p.dotted = seps[0] == QLatin1Char('.');
    if (digits[0] == 4) {
        p.yearFirst = true;
        p.year = nums[0];
        p.first = nums[1];
        p.second = nums[2];
        return p;
    }
    if (digits[0] > 2 || digits[1] > 2 || digits[2] == 3)
        return std::nullopt;
    p.first = nums[0];
    p.second = nums[1];
    p.year = nums[2];
    if (digits[2] <= 2) {
        if (seps[1] == QLatin1Char('\''))
            p.year += 2000;
        else
            p.year += p.year < 70 ? 2000 : 1900;
    }
    return p;
}

OrderDecision decideOrder(const QList<DateParts> &dates)
{
    OrderDecision d;
    int dotted = 0, ambiguousDates = 0;
    for (const DateParts &p : dates) {
        if (p.yearFirst)
            continue;
        if (p.first > 12 && p.second <= 12)
            ++d.dayFirstEvidence;
        else if (p.second > 12 && p.first <= 12)
            ++d.monthFirstEvidence;
        else if (p.first != p.second)
            ++ambiguousDates;
        if (p.dotted)
            ++dotted;
    }
    if (d.dayFirstEvidence > d.monthFirstEvidence) {
        d.order = DateOrder::DayFirst;
    } else if (d.monthFirstEvidence > d.dayFirstEvidence) {
        d.order = DateOrder::MonthFirst;
    } else if (d.monthFirstEvidence == 0) {
        // Nothing decides: dotted dates are European, everything else is read the US way.
        d.order = dotted * 2 > int(dates.size()) ? DateOrder::DayFirst : DateOrder::MonthFirst;
        d.ambiguous = ambiguousDates > 0;
    } else {
        d.ambiguous = true; // a tie between contradicting dates
    }
    return d;
}

QDate toDate(const DateParts &p, DateOrder order)
{
    if (p.yearFirst)
        return QDate(p.year, p.first, p.second);
    if (order == DateOrder::DayFirst)
        return QDate(p.year, p.second, p.first);
    return QDate(p.year, p.first, p.second);
}

} // namespace recon::qif
