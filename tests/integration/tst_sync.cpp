// recon sync through real parts: PostgreSQL, recon-server over TLS (self-signed certificate
// trusted with --ca) and the recon binary on two copies of the demo workspace, used by two
// analysts. Covers push/pull between them, replay after a lost answer, conflicts and each
// resolution, membership, refused certificates and credentials.
#include "core/store/resolution_service.h"
#include "core/store/workspace.h"
#include "core/sync/conflicts.h"
#include "core/sync/sync_client.h"
#include "core/sync/sync_store.h"
#include "integration/sync_harness.h"
#include "support/demo_workspace.h"

#include <QJsonDocument>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace recon;

namespace {

QJsonObject summary(const test::ProcessResult &r)
{
    return QJsonDocument::fromJson(r.out).object();
}

int count(Workspace &ws, const char *sql)
{
    return int(ws.db().scalarInt(sql));
}

// An item a reason code or mark may be given to (open or exception), by row order.
QUuid openItem(Workspace &ws, Side side, int skip = 0)
{
    QList<QUuid> ids;
    for (const Transaction &t : ws.transactions(side))
        if (t.status == Status::Open || t.status == Status::Exception)
            ids.append(t.id);
    return ids.size() > skip ? ids.at(skip) : QUuid();
}

QString reasonOf(Workspace &ws, const QUuid &tx)
{
    auto q = ws.db().prepare("SELECT e.reason_code FROM exceptions e JOIN transactions t ON t.id "
                             "= e.tx_id WHERE t.uuid = ?");
    q.bindBlob(1, uuidBytes(tx));
    return q.step() ? q.textAt(0) : QString();
}

} // namespace

class TestSync : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void backoffIsBoundedWithJitter();
    void pushAndPullBetweenTwoAnalysts();
    void replayAfterLostAnswerIsANoOp();
    void conflictTakeTheirs();
    void conflictKeepMine();
    void conflictMergeComment();
    void nonMemberRefused();
    void certificatesVerified();
    void credentialsRefused();
    void bodyLimitEnforcedWhileStreaming_data();
    void bodyLimitEnforcedWhileStreaming();

private:
    QString m_a; // alice's workspace
    QString m_b; // bob's copy of the same workspace
    QTemporaryDir m_dir;
    test::SyncHarness m_h;
};

void TestSync::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(m_h.start(&error), qPrintable(error));
    QVERIFY(m_h.addUser(QStringLiteral("alice"), QStringLiteral("analyst")));
    QVERIFY(m_h.addUser(QStringLiteral("bob"), QStringLiteral("analyst")));
    QVERIFY(m_h.addUser(QStringLiteral("eve"), QStringLiteral("analyst")));
    QVERIFY(m_h.addUser(QStringLiteral("gone"), QStringLiteral("analyst")));
    m_a = m_dir.filePath(QStringLiteral("alice.recon"));
    m_b = m_dir.filePath(QStringLiteral("bob.recon"));
    QVERIFY(test::makeDemoWorkspace(m_a, true).ok);
    QVERIFY(QFile::copy(m_a, m_b)); // the team's shared workspace, one copy per analyst
}

void TestSync::cleanupTestCase()
{
    m_h.stop();
}

void TestSync::backoffIsBoundedWithJitter()
{
    for (int attempt = 1; attempt <= 12; ++attempt) {
        const int cap = qMin(5000, 200 << (attempt - 1));
        for (int i = 0; i < 20; ++i) {
            const int ms = sync::SyncClient::backoffMs(attempt, 200, 5000);
            QVERIFY2(ms >= cap / 2 && ms <= cap, qPrintable(QString::number(ms)));
        }
    }
}

