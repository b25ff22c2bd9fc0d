#include "core/store/dashboard_stats.h"

#include "core/store/workspace.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

#include <algorithm>

namespace recon {

namespace {

// Items count as open while nobody has matched them: status open (0) or exception (3).
constexpr const char *kOpenStatuses = "status IN (0, 3)";

QString jsonString(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

} // namespace

qint64 MatchRateStats::matchedItems() const
{
    qint64 n = 0;
    for (const RuleMatchStat &r : rules)
        n += r.items();
    return n;
}

double MatchRateStats::rate(const RuleMatchStat &r) const
{
    return totalItems > 0 ? static_cast<double>(r.items()) / static_cast<double>(totalItems) : 0.0;
}

QString ageBucketLabel(AgeBucket b)
{
    switch (b) {
    case AgeBucket::Days0To7:
        return QStringLiteral("0–7");
    case AgeBucket::Days8To30:
        return QStringLiteral("8–30");
    case AgeBucket::Days31To60:
        return QStringLiteral("31–60");
    case AgeBucket::Days61To90:
        return QStringLiteral("61–90");
    case AgeBucket::Over90:
        return QStringLiteral("> 90");
    }
    return {};
}

AgeBucket ageBucketFor(qint64 ageDays)
{
    if (ageDays <= 7)
        return AgeBucket::Days0To7;
    if (ageDays <= 30)
        return AgeBucket::Days8To30;
    if (ageDays <= 60)
        return AgeBucket::Days31To60;
    if (ageDays <= 90)
        return AgeBucket::Days61To90;
    return AgeBucket::Over90;
}

qint64 OpenAgeStats::total() const
{
    qint64 n = undated;
    for (int i = 0; i < kAgeBucketCount; ++i)
        n += left[static_cast<size_t>(i)] + right[static_cast<size_t>(i)];
    return n;
}

MatchRateStats matchRateByRule(Workspace &ws)
{
    MatchRateStats out;
    out.totalItems = ws.db().scalarInt("SELECT COUNT(*) FROM transactions");
    auto q = ws.db().prepare(
        "SELECT g.rule, COUNT(DISTINCT g.id), SUM(t.side = 0), SUM(t.side = 1), "
        "SUM(g.status IN (2, 4)), SUM(g.status = 1) "
        "FROM match_groups g JOIN match_members m ON m.group_id = g.id "
        "JOIN transactions t ON t.id = m.tx_id WHERE g.active = 1 GROUP BY g.rule");
    while (q.step()) {
        RuleMatchStat r;
        r.rule = q.textAt(0).isEmpty() ? QStringLiteral("(unnamed)") : q.textAt(0);
        r.groups = q.intAt(1);
        r.leftItems = q.intAt(2);
        r.rightItems = q.intAt(3);
        r.confirmedItems = q.intAt(4);
        r.proposedItems = q.intAt(5);
        out.rules.append(r);
    }
    std::sort(
        out.rules.begin(), out.rules.end(), [](const RuleMatchStat &a, const RuleMatchStat &b) {
            return a.items() != b.items() ? a.items() > b.items() : a.rule < b.rule;
        });
    return out;
}

OpenAgeStats openItemsByAge(Workspace &ws, const QDate &asOf)
{
    OpenAgeStats out;
    out.asOf = asOf;
    if (!asOf.isValid())
        return out;
    // Ages are bucketed in SQL so a million open items cost one scan and five rows per side.
    const QByteArray sql = QByteArrayLiteral("SELECT side, CASE "
                                             "WHEN d IS NULL THEN -1 "
                                             "WHEN ?1 - d <= 7 THEN 0 WHEN ?1 - d <= 30 THEN 1 "
                                             "WHEN ?1 - d <= 60 THEN 2 WHEN ?1 - d <= 90 THEN 3 "
                                             "ELSE 4 END AS bucket, COUNT(*) FROM "
                                             "(SELECT side, COALESCE(booking_date, value_date) AS "
                                             "d FROM transactions WHERE ")
        + kOpenStatuses + QByteArrayLiteral(") GROUP BY side, bucket");
    auto q = ws.db().prepare(sql.constData());
    q.bind(1, static_cast<qint64>(asOf.toJulianDay()));
    while (q.step()) {
        const qint64 bucket = q.intAt(1);
        const qint64 n = q.intAt(2);
        if (bucket < 0 || bucket >= kAgeBucketCount) {
            out.undated += n;
            continue;
        }
        auto &side = q.intAt(0) == 0 ? out.left : out.right;
        side[static_cast<size_t>(bucket)] += n;
    }
    return out;
}

QList<OpenDayAmount> openAmountsPerDay(Workspace &ws)
{
    QList<OpenDayAmount> out;
    const QByteArray sql
        = QByteArrayLiteral("SELECT COALESCE(booking_date, value_date) AS d, side, currency, "
                            "COUNT(*), SUM(amount_minor), SUM(ABS(amount_minor)) FROM "
                            "transactions WHERE ")
        + kOpenStatuses
        + QByteArrayLiteral(" AND d IS NOT NULL GROUP BY d, side, currency ORDER BY d, side, "
                            "currency");
    auto q = ws.db().prepare(sql.constData());
    while (q.step()) {
        OpenDayAmount a;
        a.date = QDate::fromJulianDay(q.intAt(0));
        a.side = q.intAt(1) == 0 ? Side::Left : Side::Right;
        a.currency = q.textAt(2);
        a.count = q.intAt(3);
        a.sumMinor = q.intAt(4);
        a.absMinor = q.intAt(5);
        out.append(a);
    }
    return out;
}

QList<ProgressPoint> progressOverTime(Workspace &ws)
{
    // Replays the audit log: imports add items; a match run adds the items its rules grouped;
    // a manual match adds its items; reject/unmatch remove their groups' members (looked up in
    // match_members, which keeps the members of inactive groups); ".undo" reverses the step,
    // ".redo" repeats it. Other entries (comments, reason codes, confirmations) change neither.
    QList<ProgressPoint> out;
    auto members = ws.db().prepare("SELECT COUNT(*) FROM match_members WHERE group_id = ?");
    const auto groupMembers = [&members](const QString &id) -> qint64 {
        const QUuid u = QUuid::fromString(id);
        if (u.isNull())
            return 0;
        members.bindBlob(1, uuidBytes(u));
        const qint64 n = members.step() ? members.intAt(0) : 0;
        members.reset();
        return n;
    };
    auto q = ws.db().prepare(
        "SELECT seq, ts, action, payload FROM audit_log WHERE action IN ('import', 'match.run') "
        "OR action GLOB 'resolve.match*' OR action GLOB 'resolve.reject*' "
        "OR action GLOB 'resolve.unmatch*' ORDER BY seq");
    qint64 total = 0, matched = 0;
    while (q.step()) {
        QString action = q.textAt(2);
        const QJsonObject p = QJsonDocument::fromJson(q.textAt(3).toUtf8()).object();
        int sign = 1;
        QString base = action;
        if (base.endsWith(QLatin1String(".undo"))) {
            sign = -1;
            base.chop(5);
        } else if (base.endsWith(QLatin1String(".redo"))) {
            base.chop(5);
        }
        qint64 dTotal = 0, dMatched = 0;
        if (base == QLatin1String("import")) {
            dTotal = p.value(QLatin1String("rows_imported")).toInteger();
        } else if (base == QLatin1String("match.run")) {
            for (const QJsonValue &r : p.value(QLatin1String("rules")).toArray()) {
                const QJsonObject o = r.toObject();
                dMatched += o.value(QLatin1String("left_items")).toInteger()
                    + o.value(QLatin1String("right_items")).toInteger();
            }
        } else if (base == QLatin1String("resolve.match")) {
            dMatched = p.value(QLatin1String("left")).toArray().size()
                + p.value(QLatin1String("right")).toArray().size();
        } else if (base == QLatin1String("resolve.reject")) {
            for (const QJsonValue &g : p.value(QLatin1String("groups")).toArray())
                dMatched -= groupMembers(g.toString());
        } else if (base == QLatin1String("resolve.unmatch")) {
            dMatched = -groupMembers(jsonString(p, "group"));
        } else {
            continue; // e.g. resolve.matchXyz: not one of ours
        }
        total += sign * dTotal;
        matched += sign * dMatched;
        ProgressPoint pt;
        pt.seq = q.intAt(0);
        pt.ts = QDateTime::fromString(q.textAt(1), Qt::ISODateWithMs).toUTC();
        pt.action = action;
        pt.totalItems = total;
        pt.matchedItems = std::clamp<qint64>(matched, 0, total);
        out.append(pt);
    }
    return out;
}

QDate latestItemDate(Workspace &ws)
{
    auto q = ws.db().prepare("SELECT MAX(COALESCE(booking_date, value_date)) FROM transactions");
    if (!q.step() || q.isNull(0))
        return {};
    return QDate::fromJulianDay(q.intAt(0));
}

DashboardStats dashboardStats(Workspace &ws, const QDate &asOf)
{
    DashboardStats s;
    s.matchRate = matchRateByRule(ws);
    s.openAge = openItemsByAge(ws, asOf.isValid() ? asOf : latestItemDate(ws));
    s.openPerDay = openAmountsPerDay(ws);
    s.progress = progressOverTime(ws);
    return s;
}

} // namespace recon
