// The camt.052/053/054 reader: namespaces and versions, sign rules, batch splitting, parties,
// encodings, hostile XML and the balance check.
#include "core/import/registry.h"

#include <QTest>

using namespace recon;

namespace {

const Reader &reader()
{
    static const std::unique_ptr<Reader> r = makeCamtReader();
    return *r;
}

ReadResult read(const QByteArray &xml, ReadOptions o = {})
{
    o.fileName = QStringLiteral("test.xml");
    return reader().read(xml, o);
}

QByteArray ns(const char *type, const char *version)
{
    return QByteArray("urn:iso:std:iso:20022:tech:xsd:camt.") + type + ".001." + version;
}

// A whole document around `records` (one or more <Stmt>/<Rpt>/<Ntfctn>).
QByteArray document(const QByteArray &xmlns, const QByteArray &root, const QByteArray &records)
{
    QByteArray d = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Document";
    if (!xmlns.isEmpty())
        d += " xmlns=\"" + xmlns + "\"";
    return d + ">\n<" + root + ">\n<GrpHdr><MsgId>M</MsgId></GrpHdr>\n" + records + "</" + root
        + ">\n</Document>\n";
}

QByteArray statement(const QByteArray &body, const QByteArray &tag = "Stmt")
{
    return "<" + tag + "><Id>S1</Id><Acct><Id><IBAN>DE89370400440532013000</IBAN></Id>"
        + "<Ccy>EUR</Ccy></Acct>\n" + body + "</" + tag + ">\n";
}

QByteArray entry(const QByteArray &amount, const QByteArray &cdtDbt, const QByteArray &extra = {},
    const QByteArray &details = {})
{
    QByteArray e = "<Ntry><Amt Ccy=\"EUR\">" + amount + "</Amt><CdtDbtInd>" + cdtDbt
        + "</CdtDbtInd>" + extra + "<Sts>BOOK</Sts><BookgDt><Dt>2026-03-01</Dt></BookgDt>"
        + "<AcctSvcrRef>REF1</AcctSvcrRef>";
    if (!details.isEmpty())
        e += "<NtryDtls>" + details + "</NtryDtls>";
    return e + "</Ntry>\n";
}

QByteArray txDtls(const QByteArray &amount, const QByteArray &e2e = {}, const QByteArray &more = {})
{
    QByteArray t = "<TxDtls>";
    if (!e2e.isEmpty())
        t += "<Refs><EndToEndId>" + e2e + "</EndToEndId></Refs>";
    if (!amount.isEmpty())
        t += "<AmtDtls><TxAmt><Amt Ccy=\"EUR\">" + amount + "</Amt></TxAmt></AmtDtls>";
    return t + more + "</TxDtls>";
}

QByteArray stmt053(const QByteArray &body)
{
    return document(ns("053", "02"), "BkToCstmrStmt", statement(body));
}

QStringList messages(const QList<ImportIssue> &issues)
{
    QStringList out;
    for (const ImportIssue &i : issues)
        out << i.toString();
    return out;
}

} // namespace

class TestCamt : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void namespaces_data();
    void namespaces();
    void unsupportedNamespace_data();
    void unsupportedNamespace();
    void signs_data();
    void signs();
    void balances();
    void batchSplit();
    void batchNotSplit_data();
    void batchNotSplit();
    void singleDetailEnriches();
    void counterparty_data();
    void counterparty();
    void latin1();
    void hostile_data();
    void hostile();
    void skipBadEntries();
    void detect_data();
    void detect();
};

void TestCamt::namespaces_data()
{
    QTest::addColumn<QByteArray>("xmlns");
    QTest::addColumn<QByteArray>("root");
    QTest::addColumn<QByteArray>("record");
    QTest::addColumn<QString>("format");
    QTest::newRow("052 v2") << ns("052", "02") << QByteArray("BkToCstmrAcctRpt")
                            << QByteArray("Rpt") << "camt052";
    QTest::newRow("052 v8") << ns("052", "08") << QByteArray("BkToCstmrAcctRpt")
                            << QByteArray("Rpt") << "camt052";
    QTest::newRow("053 v2") << ns("053", "02") << QByteArray("BkToCstmrStmt") << QByteArray("Stmt")
                            << "camt053";
    QTest::newRow("053 v4") << ns("053", "04") << QByteArray("BkToCstmrStmt") << QByteArray("Stmt")
                            << "camt053";
    QTest::newRow("053 v13") << ns("053", "13") << QByteArray("BkToCstmrStmt") << QByteArray("Stmt")
                             << "camt053";
    QTest::newRow("054 v2") << ns("054", "02") << QByteArray("BkToCstmrDbtCdtNtfctn")
                            << QByteArray("Ntfctn") << "camt054";
    QTest::newRow("054 v8") << ns("054", "08") << QByteArray("BkToCstmrDbtCdtNtfctn")
                            << QByteArray("Ntfctn") << "camt054";
    QTest::newRow("no namespace") << QByteArray() << QByteArray("BkToCstmrStmt")
                                  << QByteArray("Stmt") << "camt053";
}

