// The workspace file: creation, migrations (with a checked-in v1 file), refusal of foreign or
// newer files without touching them, read-only files, rollback on a failure mid-write, the audit
// chain and its tamper detection, duplicate-safe bulk insert.
#include "core/store/fingerprint.h"
#include "core/store/import_service.h"
#include "core/store/workspace.h"
#include "support/testsupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace recon;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

void rawExec(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
    char *err = nullptr;
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &err);
    const QString msg = err ? QString::fromUtf8(err) : QString();
    sqlite3_free(err);
    sqlite3_close(db);
    QVERIFY2(rc == SQLITE_OK, qPrintable(msg));
}

Transaction tx(int day, qint64 minor, const QString &text, const QString &ext = {})
{
    Transaction t;
    t.bookingDate = QDate(2026, 10, day);
    t.amount = Money::fromMinor(minor, u"EUR");
    t.description = text;
    t.externalId = ext;
    t.account = QStringLiteral("DE89370400440532013000");
    t.raw = { { QStringLiteral("text"), text },
        { QStringLiteral("quote\"d"), QStringLiteral("a\nb") } };
    return t;
}

Statement statement(QList<Transaction> rows)
{
    Statement s;
    s.account = QStringLiteral("DE89370400440532013000");
    s.currency = QStringLiteral("EUR");
    s.transactions = std::move(rows);
    return s;
}

// A row in `imports` for transactions to point at (inside the caller's transaction).
QUuid newImport(Workspace &ws)
{
    Import imp;
    imp.id = QUuid::createUuid();
    imp.fileName = QStringLiteral("test.sta");
    imp.sha256 = imp.id.toString(QUuid::Id128);
    imp.format = QStringLiteral("mt940");
    imp.importedAt = QDateTime::currentDateTimeUtc();
    imp.user = QStringLiteral("test");
    recordImport(ws, imp);
    return imp.id;
}

qint64 count(Workspace &ws, const char *sql)
{
    return ws.db().scalarInt(sql);
}

} // namespace

class TestWorkspace : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void createAndReopen();
    void createRefusesExistingFile();
    void upgradesOldFile();
    void refusesNewerSchemaUntouched();
    void refusesForeignFilesUntouched_data();
    void refusesForeignFilesUntouched();
    void readOnlyFileOpensReadOnly();
    void rollbackOnFailureMidWrite();
    void writerThreadErrorReachesCaller();
    void auditChainVerifies();
    void auditRefusesUpdateAndDetectsTampering();
    void duplicatesSkippedTwinsKept();
    void externalIdsDeduplicate();
    void uuidV7IsOrdered();
    void transactionsRoundTrip();

private:
    QTemporaryDir m_dir;
};

void TestWorkspace::createAndReopen()
{
    const QString path = m_dir.filePath(QStringLiteral("new.recon"));
    QString id;
    {
        auto ws = Workspace::create(path);
        QCOMPARE(ws->schemaVersion(), Workspace::latestSchemaVersion());
        QVERIFY(Workspace::latestSchemaVersion() >= 3);
        id = ws->id();
        QVERIFY(!QUuid::fromString(id).isNull());
        QCOMPARE(ws->audit().head().count, 1);
        QCOMPARE(count(*ws, "PRAGMA foreign_keys"), 1);
        QCOMPARE(ws->db().scalarText("PRAGMA journal_mode"), QStringLiteral("wal"));
        QCOMPARE(count(*ws, "PRAGMA page_size"), 16384); // see Workspace::create
    }
    auto ws = Workspace::open(path);
    QCOMPARE(ws->id(), id);
    QCOMPARE(count(*ws, "PRAGMA page_size"), 16384);
    QVERIFY(!ws->isReadOnly());
    QCOMPARE(ws->upgradedFrom(), 0);
}

