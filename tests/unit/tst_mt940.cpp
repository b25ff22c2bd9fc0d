// MT940/MT942: the field parsers (dates, entry-date year inference, marks, amounts, :86:
// subfields) and the reader's handling of framing, several statements and balance checks.
#include "core/import/inspect_json.h"
#include "core/import/mt940_fields.h"
#include "core/import/registry.h"

#include <QTest>

using namespace recon;

class TestMt940 : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void entryDateYear_data();
    void entryDateYear();
    void entryLine_data();
    void entryLine();
    void badEntryLine_data();
    void badEntryLine();
    void amounts_data();
    void amounts();
    void structuredDetails();
    void dutchSubfieldsAndSlashKeys();
    void unstructuredWrap();
    void framingAndSeveralStatements();
    void mt942FormatAndCurrency();
    void unbalancedIsWarning();
    void detailsAfterClosingIgnored();
    void detection_data();
    void detection();
    void hostileInputBounded();
};

void TestMt940::entryDateYear_data()
{
    QTest::addColumn<QString>("valueDate");
    QTest::addColumn<int>("month");
    QTest::addColumn<int>("day");
    QTest::addColumn<QDate>("expected");
    QTest::newRow("same year") << "110524" << 5 << 24 << QDate(2011, 5, 24);
    QTest::newRow("booked after new year") << "231231" << 1 << 2 << QDate(2024, 1, 2);
    QTest::newRow("value in Jan, booked Dec") << "240101" << 12 << 29 << QDate(2023, 12, 29);
    QTest::newRow("leap day next year") << "231231" << 2 << 29 << QDate(2024, 2, 29);
    QTest::newRow("1990s") << "991230" << 1 << 3 << QDate(2000, 1, 3);
}

void TestMt940::entryDateYear()
{
    QFETCH(QString, valueDate);
    QFETCH(int, month);
    QFETCH(int, day);
    QFETCH(QDate, expected);
    const QDate v = mt940::parseDate6(valueDate);
    QVERIFY(v.isValid());
    QCOMPARE(mt940::inferEntryDate(v, month, day), expected);
}

void TestMt940::entryLine_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QDate>("valueDate");
    QTest::addColumn<QDate>("entryDate");
    QTest::addColumn<bool>("debit");
    QTest::addColumn<QString>("mark");
    QTest::addColumn<QString>("amount"); // units/scale as "units:scale"
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("customerRef");
    QTest::addColumn<QString>("bankRef");
    QTest::addColumn<QString>("extra");
    QTest::newRow("abn") << "1105240524D9,N192NONREF" << QDate(2011, 5, 24) << QDate(2011, 5, 24)
                         << true << "D"
                         << "9:0"
                         << "N192"
                         << "NONREF"
                         << ""
                         << "";
    QTest::newRow("RC is a debit")
        << "0709040904RCR204,88NRTINONREF" << QDate(2007, 9, 4) << QDate(2007, 9, 4) << true << "RC"
        << "20488:2"
        << "NRTI"
        << "NONREF"
        << ""
        << "";
    QTest::newRow("RD is a credit") << "2401011229RD5,50NCHGNONREF//B2" << QDate(2024, 1, 1)
                                    << QDate(2023, 12, 29) << false << "RD"
                                    << "550:2"
                                    << "NCHG"
                                    << "NONREF"
                                    << "B2"
                                    << "";
    QTest::newRow("citi blank entry date, funds code")
        << "240312    DD212,39NMSCNONREF//" << QDate(2024, 3, 12) << QDate() << true << "D"
        << "21239:2"
        << "NMSC"
        << "NONREF"
        << ""
        << "";
    QTest::newRow("funds code N, bank ref")
        << "1701190119CN0,01NTRFNONREF//MB170119012058" << QDate(2017, 1, 19) << QDate(2017, 1, 19)
        << false << "C"
        << "1:2"
        << "NTRF"
        << "NONREF"
        << "MB170119012058"
        << "";
    QTest::newRow("dot decimal, name past 16 chars")
        << "030110C000000043985.66NMSCNONREF          MR AND MRS DAVIDS" << QDate(2003, 1, 10)
        << QDate() << false << "C"
        << "4398566:2"
        << "NMSC"
        << "NONREF"
        << ""
        << "MR AND MRS DAVIDS";
    QTest::newRow("S type with spaces")
        << "1710111011DF2402,00S   X" << QDate(2017, 10, 11) << QDate(2017, 10, 11) << true << "D"
        << "240200:2"
        << "S   "
        << "X"
        << ""
        << "";
    QTest::newRow("trailing comma")
        << "131017D6800,NCHK16703074" << QDate(2013, 10, 17) << QDate() << true << "D"
        << "6800:0"
        << "NCHK"
        << "16703074"
        << ""
        << "";
}

