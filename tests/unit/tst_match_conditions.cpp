// Every condition kind of the rule language on one pair, including tolerance edges.
#include "core/match/conditions.h"
#include "core/match/rules.h"
#include "core/match/text_norm.h"

#include <QTest>

using namespace recon;
using namespace recon::match;

namespace {

Transaction tx(const QString &date, const QString &amount, const QString &desc, const QString &ref,
    const QString &cpty, const QString &ccy = QStringLiteral("EUR"), const QString &valueDate = {})
{
    Transaction t;
    t.bookingDate = QDate::fromString(date, Qt::ISODate);
    t.valueDate = QDate::fromString(valueDate, Qt::ISODate);
    t.amount = *Money::parse(amount, *Currency::fromCode(ccy), DecimalSeparator::Dot).value;
    t.description = desc;
    t.reference = ref;
    t.counterparty = cpty;
    t.externalId = QStringLiteral("X");
    return t;
}

// Parses one condition through the rule language (as a user would write it).
Condition parseCondition(const QByteArray &cond, bool *opposite)
{
    const QByteArray json
        = "{\"name\":\"t\",\"version\":\"1\",\"rules\":[{\"name\":\"r\",\"conditions\":[" + cond
        + ",{\"type\":\"date\",\"days\":3650}]}]}";
    const RuleSetParse p = parseRuleSet(json);
    if (!p.ruleSet) {
        qWarning("%s", qPrintable(p.errors.first().toString(QStringLiteral("cond"))));
        return {};
    }
    *opposite = p.ruleSet->rules[0].oppositeSign();
    return p.ruleSet->rules[0].conditions[0];
}

} // namespace

class TstMatchConditions : public QObject {
    Q_OBJECT
private slots:
    void upperCollapsedText();
    void condition_data();
    void condition();
    void normalisation_data();
    void normalisation();
    void similarities();
    void counterpartyLookalikes_data();
    void counterpartyLookalikes();
    void toleranceIsExact();
};

