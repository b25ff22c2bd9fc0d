// QIF: the file-wide date order decision, date forms, account blocks, splits and investment
// records, currency default.
#include "core/import/qif_dates.h"
#include "core/import/registry.h"

#include <QTest>

using namespace recon;

class TestQif : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void splitDate_data();
    void splitDate();
    void orderDecision_data();
    void orderDecision();
    void wholeFileDecidesOrder();
    void accountsAndSplits();
    void currencyDefault();
    void detection_data();
    void detection();
};

void TestQif::splitDate_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("monthFirst"); // invalid QDate: not a date
    QTest::newRow("US 2-digit year") << "8/12/13" << QDate(2013, 8, 12);
    QTest::newRow("apostrophe 1-digit year") << "1/ 5' 4" << QDate(2004, 1, 5);
    QTest::newRow("apostrophe 4-digit year") << "2/10'2020" << QDate(2020, 2, 10);
    QTest::newRow("apostrophe 2-digit year") << "12/31'99" << QDate(2099, 12, 31);
    QTest::newRow("slash 1970s") << "12/31/75" << QDate(1975, 12, 31);
    QTest::newRow("slash 2069") << "1/1/69" << QDate(2069, 1, 1);
    QTest::newRow("ISO") << "2023-12-11" << QDate(2023, 12, 11);
    QTest::newRow("dashes") << "01-02-2024" << QDate(2024, 1, 2);
    QTest::newRow("words") << "yesterday" << QDate();
    QTest::newRow("two parts") << "1/2" << QDate();
    QTest::newRow("four parts") << "1/2/3/4" << QDate();
    QTest::newRow("3-digit year") << "1/2/202" << QDate();
}

void TestQif::splitDate()
{
    QFETCH(QString, text);
    QFETCH(QDate, monthFirst);
    const auto p = qif::splitDate(text);
    QCOMPARE(p.has_value(), monthFirst.isValid());
    if (p)
        QCOMPARE(qif::toDate(*p, qif::DateOrder::MonthFirst), monthFirst);
}

void TestQif::orderDecision_data()
{
    QTest::addColumn<QStringList>("dates");
    QTest::addColumn<bool>("dayFirst");
    QTest::addColumn<bool>("ambiguous");
    QTest::newRow("day above 12 decides")
        << QStringList { "12/8/13", "15/8/13", "3/3/13" } << true << false;
    QTest::newRow("second above 12 decides")
        << QStringList { "8/12/13", "8/15/13" } << false << false;
    QTest::newRow("nothing decides: US") << QStringList { "3/4/2024", "5/6/2024" } << false << true;
    QTest::newRow("nothing decides, dotted: European")
        << QStringList { "03.04.2024", "05.06.2024" } << true << true;
    QTest::newRow("same day and month is not ambiguous")
        << QStringList { "3/3/13" } << false << false;
    QTest::newRow("ISO never ambiguous") << QStringList { "2023-01-02" } << false << false;
    QTest::newRow("majority wins a conflict")
        << QStringList { "13/1/2024", "14/1/2024", "1/13/2024" } << true << false;
}

void TestQif::orderDecision()
{
    QFETCH(QStringList, dates);
    QList<qif::DateParts> parts;
    for (const QString &d : dates)
        parts.append(*qif::splitDate(d));
    const qif::OrderDecision d = qif::decideOrder(parts);
    QTEST(d.order == qif::DateOrder::DayFirst, "dayFirst");
    QTEST(d.ambiguous, "ambiguous");
}

namespace {
ReadResult readText(const QByteArray &text, const QString &currency = QString())
{
    ReadOptions o;
    o.fileName = QStringLiteral("t.qif");
    o.defaultCurrency = currency;
    return ReaderRegistry::instance().byName(QStringLiteral("qif"))->read(text, o);
}
} // namespace

