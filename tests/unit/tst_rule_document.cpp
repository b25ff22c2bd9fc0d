// The rule builder's document: every rule set in the repository and in docs/rules.md survives
// import -> export with its content hash; the invalid doc example is refused with its errors;
// edits (move, duplicate, disable, add conditions, change a tolerance) give valid JSON that says
// what the edit said; the regex test field's captures.
#include "core/match/rule_document.h"
#include "core/match/rules.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace recon::match;

namespace {

QList<QByteArray> docExamples()
{
    QFile f(QStringLiteral(RECON_SOURCE_DIR "/docs/rules.md"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QString md = QString::fromUtf8(f.readAll());
    QList<QByteArray> out;
    static const QRegularExpression re(
        QStringLiteral("```json\\n(.*?)```"), QRegularExpression::DotMatchesEverythingOption);
    for (auto it = re.globalMatch(md); it.hasNext();) {
        const QString block = it.next().captured(1);
        if (block.contains(QLatin1String("\"rules\"")) && !block.contains(QLatin1String("RULE,")))
            out << block.toUtf8();
    }
    return out;
}

QString hashOf(const QByteArray &json)
{
    const RuleSetParse p = parseRuleSet(json);
    return p.ruleSet ? p.ruleSet->hash : QString();
}

} // namespace

class TestRuleDocument : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void invalidExampleRefused();
    void moveDuplicateDisable();
    void editsGiveValidJson();
    void groupsAndConditionPaths();
    void regexCaptures_data();
    void regexCaptures();
    void summaries_data();
    void summaries();
};

void TestRuleDocument::roundTrip_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("default_bank_ledger") << defaultRuleSetJson();
    const QList<QByteArray> ex = docExamples();
    QVERIFY(ex.size() >= 2);
    int n = 0;
    for (const QByteArray &j : ex)
        if (parseRuleSet(j).ruleSet)
            QTest::newRow(qPrintable(QStringLiteral("docs example %1").arg(++n))) << j;
    QVERIFY(n >= 1);
    QTest::newRow("odd numbers and escapes")
        << QByteArray(R"({"version": 7, "name": "n \"q\" \u00e9\\", "rules": [{"name": "r",
            "min_margin": 0.050, "conditions": [{"type": "amount", "tolerance": 1.50},
            {"any": [{"type": "date", "days": 3}, {"type": "counterparty", "threshold": 0.9}]}]}]})");
}

void TestRuleDocument::roundTrip()
{
    QFETCH(QByteArray, json);
    QList<RuleIssue> errors;
    const auto doc = RuleDocument::load(json, &errors);
    QVERIFY2(doc, errors.isEmpty() ? "" : qPrintable(errors.first().message));
    const QByteArray out = doc->toJson();
    QCOMPARE(hashOf(out), hashOf(json));
    QVERIFY(!hashOf(out).isEmpty());
    // Stable: exporting the re-imported export gives the same bytes.
    const auto again = RuleDocument::load(out, nullptr);
    QVERIFY(again);
    QCOMPARE(again->toJson(), out);
    QVERIFY(*again == *doc);
}

void TestRuleDocument::invalidExampleRefused()
{
    QByteArray bad;
    for (const QByteArray &j : docExamples())
        if (!parseRuleSet(j).ruleSet)
            bad = j;
    QVERIFY(!bad.isEmpty());
    QList<RuleIssue> errors;
    QVERIFY(!RuleDocument::load(bad, &errors));
    QStringList msgs;
    for (const RuleIssue &e : errors)
        msgs << e.toString(QStringLiteral("R.json"));
    QVERIFY2(msgs.contains(QStringLiteral("R.json:20: rules[1].conditions[0].type: unknown field")),
        qPrintable(msgs.join(QLatin1Char('\n'))));
    QVERIFY(msgs.contains(
        QStringLiteral("R.json:20: rules[1].conditions[0].any: must hold at least one condition")));
}

