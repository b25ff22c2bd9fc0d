// The tabular engine shared by CSV and XLSX: date, decimal, role and sign-convention detection
// over grids of text cells, balances, the wizard preview and header signatures.
#include "core/import/tabular.h"
#include "core/import/tabular_values.h"

#include <QTest>

using namespace recon;

namespace {
QList<TabularRow> grid(const QList<QStringList> &rows)
{
    QList<TabularRow> out;
    int line = 1;
    for (const QStringList &r : rows)
        out.append(TabularRow { line++, r });
    return out;
}
ReadResult read(const QList<QStringList> &rows, ReadOptions o = {})
{
    o.fileName = QStringLiteral("t.csv");
    return readTabular(grid(rows), o, QStringLiteral("csv"), QStringLiteral("utf-8"));
}
QList<qint64> amounts(const ReadResult &r)
{
    QList<qint64> out;
    for (const Statement &s : r.statements)
        for (const Transaction &t : s.transactions)
            out << t.amount.minor();
    return out;
}
QString errs(const ReadResult &r)
{
    QStringList l;
    for (const auto &e : r.errors)
        l << e.toString();
    return l.join(QLatin1Char('\n'));
}
} // namespace

class TestTabular : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void dateFormats_data();
    void dateFormats();
    void decimals_data();
    void decimals();
    void amountParser_data();
    void amountParser();
    void debitCreditSigned();
    void indicatorColumn_data();
    void indicatorColumn();
    void headerlessWithBalanceBefore();
    void runningBalanceNewestFirst();
    void preambleAndFooterBalances();
    void currencySources();
    void mappingOverride();
    void previewWithCorrectedMapping();
    void headerSignature();
};

void TestTabular::dateFormats_data()
{
    QTest::addColumn<QStringList>("values");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QDate>("first");
    QTest::newRow("iso") << QStringList { "2024-03-01", "2024-03-15" } << "yyyy-MM-dd"
                         << QDate(2024, 3, 1);
    QTest::newRow("iso with time") << QStringList { "2020-01-01T13:00:00", "2020-01-02T17:00:00" }
                                   << "yyyy-MM-dd" << QDate(2020, 1, 1);
    QTest::newRow("german") << QStringList { "1.3.2024", "15.03.2024" } << "dd.MM.yyyy"
                            << QDate(2024, 3, 1);
    QTest::newRow("german 2-digit")
        << QStringList { "03.04.18", "29.03.18" } << "dd.MM.yy" << QDate(2018, 4, 3);
    QTest::newRow("dmy decided by day>12")
        << QStringList { "01/02/2024", "13/02/2024" } << "dd/MM/yyyy" << QDate(2024, 2, 1);
    QTest::newRow("mdy decided by day>12")
        << QStringList { "01/02/2024", "01/13/2024" } << "MM/dd/yyyy" << QDate(2024, 1, 2);
    QTest::newRow("ambiguous: shorter span wins")
        << QStringList { "01/04/20", "02/04/20" } << "dd/MM/yy" << QDate(2020, 4, 1);
    QTest::newRow("compact") << QStringList { "20200213", "20191213" } << "yyyyMMdd"
                             << QDate(2020, 2, 13);
    QTest::newRow("dotted ymd") << QStringList { "2025.12.04", "2025.12.01" } << "yyyy.MM.dd"
                                << QDate(2025, 12, 4);
    QTest::newRow("dashed dmy") << QStringList { "17-06-2022", "25-06-2022" } << "dd-MM-yyyy"
                                << QDate(2022, 6, 17);
}

void TestTabular::dateFormats()
{
    QFETCH(QStringList, values);
    QFETCH(QString, format);
    QFETCH(QDate, first);
    QList<QStringList> rows { { "Date", "Description", "Amount" } };
    for (const QString &v : values)
        rows.append({ v, "x", "1.00" });
    ReadOptions o;
    o.defaultCurrency = QStringLiteral("EUR");
    const ReadResult r = read(rows, o);
    QVERIFY2(r.ok(), qPrintable(errs(r)));
    QCOMPARE(r.mapping->dateFormat, format);
    QCOMPARE(r.statements[0].transactions[0].bookingDate, first);
}