void TestSync::pushAndPullBetweenTwoAnalysts()
{
    QUuid group, item, commented;
    int outbox = 0;
    {
        auto ws = Workspace::open(m_a);
        ResolutionService svc(*ws, QStringLiteral("alice"));
        const auto proposed = svc.groups(Status::Proposed);
        QVERIFY(!proposed.isEmpty());
        group = proposed.first().id;
        QVERIFY(svc.confirmGroups({ group }).ok());
        item = openItem(*ws, Side::Left);
        QVERIFY(svc.setReasonCode({ item }, QStringLiteral("bank_fee")).ok());
        commented = openItem(*ws, Side::Right);
        QVERIFY(svc.addComment(commented, QStringLiteral("asked the customer")).ok());
        // A manual match: bob's copy has no such group yet, so pull must create it.
        const QUuid l = openItem(*ws, Side::Left), r = openItem(*ws, Side::Right, 1);
        QVERIFY(
            svc.manualMatch({ { l }, { r }, QStringLiteral("timing"), QStringLiteral("x") }).ok());
        outbox = count(*ws, "SELECT COUNT(*) FROM outbox");
        QVERIFY(outbox > 5);
    }
    auto r = m_h.sync(m_a, QStringLiteral("alice"));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(summary(r).value(QStringLiteral("pushed")).toInt(), outbox);
    QCOMPARE(summary(r).value(QStringLiteral("waiting")).toInt(), 0);
    QCOMPARE(m_h.sqlInt(QStringLiteral("SELECT count(*) FROM changes")), outbox);

    // bob is not a member yet: refused, nothing applied.
    r = m_h.sync(m_b, QStringLiteral("bob"));
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("not a member"), r.err.constData());
    bool ok = false;
    m_h.pg.psql(QStringLiteral("INSERT INTO workspace_members (workspace_id, user_id) SELECT "
                               "w.id, u.id FROM workspaces w, users u WHERE u.name = 'bob'"),
        &ok);
    QVERIFY(ok);

    r = m_h.sync(m_b, QStringLiteral("bob"));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(summary(r).value(QStringLiteral("pushed")).toInt(), 0);
    QCOMPARE(summary(r).value(QStringLiteral("skipped")).toInt(), 0);
    // Both workspaces now agree on every resolution.
    {
        auto a = Workspace::open(m_a);
        auto b = Workspace::open(m_b);
        QCOMPARE(summary(r).value(QStringLiteral("pulled")).toInt(), outbox);
        QCOMPARE(reasonOf(*b, item), QStringLiteral("bank_fee"));
        for (const char *sql : { "SELECT COUNT(*) FROM match_groups WHERE active = 1",
                 "SELECT COUNT(*) FROM match_groups WHERE status = 2",
                 "SELECT COUNT(*) FROM match_members", "SELECT COUNT(*) FROM comments",
                 "SELECT COUNT(*) FROM transactions WHERE status = 0",
                 "SELECT COUNT(*) FROM exceptions" })
            QVERIFY2(count(*a, sql) == count(*b, sql), sql);
        QCOMPARE(
            b->db().scalarText("SELECT body FROM comments"), QStringLiteral("asked the customer"));
        // Audited, and pulling wrote nothing to bob's outbox.
        QCOMPARE(count(*b, "SELECT COUNT(*) FROM audit_log WHERE action = 'sync.apply'"), outbox);
        QCOMPARE(count(*b, "SELECT COUNT(*) FROM outbox"), 0);
        QVERIFY(b->audit().verify().ok);
    }
    // Nothing new either way.
    r = m_h.sync(m_a, QStringLiteral("alice"));
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(summary(r).value(QStringLiteral("pushed")).toInt(), 0);
    QCOMPARE(summary(r).value(QStringLiteral("pulled")).toInt(), 0);
}

