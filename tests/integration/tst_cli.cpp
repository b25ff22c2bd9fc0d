// The `recon` CLI through a real process: exit codes (0 ok, 1 user error with one clear line on
// stderr, 2 internal), init/info/audit verify on good and bad input, import all-or-nothing.
#include "support/testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace recon;

class TestCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void versionAndHelp();
    void unknownCommandIsUserError();
    void initInfoVerify();
    void initRefusesExisting();
    void infoOnForeignFile();
    void auditVerifyDetectsTampering();
    void importAllOrNothing();
    void importRefusesSameFileTwice();
    void inspectJsonContract();
    void largeFileSameWithHugePages();

private:
    QString ws(const QString &name) { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
};

void TestCli::versionAndHelp()
{
    auto r = test::runCli({ QStringLiteral("--version") });
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith("recon "));
    r = test::runCli({ QStringLiteral("--help") });
    QCOMPARE(r.exitCode, 0);
    for (const char *cmd : { "init", "info", "audit", "inspect", "import" })
        QVERIFY2(r.out.contains(cmd), cmd);
    r = test::runCli({ QStringLiteral("info"), QStringLiteral("--help") });
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("--json"));
}

void TestCli::unknownCommandIsUserError()
{
    auto r = test::runCli({ QStringLiteral("frobnicate") });
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.err.count('\n'), 1);
    QVERIFY(r.err.contains("unknown command"));
    r = test::runCli({ QStringLiteral("info") });
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains("usage"));
    r = test::runCli(
        { QStringLiteral("info"), QStringLiteral("--bogus"), ws(QStringLiteral("x")) });
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.err.count('\n'), 1);
}

void TestCli::initInfoVerify()
{
    const QString path = ws(QStringLiteral("a.recon"));
    auto r = test::runCli({ QStringLiteral("init"), path });
    QCOMPARE(r.exitCode, 0);
    QVERIFY(QFile::exists(path));
    r = test::runCli({ QStringLiteral("info"), path, QStringLiteral("--json") });
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QVERIFY(!o.value(QStringLiteral("workspace_id")).toString().isEmpty());
    QCOMPARE(o.value(QStringLiteral("audit_entries")).toInt(), 1);
    const QJsonObject left = o.value(QStringLiteral("transactions"))
                                 .toObject()
                                 .value(QStringLiteral("left"))
                                 .toObject();
    QCOMPARE(left.value(QStringLiteral("total")).toInt(), 0);
    QVERIFY(left.contains(QStringLiteral("open")));
    QVERIFY(o.value(QStringLiteral("imports")).isArray());
    QVERIFY(o.value(QStringLiteral("rule_sets")).isArray());
    r = test::runCli({ QStringLiteral("info"), path });
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("imports: 0"));
    r = test::runCli({ QStringLiteral("audit"), QStringLiteral("verify"), path });
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("audit chain ok: 1 entries"));
}

void TestCli::initRefusesExisting()
{
    const QString path = ws(QStringLiteral("b.recon"));
    QCOMPARE(test::runCli({ QStringLiteral("init"), path }).exitCode, 0);
    const auto r = test::runCli({ QStringLiteral("init"), path });
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains("already exists"));
    QCOMPARE(test::runCli({ QStringLiteral("init"), ws(QStringLiteral("no/such/dir/c.recon")) })
                 .exitCode,
        1);
}

void TestCli::infoOnForeignFile()
{
    const QString path = ws(QStringLiteral("foreign.recon"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("not a database at all\n");
    f.close();
    auto r = test::runCli({ QStringLiteral("info"), path });
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.err.count('\n'), 1);
    QVERIFY(r.err.contains("not a Recon workspace"));
    r = test::runCli({ QStringLiteral("info"), ws(QStringLiteral("missing.recon")) });
    QCOMPARE(r.exitCode, 1);
    r = test::runCli({ QStringLiteral("audit"), QStringLiteral("verify"), path });
    QCOMPARE(r.exitCode, 1);
}

void TestCli::auditVerifyDetectsTampering()
{
    const QString path = ws(QStringLiteral("t.recon"));
    QCOMPARE(test::runCli({ QStringLiteral("init"), path }).exitCode, 0);
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
    QCOMPARE(sqlite3_exec(db,
                 "DROP TRIGGER audit_log_no_update; UPDATE audit_log SET user_name = "
                 "'mallory' WHERE seq = 1;",
                 nullptr, nullptr, nullptr),
        SQLITE_OK);
    sqlite3_close(db);
    const auto r = test::runCli({ QStringLiteral("audit"), QStringLiteral("verify"), path });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("seq 1"), r.err.constData());
}