void TestMt940::entryLine()
{
    QFETCH(QString, line);
    QString field, why;
    const auto e = mt940::parseEntry(line, &field, &why);
    QVERIFY2(e, qPrintable(field + QStringLiteral(": ") + why));
    QTEST(e->valueDate, "valueDate");
    QTEST(e->entryDate, "entryDate");
    QTEST(e->debit, "debit");
    QTEST(e->mark, "mark");
    QTEST(QStringLiteral("%1:%2").arg(e->amount.units).arg(e->amount.scale), "amount");
    QTEST(e->typeCode, "type");
    QTEST(e->customerRef, "customerRef");
    QTEST(e->bankRef, "bankRef");
    QTEST(e->extra, "extra");
}

void TestMt940::badEntryLine_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("field");
    QTest::newRow("month 13") << "241301C5,00NTRFNONREF"
                              << ":61: value date";
    QTest::newRow("no mark") << "240101X5,00NTRFNONREF"
                             << ":61: debit/credit mark";
    QTest::newRow("RX") << "240101RX5,00NTRFNONREF"
                        << ":61: debit/credit mark";
    QTest::newRow("two separators") << "240101C5,0,0NTRFNONREF"
                                    << ":61: amount";
    QTest::newRow("no amount") << "240101CNTRFNONREF"
                               << ":61: amount";
    QTest::newRow("no type") << "240101C5,00"
                             << ":61: transaction type";
    QTest::newRow("bad type") << "240101C5,00XTRFNONREF"
                              << ":61: transaction type";
    QTest::newRow("too long") << "240101C123456789012345678901,00NTRF"
                              << ":61: amount";
    QTest::newRow("empty") << ""
                           << ":61: value date";
}

void TestMt940::badEntryLine()
{
    QFETCH(QString, line);
    QFETCH(QString, field);
    QString f, why;
    QVERIFY(!mt940::parseEntry(line, &f, &why));
    QCOMPARE(f, field);
    QVERIFY(!why.isEmpty());
}

void TestMt940::amounts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("units");
    QTest::addColumn<int>("scale");
    QTest::newRow("79,7") << "79,7" << true << qint64(797) << 1;
    QTest::newRow("0,") << "0," << true << qint64(0) << 0;
    QTest::newRow("leading zeros dot") << "000000002145.00" << true << qint64(214500) << 2;
    QTest::newRow("empty") << "" << false << qint64(0) << 0;
    QTest::newRow("comma first") << ",5" << false << qint64(0) << 0;
    QTest::newRow("sign") << "-5,00" << false << qint64(0) << 0;
    QTest::newRow("19 digits") << "1234567890123456789" << false << qint64(0) << 0;
}

void TestMt940::amounts()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    const auto d = mt940::parseAmount(text);
    QCOMPARE(bool(d), ok);
    if (ok) {
        QTEST(d->units, "units");
        QTEST(d->scale, "scale");
    }
}

void TestMt940::structuredDetails()
{
    // Subfields wrapped at 27 characters mid-word, a line break inside a subfield, SEPA keywords.
    const QStringList lines {
        QStringLiteral("166?00GUTSCHRIFT?100399?20EREF+EndToEndIdTFNR20004000?2101?22SVWZ"),
        QStringLiteral("+TO 13 TFNr 20004 Einga?23ngskanal Mint?30PBNKDEFF100?31DE42100100"),
        QStringLiteral("100043921105?32Richter Renate 70 Zeichen B?33eginn Fuellzeichen"),
        QStringLiteral("xxxxxxxx"),
    };
    const mt940::Details d = mt940::parseDetails(lines);
    QVERIFY(d.structured);
    QCOMPARE(d.transactionCode, QStringLiteral("166"));
    QCOMPARE(d.reference, QStringLiteral("EndToEndIdTFNR2000400001"));
    QCOMPARE(d.description, QStringLiteral("TO 13 TFNr 20004 Eingangskanal Mint"));
    QCOMPARE(
        d.counterparty, QStringLiteral("Richter Renate 70 Zeichen Beginn Fuellzeichen xxxxxxxx"));
    QCOMPARE(d.counterpartyAccount, QStringLiteral("DE42100100100043921105"));
    QCOMPARE(d.counterpartyBank, QStringLiteral("PBNKDEFF100"));

    // EREF+NOTPROVIDED gives no reference; text without keyword is the description.
    const mt940::Details n = mt940::parseDetails(
        { QStringLiteral("105?00LASTSCHRIFT?20EREF+NOTPROVIDED?21Beitrag Maerz?32VEREIN") });
    QCOMPARE(n.reference, QString());
    QCOMPARE(n.description, QStringLiteral("Beitrag Maerz"));
    QCOMPARE(n.counterparty, QStringLiteral("VEREIN"));

    // A subfield marker split across a line break ("?" at the end, "22" on the next line).
    const mt940::Details m = mt940::parseDetails(
        { QStringLiteral(" 020?00Wyplata?2115617?"), QStringLiteral("22INFO?32HUTA") });
    QCOMPARE(m.description, QStringLiteral("15617 INFO"));
    QCOMPARE(m.counterparty, QStringLiteral("HUTA"));

    // Only the posting text: it becomes the description.
    QCOMPARE(mt940::parseDetails({ QStringLiteral("079?00SAMMLER?109800") }).description,
        QStringLiteral("SAMMLER"));
}

