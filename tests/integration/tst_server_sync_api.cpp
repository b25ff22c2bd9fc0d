// recon-server sync API: push/replay/conflict/pull, SQL-injection strings stored verbatim,
// /metrics, and the background readiness probe behind recon_db_ready.
// Fixture: tests/support/server_harness.h.
#include "support/server_harness.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>
#include <QTest>

using namespace recon;
using namespace recon::test;

class TestServerSyncApi : public ServerTestBase {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { setUpServer(); }
    void cleanupTestCase() { tearDownServer(); }
    void pushReplayConflict();
    void pullPagesChangesByOthers();
    void sqlInjectionStringsStoredVerbatim();
    void metrics();
    void backgroundReadinessProbe();
};

void TestServerSyncApi::pushReplayConflict()
{
    const QByteArray alice = loginToken(QStringLiteral("alice"));
    const QByteArray ana2 = loginToken(QStringLiteral("ana2"));
    const QString path
        = QStringLiteral("/api/v1/workspaces/") + kWorkspace + QStringLiteral("/push");
    const QString entityA = uuid(), entityB = uuid();
    const QString k1 = uuid(), k2 = uuid();
    const QJsonObject payloadA { { QStringLiteral("amount_minor"), qint64(9007199254740993LL) },
        { QStringLiteral("currency"), QStringLiteral("EUR") } };
    const QByteArray batch = pushBody({ change(k1, entityA, 0, payloadA),
        change(k2, entityB, 0, { { QStringLiteral("note"), QStringLiteral("b") } }) });
    const int before = changeCount();
    auto r = request("POST", path, batch, alice);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(QStringLiteral("accepted")).toArray().size(), 2);
    QCOMPARE(changeCount(), before + 2);
    // Exact integers survive (no double rounding anywhere).
    QCOMPARE(m_pg.psql(QStringLiteral(
                 "SELECT payload->>'amount_minor' FROM changes WHERE entity_id = '%1'")
                           .arg(entityA)),
        QStringLiteral("9007199254740993"));

    // Replay: a no-op, reported as replayed.
    r = request("POST", path, batch, alice);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(QStringLiteral("accepted")).toArray().size(), 0);
    QCOMPARE(r.json.value(QStringLiteral("replayed")).toArray().size(), 2);
    QCOMPARE(changeCount(), before + 2);

    // ana2 edits A on version 1 (ok) and B on a stale base 0 (conflict): 409, A applied.
    const QString k3 = uuid(), k4 = uuid();
    r = request("POST", path,
        pushBody({ change(k3, entityA, 1, { { QStringLiteral("note"), QStringLiteral("v2") } }),
            change(k4, entityB, 0, { { QStringLiteral("note"), QStringLiteral("mine") } }) }),
        ana2);
    QCOMPARE(r.status, 409);
    const auto accepted = r.json.value(QStringLiteral("accepted")).toArray();
    QCOMPARE(accepted.size(), 1);
    QCOMPARE(accepted[0].toObject().value(QStringLiteral("version")).toInt(), 2);
    const auto conflicts = r.json.value(QStringLiteral("conflicts")).toArray();
    QCOMPARE(conflicts.size(), 1);
    const auto c = conflicts[0].toObject();
    QCOMPARE(c.value(QStringLiteral("idempotency_key")).toString(), k4);
    QCOMPARE(c.value(QStringLiteral("base_version")).toInt(), 0);
    QCOMPARE(c.value(QStringLiteral("current_version")).toInt(), 1);
    QCOMPARE(c.value(QStringLiteral("current_payload"))
                 .toObject()
                 .value(QStringLiteral("note"))
                 .toString(),
        QStringLiteral("b"));
    QCOMPARE(
        c.value(QStringLiteral("your_payload")).toObject().value(QStringLiteral("note")).toString(),
        QStringLiteral("mine"));
    QCOMPARE(c.value(QStringLiteral("current_author")).toString(), QStringLiteral("alice"));
    QCOMPARE(changeCount(), before + 3);
    // The conflicting item was not stored under its key, so a corrected retry is accepted.
    r = request("POST", path,
        pushBody(
            { change(k4, entityB, 1, { { QStringLiteral("note"), QStringLiteral("mine") } }) }),
        ana2);
    QCOMPARE(r.status, 200);
    QCOMPARE(changeCount(), before + 4);
    QVERIFY(
        m_pg.psql(QStringLiteral("SELECT count(*) FROM server_audit WHERE action = 'push'")).toInt()
        >= 4);
}

