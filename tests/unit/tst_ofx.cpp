// OFX/QFX reader: field parsing (dates, amounts, descriptions), both syntaxes (1.x SGML, 2.x
// XML), charsets, several statements per file, corrections and bounded refusal of bad input.
#include "core/import/ofx_reader.h"
#include "core/import/ofx_sgml.h"
#include "core/import/registry.h"

#include <QTest>

using namespace recon;

namespace {

const char kSgmlHeader[] = "OFXHEADER:100\nDATA:OFXSGML\nVERSION:102\nSECURITY:NONE\n"
                           "ENCODING:USASCII\nCHARSET:1252\nCOMPRESSION:NONE\n"
                           "OLDFILEUID:NONE\nNEWFILEUID:NONE\n\n";

QByteArray sgml(const QByteArray &stmttrns, const QByteArray &extraStmt = {})
{
    return QByteArray(kSgmlHeader)
        + "<OFX><SIGNONMSGSRSV1><SONRS><STATUS><CODE>0<SEVERITY>INFO</STATUS>"
          "<DTSERVER>20240101<LANGUAGE>ENG</SONRS></SIGNONMSGSRSV1>\n"
          "<BANKMSGSRSV1><STMTTRNRS><TRNUID>1<STATUS><CODE>0<SEVERITY>INFO</STATUS>\n"
          "<STMTRS><CURDEF>EUR<BANKACCTFROM><BANKID>1<ACCTID>ACC-1<ACCTTYPE>CHECKING"
          "</BANKACCTFROM>\n<BANKTRANLIST><DTSTART>20240101<DTEND>20240131\n"
        + stmttrns
        + "</BANKTRANLIST>\n<LEDGERBAL><BALAMT>100.00<DTASOF>20240131</LEDGERBAL>\n"
          "<AVAILBAL><BALAMT>90.00<DTASOF>20240131</AVAILBAL>\n"
        + extraStmt + "</STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>\n";
}

ReadResult readOfx(const QByteArray &data, ReadOptions o = {})
{
    o.fileName = QStringLiteral("t.ofx");
    return makeOfxReader()->read(data, o);
}

QString errorsOf(const ReadResult &r)
{
    QStringList out;
    for (const auto &e : r.errors)
        out << e.toString();
    return out.join(QLatin1Char('\n'));
}

} // namespace

class TestOfx : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parseDate_data();
    void parseDate();
    void parseAmount_data();
    void parseAmount();
    void describe_data();
    void describe();
    void detect_data();
    void detect();
    void sgmlStatement();
    void sgmlTolerance();
    void charset_data();
    void charset();
    void xmlStatement();
    void bankAndCreditCard();
    void referenceAndCurrency();
    void corrections();
    void malformed_data();
    void malformed();
    void skipBadLines();
    void defaultCurrency();
    void bankErrorStatus();
    void limits_data();
    void limits();
};

void TestOfx::parseDate_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("expected"); // invalid: an error is expected
    QTest::newRow("date only") << "20051004" << QDate(2005, 10, 4);
    QTest::newRow("datetime") << "20130824080000" << QDate(2013, 8, 24);
    QTest::newRow("millis+tz") << "20090401122017.000[-5:EST]" << QDate(2009, 4, 1);
    QTest::newRow("tz without millis") << "20240323000000[-3:GMT]" << QDate(2024, 3, 23);
    QTest::newRow("zero offset") << "20140920170000[0:GMT]" << QDate(2014, 9, 20);
    QTest::newRow("HHMM") << "200510291120" << QDate(2005, 10, 29);
    QTest::newRow("late local time keeps the written date")
        << "20231231235959[-8:PST]" << QDate(2023, 12, 31);
    QTest::newRow("spaces") << "  20240229 " << QDate(2024, 2, 29);
    QTest::newRow("short") << "2013082" << QDate();
    QTest::newRow("month 13") << "20131301" << QDate();
    QTest::newRow("29 Feb non-leap") << "20230229" << QDate();
    QTest::newRow("garbage tail") << "20130824xyz" << QDate();
    QTest::newRow("empty") << "" << QDate();
    QTest::newRow("letters") << "2013AB24" << QDate();
}

