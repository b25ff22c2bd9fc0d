#pragma once
// The figures the workstation's dashboard (and reports) chart, each from one read-only SQL pass
// over a workspace: items matched per rule, open items by age bucket and side, amounts still
// open per booking day, and matching progress over time replayed from the audit log.
// Amounts stay exact (minor units); charts convert to floating point only to plot.

#include "core/model/transaction.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <array>

namespace recon {
class Workspace;

// Items in active groups of one rule ("manual" for hand-made matches).
struct RuleMatchStat {
    QString rule;
    qint64 groups = 0;
    qint64 leftItems = 0;
    qint64 rightItems = 0;
    qint64 confirmedItems = 0; // confirmed or resolved
    qint64 proposedItems = 0;
    qint64 items() const { return leftItems + rightItems; }
};

struct MatchRateStats {
    qint64 totalItems = 0; // every transaction of the workspace, both sides
    QList<RuleMatchStat> rules; // most items first, then by name
    qint64 matchedItems() const;
    // Share of all items matched by `r`, 0..1 (0 for an empty workspace).
    double rate(const RuleMatchStat &r) const;
};

// The ageing buckets auditors use: 0–7, 8–30, 31–60, 61–90, > 90 days.
enum class AgeBucket { Days0To7, Days8To30, Days31To60, Days61To90, Over90 };
inline constexpr int kAgeBucketCount = 5;
QString ageBucketLabel(AgeBucket b); // "0–7", "8–30", ..., "> 90" (days)
AgeBucket ageBucketFor(qint64 ageDays); // negative ages (future dates) count as 0–7

// Open items (status open or exception) by age on `asOf`, from the booking date (the value date
// when there is none; items without either date are counted in `undated`).
struct OpenAgeStats {
    QDate asOf;
    std::array<qint64, kAgeBucketCount> left {};
    std::array<qint64, kAgeBucketCount> right {};
    qint64 undated = 0;
    qint64 total() const;
};

// Amounts of open items per booking day, side and currency, exact.
struct OpenDayAmount {
    QDate date;
    Side side = Side::Left;
    QString currency;
    qint64 count = 0;
    qint64 sumMinor = 0; // signed sum
    qint64 absMinor = 0; // sum of absolute amounts (what the chart shows)
};

// One point per audit entry that changed how many items exist or are matched.
struct ProgressPoint {
    qint64 seq = 0;
    QDateTime ts; // UTC
    QString action; // "import", "match.run", "resolve.match", "resolve.reject.undo", ...
    qint64 totalItems = 0;
    qint64 matchedItems = 0; // proposed, confirmed or resolved
    qint64 openItems() const { return totalItems - matchedItems; }
};

struct DashboardStats {
    MatchRateStats matchRate;
    OpenAgeStats openAge;
    QList<OpenDayAmount> openPerDay; // by date, then side, then currency
    QList<ProgressPoint> progress; // by audit sequence
};

MatchRateStats matchRateByRule(Workspace &ws);
OpenAgeStats openItemsByAge(Workspace &ws, const QDate &asOf);
QList<OpenDayAmount> openAmountsPerDay(Workspace &ws);
QList<ProgressPoint> progressOverTime(Workspace &ws);
// The latest booking (or value) date of any item: the natural "as of" of a statement period;
// invalid for an empty workspace.
QDate latestItemDate(Workspace &ws);
// All four; `asOf` invalid means latestItemDate(ws).
DashboardStats dashboardStats(Workspace &ws, const QDate &asOf = {});

} // namespace recon