void TestSync::replayAfterLostAnswerIsANoOp()
{
    const int before = m_h.sqlInt(QStringLiteral("SELECT count(*) FROM changes"));
    {
        auto ws = Workspace::open(m_a);
        ResolutionService svc(*ws, QStringLiteral("alice"));
        QVERIFY(svc.markInvestigated({ openItem(*ws, Side::Left) }).ok());
    }
    auto r = m_h.sync(m_a, QStringLiteral("alice"));
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(summary(r).value(QStringLiteral("pushed")).toInt(), 1);
    // The answer "was lost": the workspace never recorded it.
    {
        auto ws = Workspace::open(m_a);
        ws->db().exec("UPDATE outbox SET pushed_at = NULL, outcome = NULL WHERE seq = (SELECT "
                      "MAX(seq) FROM outbox)");
        ws->db().exec("DELETE FROM sync_versions WHERE version = 1 AND entity_id = (SELECT "
                      "entity_id FROM outbox WHERE seq = (SELECT MAX(seq) FROM outbox))");
    }
    r = m_h.sync(m_a, QStringLiteral("alice"));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(summary(r).value(QStringLiteral("pushed")).toInt(), 0);
    QCOMPARE(summary(r).value(QStringLiteral("replayed")).toInt(), 1);
    QCOMPARE(m_h.sqlInt(QStringLiteral("SELECT count(*) FROM changes")), before + 1);
    auto ws = Workspace::open(m_a);
    QCOMPARE(sync::SyncStore(*ws).waitingCount(), 0);
    QCOMPARE(m_h.sync(m_b, QStringLiteral("bob")).exitCode, 0); // bob catches up
}

// Both analysts give the same open item a reason code; bob pushes second.
static QUuid conflictOnReason(test::SyncHarness &h, const QString &a, const QString &b, int skip)
{
    QUuid item;
    {
        auto ws = Workspace::open(a);
        item = openItem(*ws, Side::Right, skip);
        ResolutionService(*ws, QStringLiteral("alice"))
            .setReasonCode({ item }, QStringLiteral("write_off"));
    }
    {
        auto ws = Workspace::open(b);
        ResolutionService(*ws, QStringLiteral("bob"))
            .setReasonCode({ item }, QStringLiteral("duplicate"));
    }
    if (h.sync(a, QStringLiteral("alice")).exitCode != 0)
        return {};
    return item;
}

void TestSync::conflictTakeTheirs()
{
    const QUuid item = conflictOnReason(m_h, m_a, m_b, 0);
    QVERIFY(!item.isNull());
    auto r = m_h.sync(m_b, QStringLiteral("bob"));
    QCOMPARE(r.exitCode, 1); // conflicts remain
    QCOMPARE(summary(r).value(QStringLiteral("conflicts")).toInt(), 1);
    auto ws = Workspace::open(m_b);
    sync::SyncStore store(*ws);
    const auto open = store.conflicts();
    QCOMPARE(open.size(), 1);
    const auto &c = open.first();
    QCOMPARE(c.entity, QStringLiteral("transaction"));
    QCOMPARE(c.mine.value(QStringLiteral("reason_code")).toString(), QStringLiteral("duplicate"));
    QCOMPARE(c.theirs.value(QStringLiteral("reason_code")).toString(), QStringLiteral("write_off"));
    QCOMPARE(c.theirAuthor, QStringLiteral("alice"));
    QCOMPARE(reasonOf(*ws, item), QStringLiteral("duplicate")); // mine stays until resolved

    sync::ConflictResolver resolver(*ws, QStringLiteral("bob"));
    QVERIFY(resolver.takeTheirs(c.id).ok);
    QVERIFY(!resolver.takeTheirs(c.id).ok); // once
    QCOMPARE(reasonOf(*ws, item), QStringLiteral("write_off"));
    QCOMPARE(store.openConflictCount(), 0);
    QCOMPARE(store.waitingCount(), 0);
    QCOMPARE(count(*ws, "SELECT COUNT(*) FROM audit_log WHERE action = 'sync.take_theirs'"), 1);
    ws.reset();
    const int onServer = m_h.sqlInt(QStringLiteral("SELECT count(*) FROM changes"));
    r = m_h.sync(m_b, QStringLiteral("bob"));
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(summary(r).value(QStringLiteral("pushed")).toInt(), 0);
    QCOMPARE(m_h.sqlInt(QStringLiteral("SELECT count(*) FROM changes")), onServer);
}

