// The BAI2 reader: record splitting (several per line, wrapped lines, no "/"), 88 continuations,
// funds types, sign rules by type code, implied decimals, control totals and trailers.
#include "core/import/bai2_records.h"
#include "core/import/registry.h"

#include <QRandomGenerator>
#include <QTest>

using namespace recon;

namespace {

ReadResult read(const QByteArray &data, ReadOptions o = {})
{
    static const std::unique_ptr<Reader> r = makeBai2Reader();
    o.fileName = QStringLiteral("test.bai2");
    return r->read(data, o);
}

// A complete file around one account's 16/88 records, with correct trailers.
QByteArray file(const QByteArray &details, const QByteArray &currency = "USD",
    const QByteArray &summary = "010,100000,,,015,100000,,")
{
    return "01,BANK,CUST,260301,0800,1,,,2/\n02,CUST,BANK,1,260301,2400," + currency + ",2/\n"
        + "03,12345," + currency + "," + summary + "/\n" + details
        + "49,0,0/\n98,0,1,0/\n99,0,1,0/\n";
}

QStringList messages(const QList<ImportIssue> &issues)
{
    QStringList out;
    for (const ImportIssue &i : issues)
        out << i.toString();
    return out;
}

bool hasMessage(const QList<ImportIssue> &issues, const QString &part)
{
    for (const ImportIssue &i : issues) {
        if (i.message.contains(part))
            return true;
    }
    return false;
}

} // namespace

class TestBai2 : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void splitRecords_data();
    void splitRecords();
    void signs_data();
    void signs();
    void impliedDecimals_data();
    void impliedDecimals();
    void fundsTypes_data();
    void fundsTypes();
    void continuations();
    void summaryContinuation();
    void controlTotals();
    void structureErrors_data();
    void structureErrors();
    void badAmount();
    void detect_data();
    void detect();
    void garbageDoesNotCrash();
};

void TestBai2::splitRecords_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QStringList>("records"); // "code:body"
    QTest::newRow("one per line") << QByteArray("01,A,B/\n02,C/\n")
                                  << QStringList { "1:A,B", "2:C" };
    QTest::newRow("several per line") << QByteArray("49,-1600,11/  03,1,,010,00/ 49,00,2/\n")
                                      << QStringList { "49:-1600,11", "3:1,,010,00", "49:00,2" };
    QTest::newRow("no slash, commas in text")
        << QByteArray("16,447,60000,,SPB1,1111,ACH Credit, SEC: CCD, ID: 1\n88,EREF: 1111\n")
        << QStringList { "16:447,60000,,SPB1,1111,ACH Credit, SEC: CCD, ID: 1", "88:EREF: 1111" };
    QTest::newRow("wrapped without 88")
        << QByteArray("16,142,2500,Z,,,ACH_SETL    1111\n111111        /\n88,  22/\n")
        << QStringList { "16:142,2500,Z,,,ACH_SETL    1111 111111", "88:  22" };
    QTest::newRow("slash inside text")
        << QByteArray("88,PY:A1234BC 22/03/66\n") << QStringList { "88:PY:A1234BC 22/03/66" };
    QTest::newRow("crlf and blank lines")
        << QByteArray("01,A/\r\n\r\n02,B/\r\n") << QStringList { "1:A", "2:B" };
}

void TestBai2::splitRecords()
{
    QFETCH(QByteArray, data);
    QFETCH(QStringList, records);
    const bai2::SplitResult s = bai2::splitRecords(data);
    QStringList got;
    for (const bai2::Record &r : s.records)
        got << QString::number(r.code) + QLatin1Char(':') + r.body;
    QCOMPARE(got, records);
    QVERIFY(s.issues.isEmpty());
}

void TestBai2::signs_data()
{
    QTest::addColumn<QByteArray>("type");
    QTest::addColumn<QByteArray>("amount");
    QTest::addColumn<qint64>("minor");
    QTest::newRow("100 credit") << QByteArray("100") << QByteArray("2500") << qint64(2500);
    QTest::newRow("399 credit") << QByteArray("399") << QByteArray("2500") << qint64(2500);
    QTest::newRow("400 debit") << QByteArray("400") << QByteArray("2500") << qint64(-2500);
    QTest::newRow("699 debit") << QByteArray("699") << QByteArray("2500") << qint64(-2500);
    QTest::newRow("credit with minus") << QByteArray("165") << QByteArray("-2500") << qint64(-2500);
    QTest::newRow("debit with minus") << QByteArray("475") << QByteArray("-2500") << qint64(2500);
    QTest::newRow("920 custom credit") << QByteArray("920") << QByteArray("2500") << qint64(2500);
    QTest::newRow("975 custom debit") << QByteArray("975") << QByteArray("2500") << qint64(-2500);
    QTest::newRow("910 as signed +") << QByteArray("910") << QByteArray("+2500") << qint64(2500);
    QTest::newRow("910 as signed -") << QByteArray("910") << QByteArray("-2500") << qint64(-2500);
    QTest::newRow("720 loan as signed") << QByteArray("720") << QByteArray("2500") << qint64(2500);
}

