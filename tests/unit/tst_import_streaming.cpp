// The streaming path of an import: ReadOptions::sink in the CSV and XLSX readers gives the same
// bookings and statements as a collected read, stops on request, and importFile streams into the
// insert while keeping all-or-nothing (errors after 20,000 inserted rows, cancel), the
// statement figures that are known only at the end, progress and de-duplication.
#include "core/import/registry.h"
#include "core/store/import_service.h"
#include "support/testsupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace recon;

namespace {

struct Streamed {
    QList<Statement> statements; // one per distinct statement seen, with its transactions
    int calls = 0;
};

// Reads `data` with a sink and files every booking under the statement it came with.
ReadResult readStreaming(
    const QByteArray &data, ReadOptions opts, Streamed *out, int stopAfter = -1)
{
    opts.sink = [out, stopAfter](const Statement &st, Transaction &&t) {
        ++out->calls;
        Statement *slot = nullptr;
        for (Statement &s : out->statements) {
            if (s.id == st.id && s.account == st.account && s.currency == st.currency)
                slot = &s;
        }
        if (!slot) {
            out->statements.append(st);
            slot = &out->statements.last();
        }
        if (!st.transactions.isEmpty())
            return false; // the contract: the statement's own list stays empty
        slot->transactions.append(std::move(t));
        return stopAfter < 0 || out->calls < stopAfter;
    };
    return makeCsvReader()->read(data, opts);
}

QString describe(const Transaction &t)
{
    return QStringLiteral("%1|%2|%3|%4|%5|%6|%7|%8")
        .arg(t.effectiveDate().toString(Qt::ISODate), t.amount.toPlainString(),
            t.amount.currencyCode(), t.description, t.reference, t.counterparty, t.account)
        .arg(t.sourceLine);
}

QString money(const std::optional<Money> &m)
{
    return m ? m->toPlainString() + m->currencyCode() : QStringLiteral("-");
}

} // namespace

class TestImportStreaming : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void sameAsCollected_data();
    void sameAsCollected();
    void sinkStopsTheRead();
    void bigImportWithLateErrorWritesNothing();
    void bigImportStreamsStatementsAndIndices();
    void cancelWritesNothing();
    void progressReachesTheEnd();
    void reimportOfBigFileIsAllDuplicates();
    void sameBigFileRefusedWhileHashing();

private:
    QString write(const QString &name, const QByteArray &content)
    {
        const QString p = m_dir.filePath(name);
        QFile f(p);
        f.open(QIODevice::WriteOnly);
        f.write(content);
        return p;
    }
    QByteArray ledger(int rows, int badRow = -1) const;
    static qint64 indexCount(Workspace &ws)
    {
        return ws.db().scalarInt("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND "
                                 "tbl_name = 'transactions' AND sql IS NOT NULL");
    }
    QTemporaryDir m_dir;
    qint64 m_freshIndices = 0; // secondary indices of `transactions` in a new workspace
};

QByteArray TestImportStreaming::ledger(int rows, int badRow) const
{
    QByteArray out = "id,date,amount,currency,description,reference,counterparty\n";
    for (int i = 0; i < rows; ++i) {
        out += "GL-" + QByteArray::number(i) + ",2026-10-"
            + QByteArray::number(1 + i % 28).rightJustified(2, '0') + ","
            + (i == badRow ? QByteArray("1x.00") : QByteArray::number(100 + i % 900) + ".25")
            + ",EUR,\"Invoice, number " + QByteArray::number(i) + "\",INV-" + QByteArray::number(i)
            + ",Customer " + QByteArray::number(i % 97) + "\n";
    }
    return out;
}

void TestImportStreaming::sameAsCollected_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<int>("statements");
    QTest::newRow("single account") << QByteArray("date,amount,description\n"
                                                  "2026-10-01,-49.90,Subscription\n"
                                                  "2026-10-03,100.00,Receipt\n"
                                                  "2026-10-02,5.00,Refund\n")
                                    << 1;
    // A zero-amount notice repeating its neighbour is dropped, in the middle and at the end.
    QTest::newRow("zero echoes") << QByteArray("date,amount,description\n"
                                               "2026-10-01,-10.00,Card A\n"
                                               "2026-10-01,0.00,Card A\n"
                                               "2026-10-02,0.00,Standalone zero\n"
                                               "2026-10-03,7.00,Card B\n"
                                               "2026-10-03,0.00,Card B\n")
                                 << 1;
    QTest::newRow("two accounts, two currencies") << QByteArray(
        "account,date,amount,currency,description\n"
        "NL01BANK0001,2026-10-01,-1.00,EUR,a\n"
        "NL02BANK0002,2026-10-01,2.00,EUR,b\n"
        "NL01BANK0001,2026-10-02,3.00,USD,c\n"
        "NL01BANK0001,2026-10-03,4.00,EUR,d\n") << 3;
    // A running balance column gives opening and closing balances at the end.
    QTest::newRow("running balance") << QByteArray("date,amount,balance,description\n"
                                                   "2026-10-01,-10.00,90.00,a\n"
                                                   "2026-10-02,25.00,115.00,b\n"
                                                   "2026-10-03,-5.00,110.00,c\n")
                                     << 1;
}

