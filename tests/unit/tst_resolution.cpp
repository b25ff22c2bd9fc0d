// Resolving items by hand on the matched demo month: every operation changes the rows, appends
// one audit entry and outbox rows in the same transaction; revert() restores the workspace
// exactly (with a reversing audit entry) and reapply() redoes it; refusals write nothing.
#include "core/store/import_service.h"
#include "core/store/match_service.h"
#include "core/store/resolution_service.h"
#include "support/demo_workspace.h"
#include "support/testsupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace recon;

namespace {

QList<QUuid> idsWhere(Workspace &ws, Side side, Status status)
{
    QList<QUuid> out;
    for (const Transaction &t : ws.transactions(side, status))
        out.append(t.id);
    return out;
}

Status statusOf(Workspace &ws, const QUuid &id)
{
    auto q = ws.db().prepare("SELECT status FROM transactions WHERE uuid = ?");
    q.bindBlob(1, uuidBytes(id));
    return q.step() ? static_cast<Status>(q.intAt(0)) : Status::Open;
}

// Everything a resolution may touch (but the inactive manual groups kept for history), as text, to
// compare before/after exactly.
QString dumpState(Workspace &ws)
{
    QString out;
    auto add = [&](const char *sql) {
        auto q = ws.db().prepare(sql);
        while (q.step())
            out += q.textAt(0) + QLatin1Char('\n');
    };
    add("SELECT id || ':' || status FROM transactions ORDER BY id");
    add("SELECT hex(id) || ':' || active || ':' || status || ':' || IFNULL(confirmed_at, '') || "
        "':' || IFNULL(confirmed_by, '') || ':' || IFNULL(reason_code, '') FROM match_groups "
        "WHERE rule <> 'manual' ORDER BY id");
    add("SELECT tx_id || ':' || IFNULL(reason_code, '') || ':' || investigated || ':' || "
        "updated_at FROM exceptions ORDER BY tx_id");
    add("SELECT hex(id) || ':' || body FROM comments ORDER BY id");
    return out;
}

qint64 count(Workspace &ws, const char *sql)
{
    return ws.db().scalarInt(sql);
}

} // namespace

class TestResolution : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void manualMatchWithDifferenceNeedsReason();
    void manualMatchExactSumConfirms();
    void refusals_data();
    void refusals();
    void failureInsideTransactionWritesNothing();
    void confirmGroupsInBulk();
    void rejectGroupsReopensItems();
    void unmatchKeepsHistory();
    void reasonCodeAndInvestigated();
    void comments();
    void revertRefusedWhenStateMoved();
    void readOnlyRefused();

private:
    QTemporaryDir m_dir;
    QString m_base;
    QString m_path;
    std::unique_ptr<Workspace> m_ws;
    int m_case = 0;
};

void TestResolution::initTestCase()
{
    qputenv("RECON_USER", "tester");
    m_base = m_dir.filePath(QStringLiteral("base.recon"));
    QVERIFY(test::makeDemoWorkspace(m_base, true).ok);
}

void TestResolution::init()
{
    m_path = m_dir.filePath(QStringLiteral("case%1.recon").arg(++m_case));
    QVERIFY(QFile::copy(m_base, m_path));
    m_ws = Workspace::open(m_path);
}

void TestResolution::cleanup()
{
    m_ws.reset();
}