void TestOfx::parseDate()
{
    QFETCH(QString, text);
    QFETCH(QDate, expected);
    QString err;
    const auto d = ofx::parseDate(text, &err);
    if (expected.isValid()) {
        QVERIFY2(d.has_value(), qPrintable(err));
        QCOMPARE(*d, expected);
    } else {
        QVERIFY(!d);
        QVERIFY(!err.isEmpty());
    }
}

void TestOfx::parseAmount_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<bool>("ok");
    QTest::newRow("integer") << "-80"
                             << "USD" << qint64(-8000) << true;
    QTest::newRow("dot") << "-6.60"
                         << "CAD" << qint64(-660) << true;
    QTest::newRow("decimal comma") << "-200,00"
                                   << "USD" << qint64(-20000) << true;
    QTest::newRow("plus sign") << "+5.5"
                               << "EUR" << qint64(550) << true;
    QTest::newRow("one decimal comma") << "200,2"
                                       << "EUR" << qint64(20020) << true;
    QTest::newRow("JPY") << "1500"
                         << "JPY" << qint64(1500) << true;
    QTest::newRow("both marks") << "1,234.56"
                                << "USD" << qint64(123456) << true;
    QTest::newRow("too many decimals") << "12.345"
                                       << "USD" << qint64(0) << false;
    QTest::newRow("comma is decimal, not grouping") << "1,234"
                                                    << "USD" << qint64(0) << false;
    QTest::newRow("text") << "abc"
                          << "USD" << qint64(0) << false;
    QTest::newRow("empty") << ""
                           << "USD" << qint64(0) << false;
    QTest::newRow("overflow") << "999999999999999999999"
                              << "USD" << qint64(0) << false;
}

void TestOfx::parseAmount()
{
    QFETCH(QString, text);
    QFETCH(QString, currency);
    QFETCH(qint64, minor);
    QFETCH(bool, ok);
    QString err;
    const auto m = ofx::parseAmount(text, *Currency::fromCode(currency), &err);
    QCOMPARE(m.has_value(), ok);
    if (ok) {
        QCOMPARE(m->minor(), minor);
        QCOMPARE(m->currencyCode(), currency);
    } else {
        QVERIFY(!err.isEmpty());
    }
}

void TestOfx::describe_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("memo");
    QTest::addColumn<QString>("expected");
    QTest::newRow("name only") << "ACME"
                               << ""
                               << "ACME";
    QTest::newRow("memo only") << ""
                               << "Rent"
                               << "Rent";
    QTest::newRow("memo repeats truncated name") << "DIVIDEND EARNED FOR PERIOD OF 03"
                                                 << "DIVIDEND EARNED FOR PERIOD OF 03/01/2011"
                                                 << "DIVIDEND EARNED FOR PERIOD OF 03/01/2011";
    QTest::newRow("memo contains name") << "MCDONALD'S #112"
                                        << "POS MERCHANDISE;MCDONALD'S #112"
                                        << "POS MERCHANDISE;MCDONALD'S #112";
    QTest::newRow("case and spaces folded") << "Acme  Ltd"
                                            << "acme ltd"
                                            << "acme ltd";
    QTest::newRow("name contains memo") << "ACME LTD INVOICE 42"
                                        << "invoice 42"
                                        << "ACME LTD INVOICE 42";
    QTest::newRow("different") << "ACME"
                               << "Invoice 42"
                               << "ACME - Invoice 42";
}

void TestOfx::describe()
{
    QFETCH(QString, name);
    QFETCH(QString, memo);
    QFETCH(QString, expected);
    QCOMPARE(ofx::describe(name, memo), expected);
}

void TestOfx::detect_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<bool>("claimed");
    QTest::newRow("sgml header") << QByteArray(kSgmlHeader) << true;
    QTest::newRow("xml") << QByteArray("<?xml version=\"1.0\"?>\n<?OFX OFXHEADER=\"200\"?><OFX>")
                         << true;
    QTest::newRow("bare lower-case") << QByteArray("\n<ofx><signonmsgsrsv1>") << true;
    QTest::newRow("camt") << QByteArray("<?xml version=\"1.0\"?><Document xmlns=\"urn:iso:std:"
                                        "iso:20022:tech:xsd:camt.053.001.02\">")
                          << false;
    QTest::newRow("csv") << QByteArray("Date,Amount\n2024-01-01,5.00\n") << false;
    QTest::newRow("mt940") << QByteArray(":20:STARTUMS\n:25:123/456\n") << false;
}