void TstMatchConditions::condition_data()
{
    QTest::addColumn<QByteArray>("cond");
    QTest::addColumn<QStringList>(
        "left"); // date, amount, description, reference, counterparty, ccy
    QTest::addColumn<QStringList>("right");
    QTest::addColumn<bool>("pass");
    const QStringList base { "2026-03-01", "100.00", "Payment", "", "Acme GmbH", "EUR" };
    auto with = [&](int i, const QString &v) {
        QStringList l = base;
        l[i] = v;
        return l;
    };
    // amount: exact, absolute and percentage tolerance edges
    QTest::newRow("amount exact") << QByteArray(R"({"type":"amount"})") << base << base << true;
    QTest::newRow("amount exact one cent off")
        << QByteArray(R"({"type":"amount"})") << base << with(1, "100.01") << false;
    QTest::newRow("amount abs at tolerance")
        << QByteArray(R"({"type":"amount","tolerance":0.05})") << base << with(1, "99.95") << true;
    QTest::newRow("amount abs one unit over")
        << QByteArray(R"({"type":"amount","tolerance":0.05})") << base << with(1, "99.94") << false;
    QTest::newRow("amount pct at tolerance")
        << QByteArray(R"({"type":"amount","percent":"1"})") << base << with(1, "99.00") << true;
    QTest::newRow("amount pct one unit over")
        << QByteArray(R"({"type":"amount","percent":"1"})") << base << with(1, "98.99") << false;
    QTest::newRow("amount abs or pct, larger wins")
        << QByteArray(R"({"type":"amount","tolerance":"0.50","percent":"1"})") << base
        << with(1, "99.00") << true;
    QTest::newRow("amount JPY exponent 0")
        << QByteArray(R"({"type":"amount","tolerance":"1"})")
        << QStringList { "2026-03-01", "1000", "", "", "", "JPY" }
        << QStringList { "2026-03-01", "999", "", "", "", "JPY" } << true;
    QTest::newRow("amount JPY one over")
        << QByteArray(R"({"type":"amount","tolerance":"1"})")
        << QStringList { "2026-03-01", "1000", "", "", "", "JPY" }
        << QStringList { "2026-03-01", "998", "", "", "", "JPY" } << false;
    QTest::newRow("amount other currency")
        << QByteArray(R"({"type":"amount"})") << base << with(5, "USD") << false;
    QTest::newRow("amount opposite sign rule")
        << QByteArray(R"({"all":[{"type":"amount"}]}, {"type":"sign","value":"opposite"})") << base
        << with(1, "-100.00") << true;
    // sign
    QTest::newRow("sign same") << QByteArray(R"({"type":"sign","value":"same"})") << base
                               << with(1, "5.00") << true;
    QTest::newRow("sign same fails")
        << QByteArray(R"({"type":"sign","value":"same"})") << base << with(1, "-5.00") << false;
    QTest::newRow("sign opposite") << QByteArray(R"({"type":"sign","value":"opposite"})") << base
                                   << with(1, "-100.00") << true;
    // date
    QTest::newRow("date at window")
        << QByteArray(R"({"type":"date","days":3})") << base << with(0, "2026-03-04") << true;
    QTest::newRow("date one day over")
        << QByteArray(R"({"type":"date","days":3})") << base << with(0, "2026-03-05") << false;
    QTest::newRow("date 0 same day")
        << QByteArray(R"({"type":"date","days":0})") << base << base << true;
    // equals with normalisation
    QTest::newRow("equals normalised")
        << QByteArray(R"({"type":"equals","field":"reference"})") << with(3, "inv 2026/0047")
        << with(3, "INV-2026-47") << true;
    QTest::newRow("equals no leading-zero rule") << QByteArray(
        R"({"type":"equals","field":"reference","normalize":["case","spaces","punctuation"]})")
                                                 << with(3, "inv 2026/0047")
                                                 << with(3, "INV-2026-47") << false;
    QTest::newRow("equals different") << QByteArray(R"({"type":"equals","field":"reference"})")
                                      << with(3, "INV-48") << with(3, "INV-47") << false;
    QTest::newRow("equals empty never equal")
        << QByteArray(R"({"type":"equals","field":"reference"})") << base << base << false;
    QTest::newRow("equals left/right fields")
        << QByteArray(R"({"type":"equals","left":"description","right":"reference"})")
        << with(2, "ABC-123") << with(3, "abc123") << true;
    // text
    QTest::newRow("text contains")
        << QByteArray(
               R"({"type":"text","left":"description","right":"reference","method":"contains"})")
        << with(2, "Paid order ORD 778-1 thanks") << with(3, "ord7781") << true;
    QTest::newRow("text contains missing")
        << QByteArray(
               R"({"type":"text","left":"description","right":"reference","method":"contains"})")
        << with(2, "Paid order ORD 778-2") << with(3, "ord7781") << false;
    QTest::newRow("text jaro_winkler")
        << QByteArray(
               R"({"type":"text","field":"description","method":"jaro_winkler","threshold":0.9})")
        << with(2, "Office rent March") << with(2, "Office rent Marhc") << true;
    QTest::newRow("text jaro_winkler below")
        << QByteArray(
               R"({"type":"text","field":"description","method":"jaro_winkler","threshold":0.9})")
        << with(2, "Office rent March") << with(2, "Car lease April") << false;
    QTest::newRow("text token_set")
        << QByteArray(R"({"type":"text","field":"description","method":"token_set","threshold":1})")
        << with(2, "rent office march") << with(2, "March office rent 2026") << true;
    QTest::newRow("text trigram") << QByteArray(
        R"({"type":"text","field":"description","method":"trigram","threshold":0.6})")
                                  << with(2, "Electricity bill") << with(2, "Electricity bil")
                                  << true;
    QTest::newRow("text trigram below")
        << QByteArray(R"({"type":"text","field":"description","method":"trigram","threshold":0.6})")
        << with(2, "Electricity bill") << with(2, "Water bill") << false;
    // regex with capture groups as keys
    const QByteArray re
        = R"J({"type":"regex","pattern":"INV[-/ ]?2026[-/ ]?(\\d{6})","search":"left","in":["description"],"key":"reference"})J";
    QTest::newRow("regex capture equals ref")
        << re << with(2, "Payment inv/2026/004711 thx") << with(3, "INV-2026-004711") << true;
    QTest::newRow("regex capture other number")
        << re << with(2, "Payment inv/2026/004711") << with(3, "INV-2026-004712") << false;
    QTest::newRow("regex capture vs plain key")
        << re << with(2, "INV 2026 004711") << with(3, "004711") << true;
    QTest::newRow("regex no match")
        << re << with(2, "Payment") << with(3, "INV-2026-004711") << false;
    // reference anywhere in the other side's text
    const QByteArray rit = R"({"type":"reference_in_text","reference":"right"})";
    QTest::newRow("ref in text noisy")
        << rit << with(2, "Zahlung /inv/2026/004711 danke") << with(3, "INV-2026-004711") << true;
    QTest::newRow("ref in text other")
        << rit << with(2, "Zahlung INV2026004712") << with(3, "INV-2026-004711") << false;
    QTest::newRow("ref in text too short")
        << rit << with(2, "Zahlung 4711") << with(3, "4711") << false;
    QTest::newRow("ref in right text")
        << QByteArray(R"({"type":"reference_in_text","reference":"left"})") << with(3, "E2E-998877")
        << with(2, "booked e2e 998877") << true;
    // counterparty
    QTest::newRow("counterparty truncated upper")
        << QByteArray(R"({"type":"counterparty","threshold":0.9})")
        << with(4, "ACME TRADING INTERN") << with(4, "Acme Trading International GmbH") << true;
    QTest::newRow("counterparty word order")
        << QByteArray(R"({"type":"counterparty","threshold":0.85})") << with(4, "Trading Acme Ltd")
        << with(4, "ACME TRADING") << true;
    QTest::newRow("counterparty different")
        << QByteArray(R"({"type":"counterparty","threshold":0.85})") << with(4, "Acme Trading")
        << with(4, "Beta Foods") << false;
    // currency
    QTest::newRow("currency equal") << QByteArray(R"({"type":"currency"})") << base << base << true;
    QTest::newRow("currency differs")
        << QByteArray(R"({"type":"currency"})") << base << with(5, "USD") << false;
    // all / any groups
    QTest::newRow("any passes on one branch") << QByteArray(
        R"({"any":[{"type":"reference_in_text"},{"type":"counterparty","threshold":0.9}]})")
                                              << base << base << true;
    QTest::newRow("all fails on one branch")
        << QByteArray(R"({"all":[{"type":"amount"},{"type":"counterparty","threshold":0.9}]})")
        << base << with(4, "Other Corp") << false;
}