void TestServerSyncApi::pullPagesChangesByOthers()
{
    const QByteArray alice = loginToken(QStringLiteral("alice"));
    const QByteArray sam = [this] {
        const auto r = request("POST", QStringLiteral("/api/v1/auth/login"),
            R"({"user":"sam","password":"pw-sam-from-stdin"})");
        return r.json.value(QStringLiteral("token")).toString().toLatin1();
    }();
    QVERIFY(!sam.isEmpty());
    const QString base = QStringLiteral("/api/v1/workspaces/") + kWorkspace;
    // sam has pushed nothing: he sees everything; alice does not see her own changes.
    QJsonArray batch;
    for (int i = 0; i < 5; ++i)
        batch.append(change(uuid(), uuid(), 0, { { QStringLiteral("i"), i } }));
    QCOMPARE(request("POST", base + QStringLiteral("/push"), pushBody(batch), alice).status, 200);
    const int total = changeCount();
    const int byAlice = m_pg.psql(QStringLiteral("SELECT count(*) FROM changes c JOIN users u ON "
                                                 "u.id = c.author WHERE u.name = 'alice'"))
                            .toInt();
    qint64 cursor = 0;
    int seen = 0, pages = 0;
    QSet<qint64> seqs;
    for (;;) {
        const auto r
            = request("GET", base + QStringLiteral("/pull?since=%1&limit=3").arg(cursor), {}, sam);
        QCOMPARE(r.status, 200);
        const auto items = r.json.value(QStringLiteral("changes")).toArray();
        for (const auto &v : items) {
            const qint64 s = qint64(v.toObject().value(QStringLiteral("seq")).toDouble());
            QVERIFY(s > cursor);
            QVERIFY(!seqs.contains(s));
            seqs.insert(s);
        }
        seen += int(items.size());
        ++pages;
        cursor = qint64(r.json.value(QStringLiteral("next_cursor")).toDouble());
        if (!r.json.value(QStringLiteral("has_more")).toBool())
            break;
        QVERIFY(pages < 100);
    }
    QCOMPARE(seen, total);
    QVERIFY(pages >= total / 3);
    auto r = request("GET", base + QStringLiteral("/pull?since=0&limit=1000"), {}, alice);
    QCOMPARE(r.status, 200);
    QCOMPARE(int(r.json.value(QStringLiteral("changes")).toArray().size()), total - byAlice);
    for (const auto &v : r.json.value(QStringLiteral("changes")).toArray())
        QVERIFY(v.toObject().value(QStringLiteral("author")).toString() != QLatin1String("alice"));
    QCOMPARE(request("GET", base + QStringLiteral("/pull?since=-1"), {}, alice).status, 400);
    QCOMPARE(request("GET", base + QStringLiteral("/pull?since=abc"), {}, alice).status, 400);
    QCOMPARE(request("GET", base + QStringLiteral("/pull?limit=100000"), {}, alice).status, 400);
    QCOMPARE(
        request("GET", QStringLiteral("/api/v1/workspaces/%1/pull").arg(uuid()), {}, alice).status,
        404);
}

void TestServerSyncApi::sqlInjectionStringsStoredVerbatim()
{
    const QByteArray alice = loginToken(QStringLiteral("alice"));
    const QString path
        = QStringLiteral("/api/v1/workspaces/") + kWorkspace + QStringLiteral("/push");
    const QStringList evil { QStringLiteral("'; DROP TABLE changes; --"),
        QStringLiteral("\" OR 1=1 --"), QStringLiteral("Robert'); DELETE FROM users;--"),
        QStringLiteral("$1::text); SELECT pg_sleep(10); --"),
        QStringLiteral("\\x00\\'; \u00e9\u2603") };
    const QString entityId = uuid();
    QJsonObject payload;
    for (int i = 0; i < evil.size(); ++i)
        payload.insert(evil[i], evil[i]);
    const int users = m_pg.psql(QStringLiteral("SELECT count(*) FROM users")).toInt();
    QElapsedTimer t;
    t.start();
    const auto r = request("POST", path, pushBody({ change(uuid(), entityId, 0, payload) }), alice);
    QCOMPARE(r.status, 200);
    QVERIFY(t.elapsed() < 5000); // pg_sleep did not run
    QCOMPARE(m_pg.psql(QStringLiteral("SELECT count(*) FROM users")).toInt(), users);
    // Read back through the API: byte-for-byte the same strings.
    const auto pulled = request("GET",
        QStringLiteral("/api/v1/workspaces/") + kWorkspace
            + QStringLiteral("/pull?since=0&limit=1000"),
        {}, loginToken(QStringLiteral("adam")));
    QCOMPARE(pulled.status, 200);
    bool found = false;
    for (const auto &v : pulled.json.value(QStringLiteral("changes")).toArray()) {
        const auto o = v.toObject();
        if (o.value(QStringLiteral("entity_id")).toString() != entityId)
            continue;
        found = true;
        QCOMPARE(o.value(QStringLiteral("payload")).toObject(), payload);
    }
    QVERIFY(found);
    // Injection in a login name or an entity name is refused or harmless.
    auto login = request("POST", QStringLiteral("/api/v1/auth/login"),
        R"({"user":"alice' OR '1'='1","password":"x' OR '1'='1"})");
    QCOMPARE(login.status, 401);
    const auto badEntity = request("POST", path,
        pushBody({ change(uuid(), uuid(), 0, {}, QStringLiteral("match'; DROP TABLE users;--")) }),
        alice);
    QCOMPARE(badEntity.status, 400);
    QCOMPARE(m_pg.psql(QStringLiteral("SELECT count(*) FROM users")).toInt(), users);
}

