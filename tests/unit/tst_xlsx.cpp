// XLSX reader: cell conversion (numbers exactly as stored, date serials in both systems, styles),
// sheet grids with gaps, workbook/sheet selection, and the ZIP caps against hostile archives.
#include "core/import/registry.h"
#include "core/import/xlsx_sheet.h"
#include "core/import/xlsx_zip.h"

#include <QTest>

#include <zip.h>

using namespace recon;
using namespace recon::xlsx;

namespace {

const char kNs[] = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"";

// Builds a ZIP archive in memory. `encrypt`: AES-256 entries (when libzip supports it).
std::optional<QByteArray> makeZip(
    const QList<std::pair<QString, QByteArray>> &entries, bool encrypt = false)
{
    zip_error_t err;
    zip_error_init(&err);
    zip_source_t *out = zip_source_buffer_create(nullptr, 0, 0, &err);
    zip_source_keep(out);
    zip_t *za = zip_open_from_source(out, ZIP_TRUNCATE, &err);
    if (!za)
        return std::nullopt;
    QList<QByteArray> keep; // buffers must live until zip_close
    for (const auto &[name, data] : entries) {
        keep.append(data);
        zip_source_t *s = zip_source_buffer(za, keep.last().constData(), keep.last().size(), 0);
        const zip_int64_t i = zip_file_add(za, name.toUtf8().constData(), s, ZIP_FL_OVERWRITE);
        if (encrypt && zip_file_set_encryption(za, zip_uint64_t(i), ZIP_EM_AES_256, "pw") != 0) {
            zip_discard(za);
            zip_source_free(out);
            return std::nullopt;
        }
    }
    if (zip_close(za) != 0) {
        zip_discard(za);
        zip_source_free(out);
        return std::nullopt;
    }
    zip_stat_t st;
    zip_source_stat(out, &st);
    QByteArray bytes(qsizetype(st.size), Qt::Uninitialized);
    zip_source_open(out);
    zip_source_read(out, bytes.data(), st.size);
    zip_source_close(out);
    zip_source_free(out);
    return bytes;
}

QByteArray workbookXml(const QStringList &sheets, bool date1904 = false)
{
    QByteArray wb = QByteArray("<workbook ") + kNs
        + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
          "<workbookPr date1904=\""
        + (date1904 ? "1" : "0") + "\"/><sheets>";
    for (int i = 0; i < sheets.size(); ++i)
        wb += QStringLiteral("<sheet name=\"%1\" sheetId=\"%2\" r:id=\"rId%2\"/>")
                  .arg(sheets.at(i))
                  .arg(i + 1)
                  .toUtf8();
    return wb + "</sheets></workbook>";
}

QByteArray sheetXml(const QByteArray &rows)
{
    return QByteArray("<worksheet ") + kNs + "><sheetData>" + rows + "</sheetData></worksheet>";
}

// A workbook without relationships: sheets resolve to xl/worksheets/sheetN.xml.
QByteArray workbook(const QList<QByteArray> &sheets, const QStringList &names = {})
{
    QStringList n = names;
    for (int i = int(n.size()); i < sheets.size(); ++i)
        n << QStringLiteral("Sheet%1").arg(i + 1);
    QList<std::pair<QString, QByteArray>> entries { { QStringLiteral("xl/workbook.xml"),
        workbookXml(n) } };
    for (int i = 0; i < sheets.size(); ++i)
        entries.append({ QStringLiteral("xl/worksheets/sheet%1.xml").arg(i + 1), sheets.at(i) });
    return *makeZip(entries);
}

ReadResult readXlsx(const QByteArray &data, ReadOptions o = {})
{
    o.fileName = QStringLiteral("t.xlsx");
    return makeXlsxReader()->read(data, o);
}

} // namespace