void TestCamt::namespaces()
{
    QFETCH(QByteArray, xmlns);
    QFETCH(QByteArray, root);
    QFETCH(QByteArray, record);
    QFETCH(QString, format);
    const ReadResult r = read(document(xmlns, root, statement(entry("12.34", "DBIT"), record)));
    QVERIFY2(r.ok(), qPrintable(messages(r.errors).join(QLatin1Char('\n'))));
    QCOMPARE(r.format, format);
    QCOMPARE(r.statements.size(), 1);
    QCOMPARE(r.statements.first().account, QStringLiteral("DE89370400440532013000"));
    QCOMPARE(r.transactionCount(), 1);
    QCOMPARE(r.statements.first().transactions.first().amount,
        Money(-1234, *Currency::fromCode(u"EUR")));
}

void TestCamt::unsupportedNamespace_data()
{
    QTest::addColumn<QByteArray>("xmlns");
    QTest::newRow("variant 002") << QByteArray("urn:iso:std:iso:20022:tech:xsd:camt.053.002.02");
    QTest::newRow("pain message") << QByteArray("urn:iso:std:iso:20022:tech:xsd:pain.001.001.03");
    QTest::newRow("camt.055") << ns("055", "01");
    QTest::newRow("foreign") << QByteArray("http://example.com/statement");
}

void TestCamt::unsupportedNamespace()
{
    QFETCH(QByteArray, xmlns);
    const ReadResult r = read(document(xmlns, "BkToCstmrStmt", statement(entry("1.00", "CRDT"))));
    QVERIFY(!r.ok());
    QVERIFY2(r.errors.first().message.contains(QStringLiteral("unsupported namespace")),
        qPrintable(r.errors.first().message));
    QCOMPARE(r.transactionCount(), 0);
}

void TestCamt::signs_data()
{
    QTest::addColumn<QByteArray>("cdtDbt");
    QTest::addColumn<QByteArray>("extra");
    QTest::addColumn<qint64>("minor");
    QTest::newRow("credit") << QByteArray("CRDT") << QByteArray() << qint64(1050);
    QTest::newRow("debit") << QByteArray("DBIT") << QByteArray() << qint64(-1050);
    // ISO 20022: CdtDbtInd gives the direction of the reversal booking itself.
    QTest::newRow("reversal of a credit (DBIT)")
        << QByteArray("DBIT") << QByteArray("<RvslInd>true</RvslInd>") << qint64(-1050);
    QTest::newRow("reversal of a debit (CRDT)")
        << QByteArray("CRDT") << QByteArray("<RvslInd>true</RvslInd>") << qint64(1050);
}

void TestCamt::signs()
{
    QFETCH(QByteArray, cdtDbt);
    QFETCH(QByteArray, extra);
    QFETCH(qint64, minor);
    const ReadResult r = read(stmt053(entry("10.5", cdtDbt, extra)));
    QVERIFY(r.ok());
    const Transaction &t = r.statements.first().transactions.first();
    QCOMPARE(t.amount.minor(), minor);
    QCOMPARE(t.externalId, QStringLiteral("REF1"));
    QCOMPARE(t.bookingDate, QDate(2026, 3, 1));
}

