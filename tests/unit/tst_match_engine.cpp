// The engine on small sets: default rules on realistic cases, ambiguity, subset-sum bounds and
// determinism across thread counts and input order.
#include "core/match/engine.h"
#include "core/match/suggest.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <random>

using namespace recon;
using namespace recon::match;

namespace {

Transaction tx(const QString &id, const QString &date, const QString &amount, const QString &desc,
    const QString &ref = {}, const QString &cpty = {}, const QString &ccy = QStringLiteral("EUR"))
{
    Transaction t;
    t.id = QUuid::createUuidV5(QUuid(), id);
    t.externalId = id;
    t.bookingDate = QDate::fromString(date, Qt::ISODate);
    t.amount = *Money::parse(amount, *Currency::fromCode(ccy), DecimalSeparator::Dot).value;
    t.description = desc;
    t.reference = ref;
    t.counterparty = cpty;
    return t;
}

RuleSet rules(const QByteArray &json)
{
    RuleSetParse p = parseRuleSet(json);
    if (!p.ruleSet)
        qFatal("%s", qPrintable(p.errors.first().toString(QStringLiteral("rules"))));
    return std::move(*p.ruleSet);
}

// "B1=L1;B2=L2+L3" style summary of the groups
QString groupsOf(const MatchResult &r, const QList<Transaction> &l, const QList<Transaction> &rt)
{
    QStringList gs;
    for (const MatchGroup &g : r.groups) {
        QStringList a, b;
        for (const uint32_t i : g.left)
            a << l[int(i)].externalId;
        for (const uint32_t i : g.right)
            b << rt[int(i)].externalId;
        gs << a.join(QLatin1Char('+')) + QLatin1Char('=') + b.join(QLatin1Char('+'));
    }
    gs.sort();
    return gs.join(QLatin1Char(';'));
}

// A few thousand items with every hard case, from a fixed seed.
void synthetic(QList<Transaction> &bank, QList<Transaction> &ledger, quint32 seed)
{
    QRandomGenerator rng(seed);
    const QStringList names { "Acme Trading GmbH", "Nordic Blue Foods Ltd", "Atlas Machinery AG",
        "Cedar Media Inc", "Orion Pharma S.A.", "Falcon Logistics LLC", "Maple Retail KG",
        "Zenith Systems BV" };
    int inv = 0, b = 0, l = 0;
    auto money = [](qint64 m) { return minorToString(m, 2); };
    const QDate start(2026, 1, 1);
    for (int k = 0; k < 600; ++k) {
        const QString cp = names[int(rng.bounded(names.size()))];
        const QDate d = start.addDays(rng.bounded(300));
        const qint64 amt = 1000 + rng.bounded(500000);
        const int kind = int(rng.bounded(10));
        const QString ref = QStringLiteral("INV-2026-%1").arg(++inv, 6, 10, QLatin1Char('0'));
        if (kind < 5) { // reference in noisy text
            ledger << tx(QStringLiteral("L%1").arg(++l), d.toString(Qt::ISODate), money(amt),
                QStringLiteral("Invoice"), ref, cp);
            bank << tx(QStringLiteral("B%1").arg(++b), d.addDays(2).toString(Qt::ISODate),
                money(kind == 4 ? amt - 250 : amt),
                QStringLiteral("pmt ") + ref.toLower().remove('-'), {}, cp.toUpper().left(18));
        } else if (kind < 7) { // no reference
            ledger << tx(QStringLiteral("L%1").arg(++l), d.toString(Qt::ISODate), money(amt),
                QStringLiteral("Invoice"), ref, cp);
            bank << tx(QStringLiteral("B%1").arg(++b), d.addDays(1).toString(Qt::ISODate),
                money(amt), QStringLiteral("Transfer"), {}, cp.toUpper());
        } else if (kind < 8) { // batch of three
            qint64 sum = 0;
            QString text = QStringLiteral("Payment");
            for (int j = 0; j < 3; ++j) {
                const qint64 a = 1000 + rng.bounded(90000);
                const QString r = QStringLiteral("INV-2026-%1").arg(++inv, 6, 10, QLatin1Char('0'));
                ledger << tx(QStringLiteral("L%1").arg(++l), d.toString(Qt::ISODate), money(a),
                    QStringLiteral("Invoice"), r, cp);
                text += QLatin1Char(' ') + r;
                sum += a;
            }
            bank << tx(QStringLiteral("B%1").arg(++b), d.addDays(3).toString(Qt::ISODate),
                money(sum), text, {}, cp);
        } else if (kind < 9) { // subscription, same amount monthly
            for (int m = 0; m < 3; ++m) {
                const QString r = QStringLiteral("SUB-%1-%2").arg(k).arg(m);
                ledger << tx(QStringLiteral("L%1").arg(++l),
                    d.addDays(30 * m).toString(Qt::ISODate), QStringLiteral("19.99"),
                    QStringLiteral("Subscription"), r, cp);
                bank << tx(QStringLiteral("B%1").arg(++b),
                    d.addDays(30 * m + 1).toString(Qt::ISODate), QStringLiteral("19.99"),
                    QStringLiteral("Abo"), {}, cp.toUpper());
            }
        } else { // ledger-only and bank-only
            ledger << tx(QStringLiteral("L%1").arg(++l), d.toString(Qt::ISODate), money(-amt),
                QStringLiteral("Cheque"), ref, cp);
            bank << tx(QStringLiteral("B%1").arg(++b), d.toString(Qt::ISODate),
                QStringLiteral("-4.50"), QStringLiteral("Fee"), {}, QStringLiteral("BANK"));
        }
    }
}

} // namespace