void TestResolution::manualMatchWithDifferenceNeedsReason()
{
    Workspace &ws = *m_ws;
    ResolutionService svc(ws);
    const QList<QUuid> left = idsWhere(ws, Side::Left, Status::Open);
    const QList<QUuid> right = idsWhere(ws, Side::Right, Status::Open);
    QCOMPARE(left.size(), 3);
    QCOMPARE(right.size(), 3);
    const QString before = dumpState(ws);
    const auto head = ws.audit().head();
    const qint64 outbox = count(ws, "SELECT COUNT(*) FROM outbox");

    ManualMatchRequest req { { left.at(0) }, { right.at(0) }, {}, QStringLiteral("fee vs cheque") };
    auto refused = svc.manualMatch(req);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.errorMessage().contains(QStringLiteral("reason code")),
        qPrintable(refused.errorMessage()));
    QCOMPARE(dumpState(ws), before);
    QCOMPARE(ws.audit().head().hash, head.hash);

    req.reasonCode = QStringLiteral("write_off");
    auto done = svc.manualMatch(req);
    QVERIFY2(done.ok(), qPrintable(done.errorMessage()));
    QCOMPARE(done->status, Status::Resolved);
    QVERIFY(!done->difference.isZero());
    QCOMPARE(statusOf(ws, left.at(0)), Status::Resolved);
    QCOMPARE(statusOf(ws, right.at(0)), Status::Resolved);
    QCOMPARE(svc.groupOf(left.at(0)), done->groupId);
    auto g = ws.db().prepare("SELECT rule, status, difference_minor, reason_code, active, "
                             "confirmed_by FROM match_groups WHERE id = ?");
    g.bindBlob(1, uuidBytes(done->groupId));
    QVERIFY(g.step());
    QCOMPARE(g.textAt(0), QStringLiteral("manual"));
    QCOMPARE(g.intAt(1), 4);
    QCOMPARE(g.intAt(2), done->difference.minor());
    QCOMPARE(g.textAt(3), QStringLiteral("write_off"));
    QCOMPARE(g.intAt(4), 1);
    QCOMPARE(g.textAt(5), QStringLiteral("tester"));
    QCOMPARE(count(ws, "SELECT COUNT(*) FROM comments"), 1);
    // One group, two items, one comment in the outbox; one audit entry.
    QCOMPARE(count(ws, "SELECT COUNT(*) FROM outbox"), outbox + 4);
    QCOMPARE(ws.audit().head().lastSeq, head.lastSeq + 1);
    QCOMPARE(ws.audit().entries(head.lastSeq + 1).first().action, QStringLiteral("resolve.match"));

    auto undone = svc.revert(done->change);
    QVERIFY2(undone.ok(), qPrintable(undone.errorMessage()));
    QCOMPARE(statusOf(ws, left.at(0)), Status::Open);
    QVERIFY(svc.groupOf(left.at(0)).isNull());
    // The group stays, inactive, for history; everything else is as before.
    QCOMPARE(
        count(ws, "SELECT COUNT(*) FROM match_groups WHERE rule = 'manual' AND active = 0"), 1);
    QCOMPARE(count(ws, "SELECT COUNT(*) FROM comments"), 0);
    QCOMPARE(ws.audit().head().lastSeq, head.lastSeq + 2);
    QCOMPARE(
        ws.audit().entries(head.lastSeq + 2).first().action, QStringLiteral("resolve.match.undo"));

    auto redone = svc.reapply(undone.value());
    QVERIFY2(redone.ok(), qPrintable(redone.errorMessage()));
    QCOMPARE(statusOf(ws, right.at(0)), Status::Resolved);
    QCOMPARE(svc.groupOf(right.at(0)), done->groupId);
    QCOMPARE(count(ws, "SELECT COUNT(*) FROM comments"), 1);
    QVERIFY(svc.revert(redone.value()).ok());
    QCOMPARE(dumpState(ws), before); // manual groups stay, inactive, outside this dump
    QCOMPARE(ws.audit().head().lastSeq, head.lastSeq + 4);
    QVERIFY(ws.audit().verify().ok);
}

void TestResolution::manualMatchExactSumConfirms()
{
    Workspace &ws = *m_ws;
    ResolutionService svc(ws);
    // Un-match the engine's first confirmed group and match its items again by hand.
    const QList<GroupInfo> confirmed = svc.groups(Status::Confirmed);
    QVERIFY(!confirmed.isEmpty());
    const GroupInfo g = confirmed.first();
    QVERIFY(svc.unmatch(g.id).ok());
    for (const QUuid &id : g.left + g.right)
        QCOMPARE(statusOf(ws, id), Status::Open);
    auto done = svc.manualMatch({ g.left, g.right, {}, {} });
    QVERIFY2(done.ok(), qPrintable(done.errorMessage()));
    QVERIFY(done->difference.isZero());
    QCOMPARE(done->status, Status::Confirmed);
    for (const QUuid &id : g.left + g.right)
        QCOMPARE(statusOf(ws, id), Status::Confirmed);
    QCOMPARE(count(ws, "SELECT COUNT(*) FROM comments"), 0);
    QVERIFY(ws.audit().verify().ok);
}