void TestCamt::balances()
{
    const QByteArray bal = "<Bal><Tp><CdOrPrtry><Cd>PRCD</Cd></CdOrPrtry></Tp><Amt Ccy=\"EUR\">5.00"
                           "</Amt><CdtDbtInd>DBIT</CdtDbtInd></Bal>"
                           "<Bal><Tp><CdOrPrtry><Cd>OPBD</Cd></CdOrPrtry></Tp><Amt Ccy=\"EUR\">9.00"
                           "</Amt><CdtDbtInd>CRDT</CdtDbtInd></Bal>"
                           "<Bal><Tp><CdOrPrtry><Cd>CLBD</Cd></CdOrPrtry></Tp><Amt Ccy=\"EUR\">5.00"
                           "</Amt><CdtDbtInd>CRDT</CdtDbtInd></Bal>"
                           "<Bal><Tp><CdOrPrtry><Cd>CLAV</Cd></CdOrPrtry></Tp><Amt Ccy=\"EUR\">4.00"
                           "</Amt><CdtDbtInd>CRDT</CdtDbtInd></Bal>";
    // -5.00 + 10.00 = 5.00: rolls.
    ReadResult r = read(stmt053(bal + entry("10.00", "CRDT")));
    QVERIFY(r.ok());
    const Statement &s = r.statements.first();
    QCOMPARE(s.openingBalance->minor(), -500); // the first opening (PRCD), debit sign
    QCOMPARE(s.closingBalance->minor(), 500);
    QCOMPARE(s.availableBalance->minor(), 400);
    QCOMPARE(s.currency, QStringLiteral("EUR"));
    QVERIFY2(r.warnings.isEmpty(), qPrintable(messages(r.warnings).join(QLatin1Char('\n'))));
    // -5.00 + 9.00 != 5.00: a warning, not an error.
    r = read(stmt053(bal + entry("9.00", "CRDT")));
    QVERIFY(r.ok());
    QCOMPARE(r.warnings.size(), 1);
    QVERIFY(r.warnings.first().message.contains(QStringLiteral("closing balance is 5.00")));
}

void TestCamt::batchSplit()
{
    const QByteArray details = txDtls("60.00", "E2E-A", "<RmtInf><Ustrd>Invoice A</Ustrd></RmtInf>")
        + txDtls("30.00", "NOTPROVIDED") + txDtls("10.00", "E2E-C");
    const ReadResult r = read(stmt053(entry("100.00", "CRDT", {}, details)));
    QVERIFY(r.ok());
    const QList<Transaction> &ts = r.statements.first().transactions;
    QCOMPARE(ts.size(), 3);
    QCOMPARE(ts.at(0).amount.minor(), 6000);
    QCOMPARE(ts.at(1).amount.minor(), 3000);
    QCOMPARE(ts.at(2).amount.minor(), 1000);
    for (const Transaction &t : ts) {
        QCOMPARE(t.batchId, QStringLiteral("REF1"));
        QVERIFY(t.batchAmount);
        QCOMPARE(t.batchAmount->minor(), 10000);
    }
    QCOMPARE(ts.at(0).externalId, QStringLiteral("E2E-A"));
    QCOMPARE(ts.at(1).externalId, QStringLiteral("REF1/2")); // NOTPROVIDED is no id
    QCOMPARE(ts.at(0).reference, QStringLiteral("E2E-A"));
    QCOMPARE(ts.at(1).reference, QString());
    QCOMPARE(ts.at(0).description, QStringLiteral("Invoice A"));

    // Two batches in one file never share a batch id, even with the same bank reference.
    const QByteArray two
        = entry("100.00", "DBIT", {}, details) + entry("100.00", "DBIT", {}, details);
    const ReadResult r2 = read(stmt053(two));
    const QList<Transaction> &t2 = r2.statements.first().transactions;
    QCOMPARE(t2.size(), 6);
    QVERIFY(t2.at(0).batchId != t2.at(3).batchId);
    QCOMPARE(t2.at(3).amount.minor(), -6000); // the entry's direction applies to its items
}

void TestCamt::batchNotSplit_data()
{
    QTest::addColumn<QByteArray>("details");
    QTest::addColumn<int>("warnings");
    QTest::newRow("no amounts") << (txDtls({}, "A") + txDtls({}, "B")) << 0;
    QTest::newRow("one amount missing") << (txDtls("50.00", "A") + txDtls({}, "B")) << 0;
    QTest::newRow("do not add up") << (txDtls("50.00", "A") + txDtls("40.00", "B")) << 1;
}