void TestQif::wholeFileDecidesOrder()
{
    // The first record alone is ambiguous; the last one proves day-first for all of them.
    const ReadResult r = readText(
        "!Type:Bank\nD3/4/2024\nT1.00\n^\nD25/4/2024\nT2.00\n^\n", QStringLiteral("EUR"));
    QVERIFY(r.ok());
    QCOMPARE(r.statements[0].transactions[0].bookingDate, QDate(2024, 4, 3));
    QCOMPARE(r.statements[0].transactions[1].bookingDate, QDate(2024, 4, 25));
    QVERIFY(r.warnings.isEmpty());
}

void TestQif::accountsAndSplits()
{
    const ReadResult r = readText("!Account\nNChecking\nTBank\n^\n!Type:Bank\n"
                                  "D1/2/2024\nT-1,234.50\nPShop\nMGroceries\nN42\nLFood\n"
                                  "SFood\nD1/1/2024\n$-1,000.00\nSHome\n$-234.50\n^\n"
                                  "!Account\nNSavings\nTBank\n^\n!Type:Bank\nD1/3/2024\nU9.00\n^\n"
                                  "!Type:Invst\nD1/4/2024\nNBuy\nT5.00\n^\n",
        QStringLiteral("EUR"));
    QVERIFY2(r.ok(), qPrintable(r.errors.value(0).toString()));
    QCOMPARE(r.statements.size(), 2);
    QCOMPARE(r.statements[0].account, QStringLiteral("Checking"));
    const Transaction &t = r.statements[0].transactions.at(0);
    QCOMPARE(t.amount, Money::fromMinor(-123450, u"EUR"));
    QCOMPARE(t.bookingDate, QDate(2024, 1, 2)); // the D inside the split is not the date
    QCOMPARE(t.counterparty, QStringLiteral("Shop"));
    QCOMPARE(t.description, QStringLiteral("Groceries"));
    QCOMPARE(t.reference, QStringLiteral("42"));
    int splitAmounts = 0;
    for (const auto &[k, v] : t.raw)
        splitAmounts += k == QLatin1String("$");
    QCOMPARE(splitAmounts, 2);
    QCOMPARE(r.statements[1].account, QStringLiteral("Savings"));
    QCOMPARE(r.statements[1].transactions.at(0).amount, Money::fromMinor(900, u"EUR"));
    QCOMPARE(r.transactionCount(), 2); // the investment record is not imported...
    bool warned = false;
    for (const ImportIssue &w : r.warnings)
        warned |= w.message.contains(QStringLiteral("1 investment record"));
    QVERIFY(warned); // ...but reported
}

void TestQif::currencyDefault()
{
    const QByteArray text = "!Type:Cash\nD2024-01-02\nT1.00\n^\n";
    const ReadResult usd = readText(text);
    QCOMPARE(usd.statements[0].currency, QStringLiteral("USD"));
    QCOMPARE(usd.warnings.size(), 1);
    QVERIFY(usd.warnings[0].message.contains(QStringLiteral("assumed USD")));
    const ReadResult chf = readText(text, QStringLiteral("CHF"));
    QCOMPARE(chf.statements[0].transactions[0].amount.currencyCode(), QStringLiteral("CHF"));
    QVERIFY(chf.warnings.isEmpty());
}

void TestQif::detection_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<bool>("claimed");
    QTest::newRow("bank") << QByteArray("!Type:Bank\nD1/2/24\n") << true;
    QTest::newRow("comments first") << QByteArray("### x\n\n!Type:Class\nNA\n^\n") << true;
    QTest::newRow("account list") << QByteArray("\xEF\xBB\xBF!Account\nNA\n^\n") << true;
    QTest::newRow("mt940") << QByteArray(":20:A\n:25:1\n") << false;
    QTest::newRow("csv") << QByteArray("date,amount\n") << false;
}

void TestQif::detection()
{
    QFETCH(QByteArray, head);
    QFETCH(bool, claimed);
    const int score = ReaderRegistry::instance().byName(QStringLiteral("qif"))->detect(head);
    QCOMPARE(score >= 90, claimed);
    if (!claimed)
        QCOMPARE(score, 0);
}

QTEST_GUILESS_MAIN(TestQif)
#include "tst_qif.moc"