void TestTabular::decimals_data()
{
    QTest::addColumn<QStringList>("values");
    QTest::addColumn<QList<qint64>>("minor");
    QTest::newRow("german thousands")
        << QStringList { "1.234,56", "-12,00" } << QList<qint64> { 123456, -1200 };
    QTest::newRow("english thousands")
        << QStringList { "1,525.00", "-33.50" } << QList<qint64> { 152500, -3350 };
    QTest::newRow("one decimal comma")
        << QStringList { "155,5", "-2,90" } << QList<qint64> { 15550, -290 };
    QTest::newRow("dollar") << QStringList { "-$7,971.39", "$6,000.36" }
                            << QList<qint64> { -797139, 600036 };
    QTest::newRow("spaced sign") << QStringList { "+ $73.01", "- $12.01" }
                                 << QList<qint64> { 7301, -1201 };
    QTest::newRow("ambiguous 3 digits decided by the column")
        << QStringList { "1,500", "2,25" } << QList<qint64> { 150, 225 };
    QTest::newRow("parentheses and trailing minus")
        << QStringList { "(12.00)", "5.00-" } << QList<qint64> { -1200, -500 };
}

void TestTabular::decimals()
{
    QFETCH(QStringList, values);
    QFETCH(QList<qint64>, minor);
    QList<QStringList> rows { { "Date", "Memo", "Amount", "Currency" } };
    for (const QString &v : values)
        rows.append({ "2024-01-01", "m", v, "EUR" });
    const ReadResult r = read(rows);
    QVERIFY2(r.ok(), qPrintable(errs(r)));
    QCOMPARE(amounts(r), minor);
}

void TestTabular::amountParser_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("sep");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("units");
    QTest::newRow("plain") << "12.34"
                           << "." << true << 1234LL;
    QTest::newRow("grouped") << "1.234.567,8"
                             << "," << true << 12345678LL;
    QTest::newRow("bad groups") << "12,3,4"
                                << "," << false << 0LL;
    QTest::newRow("bad groups dot") << "12,3,4"
                                    << "." << false << 0LL;
    QTest::newRow("code suffix") << "12,00 EUR"
                                 << "," << true << 1200LL;
    QTest::newRow("code prefix") << "USD 9.126,07"
                                 << "," << true << 912607LL;
    QTest::newRow("cr/dr") << "12.00 DR"
                           << "." << true << -1200LL;
    QTest::newRow("two signs") << "-12.00 CR"
                               << "." << false << 0LL;
    QTest::newRow("word") << "twelve"
                          << "." << false << 0LL;
    QTest::newRow("excel text marker") << "'579,68"
                                       << "," << true << 57968LL;
    QTest::newRow("apostrophe groups") << "1'234.50"
                                       << "." << true << 123450LL;
}

void TestTabular::amountParser()
{
    QFETCH(QString, text);
    QFETCH(QString, sep);
    QFETCH(bool, ok);
    QFETCH(qint64, units);
    const tabular::AmountParse p = tabular::parseAmount(text, sep.front());
    QCOMPARE(p.ok, ok);
    if (ok)
        QCOMPARE(p.value.units, units);
}

void TestTabular::debitCreditSigned()
{
    // Debit may hold signed values: always money out. Credit keeps its sign (reversals).
    const ReadResult r = read({ { "Date", "Label", "Debit", "Credit", "Currency" },
        { "2024-01-01", "a", "0.00", "20.00", "USD" }, { "2024-01-02", "b", "-33.50", "", "USD" },
        { "2024-01-03", "c", "1,500.00", "0.00", "USD" },
        { "2024-01-04", "d", "", "-13.50", "USD" } });
    QVERIFY2(r.ok(), qPrintable(errs(r)));
    QCOMPARE(amounts(r), (QList<qint64> { 2000, -3350, -150000, -1350 }));
    QCOMPARE(r.mapping->roles.at(2), ColumnRole::Debit);
}

void TestTabular::indicatorColumn_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("out");
    QTest::addColumn<QString>("in");
    QTest::newRow("af bij") << "Af Bij"
                            << "Af"
                            << "Bij";
    QTest::newRow("soll haben") << "S/H"
                                << "S"
                                << "H";
    QTest::newRow("dr cr") << "Dr/Cr"
                           << "DR"
                           << "CR";
    QTest::newRow("debit credit words") << "Debit/Credit"
                                        << "Debit"
                                        << "Credit";
}

