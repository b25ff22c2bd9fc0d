// Crash safety: `recon import` is killed with SIGKILL at random moments during a large import,
// 50 times. Every time the workspace passes PRAGMA integrity_check, its audit chain verifies, and
// it holds all of the file or none of it.
#include "core/store/workspace.h"
#include "support/testsupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace recon;

class TestCrashSafety : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void killDuringImport();

private:
    QString freshWorkspace(int i);
    QTemporaryDir m_dir;
    QString m_csv;
    QString m_template;
    int m_rows = 0;
    qint64 m_fullMs = 0;
};

void TestCrashSafety::initTestCase()
{
    m_rows = qEnvironmentVariableIntValue("RECON_CRASH_ROWS");
    if (m_rows <= 0)
        m_rows = 60000;
    m_csv = m_dir.filePath(QStringLiteral("ledger.csv"));
    QFile f(m_csv);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QByteArray buf = "id,date,amount,currency,description,reference,counterparty\n";
    for (int i = 0; i < m_rows; ++i) {
        buf += "GL-" + QByteArray::number(i) + ",2026-10-"
            + QByteArray::number(1 + i % 28).rightJustified(2, '0') + ","
            + QByteArray::number(100 + i % 9000) + "." + QByteArray::number(i % 90 + 10)
            + ",EUR,Invoice payment number " + QByteArray::number(i) + ",INV-2026-"
            + QByteArray::number(i).rightJustified(6, '0') + ",Customer "
            + QByteArray::number(i % 997) + " GmbH\n";
    }
    f.write(buf);
    f.close();
    m_template = m_dir.filePath(QStringLiteral("template.recon"));
    QCOMPARE(test::runCli({ QStringLiteral("init"), m_template }).exitCode, 0);
    // How long a complete import takes here, to spread the kills over it.
    const QString full = freshWorkspace(-1);
    QElapsedTimer t;
    t.start();
    const auto r = test::runCli({ QStringLiteral("import"), full, m_csv, QStringLiteral("--side"),
        QStringLiteral("right") });
    m_fullMs = t.elapsed();
    QVERIFY2(r.exitCode == 0, r.err.constData());
    auto ws = Workspace::open(full);
    QCOMPARE(ws->transactionCount(), m_rows);
}

QString TestCrashSafety::freshWorkspace(int i)
{
    const QString path = m_dir.filePath(QStringLiteral("ws%1.recon").arg(i));
    QFile::remove(path);
    QFile::copy(m_template, path);
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return path;
}

void TestCrashSafety::killDuringImport()
{
    int none = 0, all = 0;
    for (int i = 0; i < 50; ++i) {
        const QString ws = freshWorkspace(i);
        QProcess p;
        // Even runs write through a rollback journal (what imports of large files do), odd
        // ones through the WAL (what this file's size gets by default).
        const bool rollbackJournal = i % 2 == 0;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("RECON_BULK_JOURNAL_MIN_BYTES"),
            rollbackJournal ? QStringLiteral("0") : QStringLiteral("1000000000000"));
        p.setProcessEnvironment(env);
        p.start(test::binary(QStringLiteral("recon")),
            { QStringLiteral("import"), ws, m_csv, QStringLiteral("--side"),
                QStringLiteral("right") });
        QVERIFY(p.waitForStarted());
        const int delay = QRandomGenerator::global()->bounded(int(m_fullMs * 1.1) + 1);
        QTest::qSleep(delay);
        ::kill(static_cast<pid_t>(p.processId()), SIGKILL);
        p.waitForFinished(30000);

        auto w = Workspace::open(ws); // rolls back a hot journal / recovers the WAL
        QCOMPARE(w->db().scalarText("PRAGMA integrity_check"), QStringLiteral("ok"));
        QCOMPARE(w->db().scalarText("PRAGMA journal_mode"), QStringLiteral("wal"));
        QVERIFY(!QFile::exists(ws + QStringLiteral("-journal")));
        const qint64 n = w->transactionCount();
        const qint64 imports = w->db().scalarInt("SELECT COUNT(*) FROM imports");
        QVERIFY2(
            n == 0 || n == m_rows, qPrintable(QStringLiteral("half an import: %1 rows").arg(n)));
        QCOMPARE(imports, n == 0 ? 0 : 1);
        QVERIFY(w->audit().verify().ok);
        QCOMPARE(w->audit().head().count, n == 0 ? 1 : 2);
        (n == 0 ? none : all)++;
        w.reset();
        QFile::remove(ws);
        QFile::remove(ws + QStringLiteral("-wal"));
        QFile::remove(ws + QStringLiteral("-shm"));
    }
    qInfo("50 kills (half in each journal mode) over a %lld ms import of %d rows: %d left "
          "nothing, %d left everything",
        m_fullMs, m_rows, none, all);
    QCOMPARE(none + all, 50);
}

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crash_safety.moc"
