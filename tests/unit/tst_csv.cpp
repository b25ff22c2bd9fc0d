// The CSV reader: tokenising (RFC 4180, line numbers), delimiter and encoding detection, caps on
// hostile input, options overrides, error messages with line and field.
#include "core/import/csv_tokenizer.h"
#include "core/import/registry.h"
#include "core/import/text_decoding.h"

#include <QStringEncoder>
#include <QTest>

using namespace recon;

namespace {
ReadResult readCsv(const QByteArray &bytes, ReadOptions opts = {})
{
    if (opts.fileName.isEmpty())
        opts.fileName = QStringLiteral("statement.csv");
    return makeCsvReader()->read(bytes, opts);
}
QStringList errorTexts(const ReadResult &r)
{
    QStringList out;
    for (const ImportIssue &e : r.errors)
        out << e.toString();
    return out;
}
const Transaction &tx(const ReadResult &r, int i)
{
    return r.statements.at(0).transactions.at(i);
}
} // namespace

class TestCsv : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void tokenizerQuoting();
    void tokenizerLineNumbers();
    void delimiter_data();
    void delimiter();
    void encoding_data();
    void encoding();
    void ledgerFile();
    void badCellsNameLineAndField();
    void embeddedNewlineKeepsLineNumbers();
    void unterminatedQuote();
    void oversizedFieldIsRefused();
    void skipBadLines();
    void overrides();
    void emptyAndHeaderOnly();
    void detectScores();
};

void TestCsv::tokenizerQuoting()
{
    const QByteArray in = "a,\"b,\"\"c\"\"\",,\"x\"y\r\n\"\"\n";
    csv::Tokenizer t(in.constData(), in.size(), ',');
    QCOMPARE(t.next(), csv::Tokenizer::Status::Record);
    QCOMPARE(t.fieldCount(), 4);
    QCOMPARE(t.field(0), QStringLiteral("a"));
    QCOMPARE(t.field(1), QStringLiteral("b,\"c\""));
    QCOMPARE(t.field(2), QString());
    QCOMPARE(t.field(3), QStringLiteral("xy")); // lenient: text after the closing quote kept
    QCOMPARE(t.next(), csv::Tokenizer::Status::Record);
    QCOMPARE(t.fieldCount(), 1);
    QCOMPARE(t.field(0), QString());
    QCOMPARE(t.next(), csv::Tokenizer::Status::End);
}

void TestCsv::tokenizerLineNumbers()
{
    const QByteArray in = "h1;h2\n1;\"multi\nline\r\ntext\"\n2;x\r3;y";
    csv::Tokenizer t(in.constData(), in.size(), ';');
    QList<int> lines;
    while (t.next() == csv::Tokenizer::Status::Record)
        lines << t.line();
    QCOMPARE(lines, (QList<int> { 1, 2, 5, 6 }));
}

void TestCsv::delimiter_data()
{
    QTest::addColumn<QByteArray>("delim");
    QTest::newRow("comma") << QByteArray(",");
    QTest::newRow("semicolon") << QByteArray(";");
    QTest::newRow("tab") << QByteArray("\t");
    QTest::newRow("pipe") << QByteArray("|");
}

void TestCsv::delimiter()
{
    QFETCH(QByteArray, delim);
    // Decimal commas inside a ';' file must not fool the detection.
    QByteArray body = "Date;Description;Amount\n2024-01-02;Rent, January;-1200,50\n"
                      "2024-01-03;Coffee;-3,20\n2024-01-04;Salary;2500,00\n";
    if (delim != ";") {
        body.replace("-1200,50", "-1200.50")
            .replace("-3,20", "-3.20")
            .replace("2500,00", "2500.00");
        body.replace("Rent, January", "Rent January");
        body.replace(';', delim.at(0));
    }
    QCOMPARE(csv::detectDelimiter(body.constData(), body.size()), delim.at(0));
    const ReadResult r = readCsv(body);
    QVERIFY2(r.ok(), qPrintable(errorTexts(r).join('\n')));
    QCOMPARE(r.transactionCount(), 3);
    QCOMPARE(tx(r, 0).amount.minor(), -120050);
    QCOMPARE(tx(r, 2).amount.minor(), 250000);
}