class TstMatchEngine : public QObject {
    Q_OBJECT
private slots:
    void defaultRulesRealistic();
    void ambiguityIsReported();
    void subsetSumUnique();
    void subsetSumAmbiguous();
    void subsetSumBounded();
    void largerMembersLeftOut();
    void manyToMany();
    void oppositeSign();
    void determinism();
    void explanations();
    void suggestions();
    void cancel();
    void counterpartyIds();
};

void TstMatchEngine::defaultRulesRealistic()
{
    const QList<Transaction> bank {
        tx("B1", "2026-03-03", "1190.00", "SEPA CT inv 2026 004711 thank you", {},
            "ACME TRADING GM"),
        tx("B2", "2026-03-05", "495.50", "/INV/2026/004712", {}, "NORDIC BLUE FOODS"), // fee 4.50
        tx("B3", "2026-03-07", "300.00", "Payment INV2026004713 INV2026004714", {},
            "ATLAS MACHINERY"),
        tx("B4", "2026-03-10", "250.00", "Instalment 1/2 INV-2026-004715", {}, "Cedar Media"),
        tx("B5", "2026-04-09", "250.00", "Instalment 2/2 inv-2026-004715", {}, "Cedar Media"),
        tx("B6", "2026-02-02", "19.99", "Abo", {}, "ZENITH SYSTEMS"),
        tx("B7", "2026-03-03", "19.99", "Abo", {}, "ZENITH SYSTEMS"),
        tx("B8", "2026-03-15", "-4.50", "Account fee", {}, "BANK"),
        tx("B9", "2026-03-20", "77.00", "Transfer", {}, "MAPLE RETAIL"),
    };
    const QList<Transaction> ledger {
        tx("L1", "2026-03-01", "1190.00", "Invoice", "INV-2026-004711", "Acme Trading GmbH"),
        tx("L2", "2026-03-01", "500.00", "Invoice", "INV-2026-004712", "Nordic Blue Foods Ltd"),
        tx("L3", "2026-03-01", "100.00", "Invoice", "INV-2026-004713", "Atlas Machinery AG"),
        tx("L4", "2026-03-02", "200.00", "Invoice", "INV-2026-004714", "Atlas Machinery AG"),
        tx("L5", "2026-03-01", "500.00", "Invoice", "INV-2026-004715", "Cedar Media Inc"),
        tx("L6", "2026-02-01", "19.99", "Subscription", "SUB-77-02", "Zenith Systems BV"),
        tx("L7", "2026-03-01", "19.99", "Subscription", "SUB-77-03", "Zenith Systems BV"),
        tx("L8", "2026-03-25", "-800.00", "Cheque 1001", "CHQ-1001", "Falcon Logistics LLC"),
        tx("L9", "2026-03-19", "77.00", "Invoice", "INV-2026-004799", "Maple Retail KG"),
    };
    const MatchResult r = matchTransactions(bank, ledger, defaultRuleSet(), {});
    QCOMPARE(groupsOf(r, bank, ledger),
        QStringLiteral("B1=L1;B2=L2;B3=L3+L4;B4+B5=L5;B6=L6;B7=L7;B9=L9"));
    QCOMPARE(r.leftStatus[7], Status::Open); // bank fee: no partner
    QCOMPARE(r.rightStatus[7], Status::Open); // outstanding cheque
    QVERIFY(r.exceptions.empty());
    for (const MatchGroup &g : r.groups) {
        QVERIFY(g.score > 0.0 && g.score <= 1.0);
        QVERIFY(!g.explanation.empty());
        if (g.left == std::vector<uint32_t> { 0 })
            QCOMPARE(g.status, Status::Confirmed); // exact reference + amount: auto-confirmed
        if (g.left == std::vector<uint32_t> { 1 }) {
            QCOMPARE(g.status, Status::Proposed);
            QCOMPARE(g.difference, qint64(-450));
        }
    }
    QVERIFY(!r.ruleSetHash.isEmpty());
}