void TestRuleDocument::moveDuplicateDisable()
{
    RuleDocument d = RuleDocument::fromDefault();
    const QString original = hashOf(d.toJson());
    const int n = d.ruleCount();
    QCOMPARE(n, 8);
    const QString first = d.ruleName(0), second = d.ruleName(1);
    d.moveRule(0, 1);
    QCOMPARE(d.ruleName(0), second);
    QCOMPARE(d.ruleName(1), first);
    QVERIFY(hashOf(d.toJson()) != original); // order is content
    d.moveRule(1, 0);
    QCOMPARE(hashOf(d.toJson()), original);

    const int copy = d.duplicateRule(2);
    QCOMPARE(copy, 3);
    QCOMPARE(d.ruleName(3), d.ruleName(2) + QStringLiteral(" copy"));
    QCOMPARE(d.ruleName(d.duplicateRule(2)), d.ruleName(2) + QStringLiteral(" copy 2"));
    QVERIFY(d.check().ruleSet); // names stay unique
    d.removeRule(3);
    d.removeRule(3);
    QCOMPARE(hashOf(d.toJson()), original);

    d.setEnabled(4, false);
    const RuleSetParse p = d.check();
    QVERIFY(p.ruleSet);
    QCOMPARE(int(p.ruleSet->rules.size()), n - 1);
    for (const Rule &r : p.ruleSet->rules)
        QVERIFY(r.name != d.ruleName(4));
    QCOMPARE(d.ruleCount(), n); // still in the builder
    d.setEnabled(4, true);
    QCOMPARE(hashOf(d.toJson()), original);
}

void TestRuleDocument::editsGiveValidJson()
{
    RuleDocument d = RuleDocument::fromDefault();
    // rule 1: reference_amount_difference, condition 1: amount 25.00 / 2 %
    JNode *amount = d.condition(1, { 1 });
    QVERIFY(amount);
    QCOMPARE(conditionType(*amount), QStringLiteral("amount"));
    setMember(*amount, QStringLiteral("tolerance"), jsonString(QStringLiteral("0.05")));
    removeMember(*amount, QStringLiteral("percent"));
    setMember(d.rule(1), QStringLiteral("auto_confirm"), jsonBool(true));
    RuleSetParse p = d.check();
    QVERIFY(p.ruleSet);
    const Rule &r = p.ruleSet->rules.at(1);
    QVERIFY(r.autoConfirm);
    QCOMPARE(r.conditions.at(1).absTolerance.units, qint64(5));
    QCOMPARE(r.conditions.at(1).absTolerance.scale, 2);
    QCOMPARE(r.conditions.at(1).pctTolerance.units, qint64(0));

    // a bad edit is caught by the same checker as files
    setMember(d.rule(1), QStringLiteral("max_left"), jsonNumber(QStringLiteral("3")));
    p = d.check();
    QVERIFY(!p.ruleSet);
    QCOMPARE(p.errors.first().path, QStringLiteral("rules[1].max_left"));

    const int added = d.addRule(d.ruleCount());
    QCOMPARE(d.ruleName(added), QStringLiteral("new_rule"));
    removeMember(d.rule(1), QStringLiteral("max_left"));
    p = d.check();
    QVERIFY2(p.ruleSet, p.errors.isEmpty() ? "" : qPrintable(p.errors.first().message));
    QCOMPARE(p.ruleSet->rules.back().name, QStringLiteral("new_rule"));
    QCOMPARE(d.ruleName(d.addRule(0)), QStringLiteral("new_rule 2"));
}