void TestSync::conflictKeepMine()
{
    const QUuid item = conflictOnReason(m_h, m_a, m_b, 1);
    QVERIFY(!item.isNull());
    QCOMPARE(m_h.sync(m_b, QStringLiteral("bob")).exitCode, 1);
    qint64 theirVersion = 0;
    {
        auto ws = Workspace::open(m_b);
        const auto open = sync::SyncStore(*ws).conflicts();
        QCOMPARE(open.size(), 1);
        theirVersion = open.first().theirVersion;
        QVERIFY(theirVersion >= 1);
        QVERIFY(sync::ConflictResolver(*ws, QStringLiteral("bob")).keepMine(open.first().id).ok);
        QCOMPARE(reasonOf(*ws, item), QStringLiteral("duplicate"));
        QCOMPARE(count(*ws, "SELECT COUNT(*) FROM audit_log WHERE action = 'sync.keep_mine'"), 1);
    }
    auto r = m_h.sync(m_b, QStringLiteral("bob"));
    QVERIFY2(r.exitCode == 0, r.out.constData());
    QCOMPARE(summary(r).value(QStringLiteral("pushed")).toInt(), 1); // on alice's version
    QCOMPARE(m_h.sqlInt(QStringLiteral("SELECT max(version) FROM changes WHERE entity_id = '%1'")
                            .arg(item.toString(QUuid::WithoutBraces))),
        int(theirVersion + 1));
    r = m_h.sync(m_a, QStringLiteral("alice"));
    QCOMPARE(r.exitCode, 0);
    auto a = Workspace::open(m_a);
    QCOMPARE(reasonOf(*a, item), QStringLiteral("duplicate"));
}

void TestSync::conflictMergeComment()
{
    // alice comments; bob gets it; both then edit it (a body edit arrives as a new outbox
    // state of the same comment) before syncing.
    QUuid comment;
    {
        auto ws = Workspace::open(m_a);
        const auto done
            = ResolutionService(*ws, QStringLiteral("alice"))
                  .addComment(ws->transactions(Side::Left).first().id, QStringLiteral("first"));
        QVERIFY(done.ok());
        comment = done->commentId;
    }
    QCOMPARE(m_h.sync(m_a, QStringLiteral("alice")).exitCode, 0);
    QCOMPARE(m_h.sync(m_b, QStringLiteral("bob")).exitCode, 0);
    const QString id = comment.toString(QUuid::WithoutBraces);
    auto edit = [&](const QString &path, const QString &body) {
        auto ws = Workspace::open(path);
        sync::SyncStore store(*ws);
        QJsonObject p = store.latestLocalPayload(QStringLiteral("comment"), id);
        if (p.isEmpty()) // bob has the comment only from the server
            p = { { QStringLiteral("present"), true },
                { QStringLiteral("author"), QStringLiteral("alice") } };
        p.insert(QStringLiteral("body"), body);
        store.appendOutbox(QStringLiteral("comment"), id, p, Workspace::nowUtc());
    };
    edit(m_a, QStringLiteral("first, then the bank called"));
    edit(m_b, QStringLiteral("first; customer paid twice"));
    QCOMPARE(m_h.sync(m_a, QStringLiteral("alice")).exitCode, 0);
    QCOMPARE(m_h.sync(m_b, QStringLiteral("bob")).exitCode, 1);
    {
        auto ws = Workspace::open(m_b);
        const auto open = sync::SyncStore(*ws).conflicts();
        QCOMPARE(open.size(), 1);
        sync::ConflictResolver resolver(*ws, QStringLiteral("bob"));
        QVERIFY(resolver.mergeComment(open.first().id).ok);
        auto q = ws->db().prepare("SELECT body FROM comments WHERE id = ?");
        q.bindBlob(1, uuidBytes(comment));
        QVERIFY(q.step());
        QCOMPARE(q.textAt(0),
            QStringLiteral("first; customer paid twice\n\nfirst, then the bank called"));
        QCOMPARE(
            count(*ws, "SELECT COUNT(*) FROM audit_log WHERE action = 'sync.merge_comment'"), 1);
    }
    QCOMPARE(m_h.sync(m_b, QStringLiteral("bob")).exitCode, 0);
    QCOMPARE(m_h.sync(m_a, QStringLiteral("alice")).exitCode, 0);
    auto a = Workspace::open(m_a);
    auto q = a->db().prepare("SELECT body FROM comments WHERE id = ?");
    q.bindBlob(1, uuidBytes(comment));
    QVERIFY(q.step());
    QCOMPARE(
        q.textAt(0), QStringLiteral("first; customer paid twice\n\nfirst, then the bank called"));
    // Merging is for comments only.
    QCOMPARE(sync::ConflictResolver::mergedBody(QStringLiteral("same"), QStringLiteral("same")),
        QStringLiteral("same"));
}

