// The engine on a workspace (recon match): the demo month gives the expected groups, writes
// statuses, members, the rule set and one audit entry in one transaction; a dry run writes
// nothing; a second run only looks at what is still open.
#include "core/store/import_service.h"
#include "core/store/match_service.h"
#include "support/demo_workspace.h"
#include "support/testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <tuple>

using namespace recon;

class TestMatchService : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void dryRunWritesNothing();
    void cancelledRunWritesNothing();
    void runRecordsGroups();
    void secondRunOnlySeesOpenItems();
    void changedRulesNeedNewVersion();
    void largeRunRebuildsIndices();

private:
    QTemporaryDir m_dir;
    QString m_path;
};

void TestMatchService::initTestCase()
{
    m_path = m_dir.filePath(QStringLiteral("demo.recon"));
    QVERIFY(test::makeDemoWorkspace(m_path, false).ok);
}

void TestMatchService::dryRunWritesNothing()
{
    auto ws = Workspace::open(m_path);
    const auto head = ws->audit().head();
    const auto rep = runMatch(*ws, match::defaultRuleSet(), match::defaultRuleSetJson(), true);
    QVERIFY(!rep.written);
    QVERIFY(rep.groups > 150);
    QCOMPARE(ws->db().scalarInt("SELECT COUNT(*) FROM match_groups"), 0);
    QCOMPARE(ws->db().scalarInt("SELECT COUNT(*) FROM transactions WHERE status <> 0"), 0);
    QCOMPARE(ws->audit().head().hash, head.hash);
}

void TestMatchService::cancelledRunWritesNothing()
{
    // What the workstation's Cancel does: the engine stops at its next check, runMatch records
    // nothing (no groups, statuses, rule set or audit entry).
    auto ws = Workspace::open(m_path);
    const auto head = ws->audit().head();
    std::atomic<bool> cancel { true };
    match::MatchOptions o;
    o.cancel = &cancel;
    int progressCalls = 0;
    o.progress = [&](const QString &, int, int) { ++progressCalls; };
    const auto rep = runMatch(*ws, match::defaultRuleSet(), match::defaultRuleSetJson(), false, o);
    QVERIFY(rep.result.cancelled);
    QVERIFY(!rep.written);
    QVERIFY(progressCalls <= 1);
    QCOMPARE(ws->db().scalarInt("SELECT count(*) FROM match_groups"), 0);
    QCOMPARE(ws->db().scalarInt("SELECT count(*) FROM rule_sets"), 0);
    QCOMPARE(ws->db().scalarInt("SELECT count(*) FROM transactions WHERE status <> 0"), 0);
    QCOMPARE(ws->audit().head().hash, head.hash);
}

void TestMatchService::runRecordsGroups()
{
    auto ws = Workspace::open(m_path);
    const auto rep = runMatch(*ws, match::defaultRuleSet(), match::defaultRuleSetJson(), false);
    QVERIFY(rep.written);
    QCOMPARE(rep.leftOpen, 203);
    QCOMPARE(rep.rightOpen, 205);
    // The demo's exceptions stay open: two bank fees and the interest (bank only), two
    // outstanding cheques and a deposit in transit (ledger only).
    QCOMPARE(
        ws->db().scalarInt("SELECT COUNT(*) FROM transactions WHERE side = 0 AND status = 0"), 3);
    QCOMPARE(
        ws->db().scalarInt("SELECT COUNT(*) FROM transactions WHERE side = 1 AND status = 0"), 3);
    // One receipt pays three invoices: a 1:3 group.
    QCOMPARE(ws->db().scalarInt("SELECT COUNT(*) FROM (SELECT group_id FROM match_members m "
                                "JOIN transactions t ON t.id = m.tx_id GROUP BY group_id "
                                "HAVING SUM(t.side = 1) = 3 AND SUM(t.side = 0) = 1)"),
        1);
    // The fee-deducted receipt (2385.00 against 2400.00) is proposed with its difference.
    QCOMPARE(ws->db().scalarInt("SELECT COUNT(*) FROM match_groups WHERE status = 1 AND "
                                "ABS(difference_minor) = 1500"),
        1);
    QCOMPARE(ws->db().scalarInt("SELECT COUNT(*) FROM match_groups"), rep.groups);
    QCOMPARE(ws->db().scalarInt("SELECT COUNT(*) FROM match_members"),
        ws->db().scalarInt("SELECT COUNT(*) FROM transactions WHERE status IN (1, 2)"));
    QVERIFY(ws->db()
                .scalarText("SELECT explanation FROM match_groups LIMIT 1")
                .contains(QStringLiteral("\"pass\"")));
    // Explanations are written directly (match_service.cpp) in QJsonDocument's compact form,
    // and name exactly the group's members.
    auto expl = ws->db().prepare("SELECT id, explanation FROM match_groups");
    int checked = 0;
    while (expl.step()) {
        const QByteArray text = expl.blobAt(1);
        const QJsonDocument doc = QJsonDocument::fromJson(text);
        QVERIFY2(doc.isObject(), text.constData());
        QCOMPARE(doc.toJson(QJsonDocument::Compact), text);
        QVERIFY(!doc[QStringLiteral("conditions")].toArray().isEmpty());
        QStringList named;
        for (const char *side : { "left", "right" }) {
            for (const QJsonValue &v : doc[QLatin1String(side)].toArray())
                named.append(v.toString());
        }
        auto members = ws->db().prepare("SELECT t.uuid FROM match_members m JOIN transactions t "
                                        "ON t.id = m.tx_id WHERE m.group_id = ?");
        members.bindBlob(1, expl.blobAt(0));
        QStringList stored;
        while (members.step())
            stored.append(QUuid::fromRfc4122(members.blobAt(0)).toString(QUuid::WithoutBraces));
        named.sort();
        stored.sort();
        QCOMPARE(named, stored);
        ++checked;
    }
    QCOMPARE(checked, rep.groups);
    QCOMPARE(ws->ruleSets().size(), 1);
    const auto entries = ws->audit().entries();
    QCOMPARE(entries.last().action, QStringLiteral("match.run"));
    QCOMPARE(entries.last().payload.value(QStringLiteral("groups")).toInt(), rep.groups);
    QVERIFY(ws->audit().verify().ok);
}