void TestImportStreaming::sameAsCollected()
{
    QFETCH(QByteArray, csv);
    QFETCH(int, statements);
    ReadOptions opts;
    opts.fileName = QStringLiteral("t.csv");
    opts.defaultCurrency = QStringLiteral("EUR");
    const ReadResult collected = makeCsvReader()->read(csv, opts);
    Streamed streamed;
    const ReadResult r = readStreaming(csv, opts, &streamed);
    QVERIFY(collected.ok());
    QVERIFY(r.ok());
    QCOMPARE(r.transactionCount(), 0); // all of them went to the sink
    QCOMPARE(collected.statements.size(), statements);
    QCOMPARE(r.statements.size(), statements);
    QCOMPARE(streamed.statements.size(), statements);
    QCOMPARE(streamed.calls, collected.transactionCount());
    QCOMPARE(r.warnings.size(), collected.warnings.size());
    for (qsizetype i = 0; i < r.warnings.size(); ++i)
        QCOMPARE(r.warnings[i].toString(), collected.warnings[i].toString());
    for (qsizetype s = 0; s < statements; ++s) {
        const Statement &c = collected.statements[s];
        const Statement &f = r.statements[s]; // final figures
        QCOMPARE(f.account, c.account);
        QCOMPARE(f.currency, c.currency);
        QCOMPARE(f.periodFrom, c.periodFrom);
        QCOMPARE(f.periodTo, c.periodTo);
        QCOMPARE(money(f.openingBalance), money(c.openingBalance));
        QCOMPARE(money(f.closingBalance), money(c.closingBalance));
        const Statement &st = streamed.statements[s];
        QCOMPARE(st.account, c.account);
        QCOMPARE(st.transactions.size(), c.transactions.size());
        for (qsizetype i = 0; i < c.transactions.size(); ++i)
            QCOMPARE(describe(st.transactions[i]), describe(c.transactions[i]));
    }
}

void TestImportStreaming::sinkStopsTheRead()
{
    ReadOptions opts;
    opts.fileName = QStringLiteral("big.csv");
    Streamed streamed;
    const ReadResult r = readStreaming(ledger(5000), opts, &streamed, 3000);
    QCOMPARE(streamed.calls, 3000); // nothing after the sink said stop
    QVERIFY(r.ok());
}

void TestImportStreaming::bigImportWithLateErrorWritesNothing()
{
    auto ws = Workspace::create(m_dir.filePath(QStringLiteral("late.recon")));
    m_freshIndices = indexCount(*ws);
    QVERIFY(m_freshIndices >= 3); // (side, status), (side, date), (side, amount)
    // 30,000 good rows are inserted (past the index-drop threshold) before the bad one.
    const QString p = write(QStringLiteral("late.csv"), ledger(30005, 30000));
    ImportRequest req;
    req.path = p;
    req.side = Side::Right;
    const auto rep = importFile(*ws, req);
    QVERIFY(!rep.written);
    QCOMPARE(rep.read.errors.size(), 1);
    QCOMPARE(rep.read.errors.first().line, 30002);
    QCOMPARE(rep.read.errors.first().field, QStringLiteral("amount"));
    QCOMPARE(ws->transactionCount(), 0);
    QCOMPARE(ws->imports().size(), 0);
    QCOMPARE(ws->db().scalarInt("SELECT count(*) FROM statements"), 0);
    QCOMPARE(indexCount(*ws), m_freshIndices);

    // The same file with --skip-bad-lines: the good rows go in, the bad one is reported.
    req.skipBadLines = true;
    const auto rep2 = importFile(*ws, req);
    QVERIFY(rep2.written);
    QCOMPARE(rep2.import.rowsImported, 30004);
    QCOMPARE(rep2.import.rowsSkipped, 1);
    QCOMPARE(rep2.import.rowsRead, 30005);
    QCOMPARE(ws->transactionCount(), 30004);
}