void TestWorkspace::createRefusesExistingFile()
{
    const QString path = m_dir.filePath(QStringLiteral("exists.recon"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("precious");
    f.close();
    QVERIFY_THROWS_EXCEPTION(WorkspaceError, Workspace::create(path));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("precious"));
}

void TestWorkspace::upgradesOldFile()
{
    const QString src = test::testDataDir() + QStringLiteral("/workspace/v1.recon");
    const QString path = m_dir.filePath(QStringLiteral("v1copy.recon"));
    QVERIFY(QFile::copy(src, path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    auto ws = Workspace::open(path);
    QCOMPARE(ws->upgradedFrom(), 1);
    QCOMPARE(ws->schemaVersion(), Workspace::latestSchemaVersion());
    QCOMPARE(count(*ws, "PRAGMA page_size"), 4096); // an existing file keeps its pages
    QCOMPARE(count(*ws, "PRAGMA user_version"), Workspace::latestSchemaVersion());
    QCOMPARE(ws->id(), QStringLiteral("6f1c2a4e-8d1b-4c55-9a0e-2b7d3f9e1a01"));
    // Data of the old version survives, new tables exist and work.
    QCOMPARE(ws->transactionCount(), 2);
    QCOMPARE(ws->imports().size(), 1);
    QCOMPARE(ws->imports().first().fileName, QStringLiteral("old_statement.sta"));
    QCOMPARE(count(*ws, "SELECT COUNT(*) FROM reason_codes"), 9);
    QCOMPARE(count(*ws, "SELECT COUNT(*) FROM match_groups"), 0);
    QCOMPARE(count(*ws, "SELECT COUNT(*) FROM outbox"), 0);
    // v6 dropped the single-column indices of v1 that no query uses; v5's stay
    QCOMPARE(count(*ws,
                 "SELECT COUNT(*) FROM sqlite_master WHERE name IN ('ix_tx_amount', "
                 "'ix_tx_date', 'ix_tx_reference')"),
        0);
    QCOMPARE(count(*ws,
                 "SELECT COUNT(*) FROM sqlite_master WHERE name IN ('ix_tx_side_status', "
                 "'ix_tx_side_effdate', 'ix_tx_side_amount')"),
        3);
    // v7: names of raw fields per import; raw fields stored before (named pairs) still decode.
    QCOMPARE(ws->db().scalarText("SELECT raw_keys FROM imports"), QString());
    ws->db().exec(
        R"(UPDATE transactions SET raw = '[["Buchungstext","Miete"],["Betrag","-1,00"]]')");
    const auto old = ws->transactions(Side::Left, std::nullopt, true)
        + ws->transactions(Side::Right, std::nullopt, true);
    QCOMPARE(old.size(), 2);
    QCOMPARE(old.first().raw,
        RawFields({ { QStringLiteral("Buchungstext"), QStringLiteral("Miete") },
            { QStringLiteral("Betrag"), QStringLiteral("-1,00") } }));
    const auto entries = ws->audit().entries();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().action, QStringLiteral("workspace.upgrade"));
    QCOMPARE(entries.first().payload.value(QStringLiteral("from")).toInt(), 1);
    QVERIFY(ws->audit().verify().ok);
    // The checked-in file itself was never touched.
    QCOMPARE(fileHash(src), fileHash(src)); // readable
    auto again = Workspace::open(path);
    QCOMPARE(again->upgradedFrom(), 0);
}

void TestWorkspace::refusesNewerSchemaUntouched()
{
    const QString path = m_dir.filePath(QStringLiteral("newer.recon"));
    Workspace::create(path);
    rawExec(path, "PRAGMA user_version = 99; PRAGMA journal_mode = DELETE;");
    const QByteArray before = fileHash(path);
    try {
        Workspace::open(path);
        QFAIL("a newer workspace must not open");
    } catch (const WorkspaceError &e) {
        const QString msg = QString::fromUtf8(e.what());
        QVERIFY2(msg.contains(QStringLiteral("newer")), qPrintable(msg));
        QVERIFY(msg.contains(QStringLiteral("99")));
    }
    QCOMPARE(fileHash(path), before);
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
}

void TestWorkspace::refusesForeignFilesUntouched_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expected");
    QTest::newRow("text") << QByteArray("id,date,amount\n1,2026-01-01,5\n")
                          << "not a Recon workspace";
    QTest::newRow("empty") << QByteArray() << "empty";
    QTest::newRow("zip") << QByteArray("PK\x03\x04garbage", 12) << "not a Recon workspace";
}

void TestWorkspace::refusesForeignFilesUntouched()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);
    const QString path = m_dir.filePath(QStringLiteral("foreign.recon"));
    QFile::remove(path);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
    f.close();
    try {
        Workspace::open(path);
        QFAIL("a foreign file must not open");
    } catch (const WorkspaceError &e) {
        QVERIFY2(QString::fromUtf8(e.what()).contains(expected), e.what());
    }
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), content);
}