void TestResolution::refusals_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("message");
    QTest::newRow("nothing on the right") << "one-sided"
                                          << "each side";
    QTest::newRow("left item on the right") << "wrong-side"
                                            << "not on the right side";
    QTest::newRow("already matched") << "matched"
                                     << "un-match it first";
    QTest::newRow("unknown reason") << "bad-reason"
                                    << "Unknown reason code";
    QTest::newRow("mixed currencies") << "currencies"
                                      << "different currencies";
    QTest::newRow("unknown id") << "unknown"
                                << "No item";
    QTest::newRow("twice") << "twice"
                           << "twice";
    QTest::newRow("confirm a confirmed group") << "confirm-confirmed"
                                               << "not proposed";
    QTest::newRow("empty comment") << "empty-comment"
                                   << "empty";
    QTest::newRow("reason code on matched item") << "reason-matched"
                                                 << "un-match it first";
}

void TestResolution::refusals()
{
    QFETCH(QString, kind);
    QFETCH(QString, message);
    Workspace &ws = *m_ws;
    ResolutionService svc(ws);
    const QList<QUuid> left = idsWhere(ws, Side::Left, Status::Open);
    const QList<QUuid> right = idsWhere(ws, Side::Right, Status::Open);
    const QList<QUuid> confirmedLeft = idsWhere(ws, Side::Left, Status::Confirmed);
    if (kind == QLatin1String("currencies")) {
        auto q = ws.db().prepare("UPDATE transactions SET currency = 'USD' WHERE uuid = ?");
        q.bindBlob(1, uuidBytes(right.at(0)));
        q.run();
    }
    const QString before = dumpState(ws);
    const auto head = ws.audit().head();
    const qint64 outbox = count(ws, "SELECT COUNT(*) FROM outbox");
    QString error;
    if (kind == QLatin1String("one-sided"))
        error = svc.manualMatch({ { left.at(0) }, {}, QStringLiteral("bank_fee"), {} })
                    .errorMessage();
    else if (kind == QLatin1String("wrong-side"))
        error = svc.manualMatch({ { left.at(0) }, { left.at(1) }, QStringLiteral("bank_fee"), {} })
                    .errorMessage();
    else if (kind == QLatin1String("matched"))
        error = svc.manualMatch(
                       { { confirmedLeft.at(0) }, { right.at(0) }, QStringLiteral("bank_fee"), {} })
                    .errorMessage();
    else if (kind == QLatin1String("bad-reason"))
        error = svc.manualMatch({ { left.at(0) }, { right.at(0) }, QStringLiteral("lunch"), {} })
                    .errorMessage();
    else if (kind == QLatin1String("currencies"))
        error = svc.manualMatch({ { left.at(0) }, { right.at(0) }, QStringLiteral("bank_fee"), {} })
                    .errorMessage();
    else if (kind == QLatin1String("unknown"))
        error = svc.manualMatch({ { left.at(0) }, { QUuid::createUuid() }, {}, {} }).errorMessage();
    else if (kind == QLatin1String("twice"))
        error = svc.setReasonCode({ left.at(0), left.at(0) }, QStringLiteral("bank_fee"))
                    .errorMessage();
    else if (kind == QLatin1String("confirm-confirmed"))
        error = svc.confirmGroups({ svc.groups(Status::Confirmed).first().id }).errorMessage();
    else if (kind == QLatin1String("empty-comment"))
        error = svc.addComment(left.at(0), QStringLiteral("   ")).errorMessage();
    else if (kind == QLatin1String("reason-matched"))
        error = svc.setReasonCode({ left.at(0), confirmedLeft.at(0) }, QStringLiteral("timing"))
                    .errorMessage();
    QVERIFY2(error.contains(message, Qt::CaseInsensitive), qPrintable(error));
    QCOMPARE(dumpState(ws), before);
    QCOMPARE(ws.audit().head().hash, head.hash);
    QCOMPARE(count(ws, "SELECT COUNT(*) FROM outbox"), outbox);
    QCOMPARE(count(ws, "SELECT COUNT(*) FROM match_groups WHERE rule = 'manual'"), 0);
}