void TestCamt::batchNotSplit()
{
    QFETCH(QByteArray, details);
    QFETCH(int, warnings);
    const ReadResult r = read(stmt053(entry("100.00", "CRDT", {}, details)));
    QVERIFY(r.ok());
    const QList<Transaction> &ts = r.statements.first().transactions;
    QCOMPARE(ts.size(), 1);
    QCOMPARE(ts.first().amount.minor(), 10000);
    QVERIFY(ts.first().batchId.isEmpty());
    QVERIFY(!ts.first().batchAmount);
    QCOMPARE(ts.first().reference, QStringLiteral("A"));
    QCOMPARE(r.warnings.size(), warnings);
}

void TestCamt::singleDetailEnriches()
{
    const QByteArray d = txDtls("7.00", {},
        "<RltdPties><Cdtr><Nm>Shop Ltd</Nm></Cdtr><CdtrAcct><Id><IBAN>GB33BUKB20201555555555"
        "</IBAN></Id></CdtrAcct></RltdPties><RmtInf><Strd><CdtrRefInf><Ref>RF18 5390 0754"
        "</Ref></CdtrRefInf></Strd></RmtInf><AddtlTxInf>CARD 1234</AddtlTxInf>");
    const ReadResult r = read(stmt053(entry("7.00", "DBIT",
        "<BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>CCRD</Cd><SubFmlyCd>POSD</SubFmlyCd></Fmly></Domn>"
        "</BkTxCd>",
        d)));
    QVERIFY(r.ok());
    const Transaction &t = r.statements.first().transactions.first();
    QCOMPARE(t.counterparty, QStringLiteral("Shop Ltd"));
    QCOMPARE(t.counterpartyAccount, QStringLiteral("GB33BUKB20201555555555"));
    QCOMPARE(t.reference, QStringLiteral("RF18 5390 0754")); // no end-to-end id: creditor ref
    QCOMPARE(t.description, QStringLiteral("CARD 1234")); // AddtlTxInf as fallback
    QCOMPARE(t.bankCode, QStringLiteral("PMNT/CCRD/POSD"));
    QCOMPARE(t.account, QStringLiteral("DE89370400440532013000"));
    QVERIFY(t.batchId.isEmpty());
    bool hasRaw = false;
    for (const auto &[k, v] : t.raw)
        hasRaw = hasRaw
            || (k == QLatin1String("TxDtls/AddtlTxInf") && v == QLatin1String("CARD 1234"));
    QVERIFY(hasRaw);
}

void TestCamt::counterparty_data()
{
    QTest::addColumn<QByteArray>("cdtDbt");
    QTest::addColumn<QByteArray>("parties");
    QTest::addColumn<QString>("expected");
    const QByteArray v2
        = "<RltdPties><Dbtr><Nm>Payer</Nm></Dbtr><Cdtr><Nm>Payee</Nm></Cdtr></RltdPties>";
    const QByteArray v8
        = "<RltdPties><Dbtr><Pty><Nm>Payer</Nm></Pty></Dbtr><Cdtr><Pty><Nm>Payee</Nm>"
          "</Pty></Cdtr></RltdPties>";
    QTest::newRow("credit v2: debtor") << QByteArray("CRDT") << v2 << "Payer";
    QTest::newRow("debit v2: creditor") << QByteArray("DBIT") << v2 << "Payee";
    QTest::newRow("credit v8: debtor") << QByteArray("CRDT") << v8 << "Payer";
    QTest::newRow("debit v8: creditor") << QByteArray("DBIT") << v8 << "Payee";
    QTest::newRow("own account skipped")
        << QByteArray("DBIT")
        << QByteArray("<RltdPties><Dbtr><Nm>Payer</Nm></Dbtr><Cdtr><Nm>Us</Nm></Cdtr><CdtrAcct><Id>"
                      "<IBAN>DE89 3704 0044 0532 0130 00</IBAN></Id></CdtrAcct></RltdPties>")
        << "Payer";
    QTest::newRow("only our own name")
        << QByteArray("CRDT") << QByteArray("<RltdPties><Cdtr><Nm>Us</Nm></Cdtr></RltdPties>")
        << QString();
}

void TestCamt::counterparty()
{
    QFETCH(QByteArray, cdtDbt);
    QFETCH(QByteArray, parties);
    QFETCH(QString, expected);
    const ReadResult r = read(stmt053(entry("1.00", cdtDbt, {}, txDtls({}, {}, parties))));
    QVERIFY(r.ok());
    QCOMPARE(r.statements.first().transactions.first().counterparty, expected);
}