class TestXlsx : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void normaliseNumber_data();
    void normaliseNumber();
    void serialToDate_data();
    void serialToDate();
    void kindOfFormat_data();
    void kindOfFormat();
    void parseCellRef_data();
    void parseCellRef();
    void sharedStrings();
    void workbookParts();
    void sheetCells();
    void sheetRefusals_data();
    void sheetRefusals();
    void zipSizeCaps();
    void zipEncrypted();
    void readerErrors_data();
    void readerErrors();
    void sheetSelection();
    void endToEnd();
    void detect();
};

void TestXlsx::normaliseNumber_data()
{
    QTest::addColumn<QString>("stored");
    QTest::addColumn<QString>("expected");
    QTest::newRow("integer") << "42"
                             << "42";
    QTest::newRow("decimal as stored") << "-33.5"
                                       << "-33.5";
    QTest::newRow("long double text kept") << "0.30000000000000004"
                                           << "0.30000000000000004";
    QTest::newRow("plus") << "+7"
                          << "7";
    QTest::newRow("small exponent") << "1E-2"
                                    << "0.01";
    QTest::newRow("negative mantissa") << "-1.2345E3"
                                       << "-1234.5";
    QTest::newRow("explicit plus exponent") << "1.5e+3"
                                            << "1500";
    QTest::newRow("17 digits") << "4.4999999999999998E-2"
                               << "0.044999999999999998";
    QTest::newRow("big") << "1.23E15"
                         << "1230000000000000";
    QTest::newRow("zero") << "0E0"
                          << "0";
    QTest::newRow("negative zero") << "-0.0E1"
                                   << "0";
    QTest::newRow("not a number") << "abc"
                                  << "abc";
    QTest::newRow("absurd exponent kept") << "1E999"
                                          << "1E999";
    QTest::newRow("lone dot") << "."
                              << ".";
}

void TestXlsx::normaliseNumber()
{
    QFETCH(QString, stored);
    QFETCH(QString, expected);
    QCOMPARE(xlsx::normaliseNumber(stored), expected);
}

void TestXlsx::serialToDate_data()
{
    QTest::addColumn<QString>("stored");
    QTest::addColumn<bool>("date1904");
    QTest::addColumn<QDate>("expected");
    QTest::newRow("2018-12-15") << "43449" << false << QDate(2018, 12, 15);
    QTest::newRow("with time fraction") << "45358.0416666667" << false << QDate(2024, 3, 7);
    QTest::newRow("late in the day") << "45358.9999999" << false << QDate(2024, 3, 7);
    QTest::newRow("day 1") << "1" << false << QDate(1900, 1, 1);
    QTest::newRow("before Lotus bug") << "59" << false << QDate(1900, 2, 28);
    QTest::newRow("Lotus 1900-02-29") << "60" << false << QDate();
    QTest::newRow("after Lotus bug") << "61" << false << QDate(1900, 3, 1);
    QTest::newRow("zero") << "0" << false << QDate();
    QTest::newRow("negative") << "-5" << false << QDate();
    QTest::newRow("exponent form") << "4.5358E4" << false << QDate(2024, 3, 7);
    QTest::newRow("last day") << "2958465" << false << QDate(9999, 12, 31);
    QTest::newRow("past 9999") << "2958466" << false << QDate();
    QTest::newRow("1904 day 0") << "0" << true << QDate(1904, 1, 1);
    QTest::newRow("1904 2024-03-01") << "43890" << true << QDate(2024, 3, 1);
    QTest::newRow("1904 has no Lotus bug") << "60" << true << QDate(1904, 3, 1);
    QTest::newRow("text") << "abc" << false << QDate();
}

void TestXlsx::serialToDate()
{
    QFETCH(QString, stored);
    QFETCH(bool, date1904);
    QFETCH(QDate, expected);
    const auto d = xlsx::serialToDate(stored, date1904);
    QCOMPARE(d.value_or(QDate()), expected);
}