void TstMatchConditions::condition()
{
    QFETCH(QByteArray, cond);
    QFETCH(QStringList, left);
    QFETCH(QStringList, right);
    QFETCH(bool, pass);
    bool opposite = false;
    const Condition c = parseCondition(cond, &opposite);
    QVERIFY(!c.label.isEmpty());
    MatchSide L, R;
    L.append(tx(left[0], left[1], left[2], left[3], left[4], left[5]));
    R.append(tx(right[0], right[1], right[2], right[3], right[4], right[5]));
    L.finish();
    R.finish();
    const Eval e = evalCondition(c, L, 0, R, 0, opposite);
    QCOMPARE(e.pass, pass);
    QVERIFY(e.measure >= 0.0 && e.measure <= 1.0);
    const ConditionOutcome o = explainCondition(c, L, 0, R, 0, opposite);
    QCOMPARE(o.pass, pass);
    QVERIFY(!o.condition.isEmpty());
}

void TstMatchConditions::normalisation_data()
{
    QTest::addColumn<QString>("in");
    QTest::addColumn<int>("flags");
    QTest::addColumn<QString>("out");
    QTest::newRow("all") << "/inv/2026/004711" << int(NormAll) << "INV20264711";
    QTest::newRow("spaces") << "A b  c" << int(NormSpaces) << "Abc";
    QTest::newRow("punct keeps spaces") << "A-b c." << int(NormPunctuation) << "Ab c";
    QTest::newRow("lone zero kept") << "0" << int(NormLeadingZeros) << "0";
    QTest::newRow("zeros in runs") << "X007-000" << int(NormLeadingZeros) << "X7-0";
    QTest::newRow("case") << "abc" << int(NormCase) << "ABC";
}

void TstMatchConditions::normalisation()
{
    QFETCH(QString, in);
    QFETCH(int, flags);
    QFETCH(QString, out);
    QCOMPARE(QString::fromStdString(normalise(in.toStdString(), unsigned(flags))), out);
}