void TestCsv::encoding_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("encoding");
    const QString text = QStringLiteral("Datum;Verwendungszweck;Betrag\n01.02.2024;Gebühr "
                                        "Überweisung €;-1,50\n02.02.2024;Zinsen;0,25\n");
    const QByteArray utf8 = text.toUtf8();
    QTest::newRow("utf-8") << utf8 << "utf-8";
    QTest::newRow("utf-8 bom") << QByteArray("\xEF\xBB\xBF") + utf8 << "utf-8";
    QStringEncoder le(QStringEncoder::Utf16LE), be(QStringEncoder::Utf16BE);
    const QByteArray u16le = le(text), u16be = be(text);
    QTest::newRow("utf-16le bom") << QByteArray("\xFF\xFE") + u16le << "utf-16le";
    QTest::newRow("utf-16be bom") << QByteArray("\xFE\xFF") + u16be << "utf-16be";
    QTest::newRow("utf-16le no bom") << u16le << "utf-16le";
    QTest::newRow("utf-16be no bom") << u16be << "utf-16be";
    QByteArray cp1252 = text.toLatin1(); // € is not Latin-1: patch in the 1252 byte
    cp1252.replace('?', "\x80");
    QTest::newRow("windows-1252") << cp1252 << "windows-1252";
    QString noEuro = text;
    noEuro.remove(QChar(0x20AC));
    QTest::newRow("latin-1") << noEuro.toLatin1() << "iso-8859-1";
}

void TestCsv::encoding()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, encoding);
    const ReadResult r = readCsv(bytes);
    QVERIFY2(r.ok(), qPrintable(errorTexts(r).join('\n')));
    QCOMPARE(r.encoding, encoding);
    QCOMPARE(r.transactionCount(), 2);
    QVERIFY2(tx(r, 0).description.startsWith(QStringLiteral("Gebühr Überweisung")),
        qPrintable(tx(r, 0).description));
    if (encoding != QLatin1String("iso-8859-1"))
        QVERIFY(tx(r, 0).description.endsWith(QChar(0x20AC)));
    QCOMPARE(tx(r, 0).amount.minor(), -150);
    QCOMPARE(tx(r, 0).bookingDate, QDate(2024, 2, 1));
}

void TestCsv::ledgerFile()
{
    const QByteArray in
        = "id,date,amount,currency,description,reference,counterparty\n"
          "L-1,2026-01-05,-1234.50,EUR,Office rent,INV-2026-004711,ACME GmbH\n"
          "L-2,2026-01-06,99.99,EUR,\"Refund, partial\",RF-7,\"Smith \"\"Jr\"\"\"\n";
    const ReadResult r = readCsv(in);
    QVERIFY2(r.ok(), qPrintable(errorTexts(r).join('\n')));
    QVERIFY(r.warnings.isEmpty());
    QCOMPARE(r.transactionCount(), 2);
    const Transaction &a = tx(r, 0);
    QCOMPARE(a.externalId, QStringLiteral("L-1"));
    QCOMPARE(a.bookingDate, QDate(2026, 1, 5));
    QCOMPARE(a.amount, Money::fromMinor(-123450, u"EUR"));
    QCOMPARE(a.description, QStringLiteral("Office rent"));
    QCOMPARE(a.reference, QStringLiteral("INV-2026-004711"));
    QCOMPARE(a.counterparty, QStringLiteral("ACME GmbH"));
    QCOMPARE(a.sourceLine, 2);
    QCOMPARE(tx(r, 1).counterparty, QStringLiteral("Smith \"Jr\""));
    QCOMPARE(tx(r, 1).description, QStringLiteral("Refund, partial"));
    QVERIFY(r.mapping);
    QCOMPARE(r.mapping->roles.at(0), ColumnRole::ExternalId);
    QCOMPARE(r.headers.size(), 7);
}

void TestCsv::badCellsNameLineAndField()
{
    const QByteArray in = "Buchungstag;Verwendungszweck;Betrag\n01.02.2024;ok;-1,00\n"
                          "02.02.2024;bad;12,3,4\n31.02.2024;bad date;5,00\n";
    const ReadResult r = readCsv(in);
    QCOMPARE(r.errors.size(), 2);
    QCOMPARE(r.errors[0].toString(),
        QStringLiteral("statement.csv:3: Betrag: '12,3,4' is not an amount"));
    QCOMPARE(r.errors[1].line, 4);
    QCOMPARE(r.errors[1].field, QStringLiteral("Buchungstag"));
    QVERIFY(r.errors[1].message.contains(QStringLiteral("is not a date")));
}

void TestCsv::embeddedNewlineKeepsLineNumbers()
{
    const QByteArray in = "Date,Description,Amount\n2024-01-01,\"one\ntwo\nthree\",1.00\n"
                          "2024-01-02,x,abc\n";
    const ReadResult r = readCsv(in);
    QCOMPARE(r.errors.size(), 1);
    QCOMPARE(r.errors[0].line, 5);
    QCOMPARE(tx(r, 0).description, QStringLiteral("one\ntwo\nthree"));
}

