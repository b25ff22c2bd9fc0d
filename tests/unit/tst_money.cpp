// Money: parsing in every convention analysts meet, checked arithmetic, formatting.
#include "core/money.h"

#include <QTest>

#include <limits>

using namespace recon;

Q_DECLARE_METATYPE(recon::DecimalSeparator)

class TestMoney : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parse_data();
    void parse();
    void currencyExponent_data();
    void currencyExponent();
    void checkedArithmetic();
    void throwingArithmetic();
    void format_data();
    void format();
    void roundTrip();
};

void TestMoney::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<DecimalSeparator>("sep");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("minor");

    const auto D = DecimalSeparator::Dot;
    const auto C = DecimalSeparator::Comma;
    const auto A = DecimalSeparator::Auto;
    QTest::newRow("german grouping") << "1.234,56"
                                     << "EUR" << C << true << qint64(123456);
    QTest::newRow("english grouping") << "1,234.56"
                                      << "EUR" << D << true << qint64(123456);
    QTest::newRow("parentheses") << "(12.00)"
                                 << "USD" << D << true << qint64(-1200);
    QTest::newRow("trailing minus") << "12.00-"
                                    << "EUR" << D << true << qint64(-1200);
    QTest::newRow("leading minus int") << "-12"
                                       << "EUR" << D << true << qint64(-1200);
    QTest::newRow("CR suffix") << "12.00 CR"
                               << "GBP" << D << true << qint64(1200);
    QTest::newRow("DR suffix") << "12.00 DR"
                               << "GBP" << D << true << qint64(-1200);
    QTest::newRow("DR no space") << "12.00DR"
                                 << "GBP" << D << true << qint64(-1200);
    QTest::newRow("plus sign") << "+1,23"
                               << "EUR" << C << true << qint64(123);
    QTest::newRow("dollar neg") << "-$7,971.39"
                                << "USD" << D << true << qint64(-797139);
    QTest::newRow("venmo plus") << "+ $73.01"
                                << "USD" << D << true << qint64(7301);
    QTest::newRow("venmo minus") << "- $12.01"
                                 << "USD" << D << true << qint64(-1201);
    QTest::newRow("code suffix") << "'579,68 USD"
                                 << "USD" << C << true << qint64(57968);
    QTest::newRow("code prefix") << "USD 9.126,07"
                                 << "USD" << C << true << qint64(912607);
    QTest::newRow("euro sign") << "1.500,00 €"
                               << "EUR" << C << true << qint64(150000);
    QTest::newRow("space grouping") << "1 234,56"
                                    << "EUR" << C << true << qint64(123456);
    QTest::newRow("nbsp grouping")
        << QString::fromUtf8("1\u00a0234,56") << "EUR" << C << true << qint64(123456);
    QTest::newRow("swiss apostrophe") << "1'234.50"
                                      << "CHF" << D << true << qint64(123450);
    QTest::newRow("one decimal") << "79,7"
                                 << "CHF" << C << true << qint64(7970);
    QTest::newRow("no decimals comma") << "6800,"
                                       << "EUR" << C << true << qint64(680000);
    QTest::newRow("zero comma") << "0,"
                                << "EUR" << C << true << qint64(0);
    QTest::newRow("jpy integer") << "1,000"
                                 << "JPY" << D << true << qint64(1000);
    QTest::newRow("jpy with zero decimals") << "1000.00"
                                            << "JPY" << D << true << qint64(1000);
    QTest::newRow("jpy fraction refused") << "1000.50"
                                          << "JPY" << D << false << qint64(0);
    QTest::newRow("kwd three") << "1.234"
                               << "KWD" << D << true << qint64(1234);
    QTest::newRow("kwd grouping") << "12,345.678"
                                  << "KWD" << D << true << qint64(12345678);
    QTest::newRow("eur three decimals refused") << "1.234"
                                                << "EUR" << D << false << qint64(0);
    QTest::newRow("eur trailing zero ok") << "1.230"
                                          << "EUR" << D << true << qint64(123);
    QTest::newRow("auto both seps de") << "1.234,56"
                                       << "EUR" << A << true << qint64(123456);
    QTest::newRow("auto both seps en") << "1,234.56"
                                       << "EUR" << A << true << qint64(123456);
    QTest::newRow("auto single comma dec") << "12,5"
                                           << "EUR" << A << true << qint64(1250);
    QTest::newRow("auto grouping only") << "1,234,567"
                                        << "EUR" << A << true << qint64(123456700);
    QTest::newRow("auto 0.125 KWD") << "0.125"
                                    << "KWD" << A << true << qint64(125);
    QTest::newRow("unicode minus") << QString::fromUtf8("\u2212"
                                                        "5.00")
                                   << "EUR" << D << true << qint64(-500);
    QTest::newRow("big but fits") << "92233720368547758.07"
                                  << "EUR" << D << true << std::numeric_limits<qint64>::max();
    QTest::newRow("overflow") << "92233720368547758.08"
                              << "EUR" << D << false << qint64(0);
    QTest::newRow("overflow digits") << "99999999999999999999"
                                     << "EUR" << D << false << qint64(0);
    // malformed
    QTest::newRow("empty") << ""
                           << "EUR" << D << false << qint64(0);
    QTest::newRow("spaces only") << "   "
                                 << "EUR" << D << false << qint64(0);
    QTest::newRow("letters") << "abc"
                             << "EUR" << D << false << qint64(0);
    QTest::newRow("two decimal seps") << "1.2.3"
                                      << "EUR" << D << false << qint64(0);
    QTest::newRow("group after decimal") << "1.234,5,6"
                                         << "EUR" << C << false << qint64(0);
    QTest::newRow("double sign") << "--12"
                                 << "EUR" << D << false << qint64(0);
    QTest::newRow("minus and CR") << "-12.00 CR"
                                  << "EUR" << D << false << qint64(0);
    QTest::newRow("embedded letter") << "12a4"
                                     << "EUR" << D << false << qint64(0);
    QTest::newRow("only sign") << "-"
                               << "EUR" << D << false << qint64(0);
    QTest::newRow("leading group sep") << ",123.00"
                                       << "EUR" << D << false << qint64(0);
    QTest::newRow("trailing dot only") << "."
                                       << "EUR" << D << false << qint64(0);
    QTest::newRow("hash") << "#12"
                          << "EUR" << D << false << qint64(0);
}