void TstMatchEngine::ambiguityIsReported()
{
    // two equally good candidates: same amount, same counterparty, dates one day either side
    const QList<Transaction> bank { tx("B1", "2026-03-10", "50.00", "Transfer", {}, "ACME") };
    const QList<Transaction> ledger {
        tx("L1", "2026-03-09", "50.00", "x", "R-1", "Acme"),
        tx("L2", "2026-03-11", "50.00", "y", "R-2", "Acme"),
    };
    const MatchResult r = matchTransactions(bank, ledger, defaultRuleSet(), {});
    QVERIFY(r.groups.empty());
    QCOMPARE(r.exceptions.size(), size_t(1));
    const MatchException &e = r.exceptions.front();
    QCOMPARE(e.side, Side::Left);
    QCOMPARE(e.reason, QStringLiteral("ambiguous"));
    QCOMPARE(e.alternatives.size(), size_t(2));
    QCOMPARE(e.alternatives[0].score, e.alternatives[1].score);
    QCOMPARE(r.leftStatus[0], Status::Exception);
    // a closer date breaks the tie: no guessing needed
    QList<Transaction> ledger2 = ledger;
    ledger2[1].bookingDate = QDate(2026, 3, 12);
    const MatchResult r2 = matchTransactions(bank, ledger2, defaultRuleSet(), {});
    QCOMPARE(groupsOf(r2, bank, ledger2), QStringLiteral("B1=L1"));
}

static const QByteArray kBatchRule = R"({"name":"t","version":"1","rules":[{"name":"batch",
  "kind":"one_to_many","max_right":3,"conditions":[{"type":"counterparty","threshold":0.9},
  {"type":"amount"},{"type":"date","days":10}],"search":{"max_items":10,"max_combinations":%1}}]})";

void TstMatchEngine::subsetSumUnique()
{
    const QList<Transaction> bank { tx("B1", "2026-03-10", "350.00", "Payment", {}, "ACME") };
    const QList<Transaction> ledger {
        tx("L1", "2026-03-01", "100.00", "", "A", "Acme"),
        tx("L2", "2026-03-02", "200.00", "", "B", "Acme"),
        tx("L3", "2026-03-03", "50.00", "", "C", "Acme"),
        tx("L4", "2026-03-04", "75.00", "", "D", "Acme"),
        tx("L5", "2026-03-05", "350.00", "", "E", "Other Corp"), // other customer
    };
    const MatchResult r = matchTransactions(
        bank, ledger, rules(QString::fromLatin1(kBatchRule).arg(1000).toUtf8()), {});
    QCOMPARE(groupsOf(r, bank, ledger), QStringLiteral("B1=L1+L2+L3"));
}

