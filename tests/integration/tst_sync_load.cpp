// Load and faults for sync, on loopback with real parts: N concurrent `recon sync` clients
// (separate processes and workspaces, one shared server workspace) push M changes each while
// recon-server is SIGKILLed mid-push and restarted on the same port; the clients retry. Then every
// change must be on the server exactly once (lost 0, duplicated 0) and no outbox row may wait.
// Defaults are small (5 x 100, one kill) for ctest; tests/bench/bench_sync_load.sh runs
// 20 x 500 through RECON_SYNC_LOAD_CLIENTS / RECON_SYNC_LOAD_CHANGES / RECON_SYNC_LOAD_BATCH.
#include "core/store/workspace.h"
#include "core/sync/sync_store.h"
#include "integration/sync_harness.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

using namespace recon;

namespace {

int envInt(const char *name, int fallback)
{
    bool ok = false;
    const int v = qEnvironmentVariableIntValue(name, &ok);
    return ok && v > 0 ? v : fallback;
}

} // namespace

class TestSyncLoad : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void concurrentClientsWithServerKill();
};

void TestSyncLoad::concurrentClientsWithServerKill()
{
    const int clients = envInt("RECON_SYNC_LOAD_CLIENTS", 5);
    const int changes = envInt("RECON_SYNC_LOAD_CHANGES", 100);
    const int batch = envInt("RECON_SYNC_LOAD_BATCH", 10);
    const int kills = qEnvironmentVariableIsSet("RECON_SYNC_LOAD_KILLS")
        ? qEnvironmentVariableIntValue("RECON_SYNC_LOAD_KILLS")
        : 1;
    const int total = clients * changes;

    test::SyncHarness h;
    QString error;
    QVERIFY2(h.start(&error), qPrintable(error));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString wsId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    bool ok = false;
    h.pg.psql(
        QStringLiteral("INSERT INTO workspaces (id, name) VALUES ('%1', 'load')").arg(wsId), &ok);
    QVERIFY(ok);

    // One analyst and one workspace file per client, each with `changes` waiting outbox rows.
    QSet<QString> expectedKeys;
    QStringList paths;
    for (int c = 0; c < clients; ++c) {
        const QString user = QStringLiteral("load%1").arg(c);
        QVERIFY(h.addUser(user, QStringLiteral("analyst")));
        const QString path = dir.filePath(user + QStringLiteral(".recon"));
        auto ws = Workspace::create(path);
        sync::SyncStore store(*ws);
        sql::TxGuard tx(ws->db());
        for (int i = 0; i < changes; ++i) {
            const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            store.appendOutbox(QStringLiteral("comment"), id,
                { { QStringLiteral("present"), true }, { QStringLiteral("author"), user },
                    { QStringLiteral("body"),
                        QStringLiteral("change %1 of %2").arg(i).arg(user) } },
                Workspace::nowUtc());
        }
        tx.commit();
        auto keys = ws->db().prepare("SELECT idempotency_key FROM outbox");
        while (keys.step())
            expectedKeys.insert(keys.textAt(0));
        paths.append(path);
    }
    QCOMPARE(expectedKeys.size(), total);
    h.pg.psql(QStringLiteral("INSERT INTO workspace_members (workspace_id, user_id) SELECT '%1', "
                             "id FROM users")
                  .arg(wsId),
        &ok);
    QVERIFY(ok);

    // All clients at once.
    QElapsedTimer wall;
    wall.start();
    std::vector<std::unique_ptr<QProcess>> procs;
    for (int c = 0; c < clients; ++c) {
        const QString user = QStringLiteral("load%1").arg(c);
        auto p = std::make_unique<QProcess>();
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("RECON_PASSWORD"), QString::fromUtf8(h.passwordOf(user)));
        env.insert(QStringLiteral("RECON_LOG_LEVEL"), QStringLiteral("error"));
        env.insert(QStringLiteral("RECON_SYNC_MAX_ATTEMPTS"), QStringLiteral("10"));
        p->setProcessEnvironment(env);
        p->start(test::binary(QStringLiteral("recon")),
            { QStringLiteral("sync"), paths.at(c), QStringLiteral("--server"), h.url(),
                QStringLiteral("--ca"), h.cert, QStringLiteral("--user"), user,
                QStringLiteral("--workspace-id"), wsId, QStringLiteral("--batch"),
                QString::number(batch), QStringLiteral("--json") });
        p->closeWriteChannel();
        procs.push_back(std::move(p));
    }
    // SIGKILL the server once part of the changes are in, restart it on the same port.
    for (int k = 1; k <= kills; ++k) {
        const int threshold = total * k / (kills + 1);
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 120000
            && h.sqlInt(QStringLiteral("SELECT count(*) FROM changes")) < threshold)
            QThread::msleep(20);
        h.killServer();
        const int atKill = h.sqlInt(QStringLiteral("SELECT count(*) FROM changes"));
        std::printf("killed recon-server (SIGKILL) with %d of %d changes stored\n", atKill, total);
        QThread::msleep(300);
        QVERIFY2(h.startServer(&error), qPrintable(error));
    }
    int retries = 0, pushed = 0, replayed = 0;
    for (int c = 0; c < clients; ++c) {
        QProcess &p = *procs[size_t(c)];
        QVERIFY(p.waitForFinished(300000));
        const QByteArray err = p.readAllStandardError();
        QVERIFY2(p.exitCode() == 0, err.constData());
        const auto s = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
        retries += s.value(QStringLiteral("retries")).toInt();
        pushed += s.value(QStringLiteral("pushed")).toInt();
        replayed += s.value(QStringLiteral("replayed")).toInt();
        QCOMPARE(s.value(QStringLiteral("waiting")).toInt(), 0);
    }
    const double seconds = double(wall.elapsed()) / 1000.0;

    // Exactly once on the server.
    const QStringList onServer
        = h.pg.psql(QStringLiteral("SELECT idempotency_key FROM changes WHERE workspace_id = '%1'")
                        .arg(wsId))
              .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const QSet<QString> serverKeys(onServer.begin(), onServer.end());
    int lost = 0;
    for (const QString &k : expectedKeys)
        lost += serverKeys.contains(k) ? 0 : 1;
    const int duplicated = h.sqlInt(
        QStringLiteral("SELECT count(*) - count(DISTINCT (entity, entity_id)) FROM changes"));
    for (const QString &path : paths) {
        auto ws = Workspace::open(path);
        QCOMPARE(sync::SyncStore(*ws).waitingCount(), 0);
    }

    // Figures from the server's own access log (every instance).
    std::vector<double> latencies;
    const QDir scratch(h.pg.scratchDir());
    for (const QString &name : scratch.entryList({ QStringLiteral("server-*.log") })) {
        QFile f(scratch.filePath(name));
        QVERIFY(f.open(QIODevice::ReadOnly));
        for (const QByteArray &line : f.readAll().split('\n')) {
            const auto o = QJsonDocument::fromJson(line).object();
            if (o.value(QStringLiteral("route")).toString().endsWith(QLatin1String("/push")))
                latencies.push_back(o.value(QStringLiteral("duration_ms")).toDouble());
        }
    }
    std::sort(latencies.begin(), latencies.end());
    const double p50 = latencies.empty() ? 0 : latencies[latencies.size() / 2];
    const double p95
        = latencies.empty() ? 0 : latencies[size_t(double(latencies.size() - 1) * 0.95)];
    std::printf(
        "sync load: %d clients x %d changes (batch %d), %d server kill(s): %.1f s, %zu push "
        "requests answered, %.1f requests/s, %.0f changes/s, push latency p50 %.1f ms "
        "p95 %.1f ms, client retries %d, accepted %d, replayed %d, lost %d, duplicated "
        "%d\n",
        clients, changes, batch, kills, seconds, latencies.size(),
        double(latencies.size()) / seconds, double(total) / seconds, p50, p95, retries, pushed,
        replayed, lost, duplicated);
    std::fflush(stdout);
    QCOMPARE(lost, 0);
    QCOMPARE(duplicated, 0);
    QCOMPARE(serverKeys.size(), total);
    QCOMPARE(onServer.size(), total);
    QCOMPARE(pushed + replayed, total);
    h.stop();
}

QTEST_GUILESS_MAIN(TestSyncLoad)
#include "tst_sync_load.moc"