void TestMoney::parse()
{
    QFETCH(QString, text);
    QFETCH(QString, currency);
    QFETCH(DecimalSeparator, sep);
    QFETCH(bool, ok);
    QFETCH(qint64, minor);
    const auto cur = Currency::fromCode(currency);
    QVERIFY(cur.has_value());
    const Money::Parse p = Money::parse(text, *cur, sep);
    QCOMPARE(p.value.has_value(), ok);
    if (ok) {
        QCOMPARE(p.value->minor(), minor);
        QCOMPARE(p.value->currencyCode(), currency);
        QVERIFY(p.error.isEmpty());
    } else {
        QVERIFY2(!p.error.isEmpty(), "a refused amount must say why");
    }
}

void TestMoney::currencyExponent_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("exponent");
    QTest::addColumn<bool>("valid");
    QTest::newRow("EUR") << "EUR" << 2 << true;
    QTest::newRow("jpy lower") << "jpy" << 0 << true;
    QTest::newRow("KWD") << "KWD" << 3 << true;
    QTest::newRow("BHD") << "BHD" << 3 << true;
    QTest::newRow("CLF") << "CLF" << 4 << true;
    QTest::newRow("unknown XYZ") << "XYZ" << 2 << true;
    QTest::newRow("too long") << "EURO" << 0 << false;
    QTest::newRow("digits") << "E1R" << 0 << false;
    QTest::newRow("empty") << "" << 0 << false;
}