void TstMatchEngine::subsetSumAmbiguous()
{
    // 100+250 and 150+200 both make 350: never guess
    const QList<Transaction> bank { tx("B1", "2026-03-10", "350.00", "Payment", {}, "ACME") };
    const QList<Transaction> ledger {
        tx("L1", "2026-03-01", "100.00", "", "A", "Acme"),
        tx("L2", "2026-03-02", "250.00", "", "B", "Acme"),
        tx("L3", "2026-03-03", "150.00", "", "C", "Acme"),
        tx("L4", "2026-03-04", "200.00", "", "D", "Acme"),
    };
    const MatchResult r = matchTransactions(
        bank, ledger, rules(QString::fromLatin1(kBatchRule).arg(1000).toUtf8()), {});
    QVERIFY(r.groups.empty());
    QCOMPARE(r.exceptions.size(), size_t(1));
    QCOMPARE(r.exceptions[0].reason, QStringLiteral("ambiguous"));
    QCOMPARE(r.exceptions[0].alternatives.size(), size_t(2));
    for (const Alternative &a : r.exceptions[0].alternatives)
        QCOMPARE(a.right.size(), size_t(2));
    for (int i = 0; i < 4; ++i)
        QCOMPARE(r.rightStatus[i], Status::Open); // only the payment becomes the exception
}

void TstMatchEngine::subsetSumBounded()
{
    QList<Transaction> ledger;
    for (int i = 0; i < 10; ++i)
        ledger << tx(QStringLiteral("L%1").arg(i), "2026-03-01",
            QStringLiteral("%1.00").arg(10 + i), "", QStringLiteral("R%1").arg(i), "Acme");
    const QList<Transaction> bank { tx("B1", "2026-03-02", "1000.00", "Payment", {}, "ACME") };
    // no subset fits and the search is cut off early: nothing matched, no exception, no hang
    const MatchResult none = matchTransactions(
        bank, ledger, rules(QString::fromLatin1(kBatchRule).arg(5).toUtf8()), {});
    QVERIFY(none.groups.empty());
    QVERIFY(none.exceptions.empty());
    // one fits but the limit is hit before uniqueness is known: exception, never a guess
    QList<Transaction> bank2 { tx("B1", "2026-03-02", "19.00", "Payment", {}, "ACME") };
    const MatchResult cut = matchTransactions(
        bank2, ledger, rules(QString::fromLatin1(kBatchRule).arg(3).toUtf8()), {});
    QVERIFY(cut.groups.empty());
    QCOMPARE(cut.exceptions.size(), size_t(1));
    QCOMPARE(cut.exceptions[0].reason, QStringLiteral("search_limit"));
    // with room to search, 19.00 is only L9 alone (19) -> unique
    const MatchResult full = matchTransactions(
        bank2, ledger, rules(QString::fromLatin1(kBatchRule).arg(100000).toUtf8()), {});
    QCOMPARE(groupsOf(full, bank2, ledger), QStringLiteral("B1=L9"));
    // items over max_items are not searched at all: max size 3 of 10 -> bounded combinations
    const MatchResult big = matchTransactions(
        bank, ledger, rules(QString::fromLatin1(kBatchRule).arg(100000).toUtf8()), {});
    QVERIFY(big.groups.empty());
}

void TstMatchEngine::manyToMany()
{
    const QByteArray json
        = R"({"name":"t","version":"1","rules":[{"name":"nm","kind":"many_to_many",
      "max_left":3,"max_right":3,"conditions":[{"type":"equals","field":"counterparty"},
      {"type":"amount"},{"type":"date","days":5}]}]})";
    const QList<Transaction> bank { tx("B1", "2026-03-01", "100.00", "", {}, "Acme"),
        tx("B2", "2026-03-02", "50.00", "", {}, "Acme") };
    const QList<Transaction> ledger { tx("L1", "2026-03-01", "70.00", "", {}, "ACME"),
        tx("L2", "2026-03-01", "80.00", "", {}, "ACME"),
        tx("L3", "2026-03-01", "5.00", "", {}, "Beta") };
    const MatchResult r = matchTransactions(bank, ledger, rules(json), {});
    QCOMPARE(groupsOf(r, bank, ledger), QStringLiteral("B1+B2=L1+L2"));
}

