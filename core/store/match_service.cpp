#include "core/store/match_service.h"

#include "core/json_write.h"
#include "core/log.h"
#include "core/store/deferred_indices.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <utility>
#include <vector>

namespace recon {

namespace {

QJsonArray idsJson(const std::vector<uint32_t> &idx, const QList<Transaction> &side)
{
    QJsonArray out;
    for (uint32_t i : idx)
        out.append(side.at(static_cast<qsizetype>(i)).id.toString(QUuid::WithoutBraces));
    return out;
}

void appendIds(QByteArray &out, const std::vector<uint32_t> &idx, const QList<Transaction> &side)
{
    out += '[';
    for (size_t k = 0; k < idx.size(); ++k) {
        if (k > 0)
            out += ',';
        out += '"';
        out += side.at(static_cast<qsizetype>(idx[k])).id.toByteArray(QUuid::WithoutBraces);
        out += '"';
    }
    out += ']';
}

// A group's explanation as match_groups.explanation holds it: {"conditions": [{"condition",
// "left", "measure", "pass", "right", "threshold"}, ...], "left": [uuid, ...], "right": [...]}
// (the keys in the order QJsonObject writes them). Written directly: QJsonObject took 26 us a
// group, 60% of writing a run of 869k groups.
void explanationJson(QByteArray &out, const match::MatchGroup &g, const QList<Transaction> &left,
    const QList<Transaction> &right)
{
    out.clear();
    out += "{\"conditions\":[";
    bool first = true;
    for (const auto &c : g.explanation) {
        if (!first)
            out += ',';
        first = false;
        out += "{\"condition\":";
        json::appendString(out, c.condition);
        out += ",\"left\":";
        json::appendString(out, c.leftValue);
        out += ",\"measure\":";
        json::appendString(out, c.measure);
        out += c.pass ? ",\"pass\":true" : ",\"pass\":false";
        out += ",\"right\":";
        json::appendString(out, c.rightValue);
        out += ",\"threshold\":";
        json::appendString(out, c.threshold);
        out += '}';
    }
    out += "],\"left\":";
    appendIds(out, g.left, left);
    out += ",\"right\":";
    appendIds(out, g.right, right);
    out += '}';
}

// Returns the rule_sets row id for this rule set, inserting it when new.
QByteArray storeRuleSet(Workspace &ws, const match::RuleSet &rules, const QByteArray &json)
{
    auto q = ws.db().prepare("SELECT id, hash FROM rule_sets WHERE name = ? AND version = ?");
    q.bind(1, rules.name).bind(2, rules.version);
    if (q.step()) {
        if (q.textAt(1) != rules.hash) {
            throw WorkspaceError(QStringLiteral("rule set '%1' version %2 is already stored with "
                                                "different content; give the changed rules a new "
                                                "version")
                                     .arg(rules.name, rules.version));
        }
        return q.blobAt(0);
    }
    const QByteArray id = uuidBytes(newUuidV7());
    auto ins = ws.db().prepare(
        "INSERT INTO rule_sets(id, name, version, hash, json, created_at) VALUES (?,?,?,?,?,?)");
    ins.bindBlob(1, id).bind(2, rules.name).bind(3, rules.version).bind(4, rules.hash);
    ins.bindText(5, json).bind(6, Workspace::nowUtc());
    ins.run();
    return id;
}

} // namespace

QStringList MatchRunReport::summaryLines() const
{
    QStringList out;
    for (const auto &s : result.stats) {
        out << QStringLiteral("%1 (%2): %3 group(s), %4 left + %5 right item(s), %6 exception(s)")
                   .arg(s.rule, s.status)
                   .arg(s.groups)
                   .arg(s.leftItems)
                   .arg(s.rightItems)
                   .arg(s.exceptions);
    }
    return out;
}

MatchRunReport runMatch(Workspace &ws, const match::RuleSet &rules, const QByteArray &rulesJson,
    bool dryRun, const match::MatchOptions &options)
{
    if (!dryRun)
        ws.requireWritable();
    MatchRunReport rep;
    QList<qint64> leftRows, rightRows;
    const QList<Transaction> left = ws.transactions(Side::Left, Status::Open, false, &leftRows);
    const QList<Transaction> right = ws.transactions(Side::Right, Status::Open, false, &rightRows);
    rep.leftOpen = static_cast<int>(left.size());
    rep.rightOpen = static_cast<int>(right.size());
    rep.result = match::matchTransactions(left, right, rules, options);
    for (const auto &g : rep.result.groups) {
        ++rep.groups;
        if (g.status == Status::Confirmed)
            ++rep.confirmed;
        else
            ++rep.proposed;
    }
    rep.exceptions = static_cast<int>(rep.result.exceptions.size());
    if (dryRun || rep.result.cancelled)
        return rep;

    const QString user = Workspace::currentUser();
    const QString now = Workspace::nowUtc();
    sql::TxGuard tx(ws.db());
    // A large run changes the status of items all over `transactions` and adds a member row per
    // item: the (side, status) and member indices would be updated at random places row by
    // row, so they are built again once at the end (deferred_indices.h).
    qint64 members = 0;
    for (const auto &g : rep.result.groups)
        members += qint64(g.left.size() + g.right.size());
    std::optional<DeferredIndices> deferred;
    if (members + qint64(rep.result.exceptions.size()) >= kDeferIndicesFromRows)
        deferred.emplace(
            ws.db(), std::initializer_list<const char *> { "ix_tx_side_status", "ix_members_tx" });
    const QByteArray ruleSetId = storeRuleSet(ws, rules, rulesJson);
    auto insGroup = ws.db().prepare(
        "INSERT INTO match_groups(id, rule, rule_set_id, score, status, difference_minor, "
        "currency, explanation, created_at, created_by, confirmed_at, confirmed_by) VALUES "
        "(?,?,?,?,?,?,?,?,?,?,?,?)");
    auto insMember = ws.db().prepare("INSERT INTO match_members(group_id, tx_id) VALUES (?, ?)");
    auto setStatus = ws.db().prepare("UPDATE transactions SET status = ? WHERE id = ?");
    auto insException = ws.db().prepare(
        "INSERT INTO exceptions(tx_id, alternatives, updated_at) VALUES (?, ?, ?) "
        "ON CONFLICT(tx_id) DO UPDATE SET alternatives = excluded.alternatives, "
        "updated_at = excluded.updated_at");

    // New statuses are written at the end in row order, so the updates walk `transactions` from
    // its first page to its last instead of jumping between pages group by group.
    std::vector<std::pair<qint64, Status>> statuses;
    statuses.reserve(size_t(members) + rep.result.exceptions.size());
    QByteArray expl;
    for (const auto &g : rep.result.groups) {
        const QByteArray gid = uuidBytes(newUuidV7());
        const Transaction &first
            = g.left.empty() ? right.at(g.right.front()) : left.at(g.left.front());
        explanationJson(expl, g, left, right);
        insGroup.bindBlob(1, gid).bind(2, g.rule).bindBlob(3, ruleSetId).bind(4, g.score);
        insGroup.bind(5, static_cast<int>(g.status)).bind(6, qint64(g.difference));
        insGroup.bind(7, first.amount.currencyCode());
        insGroup.bindText(8, expl);
        insGroup.bind(9, now).bind(10, user);
        if (g.status == Status::Confirmed)
            insGroup.bind(11, now).bind(12, QStringLiteral("rule:") + g.rule);
        else
            insGroup.bindNull(11).bindNull(12);
        insGroup.run();
        for (uint32_t i : g.left) {
            insMember.bindBlob(1, gid).bind(2, leftRows.at(i));
            insMember.run();
            statuses.push_back({ leftRows.at(i), g.status });
        }
        for (uint32_t i : g.right) {
            insMember.bindBlob(1, gid).bind(2, rightRows.at(i));
            insMember.run();
            statuses.push_back({ rightRows.at(i), g.status });
        }
    }
    for (const auto &e : rep.result.exceptions) {
        const qint64 row = e.side == Side::Left ? leftRows.at(e.item) : rightRows.at(e.item);
        QJsonArray alts;
        for (const auto &a : e.alternatives) {
            alts.append(QJsonObject { { QStringLiteral("left"), idsJson(a.left, left) },
                { QStringLiteral("right"), idsJson(a.right, right) },
                { QStringLiteral("score"), a.score } });
        }
        const QJsonObject o { { QStringLiteral("rule"), e.rule },
            { QStringLiteral("reason"), e.reason }, { QStringLiteral("alternatives"), alts } };
        insException.bind(1, row).bindText(2, QJsonDocument(o).toJson(QJsonDocument::Compact));
        insException.bind(3, now);
        insException.run();
        statuses.push_back({ row, Status::Exception });
    }
    std::stable_sort(statuses.begin(), statuses.end(),
        [](const auto &a, const auto &b) { return a.first < b.first; });
    for (const auto &[row, status] : statuses) {
        setStatus.bind(1, static_cast<int>(status)).bind(2, row);
        setStatus.run();
    }
    QJsonArray perRule;
    for (const auto &s : rep.result.stats) {
        perRule.append(QJsonObject { { QStringLiteral("rule"), s.rule },
            { QStringLiteral("groups"), s.groups }, { QStringLiteral("left_items"), s.leftItems },
            { QStringLiteral("right_items"), s.rightItems },
            { QStringLiteral("exceptions"), s.exceptions } });
    }
    ws.audit().append(QStringLiteral("match.run"),
        { { QStringLiteral("rule_set"), rules.name }, { QStringLiteral("version"), rules.version },
            { QStringLiteral("hash"), rules.hash }, { QStringLiteral("left_open"), rep.leftOpen },
            { QStringLiteral("right_open"), rep.rightOpen },
            { QStringLiteral("groups"), rep.groups },
            { QStringLiteral("confirmed"), rep.confirmed },
            { QStringLiteral("proposed"), rep.proposed },
            { QStringLiteral("exceptions"), rep.exceptions },
            { QStringLiteral("rules"), perRule } },
        user);
    if (deferred)
        deferred->rebuild();
    tx.commit();
    rep.written = true;
    log::match()->info("match run on {}: {} groups ({} confirmed), {} exceptions",
        ws.path().toStdString(), rep.groups, rep.confirmed, rep.exceptions);
    return rep;
}

} // namespace recon
