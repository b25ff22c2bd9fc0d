#include "core/store/rule_preview.h"

#include "core/log.h"

#include <algorithm>
#include <set>

namespace recon {

namespace {

// Group index per item of one side (-1: not in a group).
std::vector<int> groupOf(const match::MatchResult &r, Side side, size_t n)
{
    std::vector<int> out(n, -1);
    for (size_t g = 0; g < r.groups.size(); ++g) {
        const auto &members = side == Side::Left ? r.groups[g].left : r.groups[g].right;
        for (uint32_t i : members)
            if (i < n)
                out[i] = int(g);
    }
    return out;
}

size_t sideSize(const match::MatchResult &a, const match::MatchResult &b, Side side)
{
    size_t n = side == Side::Left ? std::max(a.leftStatus.size(), b.leftStatus.size())
                                  : std::max(a.rightStatus.size(), b.rightStatus.size());
    for (const auto *r : { &a, &b })
        for (const auto &g : r->groups)
            for (uint32_t i : side == Side::Left ? g.left : g.right)
                n = std::max(n, size_t(i) + 1);
    return n;
}

bool sameMembers(const match::MatchGroup &a, const match::MatchGroup &b)
{
    auto sorted = [](std::vector<uint32_t> v) {
        std::sort(v.begin(), v.end());
        return v;
    };
    return a.rule == b.rule && sorted(a.left) == sorted(b.left)
        && sorted(a.right) == sorted(b.right);
}

} // namespace

PreviewData loadOpenItems(Workspace &ws)
{
    PreviewData d;
    d.left = ws.transactions(Side::Left, Status::Open);
    d.right = ws.transactions(Side::Right, Status::Open);
    return d;
}

match::MatchResult previewMatch(
    const PreviewData &data, const match::RuleSet &rules, std::atomic<bool> *cancel)
{
    match::MatchOptions o;
    o.threads = 1;
    o.cancel = cancel;
    o.explain = true;
    return match::matchTransactions(data.left, data.right, rules, o);
}

MatchDiff diffResults(const match::MatchResult &base, const match::MatchResult &candidate)
{
    MatchDiff d;
    const size_t nl = sideSize(base, candidate, Side::Left);
    const size_t nr = sideSize(base, candidate, Side::Right);
    const std::vector<int> bl = groupOf(base, Side::Left, nl), br = groupOf(base, Side::Right, nr);
    const std::vector<int> cl = groupOf(candidate, Side::Left, nl);
    const std::vector<int> cr = groupOf(candidate, Side::Right, nr);
    for (size_t i = 0; i < nl; ++i) {
        d.itemsGained += cl[i] >= 0 && bl[i] < 0;
        d.itemsLost += bl[i] >= 0 && cl[i] < 0;
    }
    for (size_t i = 0; i < nr; ++i) {
        d.itemsGained += cr[i] >= 0 && br[i] < 0;
        d.itemsLost += br[i] >= 0 && cr[i] < 0;
    }
    for (size_t g = 0; g < candidate.groups.size(); ++g) {
        const auto &cg = candidate.groups[g];
        std::set<int> overlap;
        for (uint32_t i : cg.left)
            if (bl[i] >= 0)
                overlap.insert(bl[i]);
        for (uint32_t i : cg.right)
            if (br[i] >= 0)
                overlap.insert(br[i]);
        if (overlap.empty()) {
            d.newlyMatched.push_back(int(g));
        } else if (overlap.size() == 1 && sameMembers(base.groups[size_t(*overlap.begin())], cg)) {
            ++d.unchanged;
        } else {
            for (int b : overlap)
                d.changed.push_back({ b, int(g) });
        }
    }
    for (size_t g = 0; g < base.groups.size(); ++g) {
        const auto &bg = base.groups[g];
        const bool kept = std::any_of(bg.left.begin(), bg.left.end(), [&](uint32_t i) {
            return cl[i] >= 0;
        }) || std::any_of(bg.right.begin(), bg.right.end(), [&](uint32_t i) { return cr[i] >= 0; });
        if (!kept)
            d.noLongerMatched.push_back(int(g));
    }
    return d;
}

QList<RuleCount> countsPerRule(const match::MatchResult &r)
{
    QList<RuleCount> out;
    for (const auto &s : r.stats)
        out.append({ s.rule, s.groups, s.leftItems + s.rightItems, s.exceptions });
    return out;
}

QString itemSummary(const Transaction &t)
{
    QStringList parts { t.effectiveDate().toString(Qt::ISODate),
        t.amount.format() + QLatin1Char(' ') + t.amount.currencyCode() };
    for (const QString &s : { t.reference, t.counterparty, t.description })
        if (!s.isEmpty())
            parts << s.left(40);
    return parts.join(QStringLiteral("  "));
}

QByteArray storedRuleSetJson(Workspace &ws, const QString &id)
{
    const QUuid u(id);
    if (u.isNull())
        return {};
    auto q = ws.db().prepare("SELECT json FROM rule_sets WHERE id = ?");
    q.bindBlob(1, uuidBytes(u));
    return q.step() ? q.textAt(0).toUtf8() : QByteArray();
}

RuleSetInfo saveRuleSetVersion(Workspace &ws, const match::RuleSet &rules, const QByteArray &json)
{
    ws.requireWritable();
    auto q = ws.db().prepare(
        "SELECT id, hash, created_at FROM rule_sets WHERE name = ? AND CAST(version AS TEXT) = ?");
    q.bind(1, rules.name).bind(2, rules.version);
    if (q.step()) {
        if (q.textAt(1) != rules.hash)
            throw WorkspaceError(QStringLiteral("rule set '%1' version %2 is already stored with "
                                                "different content; give the changed rules a new "
                                                "version")
                                     .arg(rules.name, rules.version));
        return { uuidFromBytes(q.blobAt(0)).toString(QUuid::WithoutBraces), rules.name,
            rules.version, rules.hash, q.textAt(2) };
    }
    const QUuid id = newUuidV7();
    const QString now = Workspace::nowUtc();
    sql::TxGuard tx(ws.db());
    auto ins = ws.db().prepare(
        "INSERT INTO rule_sets(id, name, version, hash, json, created_at) VALUES (?,?,?,?,?,?)");
    ins.bindBlob(1, uuidBytes(id)).bind(2, rules.name).bind(3, rules.version).bind(4, rules.hash);
    ins.bindText(5, json).bind(6, now);
    ins.run();
    ws.audit().append(QStringLiteral("rules.save"),
        { { QStringLiteral("rule_set"), rules.name }, { QStringLiteral("version"), rules.version },
            { QStringLiteral("hash"), rules.hash } },
        Workspace::currentUser());
    tx.commit();
    log::match()->info(
        "rule set '{}' version {} saved", rules.name.toStdString(), rules.version.toStdString());
    return { id.toString(QUuid::WithoutBraces), rules.name, rules.version, rules.hash, now };
}

std::optional<RuleSetInfo> currentRuleSet(Workspace &ws)
{
    auto q = ws.db().prepare(
        "SELECT rs.id, rs.name, rs.version, rs.hash, rs.created_at FROM rule_sets rs "
        "WHERE rs.id = (SELECT rule_set_id FROM match_groups WHERE rule_set_id IS NOT NULL "
        "ORDER BY created_at DESC, rowid DESC LIMIT 1) "
        "UNION ALL SELECT * FROM (SELECT id, name, version, hash, created_at FROM rule_sets "
        "ORDER BY created_at DESC, rowid DESC LIMIT 1)");
    if (!q.step())
        return std::nullopt;
    return RuleSetInfo { uuidFromBytes(q.blobAt(0)).toString(QUuid::WithoutBraces), q.textAt(1),
        q.textAt(2), q.textAt(3), q.textAt(4) };
}

QString nextFreeVersion(Workspace &ws, const QString &name)
{
    auto q = ws.db().prepare("SELECT CAST(version AS TEXT) FROM rule_sets WHERE name = ?");
    q.bind(1, name);
    qint64 highest = 0;
    QStringList taken;
    while (q.step()) {
        const QString v = q.textAt(0);
        taken << v;
        bool ok = false;
        const qint64 n = v.toLongLong(&ok);
        if (ok)
            highest = std::max(highest, n);
    }
    qint64 next = std::max<qint64>(highest + 1, 2);
    while (taken.contains(QString::number(next)))
        ++next;
    return QString::number(next);
}

} // namespace recon