void TstMatchEngine::oppositeSign()
{
    const QByteArray json = R"({"name":"t","version":"1","rules":[{"name":"r","conditions":[
      {"type":"equals","field":"reference"},{"type":"sign","value":"opposite"},{"type":"amount"}]}]})";
    const QList<Transaction> bank { tx("B1", "2026-03-01", "100.00", "", "R1"),
        tx("B2", "2026-03-01", "100.00", "", "R2") };
    const QList<Transaction> ledger { tx("L1", "2026-03-01", "-100.00", "", "r1"),
        tx("L2", "2026-03-01", "100.00", "", "r2") };
    QCOMPARE(groupsOf(matchTransactions(bank, ledger, rules(json), {}), bank, ledger),
        QStringLiteral("B1=L1"));
}

void TstMatchEngine::determinism()
{
    QList<Transaction> bank, ledger;
    synthetic(bank, ledger, 42);
    const RuleSet rs = defaultRuleSet();
    QByteArray reference;
    for (const int threads : { 1, 2, 4 }) {
        for (const int shuffle : { 0, 1, 2 }) {
            QList<Transaction> b = bank, l = ledger;
            if (shuffle) {
                std::mt19937 g { unsigned(shuffle) };
                std::shuffle(b.begin(), b.end(), g);
                std::shuffle(l.begin(), l.end(), g);
            }
            const MatchSide L = buildSide(b, Side::Left), R = buildSide(l, Side::Right);
            MatchOptions o;
            o.threads = threads;
            const QByteArray text = resultText(matchSides(L, R, rs, o), L, R);
            if (reference.isEmpty()) {
                reference = text;
                QVERIFY(text.count('\n') > 500);
            } else {
                QCOMPARE(text, reference);
            }
        }
    }
}

void TstMatchEngine::explanations()
{
    const QList<Transaction> bank { tx(
        "B1", "2026-03-03", "99.00", "Pay INV 2026 000001", {}, "ACME") };
    const QList<Transaction> ledger { tx(
        "L1", "2026-03-01", "100.00", "Inv", "INV-2026-000001", "Acme") };
    const MatchResult r = matchTransactions(bank, ledger, defaultRuleSet(), {});
    QCOMPARE(r.groups.size(), size_t(1));
    const MatchGroup &g = r.groups[0];
    QCOMPARE(g.rule, QStringLiteral("reference_amount_difference"));
    bool sawAmount = false, sawDate = false;
    for (const ConditionOutcome &o : g.explanation) {
        QVERIFY(o.pass);
        if (o.condition == QLatin1String("amount")) {
            sawAmount = true;
            QCOMPARE(o.leftValue, QStringLiteral("99.00"));
            QCOMPARE(o.rightValue, QStringLiteral("100.00"));
            QCOMPARE(o.measure, QStringLiteral("difference 1.00"));
            QCOMPARE(o.threshold, QStringLiteral("<= 25.00"));
        }
        if (o.condition == QLatin1String("date")) {
            sawDate = true;
            QCOMPARE(o.measure, QStringLiteral("2 days"));
        }
    }
    QVERIFY(sawAmount && sawDate);
}

void TstMatchEngine::suggestions()
{
    QList<Transaction> bank, ledger;
    synthetic(bank, ledger, 7);
    bank << tx("BX", "2026-05-05", "1234.56", "Zahlung inv/2026/999999", {}, "ORION PHARMA");
    ledger << tx("LX", "2026-05-01", "1234.56", "Invoice", "INV-2026-999999", "Orion Pharma S.A.")
           << tx("LY", "2026-05-02", "1234.56", "Invoice", "INV-2026-999998", "Orion Pharma S.A.");
    const MatchSide L = buildSide(bank, Side::Left), R = buildSide(ledger, Side::Right);
    const MatchIndex index(L, R);
    const auto s = index.suggest(Side::Left, uint32_t(bank.size() - 1), 5);
    QVERIFY(s.size() >= 2 && s.size() <= 5);
    QCOMPARE(R.outputId(s[0].right.front()), QStringLiteral("LX")); // reference found wins
    QVERIFY(s[0].score > s[1].score);
    QVERIFY(!s[0].explanation.empty());
    for (size_t i = 1; i < s.size(); ++i)
        QVERIFY(s[i - 1].score >= s[i].score);
}