void TestWorkspace::readOnlyFileOpensReadOnly()
{
    const QString path = m_dir.filePath(QStringLiteral("ro.recon"));
    Workspace::create(path);
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    const QByteArray before = fileHash(path);
    {
        auto ws = Workspace::open(path);
        QVERIFY(ws->isReadOnly());
        QVERIFY(ws->readOnlyReason().contains(QStringLiteral("read-only")));
        QCOMPARE(ws->audit().head().count, 1);
        QVERIFY_THROWS_EXCEPTION(WorkspaceError, ws->requireWritable());
        ImportRequest req;
        req.path = path; // any readable file
        QVERIFY_THROWS_EXCEPTION(std::exception, importFile(*ws, req));
    }
    QCOMPARE(fileHash(path), before);
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
}

void TestWorkspace::rollbackOnFailureMidWrite()
{
    const QString path = m_dir.filePath(QStringLiteral("rollback.recon"));
    auto ws = Workspace::create(path);
    // Second row reuses the first row's UUID: the UNIQUE constraint fails after one row and one
    // statement were already written inside the transaction.
    QList<Transaction> rows { tx(1, 100, QStringLiteral("a")), tx(2, 200, QStringLiteral("b")) };
    rows[0].id = newUuidV7();
    rows[1].id = rows[0].id;
    const auto auditBefore = ws->audit().head();
    bool threw = false;
    try {
        sql::TxGuard guard(ws->db());
        ws->audit().append(QStringLiteral("import"), {}, QStringLiteral("t"));
        bulkInsert(*ws, newImport(*ws), Side::Left, { statement(rows) });
        guard.commit();
    } catch (const sql::Error &) {
        threw = true;
    }
    QVERIFY(threw);
    QCOMPARE(ws->transactionCount(), 0);
    QCOMPARE(count(*ws, "SELECT COUNT(*) FROM statements"), 0);
    QCOMPARE(ws->audit().head().count, auditBefore.count);
    QCOMPARE(ws->audit().head().hash, auditBefore.hash);
    QCOMPARE(ws->db().scalarText("PRAGMA integrity_check"), QStringLiteral("ok"));
}

void TestWorkspace::writerThreadErrorReachesCaller()
{
    // The rows are written on the row writer's thread (row_writer.h) while the caller goes on
    // handing rows over: a failure deep into a large load (row 25,000 of 30,000, in a later block
    // than the first) reaches the caller as the same sql::Error, and nothing stays written.
    const QString path = m_dir.filePath(QStringLiteral("writer_error.recon"));
    auto ws = Workspace::create(path);
    QList<Transaction> rows;
    for (int i = 0; i < 30000; ++i)
        rows.append(tx(1 + i % 28, 100 + i, QStringLiteral("row %1").arg(i)));
    rows[0].id = newUuidV7();
    rows[25000].id = rows[0].id;
    bool threw = false;
    try {
        sql::TxGuard guard(ws->db());
        bulkInsert(*ws, newImport(*ws), Side::Left, { statement(rows) });
        guard.commit();
    } catch (const sql::Error &e) {
        threw = QString::fromUtf8(e.what()).contains(QLatin1String("UNIQUE"));
    }
    QVERIFY(threw);
    QCOMPARE(ws->transactionCount(), 0);
    QCOMPARE(count(*ws, "SELECT COUNT(*) FROM statements"), 0);
    QCOMPARE(ws->db().scalarText("PRAGMA integrity_check"), QStringLiteral("ok"));
    // The connection is usable again: the same rows without the clash go in.
    rows[25000].id = QUuid();
    sql::TxGuard guard(ws->db());
    QCOMPARE(bulkInsert(*ws, newImport(*ws), Side::Left, { statement(rows) }).inserted, 30000);
    guard.commit();
    QCOMPARE(ws->transactionCount(), 30000);
}