void TestBai2::signs()
{
    QFETCH(QByteArray, type);
    QFETCH(QByteArray, amount);
    QFETCH(qint64, minor);
    const ReadResult r = read(file("16," + type + "," + amount + ",,BR1,CR1,TEXT/\n"));
    QVERIFY2(r.ok(), qPrintable(messages(r.errors).join(QLatin1Char('\n'))));
    const Transaction &t = r.statements.first().transactions.first();
    QCOMPARE(t.amount.minor(), minor);
    QCOMPARE(t.bankCode, QString::fromLatin1(type));
    QCOMPARE(t.externalId, QStringLiteral("BR1"));
    QCOMPARE(t.reference, QStringLiteral("CR1"));
    QCOMPARE(t.bookingDate, QDate(2026, 3, 1));
}

void TestBai2::impliedDecimals_data()
{
    QTest::addColumn<QByteArray>("groupCurrency");
    QTest::addColumn<QByteArray>("accountCurrency");
    QTest::addColumn<QString>("defaultCurrency");
    QTest::addColumn<QString>("expected"); // plain string of 12345 minor units
    QTest::addColumn<QString>("currency");
    QTest::newRow("USD") << QByteArray("USD") << QByteArray() << QString() << "123.45"
                         << "USD";
    QTest::newRow("JPY has no decimals")
        << QByteArray("JPY") << QByteArray() << QString() << "12345"
        << "JPY";
    QTest::newRow("BHD three") << QByteArray() << QByteArray("BHD") << QString() << "12.345"
                               << "BHD";
    QTest::newRow("account beats group")
        << QByteArray("USD") << QByteArray("EUR") << QString() << "123.45"
        << "EUR";
    QTest::newRow("default option") << QByteArray() << QByteArray() << "GBP"
                                    << "123.45"
                                    << "GBP";
    QTest::newRow("USD when nothing says") << QByteArray() << QByteArray() << QString() << "123.45"
                                           << "USD";
}

void TestBai2::impliedDecimals()
{
    QFETCH(QByteArray, groupCurrency);
    QFETCH(QByteArray, accountCurrency);
    QFETCH(QString, defaultCurrency);
    QFETCH(QString, expected);
    QFETCH(QString, currency);
    const QByteArray data = "01,B,C,260301,0800,1,,,2/\n02,C,B,1,260301,," + groupCurrency
        + ",/\n03,1," + accountCurrency + ",010,12345,,/\n16,165,12345,,,,X/\n49,24690,3/\n"
        + "98,24690,1,5/\n99,24690,1,7/\n";
    ReadOptions o;
    o.defaultCurrency = defaultCurrency;
    const ReadResult r = read(data, o);
    QVERIFY2(r.ok(), qPrintable(messages(r.errors).join(QLatin1Char('\n'))));
    QVERIFY2(r.warnings.isEmpty(), qPrintable(messages(r.warnings).join(QLatin1Char('\n'))));
    const Statement &s = r.statements.first();
    QCOMPARE(s.currency, currency);
    QCOMPARE(s.openingBalance->toPlainString(), expected);
    QCOMPARE(s.transactions.first().amount.toPlainString(), expected);
    QCOMPARE(s.transactions.first().amount.currencyCode(), currency);
}

void TestBai2::fundsTypes_data()
{
    QTest::addColumn<QByteArray>("funds");
    QTest::addColumn<QDate>("valueDate");
    QTest::newRow("none") << QByteArray("") << QDate();
    QTest::newRow("Z") << QByteArray("Z") << QDate();
    QTest::newRow("0") << QByteArray("0") << QDate();
    QTest::newRow("S") << QByteArray("S,100,200,300") << QDate();
    QTest::newRow("V") << QByteArray("V,260228,1200") << QDate(2026, 2, 28);
    QTest::newRow("V no time") << QByteArray("V,991231,") << QDate(1999, 12, 31);
    QTest::newRow("D") << QByteArray("D,3,0,100,1,200,2,300") << QDate();
}