void TstMatchConditions::similarities()
{
    QCOMPARE(jaroWinkler("MARTHA", "MARTHA"), 1.0);
    QVERIFY(qAbs(jaroWinkler("MARTHA", "MARHTA") - 0.9611) < 0.001);
    QCOMPARE(jaroWinkler("ABC", ""), 0.0);
    QCOMPARE(tokenSetSimilarity("ACME TRADING", "TRADING ACME GROUP"), 1.0);
    QCOMPARE(trigramSimilarity("ABC", "ABC"), 1.0);
    QVERIFY(trigramSimilarity("ABCDEF", "UVWXYZ") < 0.01);
    QCOMPARE(QString::fromStdString(counterpartyKey("ACME TRADING GMBH")),
        QStringLiteral("ACME TRADING"));
    QVERIFY(counterpartySimilarity("ACME TRADING INTERN", "ACME TRADING INTERNATIONAL") > 0.95);
}

void TstMatchConditions::counterpartyLookalikes_data()
{
    // the rules' thresholds are 0.85 to 0.95: "same" must clear 0.9, "different" stay <= 0.8
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("same");
    QTest::newRow("truncated") << "STERLING SYSTEMS 1"
                               << "STERLING SYSTEMS 16" << true;
    QTest::newRow("word order") << "TRADING ACME"
                                << "ACME TRADING" << true;
    QTest::newRow("typo in a word") << "NORDIC TEXTILSE"
                                    << "NORDIC TEXTILES" << true;
    QTest::newRow("short filler word") << "BANK OF NORDIC"
                                       << "BANK NORDIC" << true;
    QTest::newRow("last word cut") << "EAGLE ALPHA MACH"
                                   << "EAGLE ALPHA MACHINERY" << true;
    QTest::newRow("other number") << "VELVET ENERGY 32"
                                  << "VELVET ENERGY 74" << false;
    QTest::newRow("number vs none") << "ORION MEDIA 7"
                                    << "ORION MEDIA GROUP" << false;
    QTest::newRow("extra inner word") << "CROWN MACHINERY"
                                      << "CROWN BLUE MACHINERY" << false;
    QTest::newRow("other last word") << "EAGLE ALPHA MACHIN"
                                     << "EAGLE ALPHA SYSTEMS" << false;
}

void TstMatchConditions::counterpartyLookalikes()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, same);
    const std::string ka = counterpartyKey(a.toStdString());
    const std::string kb = counterpartyKey(b.toStdString());
    for (const double sim : { counterpartySimilarity(ka, kb), counterpartySimilarity(kb, ka) }) {
        if (same)
            QVERIFY2(sim >= 0.9, qPrintable(QString::number(sim)));
        else
            QVERIFY2(sim <= 0.8, qPrintable(QString::number(sim)));
    }
}

void TstMatchConditions::toleranceIsExact()
{
    // 0.1 % of 1,000,000.01 = 1000.00001 -> floor to 100000 minor units; never a double
    bool opp = false;
    const Condition c = parseCondition(R"({"type":"amount","percent":"0.1"})", &opp);
    QCOMPARE(toleranceMinor(c, 100000001, 100000001, 2), qint64(100000));
    const Condition big = parseCondition(R"({"type":"amount","tolerance":"0.07"})", &opp);
    QCOMPARE(toleranceMinor(big, 0, 0, 3), qint64(70)); // BHD: three decimals
    QCOMPARE(evalAmount(big, INT64_MAX, INT64_MIN, 2).pass, false); // no overflow
}

// The stored form of texts: upper case, runs of ASCII white space as one space, none at the
// ends; non-ASCII letters upper-cased too (the one-pass ASCII path hands over mid-string).
void TstMatchConditions::upperCollapsedText()
{
    QCOMPARE(upperCollapsed(QStringLiteral("  acme\t trading\r\n ltd ")),
        std::string("ACME TRADING LTD"));
    QCOMPARE(upperCollapsed(QString()), std::string());
    QCOMPARE(upperCollapsed(QStringLiteral(" \t ")), std::string());
    QCOMPARE(upperCollapsed(QStringLiteral("inv-2026/001")), std::string("INV-2026/001"));
    QCOMPARE(upperCollapsed(QStringLiteral("  müller  gmbh ")), std::string("M\xc3\x9cLLER GMBH"));
    QCOMPARE(upperCollapsed(QStringLiteral("abc  d\u00e9f")),
        std::string("ABC D\xc3\x89"
                    "F"));
    QCOMPARE(upperCollapsed(QString::fromUtf16(u"a\0b", 3)), std::string("A\0B", 3));
}

QTEST_GUILESS_MAIN(TstMatchConditions)
#include "tst_match_conditions.moc"