void TestServerSyncApi::metrics()
{
    QCOMPARE(request("GET", QStringLiteral("/health/ready")).status, 200);
    // Six tokens live: adam, alice, ana2 so far, rita, dora and a second one for adam here.
    for (const char *user : { "rita", "dora", "adam" }) {
        const auto r = request("POST", QStringLiteral("/api/v1/auth/login"),
            QJsonDocument(QJsonObject { { QStringLiteral("user"), QLatin1String(user) },
                              { QStringLiteral("password"),
                                  QStringLiteral("pw-%1-ok").arg(QLatin1String(user)) } })
                .toJson());
        QCOMPARE(r.status, 200);
    }
    const auto r = request("GET", QStringLiteral("/metrics"));
    QCOMPARE(r.status, 200);
    QVERIFY(r.header("content-type").startsWith("text/plain"));
    const QByteArray m = r.body;
    QVERIFY(m.contains(
        "recon_http_requests_total{route=\"/api/v1/workspaces/{id}/push\",status=\"409\"}"));
    QVERIFY(m.contains(
        "recon_http_request_duration_seconds_bucket{route=\"/api/v1/auth/login\",le=\"+Inf\"}"));
    QVERIFY(m.contains("recon_db_pool_in_use "));
    QVERIFY(m.contains("recon_db_pool_size 4"));
    QRegularExpression sessions(QStringLiteral("recon_active_sessions (\\d+)"));
    const auto sm = sessions.match(QString::fromUtf8(m));
    QVERIFY(sm.hasMatch());
    QVERIFY(sm.captured(1).toInt() > 5);
    QRegularExpression conflicted(
        QStringLiteral("recon_sync_items_total\\{outcome=\"conflicted\"\\} (\\d+)"));
    const auto cm = conflicted.match(QString::fromUtf8(m));
    QVERIFY(cm.hasMatch());
    QCOMPARE(cm.captured(1).toInt(), 1);
    // The passing /health/ready check above (and the probe) set it.
    QVERIFY(m.contains("# TYPE recon_db_ready gauge\nrecon_db_ready 1\n"));
    QVERIFY(!m.contains(kSecret));
}

void TestServerSyncApi::backgroundReadinessProbe()
{
    // A server of its own on a database of its own, never asked /health/ready: the gauge comes
    // from the background probe alone, and drops to 0 when the database disappears.
    bool ok = false;
    m_pg.psql(QStringLiteral("CREATE DATABASE recon_probe"), &ok);
    QVERIFY(ok);
    auto env = serverEnv();
    env.insert(QStringLiteral("DATABASE_URL"),
        m_pg.databaseUrl().replace(
            QStringLiteral("postgresql:///recon?"), QStringLiteral("postgresql:///recon_probe?")));
    env.insert(QStringLiteral("DB_CHECK_SECONDS"), QStringLiteral("1"));
    QVERIFY(env.value(QStringLiteral("DATABASE_URL")).contains(QStringLiteral("recon_probe")));
    QProcess probed;
    quint16 port = 0;
    QString error;
    QVERIFY2(launchServer(probed, env, port, &error), qPrintable(error));
    const quint16 mainPort = m_port;
    auto gauge = [&] {
        m_port = port;
        const auto r = request("GET", QStringLiteral("/metrics"));
        m_port = mainPort;
        QRegularExpression re(QStringLiteral("\nrecon_db_ready (\\d)\n"));
        const auto m = re.match(QString::fromUtf8(r.body));
        return m.hasMatch() ? m.captured(1).toInt() : -1;
    };
    QTRY_COMPARE_WITH_TIMEOUT(gauge(), 1, 15000);
    m_pg.psql(QStringLiteral("DROP DATABASE recon_probe WITH (FORCE)"), &ok);
    QVERIFY(ok);
    QTRY_COMPARE_WITH_TIMEOUT(gauge(), 0, 15000);
    m_port = port;
    const auto notReady = request("GET", QStringLiteral("/health/ready"));
    m_port = mainPort;
    QCOMPARE(notReady.status, 503);
    QCOMPARE(gauge(), 0);
    stopProcess(probed);
}

QTEST_GUILESS_MAIN(TestServerSyncApi)
#include "tst_server_sync_api.moc"