void TestCamt::latin1()
{
    const QString text = QStringLiteral("Grüße aus München, Café");
    QByteArray xml
        = stmt053(entry("1.00", "DBIT", "<AddtlNtryInf>" + text.toLatin1() + "</AddtlNtryInf>"));
    xml.replace("encoding=\"UTF-8\"", "encoding=\"ISO-8859-1\"");
    const ReadResult r = read(xml);
    QVERIFY(r.ok());
    QCOMPARE(r.encoding, QStringLiteral("iso-8859-1"));
    QCOMPARE(r.statements.first().transactions.first().description, text);
}

void TestCamt::hostile_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<QString>("message");
    QTest::newRow("billion laughs")
        << QByteArray("<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY a \"aaaaaaaaaa\">"
                      "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]><Document><BkToCstmrStmt>"
                      "<Stmt><Id>&b;</Id></Stmt></BkToCstmrStmt></Document>")
        << "DTD";
    QTest::newRow("external entity") << QByteArray(
        "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
        "<Document><BkToCstmrStmt><Stmt><Id>&x;</Id></Stmt></BkToCstmrStmt></Document>")
                                     << "DTD";
    QByteArray deep = "<Document><BkToCstmrStmt><Stmt>";
    for (int i = 0; i < 5000; ++i)
        deep += "<a>";
    QTest::newRow("deep nesting") << deep << "nested deeper";
    QTest::newRow("giant text") << QByteArray("<Document><BkToCstmrStmt><Stmt><Acct><Id><IBAN>"
        + QByteArray(3 << 20, 'x') + "</IBAN></Id></Acct></Stmt></BkToCstmrStmt></Document>")
                                << "more text than allowed";
    QTest::newRow("truncated") << stmt053(entry("1.00", "CRDT")).left(300) << "truncated";
    QTest::newRow("not xml") << QByteArray("01,BANK,CUST,260101,0000,1,,,2/\n") << "XML";
    QTest::newRow("empty") << QByteArray(" \n") << "empty";
    QTest::newRow("wrong root") << QByteArray("<Document><Foo/></Document>") << "not a camt";
}

void TestCamt::hostile()
{
    QFETCH(QByteArray, xml);
    QFETCH(QString, message);
    const ReadResult r = read(xml);
    QVERIFY(!r.ok());
    QVERIFY2(r.errors.first().message.contains(message), qPrintable(r.errors.first().message));
    QCOMPARE(r.transactionCount(), 0);
}

void TestCamt::skipBadEntries()
{
    const QByteArray body = entry("1.00", "CRDT") + entry("1,00", "CRDT") + entry("3.00", "XXXX")
        + entry("4.00", "DBIT");
    ReadResult r = read(stmt053(body));
    QCOMPARE(r.errorCount, 2);
    QCOMPARE(r.errors.at(0).field, QStringLiteral("Amt"));
    QCOMPARE(r.errors.at(1).field, QStringLiteral("CdtDbtInd"));
    ReadOptions o;
    o.skipBadLines = true;
    r = read(stmt053(body), o);
    QVERIFY(r.ok());
    QCOMPARE(r.skippedLines, 2);
    QCOMPARE(r.transactionCount(), 2);
    QCOMPARE(r.warnings.size(), 2);
}

void TestCamt::detect_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<bool>("camt");
    QTest::newRow("053") << stmt053({}) << true;
    QTest::newRow("052 prefixed") << QByteArray(
        "<c:Document xmlns:c=\"urn:iso:std:iso:20022:tech:xsd:camt.052.001.08\">"
        "<c:BkToCstmrAcctRpt>") << true;
    QTest::newRow("ofx") << QByteArray("<?xml version=\"1.0\"?><OFX><BANKMSGSRSV1>") << false;
    QTest::newRow("mt940") << QByteArray(":20:STARTUMS\n:25:12345678/1234\n") << false;
}

void TestCamt::detect()
{
    QFETCH(QByteArray, head);
    QFETCH(bool, camt);
    QCOMPARE(reader().detect(head) >= 80, camt);
}

QTEST_GUILESS_MAIN(TestCamt)
#include "tst_camt.moc"