void TestMt940::dutchSubfieldsAndSlashKeys()
{
    const mt940::Details t = mt940::parseDetails({ QStringLiteral("000>100555555555"),
        QStringLiteral(">20TENAAMSTELLING TEGENREKENIN>21G EN ADRES"),
        QStringLiteral(">310666666666") });
    QCOMPARE(t.description, QStringLiteral("TENAAMSTELLING TEGENREKENING EN ADRES"));
    QCOMPARE(t.counterpartyAccount, QStringLiteral("0666666666"));

    const mt940::Details s = mt940::parseDetails({ QStringLiteral(
        "/TRTP/SEPA OVERBOEKING/IBAN/NL39RABO0300065264/BIC/RABONL2U/NAME/J. DE VRIES/REMI/"
        "Invoice 12/34/EREF/E2E-1") });
    QCOMPARE(s.counterparty, QStringLiteral("J. DE VRIES"));
    QCOMPARE(s.counterpartyAccount, QStringLiteral("NL39RABO0300065264"));
    QCOMPARE(s.description, QStringLiteral("Invoice 12/34"));
    QCOMPARE(s.reference, QStringLiteral("E2E-1"));

    const mt940::Details c = mt940::parseDetails(
        { QStringLiteral("/EREF/NOTPROVIDED//CNTP/NL69INGB0123456789/INGBNL2A/J. JANSEN/AMS/") });
    QCOMPARE(c.counterparty, QStringLiteral("J. JANSEN"));
    QCOMPARE(c.counterpartyAccount, QStringLiteral("NL69INGB0123456789"));
    QCOMPARE(c.reference, QString());

    // Citi's "/PT/FT/" is not the ING/ABN scheme: free text.
    QCOMPARE(mt940::parseDetails({ QStringLiteral("/PT/FT/PY/SOMETHING") }).description,
        QStringLiteral("/PT/FT/PY/SOMETHING"));
}

void TestMt940::unstructuredWrap()
{
    const QString full65
        = QStringLiteral("GIRO AUS ONLINE-SIC 80701 AUFTRAGGEBER: XXXXXXXXX XXX XXXXXXXXSTR");
    QCOMPARE(full65.size(), 65);
    QCOMPARE(mt940::joinWrapped({ full65, QStringLiteral("ASSE 111") }),
        QStringLiteral(
            "GIRO AUS ONLINE-SIC 80701 AUFTRAGGEBER: XXXXXXXXX XXX XXXXXXXXSTRASSE 111"));
    QCOMPARE(mt940::joinWrapped({ QStringLiteral("short line"), QStringLiteral("next") }),
        QStringLiteral("short line next"));
}

namespace {
ReadResult readText(const QByteArray &text, const QString &format = QString())
{
    const Reader *r = format.isEmpty() ? ReaderRegistry::instance().byName(QStringLiteral("mt940"))
                                       : ReaderRegistry::instance().byName(format);
    ReadOptions o;
    o.fileName = QStringLiteral("t.sta");
    return r->read(text, o);
}
} // namespace

void TestMt940::framingAndSeveralStatements()
{
    const QByteArray text
        = "\x01\r\nPreamble text\r\n:940:\r\n"
          ":20:A\r\n:25:TRIODOSBANK/0666666666\r\n:28C:1\r\n:60F:C240101EUR10,00\r\n"
          ":61:240102D2,50NTRFNONREF//R1\r\n:86:first\r\n:62F:C240102EUR7,50\r\n"
          ":20:B\r\n:25:0999\r\n:28C:2\r\n:60F:D240101USD1,\r\n"
          ":61:240102C1,NTRFREF2\r\n:62F:C240102USD0,\r\n-\x03\r\n\x1a";
    const ReadResult r = readText(text);
    QVERIFY2(r.ok(), qPrintable(r.errors.value(0).toString()));
    QCOMPARE(r.format, QStringLiteral("mt940"));
    QCOMPARE(r.statements.size(), 2);
    QCOMPARE(r.statements[0].account, QStringLiteral("TRIODOSBANK/0666666666"));
    QCOMPARE(r.statements[0].transactions.size(), 1);
    const Transaction &t = r.statements[0].transactions[0];
    QCOMPARE(t.amount, Money::fromMinor(-250, u"EUR"));
    QCOMPARE(t.externalId, QStringLiteral("R1"));
    QCOMPARE(t.description, QStringLiteral("first"));
    QCOMPARE(t.sourceLine, 8);
    QVERIFY(!t.raw.isEmpty());
    QCOMPARE(t.raw.first().first, QStringLiteral(":61:"));
    QCOMPARE(r.statements[1].currency, QStringLiteral("USD"));
    QCOMPARE(r.statements[1].openingBalance, Money::fromMinor(-100, u"USD"));
    QCOMPARE(r.statements[1].transactions[0].reference, QStringLiteral("REF2"));
    QVERIFY(r.warnings.isEmpty());
}

