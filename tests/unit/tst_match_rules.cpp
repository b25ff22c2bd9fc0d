// Rule files: line-precise errors, the content hash, the built-in set, and `recon rules check`.
#include "core/cli/cli.h"
#include "core/match/rules.h"

#include "support/testsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace recon;
using namespace recon::match;

class TstMatchRules : public QObject {
    Q_OBJECT
private slots:
    void errors_data();
    void errors();
    void hashIsCanonical();
    void builtInIsValid();
    void cliCheck();
};

void TstMatchRules::errors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected"); // first error, as printed
    const QByteArray head = "{\n  \"name\": \"x\",\n  \"version\": \"1\",\n  \"rules\": [\n";
    // rule text starts on line 5
    QTest::newRow("negative tolerance")
        << head
            + "    { \"name\": \"a\",\n      \"conditions\": [\n        { \"type\": \"amount\",\n"
              "          \"tolerance\": -1 } ] } ] }"
        << "R.json:8: rules[0].conditions[0].tolerance: must be >= 0";
    QTest::newRow("unknown field") << head
            + "    { \"name\": \"a\", \"conditions\": [ { \"type\": \"date\", \"days\": 3 } ],\n"
              "      \"auto_confrim\": true } ] }"
                                   << "R.json:6: rules[0].auto_confrim: unknown field";
    QTest::newRow("bad regex")
        << head
            + "    { \"name\": \"a\", \"conditions\": [\n      { \"type\": \"regex\", \"pattern\": "
              "\"INV(\\\\d+\" } ] } ] }"
        << "R.json:6: rules[0].conditions[0].pattern: bad regular expression: missing closing "
           "parenthesis (at offset 7)";
    QTest::newRow("regex without capture")
        << head
            + "    { \"name\": \"a\", \"conditions\": [\n      { \"type\": \"regex\", \"pattern\": "
              "\"INV\\\\d+\" } ] } ] }"
        << "R.json:6: rules[0].conditions[0].pattern: needs at least one capture group (the key)";
    QTest::newRow("percent 100") << head
            + "    { \"name\": \"a\", \"conditions\": [\n      { \"type\": \"amount\", "
              "\"percent\": 100 } ] } ] }"
                                 << "R.json:6: rules[0].conditions[0].percent: must be below 100";
    QTest::newRow("threshold above 1")
        << head
            + "    { \"name\": \"a\", \"conditions\": [\n      { \"type\": \"counterparty\",\n     "
              "   \"threshold\": 1.5 } ] } ] }"
        << "R.json:7: rules[0].conditions[0].threshold: must be between 0 and 1";
    QTest::newRow("unknown condition type")
        << head + "    { \"name\": \"a\", \"conditions\": [ { \"type\": \"amout\" } ] } ] }"
        << "R.json:5: rules[0].conditions[0].type: unknown condition type 'amout' (equals, amount, "
           "sign, date, text, regex, reference_in_text, counterparty, currency, or an all/any "
           "group)";
    QTest::newRow("negative days") << head
            + "    { \"name\": \"a\", \"conditions\": [ { \"type\": \"date\", \"days\": -2 } ] } ] "
              "}"
                                   << "R.json:5: rules[0].conditions[0].days: must be >= 0";
    QTest::newRow("grouped rule without amount")
        << head
            + "    { \"name\": \"a\", \"kind\": \"one_to_many\",\n      \"conditions\": [ { "
              "\"type\": \"date\", \"days\": 2 } ] } ] }"
        << "R.json:6: rules[0].conditions: a grouped rule needs exactly one top-level amount "
           "condition (it applies to the group's sums)";
    QTest::newRow("max_right on one_to_one")
        << head
            + "    { \"name\": \"a\", \"max_right\": 3, \"conditions\": [ { \"type\": \"amount\" } "
              "] } ] }"
        << "R.json:5: rules[0].max_right: must be 1 for kind one_to_one";
    QTest::newRow("second rule, nested any")
        << head
            + "    { \"name\": \"a\", \"conditions\": [ { \"type\": \"amount\" } ] },\n"
              "    { \"name\": \"b\", \"conditions\": [ { \"type\": \"amount\" },\n"
              "      { \"any\": [ { \"type\": \"sign\", \"value\": \"same\" },\n"
              "                 { \"type\": \"sign\", \"value\": \"reverse\" } ] } ] } ] }"
        << "R.json:8: rules[1].conditions[1].any[1].value: must be same or opposite";
    QTest::newRow("duplicate rule name") << head
            + "    { \"name\": \"a\", \"conditions\": [ { \"type\": \"amount\" } ] },\n"
              "    { \"name\": \"a\", \"conditions\": [ { \"type\": \"amount\" } ] } ] }"
                                         << "R.json:6: rules[1].name: duplicate rule name 'a'";
    QTest::newRow("syntax error") << QByteArray("{\n \"name\": \"x\",\n \"rules\": [ }")
                                  << "R.json:3: invalid JSON: unexpected character '}'";
    QTest::newRow("missing version") << QByteArray(
        "{ \"name\": \"x\", \"rules\": [ { \"name\": \"a\", \"conditions\": [ { \"type\": "
        "\"amount\" } ] } ] }") << "R.json:1: version: is required";
    QTest::newRow("unknown field name")
        << head
            + "    { \"name\": \"a\", \"conditions\": [ { \"type\": \"equals\", \"field\": "
              "\"iban\" } ] } ] }"
        << "R.json:5: rules[0].conditions[0].field: must be one of reference, description, "
           "counterparty, counterparty_account, external_id";
}