void TestOfx::detect()
{
    QFETCH(QByteArray, head);
    QFETCH(bool, claimed);
    QCOMPARE(makeOfxReader()->detect(head) >= 80, claimed);
    QCOMPARE(makeOfxReader()->detect(head) == 0, !claimed);
}

void TestOfx::sgmlStatement()
{
    const ReadResult r = readOfx(sgml("<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20240105120000.000[-5:EST]"
                                      "<DTUSER>20240104<DTAVAIL>20240106<TRNAMT>-80.00"
                                      "<FITID>F1<NAME>ACME<MEMO>Invoice 42</STMTTRN>\n"
                                      "<STMTTRN><TRNTYPE>CREDIT<DTPOSTED>20240110<TRNAMT>1.5"
                                      "<FITID>F2<PAYEE><NAME>Jane</PAYEE></STMTTRN>\n"));
    QVERIFY2(r.ok(), qPrintable(errorsOf(r)));
    QCOMPARE(r.format, QStringLiteral("ofx"));
    QCOMPARE(r.encoding, QStringLiteral("windows-1252"));
    QCOMPARE(r.statements.size(), 1);
    const Statement &s = r.statements.first();
    QCOMPARE(s.account, QStringLiteral("ACC-1"));
    QCOMPARE(s.currency, QStringLiteral("EUR"));
    QCOMPARE(s.periodFrom, QDate(2024, 1, 1));
    QCOMPARE(s.periodTo, QDate(2024, 1, 31));
    QVERIFY(!s.openingBalance); // OFX states none
    QCOMPARE(s.closingBalance->minor(), 10000);
    QCOMPARE(s.availableBalance->minor(), 9000);
    QCOMPARE(s.transactions.size(), 2);
    const Transaction &t = s.transactions.at(0);
    QCOMPARE(t.bookingDate, QDate(2024, 1, 5));
    QCOMPARE(t.valueDate, QDate(2024, 1, 6));
    QCOMPARE(t.amount.minor(), -8000);
    QCOMPARE(t.amount.currencyCode(), QStringLiteral("EUR"));
    QCOMPARE(t.externalId, QStringLiteral("F1"));
    QCOMPARE(t.counterparty, QStringLiteral("ACME"));
    QCOMPARE(t.description, QStringLiteral("ACME - Invoice 42"));
    QCOMPARE(t.bankCode, QStringLiteral("DEBIT"));
    QCOMPARE(t.account, QStringLiteral("ACC-1"));
    QCOMPARE(t.sourceLine, 15);
    QVERIFY(t.raw.contains(std::pair(QStringLiteral("DTUSER"), QStringLiteral("20240104"))));
    const Transaction &u = s.transactions.at(1);
    QCOMPARE(u.counterparty, QStringLiteral("Jane")); // PAYEE/NAME
    QCOMPARE(u.amount.minor(), 150);
    QVERIFY(!u.valueDate.isValid());
    QVERIFY(u.raw.contains(std::pair(QStringLiteral("PAYEE/NAME"), QStringLiteral("Jane"))));
}