void TestRuleDocument::groupsAndConditionPaths()
{
    RuleDocument d = RuleDocument::fromDefault();
    const int n = int(d.conditionList(4, {})->items.size());
    const CondPath g = d.addCondition(4, {}, QStringLiteral("any"));
    QCOMPARE(g, CondPath({ n }));
    const CondPath c = d.addCondition(4, g, QStringLiteral("counterparty"));
    QCOMPARE(c, CondPath({ n, 1 }));
    QCOMPARE(conditionType(*d.condition(4, c)), QStringLiteral("counterparty"));
    QCOMPARE(d.conditionList(4, g)->items.size(), size_t(2));
    RuleSetParse p = d.check();
    QVERIFY2(p.ruleSet, p.errors.isEmpty() ? "" : qPrintable(p.errors.first().message));
    const Condition &any = p.ruleSet->rules.at(4).conditions.at(size_t(n));
    QCOMPARE(any.kind, CondKind::Any);
    QCOMPARE(int(any.children.size()), 2);
    QCOMPARE(any.children.at(1).kind, CondKind::Counterparty);
    for (const QString &t : { QStringLiteral("equals"), QStringLiteral("text"),
             QStringLiteral("regex"), QStringLiteral("reference_in_text"),
             QStringLiteral("currency"), QStringLiteral("all") }) {
        d.addCondition(4, g, t);
        QVERIFY2(d.check().ruleSet, qPrintable(t));
    }
    d.removeCondition(4, g);
    QCOMPARE(int(d.conditionList(4, {})->items.size()), n);
    QVERIFY(!d.condition(4, { n }));
    QVERIFY(!d.condition(99, { 0 }));
    QCOMPARE(d.toJson(), RuleDocument::fromDefault().toJson());
}

void TestRuleDocument::regexCaptures_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("captures");
    QTest::addColumn<bool>("valid");
    QTest::newRow("docs invoice") << QStringLiteral("INV[-/ ]?2026[-/ ]?(\\d{6})")
                                  << QStringLiteral("pmt inv 2026 004711 thanks")
                                  << QStringList { QStringLiteral("004711") } << true;
    QTest::newRow("two groups") << QStringLiteral("(\\w+)-(\\d+)") << QStringLiteral("ref ab-12")
                                << QStringList { QStringLiteral("ab"), QStringLiteral("12") }
                                << true;
    QTest::newRow("no match") << QStringLiteral("X(\\d)") << QStringLiteral("abc") << QStringList()
                              << true;
    QTest::newRow("bad pattern") << QStringLiteral("(\\d") << QStringLiteral("1") << QStringList()
                                 << false;
}

void TestRuleDocument::regexCaptures()
{
    QFETCH(QString, pattern);
    QFETCH(QString, text);
    QFETCH(QStringList, captures);
    QFETCH(bool, valid);
    QString error;
    const QStringList got = recon::match::regexCaptures(pattern, text, &error);
    QCOMPARE(error.isEmpty(), valid);
    QCOMPARE(got, captures);
}

void TestRuleDocument::summaries_data()
{
    QTest::addColumn<QByteArray>("cond");
    QTest::addColumn<QString>("summary");
    QTest::newRow("exact") << QByteArray(R"({"type":"amount"})") << QStringLiteral("amount exact");
    QTest::newRow("tolerance") << QByteArray(
        R"({"type":"amount","tolerance":"25.00","percent":"2"})")
                               << QStringLiteral("amount ± 25.00 or 2 %");
    QTest::newRow("date") << QByteArray(R"({"type":"date","days":5,"left_date":"value"})")
                          << QStringLiteral("date within 5 days (value / either)");
    QTest::newRow("equals lr") << QByteArray(
        R"({"type":"equals","left":"reference","right":"external_id"})")
                               << QStringLiteral("equals reference = external_id");
    QTest::newRow("any") << QByteArray(R"({"any":[{"type":"currency"},{"type":"sign"}]})")
                         << QStringLiteral("any of: currency OR sign same");
}

void TestRuleDocument::summaries()
{
    QFETCH(QByteArray, cond);
    QFETCH(QString, summary);
    const JParse p = parseJsonWithLines(cond);
    QVERIFY(p.root);
    QCOMPARE(conditionSummary(*p.root), summary);
}

QTEST_GUILESS_MAIN(TestRuleDocument)
#include "tst_rule_document.moc"