void TstMatchRules::errors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    const RuleSetParse p = parseRuleSet(json);
    QVERIFY(!p.ruleSet);
    QVERIFY(!p.errors.isEmpty());
    QCOMPARE(p.errors.first().toString(QStringLiteral("R.json")), expected);
}

void TstMatchRules::hashIsCanonical()
{
    const QByteArray a
        = R"({"name":"x","version":"1","rules":[{"name":"a","conditions":[{"type":"amount","tolerance":0.05}]}]})";
    const QByteArray b
        = "{\n \"version\": \"1\",\n \"rules\": [ { \"conditions\": [ { \"tolerance\": 0.05, "
          "\"type\": \"amount\" } ], \"name\": \"a\" } ],\n \"name\": \"x\" }\n";
    const QByteArray c
        = R"({"name":"x","version":"1","rules":[{"name":"a","conditions":[{"type":"amount","tolerance":0.06}]}]})";
    const QString ha = parseRuleSet(a).ruleSet->hash;
    QCOMPARE(ha.size(), 64);
    QCOMPARE(parseRuleSet(b).ruleSet->hash, ha); // whitespace and key order do not matter
    QVERIFY(parseRuleSet(c).ruleSet->hash != ha);
}

void TstMatchRules::builtInIsValid()
{
    const RuleSet rs = defaultRuleSet();
    QCOMPARE(rs.name, QStringLiteral("bank statement vs ledger"));
    QVERIFY(rs.rules.size() >= 5);
    for (const Rule &r : rs.rules) {
        QVERIFY(!r.oppositeSign()); // bank +100 = cash book +100
        bool hasSign = false;
        for (const Condition &c : r.conditions)
            hasSign = hasSign || c.kind == CondKind::Sign;
        QVERIFY(hasSign);
    }
}

void TstMatchRules::cliCheck()
{
    QTemporaryDir dir;
    const QString good = dir.filePath(QStringLiteral("good.json"));
    const QString bad = dir.filePath(QStringLiteral("R.json"));
    QFile g(good);
    QVERIFY(g.open(QIODevice::WriteOnly));
    g.write(defaultRuleSetJson());
    g.close();
    QFile b(bad);
    QVERIFY(b.open(QIODevice::WriteOnly));
    b.write("{\n  \"name\": \"x\",\n  \"version\": \"1\",\n  \"rules\": [\n    { \"name\": \"a\",\n"
            "      \"conditions\": [ { \"type\": \"amount\", \"tolerance\": -0.01 } ] } ] }");
    b.close();
    QCOMPARE(cli::run({ QStringLiteral("recon"), QStringLiteral("rules"), QStringLiteral("check"),
                 good }),
        0);
    QCOMPARE(cli::run({ QStringLiteral("recon"), QStringLiteral("rules"), QStringLiteral("check"),
                 bad }),
        1);
    QCOMPARE(cli::run({ QStringLiteral("recon"), QStringLiteral("rules"), QStringLiteral("check"),
                 dir.filePath(QStringLiteral("missing.json")) }),
        1);
}

QTEST_GUILESS_MAIN(TstMatchRules)
#include "tst_match_rules.moc"
