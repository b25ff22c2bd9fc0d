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
    void cliReconcile();
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

void TstMatchRules::cliReconcile()
{
    QTemporaryDir dir;
    auto write = [&](const QString &name, const QByteArray &data) {
        QFile f(dir.filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(data);
    };
    const QByteArray head = "id,date,amount,currency,description,reference,counterparty\n";
    write(QStringLiteral("bank.csv"),
        head
            + "B1,2026-03-03,1190.00,EUR,pmt inv 2026 004711,,ACME TRADING\n"
              "B2,2026-03-04,50.00,EUR,Transfer,,NORDIC BLUE\n"
              "B3,2026-03-05,-4.50,EUR,Fee,,BANK\n");
    write(QStringLiteral("ledger.csv"),
        head
            + "L1,2026-03-01,1190.00,EUR,Invoice,INV-2026-004711,Acme Trading GmbH\n"
              "L2,2026-03-03,50.00,EUR,Invoice,INV-2026-004712,Nordic Blue Ltd\n"
              "L3,2026-03-20,-800.00,EUR,Cheque,CHQ-1,Falcon\n");
    const QString out = dir.filePath(QStringLiteral("out.csv"));
    const int rc = cli::run({ QStringLiteral("recon"), QStringLiteral("reconcile"),
        QStringLiteral("--left"), dir.filePath(QStringLiteral("bank.csv")),
        QStringLiteral("--right"), dir.filePath(QStringLiteral("ledger.csv")),
        QStringLiteral("--matches"), out, QStringLiteral("--unmatched"),
        dir.filePath(QStringLiteral("open")), QStringLiteral("--summary-json"),
        dir.filePath(QStringLiteral("s.json")), QStringLiteral("--threads"), QStringLiteral("2") });
    QCOMPARE(rc, 0);
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(),
        QByteArray("group,side,id,rule,score,status\n"
                   "1,left,B1,reference_exact_amount,0.9913,confirmed\n"
                   "1,right,L1,reference_exact_amount,0.9913,confirmed\n"
                   "2,left,B2,amount_date_counterparty,0.9667,proposed\n"
                   "2,right,L2,amount_date_counterparty,0.9667,proposed\n"));
    QFile open(dir.filePath(QStringLiteral("open_left.csv")));
    QVERIFY(open.open(QIODevice::ReadOnly));
    QVERIFY(open.readAll().contains("B3,2026-03-05,-4.50,EUR,open"));
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("s.json"))));
    // user errors: exit code 1
    QCOMPARE(cli::run({ QStringLiteral("recon"), QStringLiteral("reconcile"),
                 QStringLiteral("--left"), dir.filePath(QStringLiteral("bank.csv")) }),
        1);
    QCOMPARE(
        cli::run({ QStringLiteral("recon"), QStringLiteral("reconcile"), QStringLiteral("--left"),
            dir.filePath(QStringLiteral("nope.csv")), QStringLiteral("--right"),
            dir.filePath(QStringLiteral("ledger.csv")), QStringLiteral("--matches"), out }),
        1);
}

QTEST_GUILESS_MAIN(TstMatchRules)
#include "tst_match_rules.moc"
