// The rule builder's preview in core: the diff of two match results on the same items (newly
// matched, no longer matched, changed, unchanged, item counts), dry runs on the demo workspace
// (a stricter tolerance matches fewer items; nothing is written), and stored rule-set versions.
#include "core/match/rule_document.h"
#include "core/store/match_service.h"
#include "core/store/rule_preview.h"
#include "core/store/workspace.h"
#include "support/demo_workspace.h"

#include <QTemporaryDir>
#include <QTest>

using namespace recon;
using match::MatchGroup;
using match::MatchResult;

namespace {

// "rule:l1,l2/r1;rule:..." -> groups
MatchResult result(const QString &spec, int n = 10)
{
    MatchResult r;
    r.leftStatus.assign(size_t(n), Status::Open);
    r.rightStatus.assign(size_t(n), Status::Open);
    for (const QString &g : spec.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        MatchGroup mg;
        mg.rule = g.section(QLatin1Char(':'), 0, 0);
        const QString members = g.section(QLatin1Char(':'), 1);
        for (const QString &i :
            members.section(QLatin1Char('/'), 0, 0).split(QLatin1Char(','), Qt::SkipEmptyParts))
            mg.left.push_back(i.toUInt());
        for (const QString &i :
            members.section(QLatin1Char('/'), 1).split(QLatin1Char(','), Qt::SkipEmptyParts))
            mg.right.push_back(i.toUInt());
        r.groups.push_back(mg);
    }
    return r;
}

QString joined(const std::vector<int> &v)
{
    QStringList out;
    for (int i : v)
        out << QString::number(i);
    return out.join(QLatin1Char(','));
}

} // namespace

class TestRulePreview : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void diff_data();
    void diff();
    void dryRunsOnDemo();
    void storedVersions();
};

void TestRulePreview::diff_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("candidate");
    QTest::addColumn<QString>("newly");
    QTest::addColumn<QString>("lost");
    QTest::addColumn<QString>("changed"); // "b>c" pairs
    QTest::addColumn<int>("unchanged");
    QTest::addColumn<int>("gained");
    QTest::addColumn<int>("itemsLost");
    QTest::newRow("identical") << "a:0/0;a:1/1"
                               << "a:0/0;a:1/1"
                               << ""
                               << ""
                               << "" << 2 << 0 << 0;
    QTest::newRow("order does not matter") << "a:0,1/2"
                                           << "a:1,0/2"
                                           << ""
                                           << ""
                                           << "" << 1 << 0 << 0;
    QTest::newRow("new group") << "a:0/0"
                               << "a:0/0;b:3/4"
                               << "1"
                               << ""
                               << "" << 1 << 2 << 0;
    QTest::newRow("group gone") << "a:0/0;b:3/4"
                                << "a:0/0"
                                << ""
                                << "1"
                                << "" << 1 << 0 << 2;
    QTest::newRow("same members other rule") << "a:0/0"
                                             << "b:0/0"
                                             << ""
                                             << ""
                                             << "0>0" << 0 << 0 << 0;
    QTest::newRow("grown group") << "a:0/0"
                                 << "a:0/0,1"
                                 << ""
                                 << ""
                                 << "0>0" << 0 << 1 << 0;
    QTest::newRow("split into two") << "a:0,1/0"
                                    << "a:0/0;a:1/5"
                                    << ""
                                    << ""
                                    << "0>0,0>1" << 0 << 1 << 0;
    QTest::newRow("merged two") << "a:0/0;a:1/1"
                                << "c:0,1/0,1"
                                << ""
                                << ""
                                << "0>0,1>0" << 0 << 0 << 0;
    QTest::newRow("empty base") << ""
                                << "a:2/2"
                                << "0"
                                << ""
                                << "" << 0 << 2 << 0;
}

void TestRulePreview::diff()
{
    QFETCH(QString, base);
    QFETCH(QString, candidate);
    QFETCH(QString, newly);
    QFETCH(QString, lost);
    QFETCH(QString, changed);
    QFETCH(int, unchanged);
    QFETCH(int, gained);
    QFETCH(int, itemsLost);
    const MatchDiff d = diffResults(result(base), result(candidate));
    QCOMPARE(joined(d.newlyMatched), newly);
    QCOMPARE(joined(d.noLongerMatched), lost);
    QStringList ch;
    for (const GroupChange &c : d.changed)
        ch << QStringLiteral("%1>%2").arg(c.base).arg(c.candidate);
    QCOMPARE(ch.join(QLatin1Char(',')), changed);
    QCOMPARE(d.unchanged, unchanged);
    QCOMPARE(d.itemsGained, gained);
    QCOMPARE(d.itemsLost, itemsLost);
    QCOMPARE(d.isEmpty(), newly.isEmpty() && lost.isEmpty() && changed.isEmpty());
}

