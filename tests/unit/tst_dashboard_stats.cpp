// The dashboard's figures on the demo month, with numbers checked by hand against the data
// (sqlite3 queries over the demo workspace): matches per rule, open items by age and side,
// open amounts per day, and progress replayed from the audit log, including a manual
// resolution and its undo.
#include "core/store/dashboard_stats.h"
#include "core/store/resolution_service.h"
#include "core/store/workspace.h"
#include "support/demo_workspace.h"
#include "support/testsupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace recon;

class TestDashboardStats : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void ageBuckets_data();
    void ageBuckets();
    void emptyWorkspace();
    void importedOnly();
    void matchRateByRule();
    void openItemsByAge();
    void openAmountsPerDay();
    void progressFollowsResolutionsAndUndo();

private:
    QTemporaryDir m_dir;
    QString m_matched;
    QString m_unmatched;
    std::unique_ptr<Workspace> m_ws;
    int m_case = 0;
    std::unique_ptr<Workspace> copyOf(const QString &base);
};

void TestDashboardStats::initTestCase()
{
    qputenv("RECON_USER", "tester");
    m_matched = m_dir.filePath(QStringLiteral("matched.recon"));
    m_unmatched = m_dir.filePath(QStringLiteral("unmatched.recon"));
    QVERIFY(test::makeDemoWorkspace(m_matched, true).ok);
    QVERIFY(test::makeDemoWorkspace(m_unmatched, false).ok);
}

void TestDashboardStats::init()
{
    m_ws = copyOf(m_matched);
}

void TestDashboardStats::cleanup()
{
    m_ws.reset();
}

std::unique_ptr<Workspace> TestDashboardStats::copyOf(const QString &base)
{
    const QString path = m_dir.filePath(QStringLiteral("case%1.recon").arg(++m_case));
    if (!QFile::copy(base, path))
        return nullptr;
    return Workspace::open(path);
}

void TestDashboardStats::ageBuckets_data()
{
    QTest::addColumn<qint64>("age");
    QTest::addColumn<int>("bucket");
    QTest::newRow("future") << qint64(-3) << int(AgeBucket::Days0To7);
    QTest::newRow("same day") << qint64(0) << int(AgeBucket::Days0To7);
    QTest::newRow("7") << qint64(7) << int(AgeBucket::Days0To7);
    QTest::newRow("8") << qint64(8) << int(AgeBucket::Days8To30);
    QTest::newRow("30") << qint64(30) << int(AgeBucket::Days8To30);
    QTest::newRow("31") << qint64(31) << int(AgeBucket::Days31To60);
    QTest::newRow("60") << qint64(60) << int(AgeBucket::Days31To60);
    QTest::newRow("61") << qint64(61) << int(AgeBucket::Days61To90);
    QTest::newRow("90") << qint64(90) << int(AgeBucket::Days61To90);
    QTest::newRow("91") << qint64(91) << int(AgeBucket::Over90);
    QTest::newRow("years") << qint64(4000) << int(AgeBucket::Over90);
}

void TestDashboardStats::ageBuckets()
{
    QFETCH(qint64, age);
    QFETCH(int, bucket);
    QCOMPARE(int(ageBucketFor(age)), bucket);
}

void TestDashboardStats::emptyWorkspace()
{
    auto ws = Workspace::create(m_dir.filePath(QStringLiteral("empty.recon")));
    const DashboardStats s = dashboardStats(*ws);
    QCOMPARE(s.matchRate.totalItems, 0);
    QVERIFY(s.matchRate.rules.isEmpty());
    QCOMPARE(s.matchRate.matchedItems(), 0);
    QVERIFY(!s.openAge.asOf.isValid());
    QCOMPARE(s.openAge.total(), 0);
    QVERIFY(s.openPerDay.isEmpty());
    QVERIFY(s.progress.isEmpty());
    QVERIFY(!latestItemDate(*ws).isValid());
}

