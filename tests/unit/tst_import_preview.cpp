// The import wizard's core: the first rows of a CSV/XLSX file read as the readers read them
// (delimiter, encoding, sheet, row cap), a mapping's preview arranged per row and cell (parsed
// transaction by line, problems on the cell their field names), the balance check and the sign
// convention a mapping expresses.
#include "core/import/preview.h"
#include "core/store/import_service.h"
#include "core/store/workspace.h"
#include "support/testsupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace recon;

class TestImportPreview : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void sample_data();
    void sample();
    void sampleCapsRows();
    void xlsxSheets();
    void gridAttachesProblemsToCells();
    void gridWithCorrectedMapping();
    void balances_data();
    void balances();
    void signConventions_data();
    void signConventions();
    void importHonoursWizardMapping();

private:
    QString write(const QString &name, const QByteArray &bytes);
    QTemporaryDir m_dir;
};

QString TestImportPreview::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return QString();
    f.write(bytes);
    return path;
}

void TestImportPreview::sample_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("delimiter");
    QTest::addColumn<int>("rows");
    QTest::addColumn<QString>("firstCell");
    QTest::addColumn<QString>("error");
    const QString data = test::testDataDir() + QStringLiteral("/import/");
    QTest::newRow("semicolon utf-16le bom")
        << data + QStringLiteral("csv/utf16le_bom_semicolon/input.csv") << "csv"
        << "utf-16le"
        << ";" << 3 << "Datum"
        << "";
    QTest::newRow("latin1") << data + QStringLiteral("csv/latin1_detected/input.csv") << "csv"
                            << "iso-8859-1"
                            << "" << -1 << ""
                            << "";
    QTest::newRow("mt940 has no mapping")
        << data + QStringLiteral("mt940/envelope_sepa/input.sta") << ""
        << ""
        << "" << 0 << ""
        << "mt940 files have no column mapping";
    QTest::newRow("missing file") << m_dir.filePath(QStringLiteral("nope.csv")) << ""
                                  << ""
                                  << "" << 0 << ""
                                  << "No such file or directory";
}

void TestImportPreview::sample()
{
    QFETCH(QString, path);
    QFETCH(QString, format);
    QFETCH(QString, encoding);
    QFETCH(QString, delimiter);
    QFETCH(int, rows);
    QFETCH(QString, firstCell);
    QFETCH(QString, error);
    const TabularSample s = loadTabularSample(path);
    QCOMPARE(s.error, error);
    QCOMPARE(s.format, format);
    QCOMPARE(s.encoding, encoding);
    if (!delimiter.isEmpty())
        QCOMPARE(QString(s.delimiter), delimiter);
    if (rows >= 0)
        QCOMPARE(s.rows.size(), rows);
    else
        QVERIFY(s.rows.size() >= 2);
    if (!firstCell.isEmpty())
        QCOMPARE(s.rows.first().cells.first(), firstCell);
    QVERIFY(!s.truncated);
}

void TestImportPreview::sampleCapsRows()
{
    QByteArray csv = "Date,Amount,Text\n";
    for (int i = 0; i < 500; ++i)
        csv += "2024-01-01," + QByteArray::number(i) + ".00,row " + QByteArray::number(i) + "\n";
    const TabularSample s = loadTabularSample(write(QStringLiteral("many.csv"), csv), {}, {}, 100);
    QVERIFY(s.error.isEmpty());
    QCOMPARE(s.rows.size(), 100);
    QVERIFY(s.truncated);
    QCOMPARE(s.rows.at(99).line, 100);
    QCOMPARE(s.rows.at(99).cells.at(2), QStringLiteral("row 98"));
}

void TestImportPreview::xlsxSheets()
{
    const QString path
        = test::testDataDir() + QStringLiteral("/import/xlsx/openpyxl_german_dates/input.xlsx");
    const TabularSample s = loadTabularSample(path);
    QVERIFY2(s.error.isEmpty(), qPrintable(s.error));
    QCOMPARE(s.format, QStringLiteral("xlsx"));
    QVERIFY(!s.sheets.isEmpty());
    QCOMPARE(s.sheet, s.sheets.first());
    QVERIFY(s.rows.size() >= 2);
    const TabularSample none = loadTabularSample(path, {}, QStringLiteral("No Such Sheet"));
    QCOMPARE(none.error, QStringLiteral("no sheet named 'No Such Sheet'"));
    QVERIFY(none.rows.isEmpty());
}