void TestOfx::sgmlTolerance()
{
    // Lower-case tags, CRLF, indentation, missing </STMTTRN> and </LEDGERBAL>, tidy leaf ends.
    QByteArray body = "ofxheader:100\r\nencoding:usascii\r\ncharset:1252\r\n\r\n<ofx>\r\n"
                      "<bankmsgsrsv1><stmttrnrs><stmtrs>\r\n\t<curdef>usd\r\n"
                      "\t<bankacctfrom><acctid>  42  </bankacctfrom>\r\n\t<banktranlist>\r\n"
                      "\t\t<stmttrn><trntype>DEBIT\r\n\t\t\t<dtposted>20240101\r\n"
                      "\t\t\t<trnamt>-1.00</trnamt>\r\n\t\t\t<fitid>A\r\n"
                      "\t\t<stmttrn><trntype>DEBIT<dtposted>20240102<trnamt>-2.00<fitid>B\r\n"
                      "\t</banktranlist>\r\n\t<ledgerbal><balamt>7.00<dtasof>20240102\r\n"
                      "</stmtrs></stmttrnrs></bankmsgsrsv1></ofx>";
    const ReadResult r = readOfx(body);
    QVERIFY2(r.ok(), qPrintable(errorsOf(r)));
    QCOMPARE(r.statements.size(), 1);
    const Statement &s = r.statements.first();
    QCOMPARE(s.account, QStringLiteral("42"));
    QCOMPARE(s.currency, QStringLiteral("USD"));
    QCOMPARE(s.transactions.size(), 2);
    QCOMPARE(s.transactions.at(0).externalId, QStringLiteral("A"));
    QCOMPARE(s.transactions.at(1).amount.minor(), -200);
    QCOMPARE(s.transactions.at(1).sourceLine, 14);
    QCOMPARE(s.closingBalance->minor(), 700);
}

void TestOfx::charset_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("expected");
    const QByteArray sgmlHead = "OFXHEADER:100\nDATA:OFXSGML\nVERSION:102\n";
    QTest::newRow("cp1252") << sgmlHead + "ENCODING:USASCII\nCHARSET:1252\n\n"
                            << QByteArray("Virement Interac \xE0: Jean \x80") << "windows-1252"
                            << QString::fromUtf8("Virement Interac à: Jean €");
    QTest::newRow("latin1") << sgmlHead + "ENCODING:USASCII\nCHARSET:ISO-8859-1\n\n"
                            << QByteArray("Caf\xE9 \x80") << "iso-8859-1"
                            << QString::fromUtf8("Café \u0080");
    QTest::newRow("utf-8 header") << sgmlHead + "ENCODING:UTF-8\nCHARSET:NONE\n\n"
                                  << QByteArray("Caf\xC3\xA9") << "utf-8"
                                  << QString::fromUtf8("Café");
    QTest::newRow("ascii declared, utf-8 bytes")
        << sgmlHead + "ENCODING:USASCII\nCHARSET:NONE\n\n"
        << QByteArray("Caf\xC3\xA9") << "utf-8" << QString::fromUtf8("Café");
    QTest::newRow("ascii declared, 8-bit bytes")
        << sgmlHead + "ENCODING:USASCII\nCHARSET:NONE\n\n"
        << QByteArray("Caf\xE9") << "windows-1252" << QString::fromUtf8("Café");
    QTest::newRow("plain ascii") << sgmlHead + "ENCODING:USASCII\nCHARSET:NONE\n\n"
                                 << QByteArray("Cafe &amp; Bar") << "us-ascii"
                                 << QStringLiteral("Cafe & Bar");
    QTest::newRow("xml latin1") << QByteArray("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n"
                                              "<?OFX OFXHEADER=\"200\" VERSION=\"211\"?>\n")
                                << QByteArray("Caf\xE9") << "iso-8859-1"
                                << QString::fromUtf8("Café");
    QTest::newRow("xml default utf-8")
        << QByteArray("<?OFX OFXHEADER=\"200\" VERSION=\"211\"?>\n")
        << QByteArray("Caf\xC3\xA9 &#8364;") << "utf-8" << QString::fromUtf8("Café €");
}

void TestOfx::charset()
{
    QFETCH(QByteArray, header);
    QFETCH(QByteArray, name);
    QFETCH(QString, encoding);
    QFETCH(QString, expected);
    const QByteArray data = header
        + "<OFX><BANKMSGSRSV1><STMTTRNRS><STMTRS><CURDEF>USD</CURDEF><BANKTRANLIST>"
          "<STMTTRN><TRNTYPE>DEBIT</TRNTYPE><DTPOSTED>20240101</DTPOSTED><TRNAMT>-1</TRNAMT>"
          "<NAME>"
        + name + "</NAME></STMTTRN></BANKTRANLIST></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>";
    const ReadResult r = readOfx(data);
    QVERIFY2(r.ok(), qPrintable(errorsOf(r)));
    QCOMPARE(r.encoding, encoding);
    QCOMPARE(r.statements.first().transactions.first().counterparty, expected);
}