void TestDashboardStats::importedOnly()
{
    auto ws = copyOf(m_unmatched);
    QVERIFY(ws);
    const DashboardStats s = dashboardStats(*ws);
    QCOMPARE(s.matchRate.totalItems, qint64(408));
    QVERIFY(s.matchRate.rules.isEmpty());
    QCOMPARE(s.openAge.total(), qint64(408));
    QCOMPARE(s.progress.size(), 2); // two imports
    QCOMPARE(s.progress.at(0).action, QStringLiteral("import"));
    QCOMPARE(s.progress.at(0).totalItems, qint64(203));
    QCOMPARE(s.progress.at(1).totalItems, qint64(408));
    QCOMPARE(s.progress.at(1).matchedItems, 0);
    QVERIFY(s.progress.at(0).ts.isValid());
    QCOMPARE(s.progress.at(0).ts.timeSpec(), Qt::UTC);
}

void TestDashboardStats::matchRateByRule()
{
    const MatchRateStats m = recon::matchRateByRule(*m_ws);
    QCOMPARE(m.totalItems, qint64(408));
    QCOMPARE(m.rules.size(), 3);
    // Most items first: 198 exact 1:1 pairs, one batch of 1 + 3, one 1:1 with a difference.
    const RuleMatchStat &exact = m.rules.at(0);
    QCOMPARE(exact.rule, QStringLiteral("reference_exact_amount"));
    QCOMPARE(exact.groups, 198);
    QCOMPARE(exact.leftItems, 198);
    QCOMPARE(exact.rightItems, 198);
    QCOMPARE(exact.confirmedItems, 396);
    QCOMPARE(exact.proposedItems, 0);
    const RuleMatchStat &batch = m.rules.at(1);
    QCOMPARE(batch.rule, QStringLiteral("batch_by_references"));
    QCOMPARE(batch.groups, 1);
    QCOMPARE(batch.leftItems, 1);
    QCOMPARE(batch.rightItems, 3);
    QCOMPARE(batch.confirmedItems, 0);
    QCOMPARE(batch.proposedItems, 4);
    const RuleMatchStat &diff = m.rules.at(2);
    QCOMPARE(diff.rule, QStringLiteral("reference_amount_difference"));
    QCOMPARE(diff.groups, 1);
    QCOMPARE(diff.items(), 2);
    QCOMPARE(diff.proposedItems, 2);
    QCOMPARE(m.matchedItems(), 402);
    QCOMPARE(m.rate(exact), 396.0 / 408.0);
}

void TestDashboardStats::openItemsByAge()
{
    const QDate asOf = latestItemDate(*m_ws);
    QCOMPARE(asOf, QDate(2026, 10, 30));
    const OpenAgeStats a = recon::openItemsByAge(*m_ws, asOf);
    // Three open items per side, all booked on 29 or 30 October.
    QCOMPARE(a.asOf, asOf);
    QCOMPARE(a.left, (std::array<qint64, kAgeBucketCount> { 3, 0, 0, 0, 0 }));
    QCOMPARE(a.right, (std::array<qint64, kAgeBucketCount> { 3, 0, 0, 0, 0 }));
    QCOMPARE(a.undated, 0);
    QCOMPARE(a.total(), 6);
    // On 6 November the left items (30 Oct) are 7 days old, the right ones 7 and 8 (29 Oct).
    const OpenAgeStats week = recon::openItemsByAge(*m_ws, QDate(2026, 11, 6));
    QCOMPARE(week.left, (std::array<qint64, kAgeBucketCount> { 3, 0, 0, 0, 0 }));
    QCOMPARE(week.right, (std::array<qint64, kAgeBucketCount> { 1, 2, 0, 0, 0 }));
    // A later "as of" moves everything into older buckets.
    const OpenAgeStats later = recon::openItemsByAge(*m_ws, asOf.addDays(100));
    QCOMPARE(later.total(), a.total());
    QCOMPARE(later.left[4] + later.right[4], a.total() - a.undated);
}