void TestImportPreview::gridAttachesProblemsToCells()
{
    const QList<TabularRow> rows { { 1, { "Buchungstag", "Text", "Betrag" } },
        { 2, { "01.02.2024", "Miete", "-900,00" } }, { 3, { "02.02.2024", "Strom", "12,3,4" } },
        { 4, { "31.02.2024", "Gas", "-10,00" } }, { 5, { "03.02.2024", "Gehalt", "2.000,00" } } };
    ReadOptions o;
    o.defaultCurrency = QStringLiteral("EUR");
    const PreviewGrid g = buildPreviewGrid(rows, o);
    QCOMPARE(g.headers.size(), 3);
    QCOMPARE(g.columnCount, 3);
    QCOMPARE(g.rows.size(), 4);
    QCOMPARE(g.errorRows, 2);
    QVERIFY(g.rows[0].parsed);
    QCOMPARE(g.rows[0].parsed->amount, Money::fromMinor(-90000, u"EUR"));
    QCOMPARE(g.rows[0].line, 2);
    QVERIFY(!g.rows[1].parsed);
    QCOMPARE(g.rows[1].cellErrors.keys(), QList<int> { 2 });
    QVERIFY(!g.rows[1].cellErrors.value(2).isEmpty());
    QVERIFY(!g.rows[2].parsed);
    QCOMPARE(g.rows[2].cellErrors.keys(), QList<int> { 0 });
    QVERIFY(g.rows[3].parsed);
    QCOMPARE(g.rows[3].parsed->amount, Money::fromMinor(200000, u"EUR"));
    QVERIFY(g.rows[3].cellErrors.isEmpty());
}

void TestImportPreview::gridWithCorrectedMapping()
{
    // No header: the user names the columns; "column N" problems land on column N-1.
    const QList<TabularRow> rows { { 1, { "2024-01-05", "12.50", "ACME" } },
        { 2, { "2024-01-06", "x", "Foo" } } };
    TabularMapping m;
    m.headerRow = -1;
    m.roles = { ColumnRole::Date, ColumnRole::Amount, ColumnRole::Counterparty };
    m.currency = QStringLiteral("USD");
    ReadOptions o;
    o.mapping = m;
    const PreviewGrid g = buildPreviewGrid(rows, o);
    QVERIFY(g.headers.isEmpty());
    QCOMPARE(g.rows.size(), 2);
    QVERIFY(g.rows[0].parsed);
    QCOMPARE(g.rows[0].parsed->counterparty, QStringLiteral("ACME"));
    QCOMPARE(g.rows[0].parsed->amount, Money::fromMinor(1250, u"USD"));
    QCOMPARE(g.rows[1].cellErrors.keys(), QList<int> { 1 });
    QCOMPARE(g.mapping.roles, m.roles);
}

void TestImportPreview::balances_data()
{
    QTest::addColumn<QList<Statement>>("statements");
    QTest::addColumn<int>("withBalances");
    QTest::addColumn<int>("rolling");
    const auto st
        = [](std::optional<qint64> open, std::optional<qint64> close, QList<qint64> amounts) {
              Statement s;
              s.id = QStringLiteral("S1");
              s.currency = QStringLiteral("EUR");
              if (open)
                  s.openingBalance = Money::fromMinor(*open, u"EUR");
              if (close)
                  s.closingBalance = Money::fromMinor(*close, u"EUR");
              for (qint64 a : amounts) {
                  Transaction t;
                  t.amount = Money::fromMinor(a, u"EUR");
                  s.transactions.append(t);
              }
              return s;
          };
    QTest::newRow("rolls") << QList<Statement> { st(10000, 10550, { 1000, -450 }) } << 1 << 1;
    QTest::newRow("off by a cent")
        << QList<Statement> { st(10000, 10551, { 1000, -450 }) } << 1 << 0;
    QTest::newRow("no balances") << QList<Statement> { st({}, {}, { 1 }) } << 0 << 0;
    QTest::newRow("streamed: items not listed") << QList<Statement> { st(0, 5, {}) } << 0 << 0;
    QTest::newRow("only opening") << QList<Statement> { st(5, {}, { 1 }) } << 0 << 0;
    QTest::newRow("two, one rolls")
        << QList<Statement> { st(0, 5, { 5 }), st(0, 5, { 4 }) } << 2 << 1;
}