void TestSync::nonMemberRefused()
{
    const int before = m_h.sqlInt(QStringLiteral("SELECT count(*) FROM changes"));
    const QString copy = m_dir.filePath(QStringLiteral("eve.recon"));
    QVERIFY(QFile::copy(m_a, copy));
    {
        auto ws = Workspace::open(copy);
        ResolutionService(*ws, QStringLiteral("eve"))
            .markInvestigated({ openItem(*ws, Side::Left) });
    }
    const auto r = m_h.sync(copy, QStringLiteral("eve"));
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("not a member"), r.err.constData());
    QCOMPARE(m_h.sqlInt(QStringLiteral("SELECT count(*) FROM changes")), before);
    // eve's own new workspace is hers: the first push creates and claims it.
    const QString own = m_dir.filePath(QStringLiteral("eve-own.recon"));
    QVERIFY(test::makeDemoWorkspace(own, false).ok);
    QString ownId;
    {
        auto ws = Workspace::open(own);
        ownId = ws->id();
        ResolutionService(*ws, QStringLiteral("eve"))
            .markInvestigated({ openItem(*ws, Side::Left) });
    }
    const auto mine = m_h.sync(own, QStringLiteral("eve"));
    QVERIFY2(mine.exitCode == 0, mine.err.constData());
    QCOMPARE(summary(mine).value(QStringLiteral("pushed")).toInt(), 1);
    QCOMPARE(m_h.pg.psql(QStringLiteral("SELECT u.name FROM workspaces w JOIN workspace_members m "
                                        "ON m.workspace_id = w.id JOIN users u ON u.id = "
                                        "m.user_id WHERE w.id = '%1'")
                             .arg(ownId)),
        QStringLiteral("eve"));
    // ... and alice is not a member of it.
    QCOMPARE(m_h.sync(own, QStringLiteral("alice")).exitCode, 2);
}

void TestSync::certificatesVerified()
{
    const int before = m_h.sqlInt(QStringLiteral("SELECT count(*) FROM changes"));
    {
        auto ws = Workspace::open(m_a);
        ResolutionService(*ws, QStringLiteral("alice"))
            .markInvestigated({ openItem(*ws, Side::Left, 1) });
    }
    // An unrelated certificate as the CA, and no CA at all (self-signed): both refused.
    auto r = m_h.sync(m_a, QStringLiteral("alice"), { QStringLiteral("--ca"), m_h.otherCert });
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("TLS") || r.err.contains("SSL"), r.err.constData());
    r = m_h.sync(m_a, QStringLiteral("alice"), {}, {}, false);
    QCOMPARE(r.exitCode, 2);
    r = m_h.sync(m_a, QStringLiteral("alice"),
        { QStringLiteral("--ca"), QStringLiteral("/nonexistent.pem") });
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("CA file"));
    // Plain http is not an option.
    r = test::runCli({ QStringLiteral("sync"), m_a, QStringLiteral("--server"),
        QStringLiteral("http://127.0.0.1:%1").arg(m_h.port) });
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(m_h.sqlInt(QStringLiteral("SELECT count(*) FROM changes")), before);
    auto ws = Workspace::open(m_a);
    QCOMPARE(sync::SyncStore(*ws).waitingCount(), 1); // still waiting, nothing lost
    ws.reset();
    QCOMPARE(m_h.sync(m_a, QStringLiteral("alice")).exitCode, 0);
}