void TestOfx::xmlStatement()
{
    const QByteArray data
        = "<?xml version=\"1.0\" encoding=\"us-ascii\"?>\r\n"
          "<?OFX OFXHEADER=\"200\" VERSION=\"200\" SECURITY=\"NONE\"?>\r\n<!-- a comment -->\r\n"
          "<OFX>\r\n <BANKMSGSRSV1>\r\n  <STMTTRNRS>\r\n   <STMTRS>\r\n"
          "    <CURDEF>AUD</CURDEF>\r\n    <BANKACCTFROM><BANKID>S</BANKID><ACCTID>123</ACCTID>"
          "</BANKACCTFROM>\r\n    <BANKTRANLIST><DTSTART>20130618</DTSTART><DTEND>20131215"
          "</DTEND>\r\n     <STMTTRN>\r\n      <TRNTYPE>DEBIT</TRNTYPE>\r\n"
          "      <DTPOSTED>20131215</DTPOSTED>\r\n      <TRNAMT>-16,85</TRNAMT>\r\n"
          "      <FITID>1</FITID>\r\n      <CHECKNUM>0</CHECKNUM>\r\n"
          "      <NAME><![CDATA[ALDI <STORE> & CO  ]]></NAME>\r\n"
          "      <MEMO>A &lt;b&gt; &amp; c</MEMO>\r\n      <SIC></SIC>\r\n     </STMTTRN>\r\n"
          "    </BANKTRANLIST>\r\n    <LEDGERBAL><BALAMT>1234.12</BALAMT>"
          "<DTASOF>20131215</DTASOF></LEDGERBAL>\r\n   </STMTRS>\r\n  </STMTTRNRS>\r\n"
          " </BANKMSGSRSV1>\r\n</OFX>";
    const ReadResult r = readOfx(data);
    QVERIFY2(r.ok(), qPrintable(errorsOf(r)));
    QCOMPARE(r.encoding, QStringLiteral("us-ascii"));
    const Statement &s = r.statements.first();
    QCOMPARE(s.currency, QStringLiteral("AUD"));
    QCOMPARE(s.account, QStringLiteral("123"));
    QCOMPARE(s.closingBalance->minor(), 123412);
    const Transaction &t = s.transactions.first();
    QCOMPARE(t.amount.minor(), -1685);
    QCOMPARE(t.counterparty, QStringLiteral("ALDI <STORE> & CO"));
    QCOMPARE(t.description, QStringLiteral("ALDI <STORE> & CO - A <b> & c"));
    QCOMPARE(t.reference, QString()); // CHECKNUM 0 carries nothing
    QCOMPARE(t.sourceLine, 11);
}