void TestWorkspace::auditChainVerifies()
{
    const QString path = m_dir.filePath(QStringLiteral("audit.recon"));
    auto ws = Workspace::create(path);
    for (int i = 0; i < 25; ++i) {
        sql::TxGuard g(ws->db());
        ws->audit().append(QStringLiteral("test.step"),
            { { QStringLiteral("i"), i }, { QStringLiteral("zeta"), QStringLiteral("ü") } },
            QStringLiteral("analyst"));
        g.commit();
    }
    const auto r = ws->audit().verify();
    QVERIFY2(r.ok, qPrintable(r.message));
    QCOMPARE(r.entries, 26);
    const auto entries = ws->audit().entries();
    QCOMPARE(entries.first().prevHash, AuditLog::genesisHash());
    for (int i = 1; i < entries.size(); ++i)
        QCOMPARE(entries[i].prevHash, entries[i - 1].hash);
    QCOMPARE(AuditLog::computeHash(entries[5].prevHash, entries[5]), entries[5].hash);
}

void TestWorkspace::auditRefusesUpdateAndDetectsTampering()
{
    const QString path = m_dir.filePath(QStringLiteral("tamper.recon"));
    {
        auto ws = Workspace::create(path);
        for (int i = 0; i < 5; ++i) {
            sql::TxGuard g(ws->db());
            ws->audit().append(QStringLiteral("match.confirm"), { { QStringLiteral("group"), i } },
                QStringLiteral("analyst"));
            g.commit();
        }
        // Through the app's own connection the triggers refuse edits.
        QVERIFY_THROWS_EXCEPTION(
            sql::Error, ws->db().exec("UPDATE audit_log SET user_name = 'x' WHERE seq = 3"));
        QVERIFY_THROWS_EXCEPTION(sql::Error, ws->db().exec("DELETE FROM audit_log WHERE seq = 3"));
        QVERIFY(ws->audit().verify().ok);
    }
    // Behind the app's back: drop the trigger and change entry 4's payload.
    rawExec(path,
        "DROP TRIGGER audit_log_no_update; UPDATE audit_log SET payload = "
        "'{\"group\":99}' WHERE seq = 4;");
    auto ws = Workspace::open(path);
    const auto r = ws->audit().verify();
    QVERIFY(!r.ok);
    QCOMPARE(r.firstBadSeq, 4);
    // Re-hashing the edited row does not help: the next entry's prev_hash gives it away.
    const auto e4 = ws->audit().entries(4, 1).first();
    const QString rehash = AuditLog::computeHash(e4.prevHash, e4);
    rawExec(path,
        qPrintable(QStringLiteral("UPDATE audit_log SET hash = '%1' WHERE seq = 4").arg(rehash)));
    auto ws2 = Workspace::open(path);
    const auto r2 = ws2->audit().verify();
    QVERIFY(!r2.ok);
    QCOMPARE(r2.firstBadSeq, 5);
}

void TestWorkspace::duplicatesSkippedTwinsKept()
{
    const QString path = m_dir.filePath(QStringLiteral("dups.recon"));
    auto ws = Workspace::create(path);
    // Two genuine identical payments on one day, plus one other.
    const QList<Transaction> rows { tx(3, -4990, QStringLiteral("Subscription")),
        tx(3, -4990, QStringLiteral("Subscription")), tx(4, 100, QStringLiteral("Receipt")) };
    {
        sql::TxGuard g(ws->db());
        const auto r = bulkInsert(*ws, newImport(*ws), Side::Left, { statement(rows) });
        g.commit();
        QCOMPARE(r.inserted, 3);
        QCOMPARE(r.duplicates, 0);
    }
    // An overlapping statement: the same three plus a third identical payment and a new day.
    QList<Transaction> overlap = rows;
    overlap.append(tx(3, -4990, QStringLiteral("Subscription")));
    overlap.append(tx(5, 700, QStringLiteral("New")));
    sql::TxGuard g(ws->db());
    const auto r = bulkInsert(*ws, newImport(*ws), Side::Left, { statement(overlap) });
    g.commit();
    QCOMPARE(r.duplicates, 3);
    QCOMPARE(r.inserted, 2);
    QCOMPARE(ws->transactionCount(), 5);
    // The same items on the other side are not duplicates of this side.
    sql::TxGuard g2(ws->db());
    const auto r2 = bulkInsert(*ws, newImport(*ws), Side::Right, { statement(rows) });
    QCOMPARE(r2.inserted, 3);
}