void TestTabular::indicatorColumn()
{
    QFETCH(QString, header);
    QFETCH(QString, out);
    QFETCH(QString, in);
    const ReadResult r = read(
        { { "Datum", "Omschrijving", header, "Bedrag (EUR)" }, { "20200213", "fee", out, "1,25" },
            { "20200213", "refund", in, "1,25" }, { "20200214", "x", "?", "3,00" } });
    QCOMPARE(r.errors.size(), 1);
    QCOMPARE(r.errors[0].line, 4);
    QCOMPARE(r.errors[0].field, header);
    QCOMPARE(amounts(r), (QList<qint64> { -125, 125 }));
    QCOMPARE(r.statements[0].currency, QStringLiteral("EUR"));
}

void TestTabular::headerlessWithBalanceBefore()
{
    // No header: date, own IBAN, counterparty IBAN, balance BEFORE the booking, amount, text.
    const ReadResult r = read({
        { "17-06-2022", "NL00ASNB0000000001", "NL11ABNA0000000001", "EUR", "130.44", "223.77",
            "'Salary June'" },
        { "18-06-2022", "NL00ASNB0000000001", "NL11ABNA0000000002", "EUR", "354.21", "-200.00",
            "'Card settlement'" },
        { "25-06-2022", "NL00ASNB0000000001", "", "EUR", "154.21", "-2.20", "'Fees'" },
    });
    QVERIFY2(r.ok(), qPrintable(errs(r)));
    QCOMPARE(amounts(r), (QList<qint64> { 22377, -20000, -220 }));
    const Statement &s = r.statements[0];
    QCOMPARE(s.account, QStringLiteral("NL00ASNB0000000001"));
    QCOMPARE(s.openingBalance->minor(), 13044);
    QCOMPARE(s.closingBalance->minor(), 15201);
    QCOMPARE(s.transactions[0].description, QStringLiteral("Salary June"));
    QCOMPARE(s.transactions[1].counterpartyAccount, QStringLiteral("NL11ABNA0000000002"));
    QCOMPARE(r.mapping->headerRow, -1);
}

void TestTabular::runningBalanceNewestFirst()
{
    const ReadResult r = read({ { "Buchung", "Verwendungszweck", "Saldo", "Betrag", "Währung" },
        { "28.12.2018", "a", "150,00", "-5,50", "EUR" },
        { "27.12.2018", "b", "155,50", "50,00", "EUR" },
        { "26.12.2018", "c", "105,50", "-2,90", "EUR" } });
    QVERIFY2(r.ok(), qPrintable(errs(r)));
    QCOMPARE(r.statements[0].closingBalance->minor(), 15000);
    QVERIFY(!r.statements[0].openingBalance);
    // A balance column that does not chain derives nothing and says so.
    const ReadResult bad = read({ { "Date", "Memo", "Balance", "Amount", "Currency" },
        { "2018-12-01", "a", "10.00", "1.00", "EUR" },
        { "2018-12-02", "b", "99.00", "2.00", "EUR" },
        { "2018-12-03", "c", "7.00", "3.00", "EUR" } });
    QVERIFY(!bad.statements[0].closingBalance);
    QVERIFY(!bad.warnings.isEmpty());
}

void TestTabular::preambleAndFooterBalances()
{
    const ReadResult r = read({ { "Account Number : 08088804068", "Account Name : Owner", ": EUR" },
        { "Balance at end of period", "", "", "+31070,11" }, { "Date", "Label", "Debit", "Credit" },
        { "01/04/20", "L1", "-50,00", "" }, { "02/04/20", "L4", "", "1300,00" },
        { "Balance at start of period", "", "", "+29820,11" } });
    QVERIFY2(r.ok(), qPrintable(errs(r)));
    const Statement &s = r.statements[0];
    QCOMPARE(s.currency, QStringLiteral("EUR"));
    QCOMPARE(s.account, QStringLiteral("08088804068"));
    QCOMPARE(s.openingBalance->minor(), 2982011);
    QCOMPARE(s.closingBalance->minor(), 3107011);
    QCOMPARE(amounts(r), (QList<qint64> { -5000, 130000 }));
    QCOMPARE(r.statements[0].transactions[0].bookingDate, QDate(2020, 4, 1));
    QVERIFY(r.warnings.isEmpty()); // 29820.11 - 50 + 1300 = 31070.11 rolls
}