void TestOfx::bankAndCreditCard()
{
    const QByteArray data = "<?OFX OFXHEADER=\"200\" VERSION=\"211\"?>\n<OFX>"
                            "<BANKMSGSRSV1><STMTTRNRS><STMTRS><CURDEF>USD</CURDEF>"
                            "<BANKACCTFROM><ACCTID>B1</ACCTID></BANKACCTFROM>"
                            "<BANKTRANLIST><DTSTART>20130801</DTSTART><DTEND>20130810</DTEND>"
                            "<STMTTRN><TRNTYPE>POS</TRNTYPE><DTPOSTED>20130802</DTPOSTED>"
                            "<TRNAMT>-80</TRNAMT><FITID>1</FITID></STMTTRN></BANKTRANLIST>"
                            "<BANKTRANLIST><DTSTART>20130731</DTSTART><DTEND>20130831</DTEND>"
                            "<STMTTRN><TRNTYPE>POS</TRNTYPE><DTPOSTED>20130803</DTPOSTED>"
                            "<TRNAMT>-90</TRNAMT><FITID>2</FITID></STMTTRN></BANKTRANLIST>"
                            "<LEDGERBAL><BALAMT>2156.56</BALAMT><DTASOF>20130831</DTASOF>"
                            "</LEDGERBAL></STMTRS></STMTTRNRS>"
                            "<STMTTRNRS><STMTRS><CURDEF>EUR</CURDEF><BANKACCTFROM><ACCTID>B2"
                            "</ACCTID></BANKACCTFROM><BANKTRANLIST><STMTTRN><TRNTYPE>CREDIT"
                            "</TRNTYPE><DTPOSTED>20130805</DTPOSTED><TRNAMT>5</TRNAMT>"
                            "</STMTTRN></BANKTRANLIST></STMTRS></STMTTRNRS></BANKMSGSRSV1>"
                            "<CREDITCARDMSGSRSV1><CCSTMTTRNRS><CCSTMTRS><CURDEF>USD</CURDEF>"
                            "<CCACCTFROM><ACCTID>CC9</ACCTID></CCACCTFROM><BANKTRANLIST>"
                            "</BANKTRANLIST><LEDGERBAL><BALAMT>-562.00</BALAMT></LEDGERBAL>"
                            "</CCSTMTRS></CCSTMTTRNRS></CREDITCARDMSGSRSV1></OFX>";
    const ReadResult r = readOfx(data);
    QVERIFY2(r.ok(), qPrintable(errorsOf(r)));
    QCOMPARE(r.statements.size(), 3);
    QCOMPARE(r.statements.at(0).account, QStringLiteral("B1"));
    QCOMPARE(r.statements.at(0).transactions.size(), 2); // both lists belong to one statement
    QCOMPARE(r.statements.at(0).periodFrom, QDate(2013, 7, 31));
    QCOMPARE(r.statements.at(0).periodTo, QDate(2013, 8, 31));
    QVERIFY(!r.statements.at(0).openingBalance);
    QCOMPARE(r.statements.at(1).account, QStringLiteral("B2"));
    QCOMPARE(r.statements.at(1).transactions.first().amount.currencyCode(), QStringLiteral("EUR"));
    QCOMPARE(r.statements.at(2).account, QStringLiteral("CC9"));
    QCOMPARE(r.statements.at(2).transactions.size(), 0);
    QCOMPARE(r.statements.at(2).closingBalance->minor(), -56200);
}

void TestOfx::referenceAndCurrency()
{
    const ReadResult r
        = readOfx(sgml("<STMTTRN><TRNTYPE>CHECK<DTPOSTED>20240105<TRNAMT>-5<FITID>1<CHECKNUM>319"
                       "<REFNUM>R1</STMTTRN>\n"
                       "<STMTTRN><TRNTYPE>XFER<DTPOSTED>20240105<TRNAMT>-5<FITID>2<CHECKNUM>000"
                       "<REFNUM>R2<BANKACCTTO><BANKID>9<ACCTID>DE89370400440532013000</BANKACCTTO>"
                       "</STMTTRN>\n"
                       "<STMTTRN><TRNTYPE>POS<DTPOSTED>20240105<TRNAMT>-12.50<FITID>3"
                       "<CURRENCY><CURRATE>1.1<CURSYM>USD</CURRENCY></STMTTRN>\n"
                       "<STMTTRN><TRNTYPE>POS<DTPOSTED>20240105<TRNAMT>-10.00<FITID>4"
                       "<ORIGCURRENCY><CURRATE>0.9<CURSYM>GBP</ORIGCURRENCY></STMTTRN>\n"));
    QVERIFY2(r.ok(), qPrintable(errorsOf(r)));
    const auto &tx = r.statements.first().transactions;
    QCOMPARE(tx.size(), 4);
    QCOMPARE(tx.at(0).reference, QStringLiteral("319"));
    QCOMPARE(tx.at(1).reference, QStringLiteral("R2"));
    QCOMPARE(tx.at(1).counterpartyAccount, QStringLiteral("DE89370400440532013000"));
    QCOMPARE(tx.at(2).amount.currencyCode(), QStringLiteral("USD")); // CURRENCY: amount in USD
    QCOMPARE(tx.at(2).amount.minor(), -1250);
    QCOMPARE(tx.at(3).amount.currencyCode(), QStringLiteral("EUR")); // ORIGCURRENCY: home
    QVERIFY(tx.at(3).raw.contains(
        std::pair(QStringLiteral("ORIGCURRENCY/CURSYM"), QStringLiteral("GBP"))));
}