void TestImportStreaming::bigImportStreamsStatementsAndIndices()
{
    auto ws = Workspace::create(m_dir.filePath(QStringLiteral("big.recon")));
    m_freshIndices = indexCount(*ws);
    const QString p = write(QStringLiteral("big.csv"), ledger(25000));
    ImportRequest req;
    req.path = p;
    req.side = Side::Right;
    req.account = QStringLiteral("LEDGER-1");
    const auto rep = importFile(*ws, req);
    QVERIFY(rep.written);
    QCOMPARE(rep.import.rowsImported, 25000);
    QCOMPARE(ws->transactionCount(), 25000);
    const auto imports = ws->imports();
    QCOMPARE(imports.size(), 1);
    QCOMPARE(imports.first().format, QStringLiteral("csv"));
    QCOMPARE(imports.first().encoding, QStringLiteral("utf-8"));
    QCOMPARE(imports.first().rowsRead, 25000);
    QCOMPARE(imports.first().rowsImported, 25000);
    // The statement row carries the period known only after the last row, and the override.
    QCOMPARE(ws->db().scalarInt("SELECT count(*) FROM statements"), 1);
    QCOMPARE(ws->db().scalarText("SELECT account FROM statements"), QStringLiteral("LEDGER-1"));
    QCOMPARE(
        ws->db().scalarInt("SELECT period_from FROM statements"), QDate(2026, 10, 1).toJulianDay());
    QCOMPARE(
        ws->db().scalarInt("SELECT period_to FROM statements"), QDate(2026, 10, 28).toJulianDay());
    QCOMPARE(ws->db().scalarInt("SELECT count(DISTINCT account) FROM transactions"), 1);
    QCOMPARE(ws->db().scalarText("SELECT account FROM transactions LIMIT 1"),
        QStringLiteral("LEDGER-1"));
    // Rows in file order with their raw fields (the names once in the import, copies of typed
    // columns stored as column numbers, see raw_fields.h); indices rebuilt.
    QCOMPARE(ws->db().scalarText("SELECT raw FROM transactions WHERE source_line = 2"),
        QStringLiteral("[1,10,12,9,2,3,4]"));
    QCOMPARE(ws->db().scalarText("SELECT raw_keys FROM imports"),
        QStringLiteral(
            R"(["id","date","amount","currency","description","reference","counterparty"])"));
    const QList<Transaction> back = ws->transactions(Side::Right, std::nullopt, true);
    QCOMPARE(back.size(), 25000);
    QCOMPARE(back.first().sourceLine, 2);
    QCOMPARE(back.first().raw,
        RawFields({ { QStringLiteral("id"), QStringLiteral("GL-0") },
            { QStringLiteral("date"), QStringLiteral("2026-10-01") },
            { QStringLiteral("amount"), QStringLiteral("100.25") },
            { QStringLiteral("currency"), QStringLiteral("EUR") },
            { QStringLiteral("description"), QStringLiteral("Invoice, number 0") },
            { QStringLiteral("reference"), QStringLiteral("INV-0") },
            { QStringLiteral("counterparty"), QStringLiteral("Customer 0") } }));
    QCOMPARE(ws->db().scalarInt("SELECT sum(amount_minor) FROM transactions"),
        ws->db().scalarInt("SELECT sum(100 + (source_line - 2) % 900) * 100 + 25 * count(*) "
                           "FROM transactions"));
    QCOMPARE(ws->db().scalarText("PRAGMA integrity_check"), QStringLiteral("ok"));
    QCOMPARE(indexCount(*ws), m_freshIndices);
}

void TestImportStreaming::cancelWritesNothing()
{
    auto ws = Workspace::create(m_dir.filePath(QStringLiteral("cancel.recon")));
    const QString p = write(QStringLiteral("cancel.csv"), ledger(40000));
    std::atomic<bool> cancel { false };
    qint64 lastDone = 0;
    ImportRequest req;
    req.path = p;
    req.side = Side::Left;
    const auto rep = importFile(
        *ws, req,
        [&](qint64 done, qint64) {
            lastDone = done;
            if (done >= 20000)
                cancel = true; // the user presses Cancel half-way
        },
        &cancel);
    QVERIFY(rep.cancelled);
    QVERIFY(!rep.written);
    QVERIFY(lastDone >= 20000);
    QVERIFY(lastDone < 40000);
    QCOMPARE(ws->transactionCount(), 0);
    QCOMPARE(ws->imports().size(), 0);
    QCOMPARE(ws->audit().head().count, 1);
}