void TestMoney::currencyExponent()
{
    QFETCH(QString, code);
    QFETCH(int, exponent);
    QFETCH(bool, valid);
    const auto c = Currency::fromCode(code);
    QCOMPARE(c.has_value(), valid);
    if (valid) {
        QCOMPARE(c->exponent(), exponent);
        QCOMPARE(c->code(), code.toUpper());
    }
}

void TestMoney::checkedArithmetic()
{
    const Money a = Money::fromMinor(std::numeric_limits<qint64>::max(), u"EUR");
    const Money one = Money::fromMinor(1, u"EUR");
    QVERIFY(!a.checkedAdd(one).has_value());
    QCOMPARE(a.checkedSub(one)->minor(), std::numeric_limits<qint64>::max() - 1);
    const Money min = Money::fromMinor(std::numeric_limits<qint64>::min(), u"EUR");
    QVERIFY(!min.checkedSub(one).has_value());
    QVERIFY(!min.checkedNegate().has_value());
    const Money usd = Money::fromMinor(5, u"USD");
    QVERIFY(!one.checkedAdd(usd).has_value());
    QCOMPARE((one + one).minor(), 2);
    QCOMPARE((-one).minor(), -1);
    QCOMPARE(Money::fromMinor(-7, u"EUR").abs().minor(), 7);
}

void TestMoney::throwingArithmetic()
{
    const Money a = Money::fromMinor(std::numeric_limits<qint64>::max(), u"EUR");
    QVERIFY_THROWS_EXCEPTION(MoneyError, a + Money::fromMinor(1, u"EUR"));
    QVERIFY_THROWS_EXCEPTION(MoneyError, Money::fromMinor(1, u"EUR") + Money::fromMinor(1, u"USD"));
    QVERIFY_THROWS_EXCEPTION(
        MoneyError, -Money::fromMinor(std::numeric_limits<qint64>::min(), u"EUR"));
}

void TestMoney::format_data()
{
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("plain");
    QTest::addColumn<QString>("german");
    QTest::addColumn<QString>("english");
    QTest::newRow("eur") << qint64(123456) << "EUR"
                         << "1234.56"
                         << "1.234,56"
                         << "1,234.56";
    QTest::newRow("neg") << qint64(-5) << "EUR"
                         << "-0.05"
                         << "-0,05"
                         << "-0.05";
    QTest::newRow("zero") << qint64(0) << "EUR"
                          << "0.00"
                          << "0,00"
                          << "0.00";
    QTest::newRow("jpy") << qint64(1234567) << "JPY"
                         << "1234567"
                         << "1.234.567"
                         << "1,234,567";
    QTest::newRow("kwd") << qint64(-1234567) << "KWD"
                         << "-1234.567"
                         << "-1.234,567"
                         << "-1,234.567";
    QTest::newRow("int64 min") << std::numeric_limits<qint64>::min() << "EUR"
                               << "-92233720368547758.08"
                               << "-92.233.720.368.547.758,08"
                               << "-92,233,720,368,547,758.08";
}

void TestMoney::format()
{
    QFETCH(qint64, minor);
    QFETCH(QString, currency);
    QFETCH(QString, plain);
    QFETCH(QString, german);
    QFETCH(QString, english);
    const Money m = Money::fromMinor(minor, currency);
    QCOMPARE(m.toPlainString(), plain);
    QCOMPARE(m.format(QLatin1Char(','), QLatin1Char('.')), german);
    QCOMPARE(m.format(QLatin1Char('.'), QLatin1Char(',')), english);
}

void TestMoney::roundTrip()
{
    // Every formatted value parses back to itself in both conventions.
    const auto eur = *Currency::fromCode(u"EUR");
    for (qint64 v : { qint64(0), qint64(1), qint64(-1), qint64(99), qint64(100001),
             qint64(-987654321), qint64(123456789012) }) {
        const Money m(v, eur);
        QCOMPARE(
            Money::parse(m.format(QLatin1Char(','), QLatin1Char('.')), eur, DecimalSeparator::Comma)
                .value->minor(),
            v);
        QCOMPARE(Money::parse(m.format(), eur, DecimalSeparator::Dot).value->minor(), v);
    }
}

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