void TestTabular::currencySources()
{
    const QList<QStringList> base { { "Date", "Memo", "Amount" }, { "12/31/2021", "a", "-7.00" } };
    ReadResult r = read(base);
    QCOMPARE(r.statements[0].currency, QStringLiteral("USD")); // month-first, assumed
    QCOMPARE(r.warnings.size(), 1);
    ReadOptions o;
    o.defaultCurrency = QStringLiteral("GBP");
    r = read(base, o);
    QCOMPARE(r.statements[0].currency, QStringLiteral("GBP"));
    QVERIFY(r.warnings.isEmpty());
    r = read({ { "Date", "Memo", "Amount" }, { "31.12.2021", "a", "-7,00 €" } }, o);
    QCOMPARE(
        r.statements[0].currency, QStringLiteral("EUR")); // the file's symbol beats the default
}

void TestTabular::mappingOverride()
{
    // Columns no synonym would find; the user's mapping says what they are.
    TabularMapping m;
    m.headerRow = 0;
    m.roles = { ColumnRole::ValueDate, ColumnRole::Counterparty, ColumnRole::Amount };
    m.dateFormat = QStringLiteral("dd.MM.yyyy");
    m.decimal = DecimalSeparator::Comma;
    m.invertSign = true;
    m.currency = QStringLiteral("CHF");
    ReadOptions o;
    o.mapping = m;
    const ReadResult r = read({ { "W", "X", "Y" }, { "05.01.2024", "Migros", "1.000,50" } }, o);
    QVERIFY2(r.ok(), qPrintable(errs(r)));
    const Transaction &t = r.statements[0].transactions[0];
    QCOMPARE(t.amount, Money::fromMinor(-100050, u"CHF"));
    QCOMPARE(t.valueDate, QDate(2024, 1, 5));
    QCOMPARE(t.counterparty, QStringLiteral("Migros"));
    QCOMPARE(r.mapping->roles, m.roles);
}

void TestTabular::previewWithCorrectedMapping()
{
    const QList<TabularRow> rows
        = grid({ { "When", "Who", "How much", "Note" }, { "2024-01-05", "ACME", "12.50", "n1" },
            { "2024-01-06", "Foo", "oops", "n2" }, { "2024-01-07", "Bar", "3.00", "n3" } });
    ReadOptions o;
    o.defaultCurrency = QStringLiteral("EUR");
    TabularPreview p = previewTabular(rows, o, 2);
    QCOMPARE(p.headers.size(), 4);
    QCOMPARE(p.sample.size(), 2);
    // The user says: "Who" is the counterparty and "Note" the description.
    TabularMapping m = p.mapping;
    QCOMPARE(m.roles.at(0), ColumnRole::Date);
    QCOMPARE(m.roles.at(2), ColumnRole::Amount);
    m.roles[1] = ColumnRole::Counterparty;
    m.roles[3] = ColumnRole::Description;
    o.mapping = m;
    p = previewTabular(rows, o, 50);
    QCOMPARE(p.sample.size(), 3);
    QCOMPARE(p.parsed.size(), 2);
    QCOMPARE(p.parsed[0].counterparty, QStringLiteral("ACME"));
    QCOMPARE(p.parsed[1].description, QStringLiteral("n3"));
    QCOMPARE(p.issues.size(), 1);
    QCOMPARE(p.issues[0].line, 3);
    QCOMPARE(p.issues[0].field, QStringLiteral("How much"));
}

void TestTabular::headerSignature()
{
    const QString a = recon::headerSignature({ "Buchungstag", "Währung", "Betrag", "" });
    QCOMPARE(a, recon::headerSignature({ " BUCHUNGSTAG ", "Wahrung", "betrag" }));
    QVERIFY(a != recon::headerSignature({ "Buchungstag", "Betrag", "Währung" }));
    QVERIFY(a != recon::headerSignature({ "Buchungstag", "Währung", "Betrag", "Saldo" }));
    QCOMPARE(a.size(), 16);
}

QTEST_GUILESS_MAIN(TestTabular)
#include "tst_tabular.moc"