void TestSync::credentialsRefused()
{
    auto r = m_h.sync(m_a, QStringLiteral("alice"), {}, "wrong password");
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("sign-in refused"), r.err.constData());
    r = m_h.sync(m_a, QStringLiteral("nobody"));
    QCOMPARE(r.exitCode, 2);
    QVERIFY(
        m_h.serverCli({ QStringLiteral("user"), QStringLiteral("delete"), QStringLiteral("gone") })
            .exitCode
        == 0);
    r = m_h.sync(m_a, QStringLiteral("gone"));
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("sign-in refused"), r.err.constData());
}

void TestSync::bodyLimitEnforcedWhileStreaming_data()
{
    QTest::addColumn<bool>("chunked");
    QTest::newRow("declared 1 GB") << false;
    QTest::newRow("chunked, never ending") << true;
}

// The server (MAX_BODY_KIB 4096) must answer 413 and close while the client tries to send 64 MiB:
// the body is refused while it streams in, never buffered whole (its peak memory stays far below
// the 64 MiB; an unguarded Qt HttpServer buffers all of it before its handler runs).
static qint64 peakRssKiB(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/status").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

void TestSync::bodyLimitEnforcedWhileStreaming()
{
    QFETCH(bool, chunked);
    const qint64 peakBefore = peakRssKiB(m_h.server.processId());
    QVERIFY(peakBefore > 0);
    QSslSocket s;
    QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
    conf.setCaCertificates(QSslCertificate::fromPath(m_h.cert));
    s.setSslConfiguration(conf);
    s.connectToHostEncrypted(QStringLiteral("127.0.0.1"), m_h.port);
    QVERIFY2(s.waitForEncrypted(10000), qPrintable(s.errorString()));
    const QByteArray path
        = "/api/v1/workspaces/" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces) + "/push";
    s.write("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
        + (chunked ? QByteArray("Transfer-Encoding: chunked\r\n")
                   : QByteArray("Content-Length: 1000000000\r\n"))
        + "\r\n");
    const QByteArray block(256 * 1024, 'x');
    const qint64 goal = 64LL * 1024 * 1024;
    qint64 sent = 0;
    QByteArray answer;
    while (sent < goal && s.state() == QAbstractSocket::ConnectedState) {
        const QByteArray piece
            = chunked ? QByteArray::number(block.size(), 16) + "\r\n" + block + "\r\n" : block;
        s.write(piece);
        sent += block.size();
        s.waitForBytesWritten(2000);
        if (s.waitForReadyRead(1))
            answer += s.readAll();
        if (!answer.isEmpty())
            break;
    }
    QElapsedTimer t;
    t.start();
    while (answer.isEmpty() && s.state() == QAbstractSocket::ConnectedState && t.elapsed() < 10000)
        if (s.waitForReadyRead(200))
            answer += s.readAll();
    answer += s.readAll();
    const qint64 grown = peakRssKiB(m_h.server.processId()) - peakBefore;
    QVERIFY2(
        grown < 24 * 1024, qPrintable(QStringLiteral("server peak RSS grew by %1 KiB").arg(grown)));
    // Refused: the 413 when it arrived before the reset, else the connection was cut early.
    QVERIFY2(answer.startsWith("HTTP/1.1 413") || (answer.isEmpty() && sent < goal),
        answer.left(200).constData());
}

QTEST_GUILESS_MAIN(TestSync)
#include "tst_sync.moc"