void TestBai2::fundsTypes()
{
    QFETCH(QByteArray, funds);
    QFETCH(QDate, valueDate);
    const ReadResult r = read(file("16,475,1000," + funds + ",BANKREF,CUSTREF,SOME, TEXT/\n"));
    QVERIFY(r.ok());
    const Transaction &t = r.statements.first().transactions.first();
    QCOMPARE(t.externalId, QStringLiteral("BANKREF"));
    QCOMPARE(t.reference, QStringLiteral("CUSTREF"));
    QCOMPARE(t.description, QStringLiteral("SOME, TEXT"));
    QCOMPARE(t.valueDate, valueDate);
    QCOMPARE(t.amount.minor(), -1000);
}

void TestBai2::continuations()
{
    // A 16 cut short by "/" before its text, then six 88 lines (the Citi sample's shape).
    const ReadResult r = read(file("16,191,001,V,150715,,1234567890,RP123/\n88,FR:FP SIP INCOMING\n"
                                   "88,ENDT:20150715\n16,699,971,,,/\n88,LVP XBANK 2 USA/\n"
                                   "88,  RELAY TFR  \n"));
    QVERIFY(r.ok());
    const QList<Transaction> &ts = r.statements.first().transactions;
    QCOMPARE(ts.size(), 2);
    QCOMPARE(ts.at(0).amount.toPlainString(), QStringLiteral("0.01"));
    QCOMPARE(ts.at(0).externalId, QStringLiteral("1234567890"));
    QCOMPARE(ts.at(0).reference, QStringLiteral("RP123"));
    QCOMPARE(ts.at(0).description, QStringLiteral("FR:FP SIP INCOMING ENDT:20150715"));
    QCOMPARE(ts.at(0).valueDate, QDate(2015, 7, 15));
    QCOMPARE(ts.at(1).amount.toPlainString(), QStringLiteral("-9.71"));
    QCOMPARE(ts.at(1).description, QStringLiteral("LVP XBANK 2 USA RELAY TFR"));
}

void TestBai2::summaryContinuation()
{
    // The 03's summary continues on an 88; balances come from both parts.
    const QByteArray data = "01,B,C,260301,0800,1,,,2/\n02,C,B,1,260301,2400,GBP,/\n"
                            "03,88888888 600004,GBP,010,36521,,,015,33845,,,072,0,,/\n"
                            "88,045,33500,,,040,-100,,,400,2676,1,/\n"
                            "16,699,2676,,,/\n49,109118,4/\n98,109118,1,6/\n99,109118,1,8/\n";
    const ReadResult r = read(data);
    QVERIFY2(r.ok(), qPrintable(messages(r.errors).join(QLatin1Char('\n'))));
    QVERIFY2(r.warnings.isEmpty(), qPrintable(messages(r.warnings).join(QLatin1Char('\n'))));
    const Statement &s = r.statements.first();
    QCOMPARE(s.account, QStringLiteral("88888888 600004"));
    QCOMPARE(s.openingBalance->toPlainString(), QStringLiteral("365.21"));
    QCOMPARE(s.closingBalance->toPlainString(), QStringLiteral("338.45"));
    QCOMPARE(s.availableBalance->toPlainString(), QStringLiteral("335.00")); // 045 beats 040
}

void TestBai2::controlTotals()
{
    // Correct trailers: no warnings. 03 sum 200000 + 16 2500 = 202500; 3 + 4 + 2 records.
    const QByteArray good = "01,B,C,260301,0800,1,,,2/\n02,C,B,1,260301,2400,USD,/\n"
                            "03,1,,010,100000,,,015,97500,,/\n16,475,2500,,,,X/\n49,200000,3/\n"
                            "98,200000,1,5/\n99,200000,1,7/\n";
    ReadResult r = read(good);
    QVERIFY(r.ok());
    QVERIFY2(r.warnings.isEmpty(), qPrintable(messages(r.warnings).join(QLatin1Char('\n'))));

    QByteArray badTotal = good;
    badTotal.replace("49,200000,3/", "49,200001,3/");
    r = read(badTotal);
    QVERIFY(r.ok()); // a warning, the details are still usable
    QCOMPARE(r.warnings.size(), 2); // the 49, and the 98 that sums the 49s
    QVERIFY(hasMessage(r.warnings, QStringLiteral("control total 200001 does not match")));

    QByteArray badCount = good;
    badCount.replace("49,200000,3/", "49,200000,9/");
    r = read(badCount);
    QVERIFY(r.ok());
    QCOMPARE(r.warnings.size(), 1);
    QVERIFY(hasMessage(r.warnings, QStringLiteral("trailer says 9 records, the section has 3")));

    QByteArray unbalanced = good;
    unbalanced.replace("16,475,2500", "16,175,2500").replace("49,200000,3/", "49,200000,3/");
    r = read(unbalanced);
    QVERIFY(r.ok());
    QVERIFY(hasMessage(r.warnings, QStringLiteral("but the closing balance is 975.00")));
}