void TestImportPreview::balances()
{
    QFETCH(QList<Statement>, statements);
    QFETCH(int, withBalances);
    QFETCH(int, rolling);
    const BalanceCheck c = checkBalances(statements);
    QCOMPARE(c.statements, int(statements.size()));
    QCOMPARE(c.withBalances, withBalances);
    QCOMPARE(c.rolling, rolling);
    QCOMPARE(c.problems.size(), withBalances - rolling);
    if (!c.problems.isEmpty())
        QVERIFY(c.problems.first().startsWith(QStringLiteral("statement S1: opening ")));
}

void TestImportPreview::signConventions_data()
{
    QTest::addColumn<QList<ColumnRole>>("roles");
    QTest::addColumn<int>("expected");
    using R = ColumnRole;
    QTest::newRow("signed") << QList<R> { R::Date, R::Amount } << int(SignConvention::SignedAmount);
    QTest::newRow("debit/credit") << QList<R> { R::Date, R::Debit, R::Credit }
                                  << int(SignConvention::DebitCredit);
    QTest::newRow("indicator") << QList<R> { R::Date, R::Amount, R::DebitCreditIndicator }
                               << int(SignConvention::Indicator);
    QTest::newRow("none") << QList<R> { R::Date, R::Description } << int(SignConvention::None);
}

void TestImportPreview::signConventions()
{
    QFETCH(QList<ColumnRole>, roles);
    QFETCH(int, expected);
    TabularMapping m;
    m.roles = roles;
    QCOMPARE(int(signConvention(m)), expected);
}

void TestImportPreview::importHonoursWizardMapping()
{
    // The wizard's corrected mapping (here: inverted signs, the text as reference) is what the
    // import uses, in the dry run and for real; without it the file is read as detected.
    const QString csv = write(QStringLiteral("ledger.csv"),
        "Date;Text;Amount\n2024-03-01;INV-1;12,50\n2024-03-02;INV-2;-3,00\n");
    const QString wsPath = m_dir.filePath(QStringLiteral("mapping.recon"));
    auto ws = Workspace::create(wsPath);
    ImportRequest req;
    req.path = csv;
    req.defaultCurrency = QStringLiteral("EUR");
    req.dryRun = true;
    const ImportReport detected = importFile(*ws, req);
    QVERIFY(detected.read.ok());
    QVERIFY(detected.read.mapping);
    TabularMapping m = *detected.read.mapping;
    QCOMPARE(m.roles.at(1), ColumnRole::Description);
    m.roles[1] = ColumnRole::Reference;
    m.invertSign = true;
    req.mapping = m;
    req.profile = QStringLiteral("no such profile"); // an explicit mapping wins over a name
    const ImportReport dry = importFile(*ws, req);
    QVERIFY(dry.read.ok());
    QVERIFY2(dry.refusal.isEmpty(), qPrintable(dry.refusal));
    QCOMPARE(dry.import.rowsImported, 2);
    QCOMPARE(dry.read.mapping->roles.at(1), ColumnRole::Reference);
    QVERIFY(dry.read.mapping->invertSign);
    QCOMPARE(ws->transactionCount(), 0);
    req.dryRun = false;
    const ImportReport done = importFile(*ws, req);
    QVERIFY(done.written);
    QCOMPARE(ws->db().scalarInt("SELECT sum(amount_minor) FROM transactions"), -950);
    QCOMPARE(ws->db().scalarInt("SELECT count(*) FROM transactions WHERE reference = 'INV-2'"), 1);
}

QTEST_GUILESS_MAIN(TestImportPreview)
#include "tst_import_preview.moc"