void TestResolution::failureInsideTransactionWritesNothing()
{
    Workspace &ws = *m_ws;
    ResolutionService svc(ws);
    const QList<QUuid> left = idsWhere(ws, Side::Left, Status::Open);
    const QList<QUuid> right = idsWhere(ws, Side::Right, Status::Open);
    const QString before = dumpState(ws);
    const auto head = ws.audit().head();
    // The outbox insert, the last write of an operation, fails: group, members, statuses and
    // the audit entry written before it must roll back with it.
    ws.db().exec("CREATE TEMP TRIGGER outbox_fails BEFORE INSERT ON outbox "
                 "BEGIN SELECT RAISE(ABORT, 'disk on fire'); END");
    auto r = svc.manualMatch({ { left.at(0) }, { right.at(0) }, QStringLiteral("timing"), {} });
    QVERIFY(!r.ok());
    QVERIFY2(
        r.errorMessage().contains(QStringLiteral("disk on fire")), qPrintable(r.errorMessage()));
    QCOMPARE(dumpState(ws), before);
    QCOMPARE(ws.audit().head().hash, head.hash);
    QCOMPARE(count(ws, "SELECT COUNT(*) FROM match_groups WHERE rule = 'manual'"), 0);
    QCOMPARE(count(ws,
                 "SELECT COUNT(*) FROM match_members m LEFT JOIN match_groups g ON "
                 "g.id = m.group_id WHERE g.rule = 'manual'"),
        0);
    QVERIFY(!svc.confirmGroups({ svc.groups(Status::Proposed).first().id }).ok());
    QCOMPARE(dumpState(ws), before);
    ws.db().exec("DROP TRIGGER outbox_fails");
    QVERIFY(
        svc.manualMatch({ { left.at(0) }, { right.at(0) }, QStringLiteral("timing"), {} }).ok());
    QVERIFY(ws.audit().verify().ok);
}

void TestResolution::confirmGroupsInBulk()
{
    Workspace &ws = *m_ws;
    ResolutionService svc(ws);
    QList<QUuid> ids;
    for (const GroupInfo &g : svc.groups(Status::Proposed))
        ids.append(g.id);
    QVERIFY(ids.size() >= 1);
    const qint64 proposedItems = count(ws, "SELECT COUNT(*) FROM transactions WHERE status = 1");
    QVERIFY(proposedItems >= 2);
    const QString before = dumpState(ws);
    const qint64 outbox = count(ws, "SELECT COUNT(*) FROM outbox");
    auto done = svc.confirmGroups(ids);
    QVERIFY2(done.ok(), qPrintable(done.errorMessage()));
    QCOMPARE(done->items, proposedItems);
    QCOMPARE(count(ws, "SELECT COUNT(*) FROM transactions WHERE status = 1"), 0);
    QCOMPARE(count(ws, "SELECT COUNT(*) FROM match_groups WHERE status = 1"), 0);
    QCOMPARE(
        count(ws, "SELECT COUNT(*) FROM match_groups WHERE confirmed_by = 'tester'"), ids.size());
    QCOMPARE(count(ws, "SELECT COUNT(*) FROM outbox"), outbox + ids.size() + proposedItems);
    QVERIFY(svc.revert(done->change).ok());
    QCOMPARE(dumpState(ws), before);
    QVERIFY(ws.audit().verify().ok);
}

void TestResolution::rejectGroupsReopensItems()
{
    Workspace &ws = *m_ws;
    ResolutionService svc(ws);
    const GroupInfo g = svc.groups(Status::Proposed).first();
    const QString before = dumpState(ws);
    auto done = svc.rejectGroups({ g.id });
    QVERIFY2(done.ok(), qPrintable(done.errorMessage()));
    for (const QUuid &id : g.left + g.right)
        QCOMPARE(statusOf(ws, id), Status::Open);
    QVERIFY(svc.groupOf(g.left.first()).isNull());
    auto undone = svc.revert(done->change);
    QVERIFY(undone.ok());
    QCOMPARE(dumpState(ws), before);
    QVERIFY(svc.reapply(undone.value()).ok());
    QCOMPARE(statusOf(ws, g.right.first()), Status::Open);
    QVERIFY(ws.audit().verify().ok);
}

void TestResolution::unmatchKeepsHistory()
{
    Workspace &ws = *m_ws;
    ResolutionService svc(ws);
    const GroupInfo g = svc.groups(Status::Confirmed).first();
    const QString before = dumpState(ws);
    const qint64 groups = count(ws, "SELECT COUNT(*) FROM match_groups");
    auto done = svc.unmatch(g.id);
    QVERIFY(done.ok());
    QCOMPARE(count(ws, "SELECT COUNT(*) FROM match_groups"), groups);
    QCOMPARE(count(ws, "SELECT COUNT(*) FROM match_groups WHERE active = 0"), 1);
    QVERIFY(!svc.unmatch(g.id).ok()); // no longer active
    QVERIFY(svc.revert(done->change).ok());
    QCOMPARE(dumpState(ws), before);
    QCOMPARE(svc.groupOf(g.left.first()), g.id);
    const auto entries = ws.audit().entries();
    QCOMPARE(entries.last().action, QStringLiteral("resolve.unmatch.undo"));
    QCOMPARE(entries.last().payload.value(QStringLiteral("reverses_seq")).toInteger(),
        done->change.auditSeq);
    QVERIFY(ws.audit().verify().ok);
}