void TestDashboardStats::openAmountsPerDay()
{
    const QList<OpenDayAmount> days = recon::openAmountsPerDay(*m_ws);
    QCOMPARE(days.size(), 3);
    QCOMPARE(days.at(0).date, QDate(2026, 10, 29));
    QCOMPARE(days.at(0).side, Side::Right);
    QCOMPARE(days.at(0).currency, QStringLiteral("EUR"));
    QCOMPARE(days.at(0).count, 2);
    QCOMPARE(days.at(0).sumMinor, -156840); // -1,250.00 and -318.40
    QCOMPARE(days.at(0).absMinor, 156840);
    QCOMPARE(days.at(1).date, QDate(2026, 10, 30));
    QCOMPARE(days.at(1).side, Side::Left);
    QCOMPARE(days.at(1).count, 3);
    QCOMPARE(days.at(1).sumMinor, -1083); // -12.50, -3.20, +4.87
    QCOMPARE(days.at(1).absMinor, 2057);
    QCOMPARE(days.at(2).date, QDate(2026, 10, 30));
    QCOMPARE(days.at(2).side, Side::Right);
    QCOMPARE(days.at(2).count, 1);
    QCOMPARE(days.at(2).sumMinor, 560000);
}

void TestDashboardStats::progressFollowsResolutionsAndUndo()
{
    QList<ProgressPoint> p = progressOverTime(*m_ws);
    QCOMPARE(p.size(), 3);
    QCOMPARE(p.at(2).action, QStringLiteral("match.run"));
    const qint64 matchedNow
        = m_ws->db().scalarInt("SELECT COUNT(*) FROM transactions WHERE status IN (1, 2, 4)");
    QCOMPARE(p.at(2).matchedItems, matchedNow);
    QCOMPARE(p.at(2).totalItems, qint64(408));

    ResolutionService svc(*m_ws);
    const QList<GroupInfo> proposed = svc.groups(Status::Proposed);
    QVERIFY(!proposed.isEmpty());
    const GroupInfo g = proposed.first();
    const qint64 members = g.left.size() + g.right.size();
    auto rejected = svc.rejectGroups({ g.id });
    QVERIFY2(rejected.ok(), qPrintable(rejected.errorMessage()));
    p = progressOverTime(*m_ws);
    QCOMPARE(p.size(), 4);
    QCOMPARE(p.last().action, QStringLiteral("resolve.reject"));
    QCOMPARE(p.last().matchedItems, matchedNow - members);
    QCOMPARE(p.last().openItems(), qint64(408) - matchedNow + members);
    // Comments and reason codes are not progress.
    QVERIFY(svc.addComment(g.left.first(), QStringLiteral("checked")).ok());
    QCOMPARE(progressOverTime(*m_ws).size(), 4);

    auto undone = svc.revert(rejected->change);
    QVERIFY2(undone.ok(), qPrintable(undone.errorMessage()));
    p = progressOverTime(*m_ws);
    QCOMPARE(p.size(), 5);
    QCOMPARE(p.last().action, QStringLiteral("resolve.reject.undo"));
    QCOMPARE(p.last().matchedItems, matchedNow);
    auto redone = svc.reapply(undone.value());
    QVERIFY2(redone.ok(), qPrintable(redone.errorMessage()));
    p = progressOverTime(*m_ws);
    QCOMPARE(p.last().matchedItems, matchedNow - members);

    // A manual match of the first open pair adds both items.
    const qint64 before = p.last().matchedItems;
    QCOMPARE(before,
        m_ws->db().scalarInt("SELECT COUNT(*) FROM transactions WHERE status IN (1, 2, 4)"));
    QVERIFY(
        svc.manualMatch({ { g.left.first() }, { g.right.first() }, QStringLiteral("unknown"), {} })
            .ok());
    p = progressOverTime(*m_ws);
    QCOMPARE(p.last().action, QStringLiteral("resolve.match"));
    QCOMPARE(p.last().matchedItems, before + 2);
    QCOMPARE(p.last().matchedItems,
        m_ws->db().scalarInt("SELECT COUNT(*) FROM transactions WHERE status IN (1, 2, 4)"));
}

QTEST_GUILESS_MAIN(TestDashboardStats)
#include "tst_dashboard_stats.moc"
