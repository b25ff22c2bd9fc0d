// The PDF summary report: rendered through QPdfWriter, then rasterised with pdftoppm to check the
// page count and that the pages are not blank; the export's audit entry carries the file's hash.
#include "core/report/export_service.h"
#include "core/report/report_charts.h"
#include "core/store/import_service.h"
#include "core/store/workspace.h"

#include <QDir>
#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace recon;

class TestReportPdf : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void rendersStatementOpenItemsAndSignOff();
};

namespace {
// Pixels near the chart's bar colour (series 0, blue).
int barPixels(const QImage &img)
{
    int n = 0;
    for (int y = 0; y < img.height(); ++y)
        for (int x = 0; x < img.width(); ++x) {
            const QColor c = img.pixelColor(x, y);
            if (std::abs(c.red() - 0x2f) < 24 && std::abs(c.green() - 0x6f) < 24
                && std::abs(c.blue() - 0xb3) < 24)
                ++n;
        }
    return n;
}
} // namespace

void TestReportPdf::rendersStatementOpenItemsAndSignOff()
{
    QTemporaryDir dir;
    auto ws = Workspace::create(dir.filePath(QStringLiteral("pdf.recon")));
    {
        sql::TxGuard tx(ws->db());
        Import imp;
        imp.id = QUuid::createUuid();
        imp.fileName = QStringLiteral("bank.sta");
        imp.sha256 = QStringLiteral("ab").repeated(32);
        imp.format = QStringLiteral("mt940");
        imp.importedAt = QDateTime::currentDateTimeUtc();
        imp.user = QStringLiteral("tester");
        recordImport(*ws, imp);
        Statement s;
        s.currency = QStringLiteral("EUR");
        for (int i = 0; i < 120; ++i) { // enough open items for a second page
            Transaction t;
            t.id = newUuidV7();
            t.bookingDate = QDate(2026, 9, 1).addDays(i % 60);
            t.amount = Money::fromMinor(1000 + i, u"EUR");
            t.description = QStringLiteral("Open item %1").arg(i);
            t.externalId = QString::number(i);
            s.transactions.append(t);
        }
        bulkInsert(*ws, imp.id, Side::Left, { s });
        tx.commit();
    }
    report::ExportOptions o;
    o.format = report::Format::Pdf;
    o.target = dir.filePath(QStringLiteral("summary.pdf"));
    o.filters.asOf = QDate(2026, 10, 31);
    o.preparer = QStringLiteral("Ann Preparer");
    o.reviewer = QStringLiteral("Rob Reviewer");
    const auto r = report::exportReport(*ws, o);
    QVERIFY2(r.ok, qPrintable(r.error));
    QVERIFY(QFileInfo(o.target).size() > 1000);
    QCOMPARE(ws->audit()
                 .entries(ws->audit().head().lastSeq, 1)
                 .first()
                 .payload.value(QStringLiteral("content_sha256"))
                 .toString(),
        fileSha256(o.target));

    // The charts' figures: 120 open bank items, two per day from 1 Sep to 30 Oct, as of 31 Oct.
    const auto ages = report::openItemsByAge(*ws, o.filters.asOf);
    QCOMPARE(
        QList<qint64>(ages.bank.begin(), ages.bank.end()), QList<qint64>({ 14, 46, 60, 0, 0 }));
    QCOMPARE(
        QList<qint64>(ages.ledger.begin(), ages.ledger.end()), QList<qint64>({ 0, 0, 0, 0, 0 }));
    const report::BarChart rate = report::matchRateChart(report::computeSummary(*ws));
    QCOMPARE(rate.categories.last(), QStringLiteral("Not matched"));
    QCOMPARE(rate.values.first().last(), 10000); // nothing matched: 100.00 %
    QCOMPARE(rate.format(rate.values.first().last()), QStringLiteral("100.00 %"));

    const QString pdftoppm = QStandardPaths::findExecutable(QStringLiteral("pdftoppm"));
    if (pdftoppm.isEmpty())
        QSKIP("pdftoppm (poppler-utils) is not installed");
    QProcess p;
    p.start(pdftoppm,
        { QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("40"), o.target,
            dir.filePath(QStringLiteral("page")) });
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 0);
    const QStringList pages
        = QDir(dir.path()).entryList({ QStringLiteral("page*.png") }, QDir::Files, QDir::Name);
    QVERIFY2(pages.size() >= 2, qPrintable(pages.join(QLatin1Char(','))));
    for (const QString &page : pages) {
        const QImage img(dir.filePath(page));
        QVERIFY(!img.isNull());
        int dark = 0;
        for (int y = 0; y < img.height(); ++y)
            for (int x = 0; x < img.width(); ++x)
                if (qGray(img.pixel(x, y)) < 128)
                    ++dark;
        QVERIFY2(dark > 50, // a few lines of text at 40 dpi; a blank page has none
            qPrintable(QStringLiteral("%1 looks blank (%2 dark pixels)").arg(page).arg(dark)));
    }
    // The charts are drawn on the first page, under the statement: their bars are there.
    const int bars = barPixels(QImage(dir.filePath(pages.first())));
    QVERIFY2(bars > 150, qPrintable(QStringLiteral("%1 bar pixels on page 1").arg(bars)));
    QCOMPARE(barPixels(QImage(dir.filePath(pages.last()))), 0);
    if (qEnvironmentVariableIsSet("RECON_KEEP_PDF"))
        QFile::copy(o.target, qEnvironmentVariable("RECON_KEEP_PDF"));
    if (qEnvironmentVariableIsSet("RECON_KEEP_PDF_PNG"))
        QFile::copy(dir.filePath(pages.first()), qEnvironmentVariable("RECON_KEEP_PDF_PNG"));
}

QTEST_MAIN(TestReportPdf)
#include "tst_report_pdf.moc"
