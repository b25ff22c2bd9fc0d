// importFile end to end on real readers: all or nothing on errors, refusal of the same file,
// overlap de-duplication across files, --skip-bad-lines audit record, saved mapping profiles
// re-applied by header signature, dry run.
#include "core/store/import_service.h"
#include "support/testsupport.h"

#include "core/import/registry.h"
#include "core/import/tabular.h"
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace recon;

class TestImportService : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void errorsWriteNothing();
    void sameFileRefused();
    void overlappingFilesDeduplicated();
    void skipBadLinesIsAudited();
    void profileSavedAndReapplied();
    void dryRunWritesNothing();

private:
    QString write(const QString &name, const QByteArray &content)
    {
        const QString p = m_dir.filePath(name);
        QFile f(p);
        f.open(QIODevice::WriteOnly);
        f.write(content);
        return p;
    }
    std::unique_ptr<Workspace> fresh(const QString &name)
    {
        return Workspace::create(m_dir.filePath(name));
    }
    QTemporaryDir m_dir;
};

static const QByteArray kHeader = "id,date,amount,currency,description,reference,counterparty\n";

void TestImportService::errorsWriteNothing()
{
    auto ws = fresh(QStringLiteral("e.recon"));
    const QString p = write(QStringLiteral("bad.csv"),
        kHeader
            + "1,2026-10-01,10.00,EUR,a,r,c\n"
              "2,2026-13-45,11.00,EUR,b,r,c\n"
              "3,2026-10-03,1x.00,EUR,c,r,c\n");
    ImportRequest req;
    req.path = p;
    req.side = Side::Right;
    const auto rep = importFile(*ws, req);
    QVERIFY(!rep.written);
    QVERIFY(rep.read.errors.size() >= 2);
    QCOMPARE(rep.read.errors.first().line, 3);
    QVERIFY(rep.read.errors.first().toString().startsWith(QStringLiteral("bad.csv:3: ")));
    QCOMPARE(ws->transactionCount(), 0);
    QCOMPARE(ws->imports().size(), 0);
    QCOMPARE(ws->audit().head().count, 1);
}

void TestImportService::sameFileRefused()
{
    auto ws = fresh(QStringLiteral("s.recon"));
    const QString p = write(QStringLiteral("ok.csv"), kHeader + "1,2026-10-01,10.00,EUR,a,r,c\n");
    ImportRequest req;
    req.path = p;
    req.side = Side::Right;
    QVERIFY(importFile(*ws, req).written);
    const auto again = importFile(*ws, req);
    QVERIFY(!again.written);
    QVERIFY(again.refusal.contains(QStringLiteral("already imported")));
    QCOMPARE(ws->transactionCount(), 1);
}

void TestImportService::overlappingFilesDeduplicated()
{
    auto ws = fresh(QStringLiteral("o.recon"));
    // Without ids: the fingerprint decides; two identical payments on one day are both kept.
    const QByteArray head = "date,amount,description\n";
    const QString a = write(QStringLiteral("a.csv"),
        head
            + "2026-10-01,-49.90,Subscription\n"
              "2026-10-01,-49.90,Subscription\n"
              "2026-10-02,100.00,Receipt\n");
    const QString b = write(QStringLiteral("b.csv"),
        head
            + "2026-10-01,-49.90,Subscription\n"
              "2026-10-01,-49.90,Subscription\n"
              "2026-10-02,100.00,Receipt\n"
              "2026-10-03,5.00,New\n");
    ImportRequest req;
    req.side = Side::Left;
    req.defaultCurrency = QStringLiteral("EUR");
    req.path = a;
    QCOMPARE(importFile(*ws, req).import.rowsImported, 3);
    req.path = b;
    const auto rep = importFile(*ws, req);
    QVERIFY(rep.written);
    QCOMPARE(rep.duplicates, 3);
    QCOMPARE(rep.import.rowsImported, 1);
    QCOMPARE(ws->transactionCount(), 4);
}

void TestImportService::skipBadLinesIsAudited()
{
    auto ws = fresh(QStringLiteral("k.recon"));
    const QString p = write(QStringLiteral("some_bad.csv"),
        kHeader
            + "1,2026-10-01,10.00,EUR,a,r,c\n"
              "2,2026-10-02,zz,EUR,b,r,c\n"
              "3,2026-10-03,12.00,EUR,c,r,c\n");
    ImportRequest req;
    req.path = p;
    req.side = Side::Right;
    req.skipBadLines = true;
    const auto rep = importFile(*ws, req);
    QVERIFY(rep.written);
    QCOMPARE(rep.import.rowsImported, 2);
    QCOMPARE(rep.import.rowsSkipped, 1);
    const auto last = ws->audit().entries().last();
    QCOMPARE(last.action, QStringLiteral("import"));
    QCOMPARE(last.payload.value(QStringLiteral("rows_skipped")).toInt(), 1);
    const QString skipped
        = last.payload.value(QStringLiteral("skipped_lines")).toArray().first().toString();
    QVERIFY2(skipped.contains(QStringLiteral("some_bad.csv:3")), qPrintable(skipped));
}

void TestImportService::profileSavedAndReapplied()
{
    auto ws = fresh(QStringLiteral("p.recon"));
    // A layout the detector reads as a signed amount; the analyst knows the file is written from
    // the bank's side and inverts the sign once, saving it as a profile.
    const QByteArray head = "Buchungstag;Betrag;Text\n";
    const QString p1
        = write(QStringLiteral("p1.csv"), head + "01.10.2026;10,00;Eins\n02.10.2026;-3,50;Zwei\n");
    const QString p2 = write(QStringLiteral("p2.csv"), head + "03.10.2026;7,25;Drei\n");
    ImportRequest first;
    first.path = p1;
    first.side = Side::Right;
    first.defaultCurrency = QStringLiteral("EUR");
    const ReadResult probe = readFile(p1, QString(), ReadOptions {});
    QVERIFY(probe.mapping.has_value());
    TabularMapping inverted = *probe.mapping;
    inverted.invertSign = true;
    {
        sql::TxGuard g(ws->db());
        saveProfile(*ws, { QStringLiteral("bank-x"), headerSignature(probe.headers), inverted });
        g.commit();
    }
    const auto r1 = importFile(*ws, first);
    QVERIFY(r1.written);
    QCOMPARE(r1.profileApplied, QStringLiteral("bank-x"));
    ImportRequest second = first;
    second.path = p2;
    const auto r2 = importFile(*ws, second);
    QCOMPARE(r2.profileApplied, QStringLiteral("bank-x"));
    const auto rows = ws->transactions(Side::Right);
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(0).amount.minor(), -1000);
    QCOMPARE(rows.at(1).amount.minor(), 350);
    QCOMPARE(rows.at(2).amount.minor(), -725);
    QVERIFY(profileByName(*ws, QStringLiteral("bank-x")).has_value());
}

void TestImportService::dryRunWritesNothing()
{
    auto ws = fresh(QStringLiteral("d.recon"));
    const QString p = write(QStringLiteral("dry.csv"), kHeader + "1,2026-10-01,10.00,EUR,a,r,c\n");
    ImportRequest req;
    req.path = p;
    req.side = Side::Right;
    req.dryRun = true;
    const auto rep = importFile(*ws, req);
    QVERIFY(!rep.written);
    QCOMPARE(rep.import.rowsImported, 1);
    QCOMPARE(ws->transactionCount(), 0);
    QCOMPARE(ws->audit().head().count, 1);
}

QTEST_GUILESS_MAIN(TestImportService)
#include "tst_import_service.moc"