void TestImportStreaming::progressReachesTheEnd()
{
    auto ws = Workspace::create(m_dir.filePath(QStringLiteral("progress.recon")));
    const QString p = write(QStringLiteral("progress.csv"), ledger(50000));
    QList<std::pair<qint64, qint64>> calls;
    ImportRequest req;
    req.path = p;
    req.side = Side::Left;
    const auto rep = importFile(*ws, req, [&](qint64 done, qint64 total) {
        calls.append({ done, total });
    });
    QVERIFY(rep.written);
    QVERIFY(calls.size() >= 3);
    for (qsizetype i = 0; i < calls.size(); ++i) {
        QVERIFY(calls[i].first <= calls[i].second);
        if (i > 0)
            QVERIFY(calls[i].first >= calls[i - 1].first);
    }
    QCOMPARE(calls.last().first, calls.last().second);
    QVERIFY(calls.last().first >= 50000);
}

void TestImportStreaming::reimportOfBigFileIsAllDuplicates()
{
    auto ws = Workspace::create(m_dir.filePath(QStringLiteral("dup.recon")));
    const QByteArray rows = ledger(21000);
    const QString a = write(QStringLiteral("dup_a.csv"), rows);
    // Same rows without the id column: the fingerprint (with the occurrence index) decides.
    QByteArray noIds;
    for (const QByteArray &line : rows.split('\n')) {
        if (!line.isEmpty())
            noIds += line.mid(line.indexOf(',') + 1) + "\n";
    }
    noIds += "2026-10-01,100.25,EUR,\"Invoice, number 0\",INV-0,Customer 0\n"; // a second one
    const QString b = write(QStringLiteral("dup_b.csv"), noIds);
    ImportRequest req;
    req.side = Side::Left;
    req.path = b;
    QCOMPARE(importFile(*ws, req).import.rowsImported, 21001);
    // The dry run of the file with ids counts nothing as duplicate (ids were not stored) ...
    req.path = a;
    req.dryRun = true;
    const auto dry = importFile(*ws, req);
    QVERIFY(!dry.written);
    QCOMPARE(dry.duplicates, 0);
    QCOMPARE(dry.import.rowsImported, 21000);
    QCOMPARE(ws->transactionCount(), 21001);
    // ... and the file without ids again (a copy with a new name) is all duplicates.
    req.dryRun = false;
    req.path = write(QStringLiteral("dup_b2.csv"), noIds + "\n");
    const auto again = importFile(*ws, req);
    QVERIFY(again.written);
    QCOMPARE(again.duplicates, 21001);
    QCOMPARE(again.import.rowsImported, 0);
    QCOMPARE(ws->transactionCount(), 21001);
}

void TestImportStreaming::sameBigFileRefusedWhileHashing()
{
    // The hash is computed beside the import (import_service.cpp): the stored hash is the
    // file's, and the same bytes again are refused with nothing written, whatever the name.
    auto ws = Workspace::create(m_dir.filePath(QStringLiteral("same.recon")));
    const QByteArray rows = ledger(30000);
    ImportRequest req;
    req.side = Side::Left;
    req.path = write(QStringLiteral("same_a.csv"), rows);
    const auto first = importFile(*ws, req);
    QVERIFY(first.written);
    const QString sha
        = QString::fromLatin1(QCryptographicHash::hash(rows, QCryptographicHash::Sha256).toHex());
    QCOMPARE(first.sha256, sha);
    QCOMPARE(ws->db().scalarText("SELECT sha256 FROM imports"), sha);
    const auto auditBefore = ws->audit().head();
    for (const QString &name : { QStringLiteral("same_a.csv"), QStringLiteral("renamed.csv") }) {
        req.path = name == QLatin1String("same_a.csv") ? req.path : write(name, rows);
        const auto again = importFile(*ws, req);
        QVERIFY(!again.written);
        QVERIFY2(again.refusal.contains(QStringLiteral("already imported (as same_a.csv")),
            qPrintable(again.refusal));
        QCOMPARE(again.sha256, sha);
        QCOMPARE(ws->transactionCount(), 30000);
        QCOMPARE(ws->db().scalarInt("SELECT count(*) FROM imports"), 1);
        QCOMPARE(ws->db().scalarInt("SELECT count(*) FROM statements"), 1);
        QCOMPARE(ws->audit().head().count, auditBefore.count);
    }
    QCOMPARE(ws->db().scalarText("PRAGMA integrity_check"), QStringLiteral("ok"));
}

QTEST_GUILESS_MAIN(TestImportStreaming)
#include "tst_import_streaming.moc"