void TestXlsx::kindOfFormat_data()
{
    QTest::addColumn<int>("id");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("kind");
    const int N = int(NumberKind::Number), D = int(NumberKind::Date), T = int(NumberKind::Time);
    QTest::newRow("14") << 14 << "" << D;
    QTest::newRow("17") << 17 << "" << D;
    QTest::newRow("22 date+time") << 22 << "" << D;
    QTest::newRow("20 time") << 20 << "" << T;
    QTest::newRow("46 elapsed") << 46 << "" << T;
    QTest::newRow("4 number") << 4 << "" << N;
    QTest::newRow("0 general") << 0 << "" << N;
    QTest::newRow("DD/MM/YYYY") << 166 << "DD/MM/YYYY" << D;
    QTest::newRow("date and time") << 166 << "d/m/yyyy\\ hh:mm" << D;
    QTest::newRow("locale prefix") << 164 << "[$-409]d\\-mmm\\-yy;@" << D;
    QTest::newRow("month-year") << 164 << "mmm yyyy" << D;
    QTest::newRow("hh:mm") << 164 << "hh:mm" << T;
    QTest::newRow("mm:ss") << 164 << "mm:ss" << T;
    QTest::newRow("grouped") << 165 << "#,##0.00" << N;
    QTest::newRow("General") << 164 << "General" << N;
    QTest::newRow("text") << 165 << "@" << N;
    QTest::newRow("colour") << 164 << "[Red]0.00;[Blue]-0.00" << N;
    QTest::newRow("quoted d") << 164 << "0.00\" days\"" << N;
    QTest::newRow("escaped y") << 164 << "0.00\\y" << N;
}

void TestXlsx::kindOfFormat()
{
    QFETCH(int, id);
    QFETCH(QString, code);
    QFETCH(int, kind);
    QCOMPARE(int(xlsx::kindOfFormat(id, code)), kind);
}

void TestXlsx::parseCellRef_data()
{
    QTest::addColumn<QString>("ref");
    QTest::addColumn<int>("col");
    QTest::addColumn<int>("row"); // 0: malformed
    QTest::newRow("A1") << "A1" << 0 << 1;
    QTest::newRow("B7") << "B7" << 1 << 7;
    QTest::newRow("AA10") << "AA10" << 26 << 10;
    QTest::newRow("XFD1048576") << "XFD1048576" << 16383 << 1048576;
    QTest::newRow("lower case") << "c3" << 2 << 3;
    QTest::newRow("beyond XFD") << "XFE1" << 0 << 0;
    QTest::newRow("no row") << "AB" << 0 << 0;
    QTest::newRow("no column") << "12" << 0 << 0;
    QTest::newRow("row 0") << "A0" << 0 << 0;
    QTest::newRow("junk") << "A1x" << 0 << 0;
    QTest::newRow("huge row") << "A99999999999" << 0 << 0;
}

void TestXlsx::parseCellRef()
{
    QFETCH(QString, ref);
    QFETCH(int, col);
    QFETCH(int, row);
    const auto r = xlsx::parseCellRef(ref);
    QCOMPARE(r.has_value(), row > 0);
    if (r) {
        QCOMPARE(r->first, col);
        QCOMPARE(r->second, row);
    }
}

void TestXlsx::sharedStrings()
{
    QStringList out;
    const QByteArray xml = QByteArray("<sst ") + kNs
        + "><si><t>Plain</t></si><si><r><t>Ri</t></r><r><rPr><b/></rPr>"
          "<t xml:space=\"preserve\">ch </t></r><rPh sb=\"0\" eb=\"1\"><t>PHONETIC</t></rPh></si>"
          "<si><t/></si><si><t>a &amp; b</t></si></sst>";
    QVERIFY(xlsx::parseSharedStrings(xml, &out).error.isEmpty());
    QCOMPARE(out, QStringList({ "Plain", "Rich ", "", "a & b" }));
    QStringList bad;
    const auto dtd = xlsx::parseSharedStrings(
        "<!DOCTYPE sst [<!ENTITY a \"aaaa\">]><sst><si><t>&a;</t></si></sst>", &bad);
    QVERIFY(dtd.error.contains(QLatin1String("DTD")));
    QVERIFY(!xlsx::parseSharedStrings("<sst><si><t>cut", &bad).error.isEmpty());
}