void TestMt940::mt942FormatAndCurrency()
{
    const QByteArray text = ":20:X\n:25:AT1\n:28C:1\n:34F:CHFD0,\n:13D:2403141530+0100\n"
                            ":61:240314C10,NTRFNONREF\n:90D:0CHF0,\n:90C:1CHF10,\n-\n";
    const ReadResult r = readText(text);
    QVERIFY(r.ok());
    QCOMPARE(r.format, QStringLiteral("mt942"));
    QCOMPARE(r.statements[0].currency, QStringLiteral("CHF"));
    QCOMPARE(r.statements[0].transactions[0].amount.currencyCode(), QStringLiteral("CHF"));
    QVERIFY(r.warnings.isEmpty());
    // The application header decides too.
    const ReadResult h = readText("{1:F01X}{2:I942BANK}{4:\n:20:X\n:25:1\n:28C:1\n"
                                  ":60F:C240101EUR0,\n:61:240101C1,NTRFNONREF\n-}");
    QCOMPARE(h.format, QStringLiteral("mt942"));
}

void TestMt940::unbalancedIsWarning()
{
    const ReadResult r = readText(":20:U\n:25:1\n:28C:9/1\n:60F:C240101EUR10,00\n"
                                  ":61:240101C1,NTRFNONREF\n:62F:C240101EUR12,00\n-");
    QVERIFY(r.ok());
    QCOMPARE(r.warnings.size(), 1);
    const QString w = r.warnings.first().toString();
    QVERIFY2(w.contains(QStringLiteral("9/1")) && w.contains(QStringLiteral("11.00"))
            && w.contains(QStringLiteral("12.00")),
        qPrintable(w));
}

void TestMt940::detailsAfterClosingIgnored()
{
    const ReadResult r = readText(":20:I\n:25:1\n:28C:1\n:60F:C240101EUR0,00\n"
                                  ":61:240101C1,NTRFNONREF\n:86:entry text\n"
                                  ":62F:C240101EUR1,00\n:86:D000004C000002\n-XXX\n");
    QVERIFY(r.ok());
    QCOMPARE(r.statements[0].transactions[0].description, QStringLiteral("entry text"));
}

void TestMt940::detection_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<bool>("claimed");
    QTest::newRow("statement") << QByteArray(":20:A\r\n:25:1\r\n:28C:1\r\n:60F:C240101EUR0,\r\n")
                               << true;
    QTest::newRow("envelope") << QByteArray("{1:F01X}{2:O9401}{4:\n") << true;
    QTest::newRow("csv") << QByteArray("date,amount\n2024-01-01,5\n") << false;
    QTest::newRow("tag mid-line") << QByteArray("note :20: and :25: in text") << false;
}

void TestMt940::detection()
{
    QFETCH(QByteArray, head);
    QFETCH(bool, claimed);
    const int score = ReaderRegistry::instance().byName(QStringLiteral("mt940"))->detect(head);
    QCOMPARE(score >= 90, claimed);
    if (!claimed)
        QCOMPARE(score, 0);
}

void TestMt940::hostileInputBounded()
{
    // A huge :86: continuation and a very long line: bounded, no crash, entries still read.
    QByteArray text = ":20:H\n:25:1\n:28C:1\n:60F:C240101EUR0,\n:61:240101C1,NTRFNONREF\n:86:x\n";
    for (int i = 0; i < 5000; ++i)
        text += "continuation line of the details field\n";
    text += QByteArray(200000, 'a') + "\n:62F:C240101EUR1,\n-\n";
    const ReadResult r = readText(text);
    QVERIFY(r.ok());
    QCOMPARE(r.transactionCount(), 1);
    QVERIFY(r.statements[0].transactions[0].description.size() <= 4096);
    QCOMPARE(r.warnings.size(), 1); // the long line was cut
}

QTEST_GUILESS_MAIN(TestMt940)
#include "tst_mt940.moc"