void TestOfx::corrections()
{
    const ReadResult r
        = readOfx(sgml("<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20240105<TRNAMT>-5<FITID>1</STMTTRN>\n"
                       "<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20240105<TRNAMT>-6<FITID>2</STMTTRN>\n"
                       "<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20240105<TRNAMT>-7<FITID>3<CORRECTFITID>1"
                       "<CORRECTACTION>REPLACE</STMTTRN>\n"
                       "<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20240105<TRNAMT>-6<FITID>4<CORRECTFITID>2"
                       "<CORRECTACTION>DELETE</STMTTRN>\n"
                       "<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20240105<TRNAMT>-6<FITID>5<CORRECTFITID>77"
                       "<CORRECTACTION>DELETE</STMTTRN>\n"));
    QVERIFY2(r.ok(), qPrintable(errorsOf(r)));
    const auto &tx = r.statements.first().transactions;
    QCOMPARE(tx.size(), 1);
    QCOMPARE(tx.first().externalId, QStringLiteral("3"));
    QCOMPARE(tx.first().amount.minor(), -700);
    QCOMPARE(r.warnings.size(), 1);
    QVERIFY(r.warnings.first().message.contains(QLatin1String("77")));
}

void TestOfx::malformed_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");
    const QByteArray full = sgml("<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20240105<TRNAMT>-5"
                                 "<FITID>1</STMTTRN>\n");
    QTest::newRow("truncated") << full.left(full.indexOf("</BANKTRANLIST>")) << 16 << QString()
                               << "truncated";
    QTest::newRow("bad date") << sgml("<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20241305<TRNAMT>-5"
                                      "</STMTTRN>\n")
                              << 15 << "DTPOSTED"
                              << "not a valid date";
    QTest::newRow("bad amount") << sgml("\n<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20240105<TRNAMT>-1.2.3"
                                        "</STMTTRN>\n")
                                << 16 << "TRNAMT"
                                << "more than one decimal separator";
    QTest::newRow("no amount") << sgml("<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20240105</STMTTRN>\n")
                               << 15 << "TRNAMT"
                               << "no amount";
    QTest::newRow("no date") << sgml("<STMTTRN><TRNTYPE>DEBIT<TRNAMT>1</STMTTRN>\n") << 15
                             << "DTPOSTED"
                             << "no date";
    QTest::newRow("bad balance") << sgml("", "<LEDGERBAL><BALAMT>lots</LEDGERBAL>") << 18
                                 << "LEDGERBAL"
                                 << "unexpected character";
    QTest::newRow("bad currency") << QByteArray("<OFX><STMTRS><CURDEF>EURO</CURDEF></STMTRS></OFX>")
                                  << 1 << "CURDEF"
                                  << "not a currency code";
    QTest::newRow("no statement") << QByteArray(kSgmlHeader)
            + "<OFX><SIGNONMSGSRSV1></SIGNONMSGSRSV1></OFX>"
                                  << 0 << QString() << "no bank or credit-card statement";
    QTest::newRow("investment only")
        << QByteArray("<OFX><INVSTMTMSGSRSV1><INVSTMTTRNRS><INVSTMTRS></INVSTMTRS>"
                      "</INVSTMTTRNRS></INVSTMTMSGSRSV1></OFX>")
        << 0 << QString() << "investment";
    QTest::newRow("empty") << QByteArray() << 0 << QString() << "no bank or credit-card";
    QTest::newRow("not ofx at all")
        << QByteArray("hello\nworld\n") << 0 << QString() << "no bank or credit-card";
    QTest::newRow("unterminated cdata")
        << QByteArray("<OFX><STMTRS><CURDEF>USD<BANKTRANLIST><STMTTRN><NAME><![CDATA[abc") << 1
        << QString() << "unterminated CDATA";
    QTest::newRow("unterminated comment")
        << QByteArray("<OFX>\n<!-- abc") << 2 << QString() << "unterminated comment";
}