void TestXlsx::workbookParts()
{
    Workbook wb;
    const QByteArray rels
        = "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
          "<Relationship Id=\"rId7\" Type=\"http://x/worksheet\" Target=\"worksheets/data.xml\"/>"
          "<Relationship Id=\"rId8\" Type=\"http://x/worksheet\" Target=\"/xl/other/s.xml\"/>"
          "<Relationship Id=\"rId9\" Type=\"http://x/sharedStrings\" Target=\"strings.xml\"/>"
          "</Relationships>";
    QByteArray book = workbookXml({ "Data", "Second" }, true);
    book.replace("rId1", "rId7").replace("rId2", "rId8");
    QVERIFY(xlsx::parseWorkbook(book, rels, &wb).error.isEmpty());
    QVERIFY(wb.date1904);
    QCOMPARE(wb.sheets.size(), 2);
    QCOMPARE(wb.sheets.at(0).name, QStringLiteral("Data"));
    QCOMPARE(wb.sheets.at(0).path, QStringLiteral("xl/worksheets/data.xml"));
    QCOMPARE(wb.sheets.at(1).path, QStringLiteral("xl/other/s.xml"));
    QCOMPARE(wb.sharedStringsPath, QStringLiteral("xl/strings.xml"));
    QCOMPARE(wb.stylesPath, QStringLiteral("xl/styles.xml"));

    Styles st;
    const QByteArray styles = QByteArray("<styleSheet ") + kNs
        + "><numFmts><numFmt numFmtId=\"164\" formatCode=\"dd.mm.yyyy\"/>"
          "<numFmt numFmtId=\"165\" formatCode=\"#,##0.00\"/></numFmts>"
          "<cellStyleXfs><xf numFmtId=\"14\"/></cellStyleXfs>"
          "<cellXfs><xf numFmtId=\"0\"/><xf numFmtId=\"164\"/><xf numFmtId=\"165\"/>"
          "<xf numFmtId=\"14\"/><xf numFmtId=\"21\"/></cellXfs></styleSheet>";
    QVERIFY(xlsx::parseStyles(styles, &st).error.isEmpty());
    QCOMPARE(st.cellXfs.size(), 5); // cellStyleXfs are not cell styles
    QCOMPARE(st.kindOf(1), NumberKind::Date);
    QCOMPARE(st.kindOf(2), NumberKind::Number);
    QCOMPARE(st.kindOf(3), NumberKind::Date);
    QCOMPARE(st.kindOf(4), NumberKind::Time);
    QCOMPARE(st.kindOf(99), NumberKind::Number);
}