void TstMatchEngine::cancel()
{
    QList<Transaction> bank, ledger;
    synthetic(bank, ledger, 3);
    std::atomic<bool> stop { true };
    MatchOptions o;
    o.cancel = &stop;
    const MatchResult r = matchTransactions(bank, ledger, defaultRuleSet(), o);
    QVERIFY(r.cancelled);
    QVERIFY(r.groups.empty());
}

// With a sign condition every member of a sum is no larger than the single item (within the
// tolerance): closer but larger items must not crowd the real parts out of the bounded list.
// Without the sign condition nothing is left out (a refund can make a larger item fit).
void TstMatchEngine::largerMembersLeftOut()
{
    static const QByteArray rule = R"({"name":"t","version":"1","rules":[{"name":"batch",
  "kind":"one_to_many","max_right":3,"conditions":[{"type":"counterparty","threshold":0.9},
  {"type":"amount"},%1{"type":"date","days":10}],"search":{"max_items":4}}]})";
    const QList<Transaction> bank { tx("B1", "2026-03-10", "100.00", "Payment", {}, "ACME") };
    QList<Transaction> ledger;
    for (int i = 0; i < 5; ++i) // same day as the payment: the best date scores, but too large
        ledger << tx(QStringLiteral("BIG%1").arg(i), "2026-03-10", "500.00", "", {}, "Acme");
    ledger << tx("L1", "2026-03-04", "60.00", "", "A", "Acme")
           << tx("L2", "2026-03-05", "40.00", "", "B", "Acme");
    const MatchResult withSign = matchTransactions(bank, ledger,
        rules(QString::fromLatin1(rule)
                  .arg(QStringLiteral(R"({"type":"sign","value":"same"},)"))
                  .toUtf8()),
        {});
    QCOMPARE(groupsOf(withSign, bank, ledger), QStringLiteral("B1=L1+L2"));
    // no sign condition: the four best-dated candidates are the large ones, no sum of them fits
    const MatchResult noSign = matchTransactions(
        bank, ledger, rules(QString::fromLatin1(rule).arg(QString()).toUtf8()), {});
    QVERIFY(noSign.groups.empty());
}

// Equal counterparty keys share an id (the search remembers similarities per pair of names);
// different keys never do. Names written differently that normalise to one key share it.
void TstMatchEngine::counterpartyIds()
{
    const QString day = QStringLiteral("2026-01-02"), one = QStringLiteral("1.00");
    const QList<Transaction> items {
        tx(QStringLiteral("1"), day, one, {}, {}, QStringLiteral("Acme Trading GmbH")),
        tx(QStringLiteral("2"), day, one, {}, {}, QStringLiteral("Beta Foods")),
        tx(QStringLiteral("3"), day, one, {}, {}, QStringLiteral("ACME  trading")),
        tx(QStringLiteral("4"), day, one, {}, {}, {}),
        tx(QStringLiteral("5"), day, one, {}, {}, {}),
        tx(QStringLiteral("6"), day, one, {}, {}, QStringLiteral("Acme Trading 2")),
    };
    const MatchSide s = buildSide(items, Side::Left);
    QCOMPARE(s.counterpartyId.size(), size_t(6));
    for (size_t i = 0; i < 6; ++i)
        for (size_t j = 0; j < 6; ++j)
            QCOMPARE(s.counterpartyId[i] == s.counterpartyId[j],
                s.counterparty.at(i) == s.counterparty.at(j));
    QCOMPARE(s.counterpartyId[0], s.counterpartyId[2]); // one key after normalisation
    QCOMPARE(s.counterpartyId[3], s.counterpartyId[4]); // both empty
    QVERIFY(s.counterpartyId[0] != s.counterpartyId[5]);
}

QTEST_GUILESS_MAIN(TstMatchEngine)
#include "tst_match_engine.moc"