void TestOfx::malformed()
{
    QFETCH(QByteArray, data);
    QFETCH(int, line);
    QFETCH(QString, field);
    QFETCH(QString, message);
    const ReadResult r = readOfx(data);
    QVERIFY(!r.ok());
    const ImportIssue &e = r.errors.first();
    QVERIFY2(e.message.contains(message), qPrintable(e.toString()));
    QCOMPARE(e.line, line);
    QCOMPARE(e.field, field);
    QCOMPARE(e.file, QStringLiteral("t.ofx"));
}

void TestOfx::skipBadLines()
{
    const QByteArray data = sgml("<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20240105<TRNAMT>-5</STMTTRN>\n"
                                 "<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>2024<TRNAMT>-6</STMTTRN>\n"
                                 "<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20240107<TRNAMT>?</STMTTRN>\n");
    ReadOptions o;
    o.skipBadLines = true;
    const ReadResult r = readOfx(data, o);
    QVERIFY2(r.ok(), qPrintable(errorsOf(r)));
    QCOMPARE(r.skippedLines, 2);
    QCOMPARE(r.warnings.size(), 2);
    QCOMPARE(r.warnings.at(0).line, 16);
    QCOMPARE(r.warnings.at(1).line, 17);
    QCOMPARE(r.statements.first().transactions.size(), 1);
    const ReadResult strict = readOfx(data);
    QCOMPARE(strict.errorCount, 2);
}

void TestOfx::defaultCurrency()
{
    const QByteArray data = "<OFX><CREDITCARDMSGSRSV1><CCSTMTTRNRS><CCSTMTRS><CCACCTFROM>"
                            "<ACCTID>4111</ACCTID></CCACCTFROM><BANKTRANLIST><STMTTRN>"
                            "<DTPOSTED>20240101</DTPOSTED><TRNAMT>-1</TRNAMT></STMTTRN>"
                            "</BANKTRANLIST></CCSTMTRS></CCSTMTTRNRS></CREDITCARDMSGSRSV1></OFX>";
    QVERIFY(!readOfx(data).ok());
    ReadOptions o;
    o.defaultCurrency = QStringLiteral("chf");
    o.account = QStringLiteral("MINE");
    const ReadResult r = readOfx(data, o);
    QVERIFY2(r.ok(), qPrintable(errorsOf(r)));
    QCOMPARE(r.statements.first().currency, QStringLiteral("CHF"));
    QCOMPARE(r.statements.first().account, QStringLiteral("MINE"));
    QCOMPARE(r.statements.first().transactions.first().amount.minor(), -100);
}

void TestOfx::bankErrorStatus()
{
    const QByteArray data = QByteArray(kSgmlHeader)
        + "<OFX><BANKMSGSRSV1><STMTTRNRS><TRNUID>1\n<STATUS><CODE>2000<SEVERITY>ERROR"
          "<MESSAGE>Account closed</STATUS></STMTTRNRS></BANKMSGSRSV1></OFX>";
    const ReadResult r = readOfx(data);
    QCOMPARE(r.errors.size(), 1);
    QCOMPARE(
        r.errors.first().message, QStringLiteral("the bank reported error 2000: Account closed"));
    QCOMPARE(r.errors.first().line, 12);
}

void TestOfx::limits_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("message");
    QByteArray deep = "<OFX>";
    for (int i = 0; i < 10000; ++i)
        deep += "<A" + QByteArray::number(i) + ">";
    QTest::newRow("depth") << deep << "nested deeper than 32";
    QTest::newRow("long tag") << "<OFX><" + QByteArray(100000, 'A') + ">"
                              << "tag name longer";
    QTest::newRow("long text") << "<OFX><STMTRS><NAME>" + QByteArray(200000, 'x') + "</NAME>"
                               << "text longer than 65536";
    QTest::newRow("unterminated tag") << "<OFX><STMTRS " + QByteArray(5000, ' ') << "unterminated";
}

void TestOfx::limits()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, message);
    const ReadResult r = readOfx(data);
    QVERIFY(!r.ok());
    QVERIFY2(errorsOf(r).contains(message), qPrintable(errorsOf(r)));
}

QTEST_GUILESS_MAIN(TestOfx)
#include "tst_ofx.moc"