void TestBai2::structureErrors_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("message");
    const QByteArray head = "01,B,C,260301,0800,1,,,2/\n02,C,B,1,260301,2400,USD,/\n";
    QTest::newRow("no 99") << head + "03,1,,/\n16,475,2500,,,,X/\n49,2500,3/\n98,2500,1,5/\n"
                           << "without the 99 file trailer";
    QTest::newRow("no 49") << head + "03,1,,/\n16,475,2500,,,,X/\n"
                           << "missing 49";
    QTest::newRow("16 outside account") << head + "16,475,2500,,,,X/\n98,0,0,3/\n99,0,1,5/\n"
                                        << "outside an account";
    QTest::newRow("no 01") << QByteArray("02,C,B,1,260301,2400,USD,/\n98,0,0,2/\n99,0,1,3/\n")
                           << "does not start with an 01";
    QTest::newRow("bad as-of date") << QByteArray("01,B,C,260301,0800,1,,,2/\n02,C,B,1,261341,,,/\n"
                                                  "98,0,0,2/\n99,0,1,4/\n")
                                    << "not a YYMMDD date";
    QTest::newRow("stray line") << QByteArray("01,B,C,260301,0800,1,,,2/\nHELLO\n99,0,0,3/\n")
                                << "is not a BAI2 record";
    QTest::newRow("unknown currency")
        << QByteArray("01,B,C,260301,0800,1,,,2/\n"
                      "02,C,B,1,260301,,US1,/\n98,0,0,2/\n99,0,1,4/\n")
        << "unknown currency";
    QTest::newRow("empty") << QByteArray("\n\n") << "no BAI2 records";
}

void TestBai2::structureErrors()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, message);
    const ReadResult r = read(data);
    QVERIFY(!r.ok());
    QVERIFY2(hasMessage(r.errors, message), qPrintable(messages(r.errors).join(QLatin1Char('\n'))));
}

void TestBai2::badAmount()
{
    const QByteArray details = "16,475,25.00,,,,X/\n16,475,2500,,,,Y/\n16,47,2500,,,,Z/\n";
    ReadResult r = read(file(details));
    QCOMPARE(r.errorCount, 2);
    QCOMPARE(r.errors.at(0).field, QStringLiteral("16 amount"));
    QCOMPARE(r.errors.at(0).line, 4);
    QCOMPARE(r.errors.at(1).field, QStringLiteral("16 type code"));
    ReadOptions o;
    o.skipBadLines = true;
    r = read(file(details), o);
    QVERIFY(r.ok());
    QCOMPARE(r.skippedLines, 2);
    QCOMPARE(r.transactionCount(), 1);
    QCOMPARE(r.statements.first().transactions.first().description, QStringLiteral("Y"));
}

void TestBai2::detect_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<bool>("bai2");
    QTest::newRow("lines") << QByteArray("01,B,C,260301,0800,1,,,2/\n02,C,B,1,260301/\n") << true;
    QTest::newRow("one line") << QByteArray("01,B,C,260301,2112,4,,,2/   02,C,B,1,220919/") << true;
    QTest::newRow("bom crlf") << QByteArray("\xEF\xBB\xBF"
                                            "01,B,C/\r\n02,C/\r\n")
                              << true;
    QTest::newRow("csv") << QByteArray("01,02,03\n04,05,06\n") << false;
    QTest::newRow("mt940") << QByteArray(":20:X\n:25:Y\n") << false;
}

void TestBai2::detect()
{
    QFETCH(QByteArray, head);
    QFETCH(bool, bai2);
    const auto r = makeBai2Reader();
    QCOMPARE(r->detect(head) >= 80, bai2);
}

void TestBai2::garbageDoesNotCrash()
{
    // Mutations of a valid file: every result is an orderly ReadResult (errors, never a crash).
    const QByteArray base
        = file("16,475,1000,D,2,0,1,1,2,B,C,TEXT/\n88,MORE/\n16,165,5,V,260101,,B2,,T/\n");
    QRandomGenerator rng(42);
    for (int i = 0; i < 2000; ++i) {
        QByteArray d = base;
        const int edits = 1 + int(rng.bounded(8));
        for (int e = 0; e < edits; ++e) {
            const int pos = int(rng.bounded(d.size()));
            const char c = ",/\n8D V9-+ "[rng.bounded(11)];
            if (rng.bounded(2))
                d[pos] = c;
            else
                d.insert(pos, c);
        }
        const ReadResult r = read(d);
        QVERIFY(r.errorCount >= r.errors.size());
    }
}

QTEST_GUILESS_MAIN(TestBai2)
#include "tst_bai2.moc"