void TestXlsx::sheetCells()
{
    Styles st;
    st.cellXfs = { NumberKind::Number, NumberKind::Date, NumberKind::Time };
    const QStringList strings { "Date", "Amount", "Shop" };
    const QByteArray xml = sheetXml(
        "<row r=\"2\" spans=\"1:5\"><c r=\"B2\" t=\"s\"><v>0</v></c><c r=\"D2\" t=\"s\"><v>1</v>"
        "</c><c r=\"E2\" s=\"1\"/><c r=\"F2\" t=\"s\"><v> </v></c></row>"
        "<row r=\"3\"><c r=\"B3\" s=\"1\"><v>45358.0416666667</v></c><c r=\"C3\" s=\"2\">"
        "<v>0.0416666667</v></c><c r=\"D3\"><v>-1E-2</v></c><c r=\"E3\" t=\"s\"><v>2</v></c>"
        "</row><row r=\"4\"><c r=\"A4\" t=\"b\"><v>0</v></c><c r=\"B4\" t=\"e\"><v>#N/A</v></c>"
        "<c r=\"C4\" t=\"d\"><v>2024-03-07T01:00:00</v></c><c r=\"D4\" t=\"s\"><v>9</v></c></row>"
        "<row r=\"7\"><c r=\"Z7\" s=\"0\"/></row>"
        "<row><c t=\"inlineStr\"><is><t>x</t></is></c><c><v>2</v></c></row>");
    const SheetResult r = xlsx::parseSheet(xml, strings, st, false);
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QCOMPARE(r.rows.size(), 4); // row 7 holds nothing
    QCOMPARE(r.rows.at(0).line, 2);
    QCOMPARE(r.rows.at(0).cells, QStringList({ "", "Date", "", "Amount" }));
    QCOMPARE(r.rows.at(1).line, 3);
    QCOMPARE(r.rows.at(1).cells, QStringList({ "", "2024-03-07", "01:00:00", "-0.01", "Shop" }));
    QCOMPARE(r.rows.at(2).cells, QStringList({ "FALSE", "#N/A", "2024-03-07" }));
    QCOMPARE(r.rows.at(3).line, 8); // a row without r follows the previous one
    QCOMPARE(r.rows.at(3).cells, QStringList({ "x", "2" }));
    QCOMPARE(r.issues.size(), 2); // " " and 9 are no shared string indexes
    QCOMPARE(r.issues.at(1).field, QStringLiteral("D4"));
    QCOMPARE(r.issues.at(1).line, 4);
}

void TestXlsx::sheetRefusals_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<QString>("message");
    QTest::newRow("bad ref") << sheetXml("<row r=\"1\"><c r=\"1A\"><v>1</v></c></row>")
                             << "malformed";
    QTest::newRow("too many columns")
        << sheetXml("<row r=\"1\"><c r=\"XFE1\"><v>1</v></c></row>") << "malformed";
    QTest::newRow("row out of range")
        << sheetXml("<row r=\"2000000\"><c><v>1</v></c></row>") << "out of range";
    QTest::newRow("cut short") << QByteArray("<worksheet><sheetData><row r=\"1\"><c><v>1")
                               << "worksheet";
    QTest::newRow("dtd") << QByteArray("<!DOCTYPE x><worksheet/>") << "DTD";
    QByteArray many;
    for (int r = 1; r <= 400; ++r)
        many += "<row r=\"" + QByteArray::number(r) + "\"><c r=\"XFD" + QByteArray::number(r)
            + "\"><v>1</v></c></row>";
    QTest::newRow("cell cap") << sheetXml(many) << "more than 5000000 cells";
}

void TestXlsx::sheetRefusals()
{
    QFETCH(QByteArray, xml);
    QFETCH(QString, message);
    const SheetResult r = xlsx::parseSheet(xml, {}, Styles {}, false);
    QVERIFY2(r.error.contains(message), qPrintable(r.error));
}