void TestRulePreview::dryRunsOnDemo()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.recon"));
    QVERIFY(test::makeDemoWorkspace(path, false).ok);
    auto ws = Workspace::open(path);
    const PreviewData data = loadOpenItems(*ws);
    QVERIFY(data.left.size() > 10);
    QVERIFY(data.right.size() > 10);

    match::RuleDocument doc = match::RuleDocument::fromDefault();
    const MatchResult base = previewMatch(data, *doc.check().ruleSet);
    QVERIFY(!base.groups.empty());
    const QList<RuleCount> counts = countsPerRule(base);
    QCOMPARE(counts.size(), doc.ruleCount());
    int items = 0;
    for (const RuleCount &c : counts)
        items += c.items;
    QVERIFY(items > 0);
    QVERIFY(diffResults(base, previewMatch(data, *doc.check().ruleSet)).isEmpty());

    // Disable the reference rules: the items they took are either lost or regrouped.
    doc.setEnabled(0, false);
    doc.setEnabled(1, false);
    const MatchResult fewer = previewMatch(data, *doc.check().ruleSet);
    const MatchDiff d = diffResults(base, fewer);
    QVERIFY(!d.isEmpty());
    QVERIFY(d.itemsLost > 0);
    // Every group of the reduced run is either unchanged, new or a changed one.
    int accounted = d.unchanged + int(d.newlyMatched.size());
    for (size_t g = 0; g < fewer.groups.size(); ++g)
        accounted += std::any_of(d.changed.begin(), d.changed.end(),
            [&](const GroupChange &c) { return c.candidate == int(g); });
    QCOMPARE(accounted, int(fewer.groups.size()));

    // A dry run writes nothing.
    QCOMPARE(ws->db().scalarInt("SELECT COUNT(*) FROM match_groups"), qint64(0));

    std::atomic<bool> cancel { true };
    QVERIFY(previewMatch(data, *doc.check().ruleSet, &cancel).cancelled);
}

void TestRulePreview::storedVersions()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.recon"));
    QVERIFY(test::makeDemoWorkspace(path, false).ok);
    auto ws = Workspace::open(path);
    QVERIFY(!currentRuleSet(*ws));

    match::RuleDocument doc = match::RuleDocument::fromDefault();
    QCOMPARE(nextFreeVersion(*ws, doc.name()), QStringLiteral("2"));
    const QByteArray json = doc.toJson();
    const RuleSetInfo v1 = saveRuleSetVersion(*ws, *doc.check().ruleSet, json);
    QCOMPARE(v1.version, QStringLiteral("1"));
    QCOMPARE(storedRuleSetJson(*ws, v1.id), json);
    QCOMPARE(saveRuleSetVersion(*ws, *doc.check().ruleSet, json).id, v1.id); // idempotent
    QCOMPARE(currentRuleSet(*ws)->id, v1.id);

    doc.setEnabled(7, false);
    QVERIFY_THROWS_EXCEPTION(
        WorkspaceError, saveRuleSetVersion(*ws, *doc.check().ruleSet, doc.toJson()));
    doc.setVersion(nextFreeVersion(*ws, doc.name()));
    QCOMPARE(doc.version(), QStringLiteral("2"));
    const RuleSetInfo v2 = saveRuleSetVersion(*ws, *doc.check().ruleSet, doc.toJson());
    QVERIFY(v2.id != v1.id);
    QCOMPARE(nextFreeVersion(*ws, doc.name()), QStringLiteral("3"));
    QCOMPARE(ws->ruleSets().size(), 2);
    QCOMPARE(currentRuleSet(*ws)->id, v2.id); // newest stored, no run yet

    // After a run with v1, v1 is current.
    const QByteArray j1 = storedRuleSetJson(*ws, v1.id);
    runMatch(*ws, *match::parseRuleSet(j1).ruleSet, j1, false);
    QCOMPARE(currentRuleSet(*ws)->id, v1.id);
    QVERIFY(storedRuleSetJson(*ws, QStringLiteral("not-an-id")).isEmpty());
}

QTEST_GUILESS_MAIN(TestRulePreview)
#include "tst_rule_preview.moc"