void TestCsv::unterminatedQuote()
{
    const QByteArray in = "Date,Description,Amount\n2024-01-01,a,1.00\n2024-01-02,\"open,2.00\n";
    const ReadResult r = readCsv(in);
    QCOMPARE(r.errors.size(), 1);
    QCOMPARE(r.errors[0].line, 3);
    QVERIFY(r.errors[0].message.contains(QStringLiteral("unterminated")));
    QCOMPARE(r.transactionCount(), 1);
}

void TestCsv::oversizedFieldIsRefused()
{
    QByteArray in = "Date,Description,Amount\n2024-01-01,a,1.00\n2024-01-02,";
    in += QByteArray(2 * 1024 * 1024, 'x');
    in += ",2.00\n2024-01-03,b,3.00\n";
    const ReadResult r = readCsv(in);
    QCOMPARE(r.errors.size(), 1);
    QCOMPARE(r.errors[0].line, 3);
    QVERIFY(r.errors[0].message.contains(QStringLiteral("longer than")));
    QCOMPARE(r.transactionCount(), 2); // the rows around it still read
    // An opening quote that never closes swallows at most the cap, then resynchronises.
    QByteArray q = "Date,Description,Amount\n2024-01-02,\"";
    q += QByteArray(3 * 1024 * 1024, 'y');
    const ReadResult r2 = readCsv(q);
    QVERIFY(!r2.ok());
}

void TestCsv::skipBadLines()
{
    const QByteArray in = "Date,Description,Amount\n2024-01-01,a,1.00\n2024-01-02,b,x\n"
                          "2024-13-03,c,3.00\n2024-01-04,d,4.00\n";
    ReadOptions o;
    o.skipBadLines = true;
    o.defaultCurrency = QStringLiteral("EUR");
    const ReadResult r = readCsv(in, o);
    QVERIFY(r.ok());
    QCOMPARE(r.skippedLines, 2);
    QCOMPARE(r.transactionCount(), 2);
    QVERIFY(r.warnings.size() >= 2);
    QCOMPARE(r.warnings[0].line, 3);
}

void TestCsv::overrides()
{
    // Latin-1 bytes read as UTF-8 on request: the override wins, with a warning about the bytes.
    const QByteArray latin1
        = QStringLiteral("Date|Text|Amount|Currency\n2024-01-01|Müller|1.00|\n").toLatin1();
    ReadOptions o;
    o.csvDelimiter = QStringLiteral(",");
    const ReadResult one = readCsv(latin1, o);
    QVERIFY(!one.ok()); // one column only: nothing to detect
    o.csvDelimiter = QStringLiteral("|");
    o.encoding = QStringLiteral("utf-8");
    o.defaultCurrency = QStringLiteral("CHF");
    const ReadResult r = readCsv(latin1, o);
    QVERIFY2(r.ok(), qPrintable(errorTexts(r).join('\n')));
    QCOMPARE(r.encoding, QStringLiteral("utf-8"));
    QVERIFY(!r.warnings.isEmpty());
    QCOMPARE(tx(r, 0).amount.currencyCode(), QStringLiteral("CHF"));
    o.encoding = QStringLiteral("latin1");
    const ReadResult r2 = readCsv(latin1, o);
    QCOMPARE(tx(r2, 0).description, QStringLiteral("Müller"));
    o.encoding = QStringLiteral("no-such-encoding");
    QVERIFY(!readCsv(latin1, o).ok());
}

void TestCsv::emptyAndHeaderOnly()
{
    const ReadResult empty = readCsv(QByteArray());
    QCOMPARE(empty.errors.size(), 1);
    QVERIFY(empty.errors[0].message.contains(QStringLiteral("empty")));
    const ReadResult blank = readCsv(QByteArray("\n\n  \n"));
    QVERIFY(!blank.ok());
    // A header and no rows is an empty period: nothing to import, said as a warning.
    const ReadResult header = readCsv(QByteArray("Date,Description,Amount\n"));
    QVERIFY(header.ok());
    QCOMPARE(header.transactionCount(), 0);
    QCOMPARE(header.warnings.size(), 1);
}

void TestCsv::detectScores()
{
    const auto reader = makeCsvReader();
    QVERIFY(reader->detect("Date,Description,Amount\n2024-01-01,a,1.00\n") >= 40);
    QCOMPARE(reader->detect(":20:STARTUMS\n:25:12345678/0001\n:28C:1/1\n"), 0);
    QCOMPARE(reader->detect("PK\x03\x04 zip"), 0);
    QCOMPARE(reader->detect("<?xml version=\"1.0\"?><Document/>"), 0);
    QVERIFY(reader->names().contains(QStringLiteral("tsv")));
}

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