void TestXlsx::zipSizeCaps()
{
    const QByteArray big(3 * 1024 * 1024, 'A'); // compresses about 1000:1
    const QByteArray normal = QByteArray("<a>") + QByteArray::number(12345) + "</a>";
    const auto zip = makeZip({ { "big.xml", big }, { "small.xml", normal } });
    QVERIFY(zip);
    {
        ZipArchive a(*zip); // defaults: the ratio cap refuses the bomb
        const ZipEntry e = a.read(QStringLiteral("big.xml"));
        QVERIFY(!e.data);
        QVERIFY2(e.error.contains(QLatin1String("ZIP bomb")), qPrintable(e.error));
        QCOMPARE(*a.read(QStringLiteral("small.xml")).data, normal);
        QVERIFY(!a.read(QStringLiteral("missing.xml")).data);
        QVERIFY(a.read(QStringLiteral("missing.xml")).error.isEmpty());
        QVERIFY(a.read(QStringLiteral("SMALL.XML")).data); // case-insensitive fallback
    }
    {
        ZipLimits l;
        l.maxEntrySize = 1024 * 1024; // the declared size already exceeds it
        l.maxRatio = 100000;
        ZipArchive a(*zip, l);
        const ZipEntry e = a.read(QStringLiteral("big.xml"));
        QVERIFY(!e.data);
        QVERIFY2(e.error.contains(QLatin1String("too large")), qPrintable(e.error));
    }
    {
        ZipLimits l;
        l.maxTotalSize = 10;
        ZipArchive a(*zip, l);
        QVERIFY(a.read(QStringLiteral("small.xml")).error.contains(QLatin1String("limit")));
    }
    {
        ZipLimits l;
        l.maxRatio = 100000;
        ZipArchive a(*zip, l);
        QCOMPARE(a.read(QStringLiteral("big.xml")).data->size(), big.size());
    }
    // Truncations at many points never crash: either unopenable or entries refused.
    for (int cut = 0; cut < zip->size(); cut += 97) {
        ZipArchive a(zip->left(cut));
        if (a.isOpen())
            (void)a.read(QStringLiteral("small.xml"));
        else
            QVERIFY(!a.openError().isEmpty());
    }
}

void TestXlsx::zipEncrypted()
{
    const auto zip = makeZip({ { "xl/workbook.xml", workbookXml({ "S" }) } }, true);
    if (!zip)
        QSKIP("this libzip cannot write encrypted entries");
    ZipArchive a(*zip);
    const ZipEntry e = a.read(QStringLiteral("xl/workbook.xml"));
    QVERIFY(!e.data);
    QVERIFY2(e.error.contains(QLatin1String("encrypted")), qPrintable(e.error));
    const ReadResult r = readXlsx(*zip);
    QVERIFY(!r.ok());
    QVERIFY(r.errors.first().message.contains(QLatin1String("encrypted")));
}

void TestXlsx::readerErrors_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << QByteArray() << "not a ZIP archive";
    QTest::newRow("text") << QByteArray("Date;Amount\n") << "not a ZIP archive";
    QTest::newRow("legacy xls") << QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\0\0", 10)
                                << "legacy .xls";
    QTest::newRow("no workbook") << *makeZip({ { "word/document.xml", "<d/>" } })
                                 << "xl/workbook.xml is missing";
    QTest::newRow("no sheets") << *makeZip({ { "xl/workbook.xml", workbookXml({}) } })
                               << "no sheets";
    QTest::newRow("sheet part missing")
        << *makeZip({ { "xl/workbook.xml", workbookXml({ "S" }) } }) << "is missing";
    QTest::newRow("broken workbook xml")
        << *makeZip({ { "xl/workbook.xml", "<workbook><sheets><sheet" } }) << "xl/workbook.xml";
    const QByteArray good = workbook({ sheetXml("<row r=\"1\"><c><v>1</v></c></row>") });
    QTest::newRow("truncated") << good.left(good.size() / 2) << "not a ZIP archive";
}

void TestXlsx::readerErrors()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, message);
    const ReadResult r = readXlsx(data);
    QVERIFY(!r.ok());
    QCOMPARE(r.format, QStringLiteral("xlsx"));
    QVERIFY2(r.errors.first().message.contains(message), qPrintable(r.errors.first().message));
    QCOMPARE(r.errors.first().file, QStringLiteral("t.xlsx"));
}