void TestMatchService::secondRunOnlySeesOpenItems()
{
    auto ws = Workspace::open(m_path);
    const qint64 groups = ws->db().scalarInt("SELECT COUNT(*) FROM match_groups");
    const auto rep = runMatch(*ws, match::defaultRuleSet(), match::defaultRuleSetJson(), false);
    QCOMPARE(rep.leftOpen, 3);
    QCOMPARE(rep.rightOpen, 3);
    QCOMPARE(rep.groups, 0);
    QCOMPARE(ws->db().scalarInt("SELECT COUNT(*) FROM match_groups"), groups);
    QCOMPARE(ws->ruleSets().size(), 1); // same rules, same row
}

void TestMatchService::changedRulesNeedNewVersion()
{
    auto ws = Workspace::open(m_path);
    match::RuleSet changed = match::defaultRuleSet();
    changed.hash = QStringLiteral("0000");
    const auto head = ws->audit().head();
    QVERIFY_THROWS_EXCEPTION(WorkspaceError, runMatch(*ws, changed, "{}", false));
    QCOMPARE(ws->audit().head().hash, head.hash);
}

void TestMatchService::largeRunRebuildsIndices()
{
    // 12,000 + 12,000 items matching one to one write 24,000 member rows: enough for the run to
    // set the status and member indices aside and build them again once (deferred_indices.h).
    const QString path = m_dir.filePath(QStringLiteral("large.recon"));
    auto ws = Workspace::create(path);
    QByteArray bank = "date,amount,currency,description,reference\n";
    QByteArray ledger = "date,amount,currency,description,reference\n";
    for (int i = 0; i < 12000; ++i) {
        const QByteArray day = "2026-10-" + QByteArray::number(1 + i % 28).rightJustified(2, '0');
        const QByteArray amount = QByteArray::number(100 + i) + ".00";
        const QByteArray ref = "INV-" + QByteArray::number(100000 + i);
        bank += day + "," + amount + ",EUR,Payment " + ref + "," + ref + "\n";
        ledger += day + "," + amount + ",EUR,Invoice " + ref + "," + ref + "\n";
    }
    for (const auto &[name, data, side] : { std::tuple { "bank.csv", bank, Side::Left },
             std::tuple { "ledger.csv", ledger, Side::Right } }) {
        QFile f(m_dir.filePath(QLatin1String(name)));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(data);
        f.close();
        ImportRequest req;
        req.path = f.fileName();
        req.side = side;
        QVERIFY(importFile(*ws, req).written);
    }
    const auto indexCount = [&ws] {
        return ws->db().scalarInt("SELECT count(*) FROM sqlite_master WHERE name IN "
                                  "('ix_tx_side_status', 'ix_members_tx')");
    };
    QCOMPARE(indexCount(), 2);
    const auto rep = runMatch(*ws, match::defaultRuleSet(), match::defaultRuleSetJson(), false);
    QVERIFY(rep.written);
    QCOMPARE(rep.groups, 12000);
    QCOMPARE(indexCount(), 2);
    QCOMPARE(ws->db().scalarInt("SELECT count(*) FROM match_members"), 24000);
    QCOMPARE(ws->db().scalarInt("SELECT count(*) FROM transactions WHERE status = 0"), 0);
    // The rebuilt indices answer the queries that use them.
    QCOMPARE(ws->db().scalarInt("SELECT count(*) FROM transactions INDEXED BY ix_tx_side_status "
                                "WHERE side = 1 AND status = 2"),
        12000);
    QCOMPARE(ws->db().scalarInt("SELECT count(*) FROM match_members INDEXED BY ix_members_tx "
                                "WHERE tx_id > 0"),
        24000);
    QCOMPARE(ws->db().scalarText("PRAGMA integrity_check"), QStringLiteral("ok"));
    QCOMPARE(ws->db().scalarInt("PRAGMA foreign_keys"), 1);
}

QTEST_GUILESS_MAIN(TestMatchService)
#include "tst_match_service.moc"