void TestResolution::reasonCodeAndInvestigated()
{
    Workspace &ws = *m_ws;
    ResolutionService svc(ws);
    const QList<QUuid> left = idsWhere(ws, Side::Left, Status::Open);
    const QString before = dumpState(ws);
    auto reason = svc.setReasonCode(left.mid(0, 2), QStringLiteral("bank_fee"));
    QVERIFY2(reason.ok(), qPrintable(reason.errorMessage()));
    QCOMPARE(statusOf(ws, left.at(0)), Status::Exception);
    QCOMPARE(count(ws, "SELECT COUNT(*) FROM exceptions WHERE reason_code = 'bank_fee'"), 2);
    auto inv = svc.markInvestigated({ left.at(0) });
    QVERIFY(inv.ok());
    QCOMPARE(count(ws,
                 "SELECT COUNT(*) FROM exceptions WHERE investigated = 1 AND reason_code = "
                 "'bank_fee'"),
        1);
    QVERIFY(svc.revert(inv->change).ok());
    QCOMPARE(count(ws, "SELECT COUNT(*) FROM exceptions WHERE investigated = 1"), 0);
    QVERIFY(svc.revert(reason->change).ok());
    QCOMPARE(dumpState(ws), before);
    QCOMPARE(count(ws, "SELECT COUNT(*) FROM exceptions"), 0);
    QVERIFY(ws.audit().verify().ok);
}

void TestResolution::comments()
{
    Workspace &ws = *m_ws;
    ResolutionService svc(ws);
    const QUuid item = idsWhere(ws, Side::Right, Status::Open).first();
    const QUuid group = svc.groups().first().id;
    auto onItem = svc.addComment(item, QStringLiteral("  asked the branch  "));
    auto onGroup = svc.addComment(group, QStringLiteral("checked with AR"));
    QVERIFY(onItem.ok());
    QVERIFY(onGroup.ok());
    QCOMPARE(ws.db().scalarText("SELECT body FROM comments WHERE tx_id IS NOT NULL"),
        QStringLiteral("asked the branch"));
    QCOMPARE(count(ws, "SELECT COUNT(*) FROM comments WHERE group_id IS NOT NULL"), 1);
    QCOMPARE(count(ws, "SELECT COUNT(*) FROM outbox WHERE entity = 'comment'"), 2);
    QVERIFY(!svc.addComment(QUuid::createUuid(), QStringLiteral("x")).ok());
    QVERIFY(svc.revert(onGroup->change).ok());
    QCOMPARE(count(ws, "SELECT COUNT(*) FROM comments"), 1);
    QVERIFY(svc.reapply(onGroup->change).ok());
    QCOMPARE(count(ws, "SELECT COUNT(*) FROM comments"), 2);
    QVERIFY(ws.audit().verify().ok);
}

void TestResolution::revertRefusedWhenStateMoved()
{
    Workspace &ws = *m_ws;
    ResolutionService svc(ws);
    const QList<QUuid> left = idsWhere(ws, Side::Left, Status::Open);
    const QList<QUuid> right = idsWhere(ws, Side::Right, Status::Open);
    auto done = svc.manualMatch({ { left.at(0) }, { right.at(0) }, QStringLiteral("timing"), {} });
    QVERIFY(done.ok());
    QVERIFY(svc.unmatch(done->groupId).ok());
    const auto head = ws.audit().head();
    auto r = svc.revert(done->change);
    QVERIFY(!r.ok());
    QVERIFY(r.errorMessage().contains(QStringLiteral("changed since")));
    QCOMPARE(ws.audit().head().hash, head.hash);
}

void TestResolution::readOnlyRefused()
{
    m_ws.reset();
    auto ro = Workspace::open(m_path, true);
    ResolutionService svc(*ro);
    const QUuid item = idsWhere(*ro, Side::Left, Status::Open).first();
    auto r = svc.setReasonCode({ item }, QStringLiteral("bank_fee"));
    QVERIFY(!r.ok());
    QVERIFY(r.errorMessage().contains(QStringLiteral("read-only")));
}

QTEST_GUILESS_MAIN(TestResolution)
#include "tst_resolution.moc"