void TestXlsx::sheetSelection()
{
    const QByteArray first = sheetXml("<row r=\"1\"><c t=\"inlineStr\"><is><t>Date</t></is></c>"
                                      "<c t=\"inlineStr\"><is><t>Amount</t></is></c></row>"
                                      "<row r=\"2\"><c t=\"inlineStr\"><is><t>2024-01-05</t></is>"
                                      "</c><c><v>-12.5</v></c></row>");
    const QByteArray second = sheetXml("<row r=\"1\"><c t=\"inlineStr\"><is><t>Date</t></is></c>"
                                       "<c t=\"inlineStr\"><is><t>Amount</t></is></c></row>"
                                       "<row r=\"2\"><c t=\"inlineStr\"><is><t>2024-02-01</t>"
                                       "</is></c><c><v>7</v></c></row><row r=\"3\"><c "
                                       "t=\"inlineStr\"><is><t>2024-02-02</t></is></c><c><v>8</v>"
                                       "</c></row>");
    const QByteArray data = workbook({ first, second }, { "Jan", "Feb" });
    ReadOptions o;
    o.defaultCurrency = QStringLiteral("EUR");
    QCOMPARE(readXlsx(data, o).transactionCount(), 1);
    o.sheet = QStringLiteral("feb");
    const ReadResult feb = readXlsx(data, o);
    QCOMPARE(feb.transactionCount(), 2);
    o.sheet = QStringLiteral("Mar");
    const ReadResult none = readXlsx(data, o);
    QVERIFY(!none.ok());
    QCOMPARE(none.errors.first().field, QStringLiteral("sheet"));
    QVERIFY(none.errors.first().message.contains(QLatin1String("Jan, Feb")));
}

void TestXlsx::endToEnd()
{
    // Dates as styled serials, amounts as numbers: the tabular engine sees ISO dates and
    // '.'-decimals.
    const QByteArray styles = QByteArray("<styleSheet ") + kNs
        + "><numFmts><numFmt numFmtId=\"164\" formatCode=\"DD/MM/YYYY\"/></numFmts>"
          "<cellXfs><xf numFmtId=\"0\"/><xf numFmtId=\"164\"/></cellXfs></styleSheet>";
    const QByteArray sheet = sheetXml(
        "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Date</t></is></c><c r=\"B1\" "
        "t=\"inlineStr\"><is><t>Label</t></is></c><c r=\"C1\" t=\"inlineStr\"><is><t>Amount</t>"
        "</is></c></row><row r=\"2\"><c r=\"A2\" s=\"1\"><v>43449</v></c><c r=\"B2\" "
        "t=\"inlineStr\"><is><t>Supplier</t></is></c><c r=\"C2\"><v>-33.5</v></c></row>"
        "<row r=\"3\"><c r=\"A3\" s=\"1\"><v>43450.5</v></c><c r=\"B3\" t=\"inlineStr\"><is>"
        "<t>Customer</t></is></c><c r=\"C3\"><v>1.525E3</v></c></row>");
    const auto zip = makeZip({ { "xl/workbook.xml", workbookXml({ "S" }) },
        { "xl/styles.xml", styles }, { "xl/worksheets/sheet1.xml", sheet } });
    ReadOptions o;
    o.defaultCurrency = QStringLiteral("USD");
    const ReadResult r = readXlsx(*zip, o);
    QVERIFY(r.ok());
    QCOMPARE(r.format, QStringLiteral("xlsx"));
    QCOMPARE(r.transactionCount(), 2);
    const Transaction &a = r.statements.first().transactions.at(0);
    const Transaction &b = r.statements.first().transactions.at(1);
    QCOMPARE(a.bookingDate, QDate(2018, 12, 15));
    QCOMPARE(a.amount.minor(), -3350);
    QCOMPARE(b.bookingDate, QDate(2018, 12, 16));
    QCOMPARE(b.amount.minor(), 152500);
    QCOMPARE(b.sourceLine, 3);
}

void TestXlsx::detect()
{
    const auto reader = makeXlsxReader();
    const QByteArray book = workbook({ sheetXml("") });
    QVERIFY(reader->detect(book) >= 90);
    QVERIFY(reader->detect(*makeZip({ { "mimetype", "application/zip" } })) < 50);
    QCOMPARE(reader->detect("Date,Amount\n"), 0);
    QCOMPARE(reader->detect(QByteArray()), 0);
}

QTEST_GUILESS_MAIN(TestXlsx)
#include "tst_xlsx.moc"