void TestCli::importAllOrNothing()
{
    const QString path = ws(QStringLiteral("imp.recon"));
    QCOMPARE(test::runCli({ QStringLiteral("init"), path }).exitCode, 0);
    const QString bad = ws(QStringLiteral("bad.bin"));
    QFile f(bad);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray("\x00\x01\x02\x03garbage\xff\xfe", 13));
    f.close();
    auto r = test::runCli(
        { QStringLiteral("import"), path, bad, QStringLiteral("--side"), QStringLiteral("left") });
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains("bad.bin"));
    r = test::runCli({ QStringLiteral("info"), path, QStringLiteral("--json") });
    QCOMPARE(
        QJsonDocument::fromJson(r.out).object().value(QStringLiteral("imports")).toArray().size(),
        0);
    QCOMPARE(
        QJsonDocument::fromJson(r.out).object().value(QStringLiteral("audit_entries")).toInt(), 1);
    // Missing --side and a wrong side are user errors.
    QCOMPARE(test::runCli({ QStringLiteral("import"), path, bad }).exitCode, 1);
    QCOMPARE(test::runCli({ QStringLiteral("import"), path, bad, QStringLiteral("--side"),
                              QStringLiteral("middle") })
                 .exitCode,
        1);
}

void TestCli::importRefusesSameFileTwice()
{
    const QString demo
        = QStringLiteral(RECON_SOURCE_DIR) + QStringLiteral("/resources/demo/ledger_2026-10.csv");
    const QString path = ws(QStringLiteral("twice.recon"));
    QCOMPARE(test::runCli({ QStringLiteral("init"), path }).exitCode, 0);
    auto r = test::runCli({ QStringLiteral("import"), path, demo, QStringLiteral("--side"),
        QStringLiteral("right") });
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("imported"));
    r = test::runCli({ QStringLiteral("import"), path, demo, QStringLiteral("--side"),
        QStringLiteral("right") });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("already imported"), r.err.constData());
    r = test::runCli({ QStringLiteral("audit"), QStringLiteral("verify"), path });
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("2 entries"));
}

void TestCli::inspectJsonContract()
{
    const QString demo
        = QStringLiteral(RECON_SOURCE_DIR) + QStringLiteral("/resources/demo/ledger_2026-10.csv");
    auto r = test::runCli(
        { QStringLiteral("inspect"), demo, QStringLiteral("--json"), QStringLiteral("--rows") });
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(QStringLiteral("format")).toString(), QStringLiteral("csv"));
    const int n = o.value(QStringLiteral("transactions")).toInt();
    QVERIFY(n > 100);
    const QJsonArray rows = o.value(QStringLiteral("rows")).toArray();
    QCOMPARE(rows.size(), n);
    const QJsonObject first = rows.first().toObject();
    for (const char *k :
        { "date", "amount", "currency", "description", "reference", "counterparty", "external_id" })
        QVERIFY2(first.contains(QLatin1String(k)), k);
    QCOMPARE(first.value(QStringLiteral("currency")).toString(), QStringLiteral("EUR"));
    QVERIFY(first.value(QStringLiteral("external_id"))
                .toString()
                .startsWith(QStringLiteral("GL-2026-")));
    // A missing file is a user error.
    r = test::runCli({ QStringLiteral("inspect"), m_dir.filePath(QStringLiteral("nope.csv")) });
    QCOMPARE(r.exitCode, 1);
}

// A file argument of 16 MiB or more makes recon execute itself again with huge pages asked of
// glibc (where the kernel offers them on request): arguments, output and exit code must be
// exactly what a run without it gives.
void TestCli::largeFileSameWithHugePages()
{
    const QString big = m_dir.filePath(QStringLiteral("big.csv"));
    QFile f(big);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("date,amount,description\n");
    int rows = 0;
    while (f.size() < 17 * 1024 * 1024) {
        QByteArray block;
        for (int i = 0; i < 1000; ++i, ++rows)
            block += "2026-03-" + QByteArray::number(1 + rows % 28).rightJustified(2, '0') + ","
                + QByteArray::number(rows % 9000 + 1) + ".25,payment " + QByteArray::number(rows)
                + "\n";
        f.write(block);
    }
    f.close();
    const QStringList args { QStringLiteral("inspect"), big, QStringLiteral("--json") };
    const auto withPages = test::runCli(args);
    qputenv("RECON_NO_HUGEPAGES", "1");
    const auto without = test::runCli(args);
    qunsetenv("RECON_NO_HUGEPAGES");
    QCOMPARE(withPages.exitCode, 0);
    QCOMPARE(without.exitCode, 0);
    QCOMPARE(withPages.out, without.out);
    QCOMPARE(withPages.err, without.err);
    QCOMPARE(QJsonDocument::fromJson(withPages.out)
                 .object()
                 .value(QStringLiteral("transactions"))
                 .toInt(),
        rows);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