void TestWorkspace::externalIdsDeduplicate()
{
    const QString path = m_dir.filePath(QStringLiteral("fitid.recon"));
    auto ws = Workspace::create(path);
    sql::TxGuard g(ws->db());
    bulkInsert(*ws, newImport(*ws), Side::Left,
        { statement({ tx(1, 100, QStringLiteral("x"), QStringLiteral("FIT1")),
            tx(1, 100, QStringLiteral("x"), QStringLiteral("FIT2")) }) });
    // Same FITID with different text (the bank re-worded it) is a duplicate; a new FITID with
    // identical content is a genuine new item.
    const auto r = bulkInsert(*ws, newImport(*ws), Side::Left,
        { statement({ tx(1, 100, QStringLiteral("changed"), QStringLiteral("FIT1")),
            tx(1, 100, QStringLiteral("x"), QStringLiteral("FIT3")) }) });
    g.commit();
    QCOMPARE(r.duplicates, 1);
    QCOMPARE(r.inserted, 1);
}

void TestWorkspace::uuidV7IsOrdered()
{
    QList<QByteArray> ids;
    for (int i = 0; i < 20000; ++i) { // far more than 4096 per millisecond
        const QUuid u = newUuidV7();
        const QByteArray b = uuidBytes(u);
        QCOMPARE(uchar(b[6]) >> 4, 7); // version 7 (Qt 6.4 does not know it by name)
        QCOMPARE(u.variant(), QUuid::DCE);
        ids.append(uuidBytes(u));
    }
    QCOMPARE(uuidFromBytes(ids.first()), QUuid::fromRfc4122(ids.first()));
    QList<QByteArray> sorted = ids;
    std::sort(sorted.begin(), sorted.end());
    QCOMPARE(sorted, ids);
}

void TestWorkspace::transactionsRoundTrip()
{
    const QString path = m_dir.filePath(QStringLiteral("roundtrip.recon"));
    auto ws = Workspace::create(path);
    Transaction t = tx(17, -123456, QStringLiteral("Überweisung \"quoted\""), QStringLiteral("E1"));
    t.valueDate = QDate(2026, 10, 18);
    t.reference = QStringLiteral("INV-1");
    t.counterparty = QStringLiteral("ACME");
    t.sourceLine = 42;
    t.amount = Money::fromMinor(-123456, u"KWD");
    sql::TxGuard g(ws->db());
    bulkInsert(*ws, newImport(*ws), Side::Right, { statement({ t }) });
    g.commit();
    const auto back = ws->transactions(Side::Right, std::nullopt, true);
    QCOMPARE(back.size(), 1);
    const Transaction &b = back.first();
    QCOMPARE(b.amount.minor(), -123456);
    QCOMPARE(b.amount.currency().exponent(), 3);
    QCOMPARE(b.amount.toPlainString(), QStringLiteral("-123.456"));
    QCOMPARE(b.bookingDate, t.bookingDate);
    QCOMPARE(b.valueDate, t.valueDate);
    QCOMPARE(b.description, t.description);
    QCOMPARE(b.reference, t.reference);
    QCOMPARE(b.externalId, t.externalId);
    QCOMPARE(b.sourceLine, 42);
    QCOMPARE(b.raw, t.raw);
    QCOMPARE(b.status, Status::Open);
    QVERIFY(!b.id.isNull());
    QCOMPARE(ws->transactions(Side::Left).size(), 0);
}

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
