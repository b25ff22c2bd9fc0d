// Report exports (issue 7): the XLSX read back with openpyxl (values, number formats, formulas,
// frozen header, autofilter), the reconciliation statement, sheet continuation past the row
// limit, CSV quoting and locales, the evidence pack with verify-export (edited file, changed
// workspace), cancel and unwritable targets leaving nothing behind, and the CLI commands.
#include "core/cli/cli.h"
#include "core/report/export_service.h"
#include "core/report/xlsx_sink.h"
#include "core/store/import_service.h"
#include "core/store/workspace.h"
#include "support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <zip.h>

using namespace recon;

namespace {

const QDate kAsOf(2026, 10, 31);

Transaction item(int day, qint64 minor, const QString &text, const char *cur = "EUR")
{
    Transaction t;
    t.id = newUuidV7();
    t.bookingDate = QDate(2026, 10, day);
    t.amount = Money::fromMinor(minor, QString::fromLatin1(cur));
    t.description = text;
    t.reference = QStringLiteral("REF-%1").arg(day);
    t.account = QStringLiteral("DE89370400440532013000");
    t.externalId = QStringLiteral("X%1-%2").arg(day).arg(minor);
    return t;
}

QUuid addImport(Workspace &ws, Side side, const QString &name, QList<Statement> statements)
{
    Import imp;
    imp.id = QUuid::createUuid();
    imp.fileName = name;
    imp.sha256 = QString::fromLatin1(
        QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha256).toHex());
    imp.format = QStringLiteral("test");
    imp.side = side;
    imp.importedAt = QDateTime(QDate(2026, 10, 30), QTime(9, 0), Qt::UTC);
    imp.user = QStringLiteral("tester");
    recordImport(ws, imp);
    bulkInsert(ws, imp.id, side, statements);
    return imp.id;
}

qint64 txId(Workspace &ws, const QString &description)
{
    auto s = ws.db().prepare("SELECT id FROM transactions WHERE description = ?");
    s.bind(1, description);
    return s.step() ? s.intAt(0) : -1;
}

void addGroup(Workspace &ws, const QStringList &members, const QString &rule, double score,
    Status status, qint64 diff = 0, const QString &reason = {}, const char *cur = "EUR")
{
    const QByteArray gid = uuidBytes(newUuidV7());
    auto g = ws.db().prepare(
        "INSERT INTO match_groups(id, rule, score, status, difference_minor, currency, "
        "reason_code, created_at, created_by, confirmed_at, confirmed_by) VALUES "
        "(?,?,?,?,?,?,?,?,?,?,?)");
    g.bindBlob(1, gid).bind(2, rule).bind(3, score).bind(4, static_cast<int>(status));
    g.bind(5, diff).bind(6, QString::fromLatin1(cur));
    if (reason.isEmpty())
        g.bindNull(7);
    else
        g.bind(7, reason);
    g.bind(8, QStringLiteral("2026-10-30T10:00:00.000Z")).bind(9, QStringLiteral("tester"));
    if (status == Status::Proposed)
        g.bindNull(10).bindNull(11);
    else
        g.bind(10, QStringLiteral("2026-10-30T11:30:00.000Z")).bind(11, QStringLiteral("reviewer"));
    g.run();
    for (const QString &m : members) {
        const qint64 id = txId(ws, m);
        auto mm = ws.db().prepare("INSERT INTO match_members(group_id, tx_id) VALUES (?, ?)");
        mm.bindBlob(1, gid).bind(2, id);
        mm.run();
        auto u = ws.db().prepare("UPDATE transactions SET status = ? WHERE id = ?");
        u.bind(1, static_cast<int>(status)).bind(2, id);
        u.run();
    }
}

// The demo month: balanced EUR (opening 1,000.00 on both sides) and a USD pair.
std::unique_ptr<Workspace> makeWorkspace(const QString &path)
{
    auto ws = Workspace::create(path);
    sql::TxGuard tx(ws->db());
    Statement bank;
    bank.account = QStringLiteral("DE89370400440532013000");
    bank.currency = QStringLiteral("EUR");
    bank.periodFrom = QDate(2026, 10, 1);
    bank.periodTo = QDate(2026, 10, 31);
    bank.openingBalance = Money::fromMinor(100000, u"EUR");
    bank.closingBalance = Money::fromMinor(108485, u"EUR");
    bank.transactions = { item(1, 50000, QStringLiteral("Customer A, \"INV-1\"")),
        item(2, -20000, QStringLiteral("Supplier B")), item(3, -1005, QStringLiteral("Bank fee")),
        item(4, 9990, QStringLiteral("Unknown credit")),
        item(5, -30500, QStringLiteral("Payment C incl. fee")) };
    Statement bankUsd;
    bankUsd.currency = QStringLiteral("USD");
    bankUsd.transactions = { item(6, 123456, QStringLiteral("USD receipt"), "USD") };
    addImport(*ws, Side::Left, QStringLiteral("bank.sta"), { bank, bankUsd });
    Statement ledger;
    ledger.account = QStringLiteral("DE89370400440532013000");
    ledger.currency = QStringLiteral("EUR");
    ledger.openingBalance = Money::fromMinor(100000, u"EUR");
    ledger.transactions = { item(1, 50000, QStringLiteral("Ledger INV-1")),
        item(2, -20000, QStringLiteral("Ledger supplier B")),
        item(7, 25000, QStringLiteral("Deposit in transit")),
        item(8, -7550, QStringLiteral("Cheque 123")),
        item(4, -30000, QStringLiteral("Ledger payment C")),
        item(6, 123456, QStringLiteral("Ledger USD receipt"), "USD") };
    addImport(*ws, Side::Right, QStringLiteral("ledger.csv"), { ledger });
    addGroup(*ws, { QStringLiteral("Customer A, \"INV-1\""), QStringLiteral("Ledger INV-1") },
        QStringLiteral("reference"), 1.0, Status::Confirmed);
    addGroup(*ws, { QStringLiteral("Supplier B"), QStringLiteral("Ledger supplier B") },
        QStringLiteral("amount_date"), 0.8125, Status::Proposed);
    addGroup(*ws, { QStringLiteral("Payment C incl. fee"), QStringLiteral("Ledger payment C") },
        QStringLiteral("amount_tolerance"), 0.9, Status::Resolved, -500,
        QStringLiteral("bank_fee"));
    addGroup(*ws, { QStringLiteral("USD receipt"), QStringLiteral("Ledger USD receipt") },
        QStringLiteral("reference"), 1.0, Status::Confirmed, 0, {}, "USD");
    const qint64 unknown = txId(*ws, QStringLiteral("Unknown credit"));
    ws->db().exec(QStringLiteral("UPDATE transactions SET status = 3 WHERE id = %1").arg(unknown));
    ws->db().exec(QStringLiteral("INSERT INTO exceptions(tx_id, reason_code, investigated, "
                                 "updated_at) VALUES (%1, 'unknown', 1, '2026-10-30T12:00:00Z')")
                      .arg(unknown));
    ws->db().exec(QStringLiteral("INSERT INTO comments(id, tx_id, author, created_at, body) VALUES "
                                 "(randomblob(16), %1, 'tester', '2026-10-30T12:00:00Z', 'asked "
                                 "the bank')")
                      .arg(unknown));
    ws->db().exec("INSERT INTO rule_sets(id, name, version, hash, json, created_at) VALUES "
                  "(randomblob(16), 'bank vs ledger', 3, 'abc123', '{}', "
                  "'2026-10-30T09:30:00.000Z')");
    ws->audit().append(QStringLiteral("match"), QJsonObject { { QStringLiteral("groups"), 4 } },
        QStringLiteral("tester"));
    tx.commit();
    return ws;
}

report::ExportOptions xlsxOptions(const QString &target)
{
    report::ExportOptions o;
    o.format = report::Format::Xlsx;
    o.target = target;
    o.filters.asOf = kAsOf;
    return o;
}

const char kReadScript[] = R"PY(
import json, sys, datetime
import openpyxl
path = sys.argv[1]
f = openpyxl.load_workbook(path)
v = openpyxl.load_workbook(path, data_only=True)
out = {"sheets": []}
def conv(x):
    if isinstance(x, datetime.datetime):
        return x.isoformat()
    return x
for ws in f.worksheets:
    wv = v[ws.title]
    rows = []
    for rf, rv in zip(ws.iter_rows(), wv.iter_rows()):
        rows.append([{"v": conv(cv.value), "f": (cf.value if cf.data_type == "f" else None),
                      "fmt": cf.number_format} for cf, cv in zip(rf, rv)])
    out["sheets"].append({"name": ws.title, "freeze": ws.freeze_panes,
        "filter": ws.auto_filter.ref, "rows": rows,
        "widthA": ws.column_dimensions["A"].width})
print(json.dumps(out))
)PY";

bool hasOpenpyxl()
{
    QProcess p;
    p.start(QStringLiteral("/usr/bin/python3"),
        { QStringLiteral("-c"), QStringLiteral("import openpyxl") });
    return p.waitForFinished(30000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

QJsonObject readWithOpenpyxl(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("/usr/bin/python3"),
        { QStringLiteral("-c"), QString::fromLatin1(kReadScript), path });
    if (!p.waitForFinished(60000) || p.exitCode() != 0) {
        qWarning("openpyxl: %s", p.readAllStandardError().constData());
        return {};
    }
    return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
}

QJsonObject sheet(const QJsonObject &wb, const QString &name)
{
    for (const auto &s : wb.value(QStringLiteral("sheets")).toArray())
        if (s.toObject().value(QStringLiteral("name")).toString() == name)
            return s.toObject();
    return {};
}

QJsonArray rows(const QJsonObject &sheet)
{
    return sheet.value(QStringLiteral("rows")).toArray();
}

QJsonObject cell(const QJsonObject &sheet, int row, int col)
{
    return rows(sheet).at(row).toArray().at(col).toObject();
}

// An openpyxl number as minor units (2 decimals): the comparison of a written double with the
// exact stored amount.
qint64 minorOf(const QJsonValue &v)
{
    return qRound64(v.toDouble() * 100.0);
}

// Row of a label in column A of the Summary, in the block after `after` (a row index).
int findRow(const QJsonObject &sheet, const QString &label, int after = 0)
{
    const QJsonArray r = rows(sheet);
    for (int i = after; i < r.size(); ++i)
        if (r.at(i).toArray().at(0).toObject().value(QStringLiteral("v")).toString() == label)
            return i;
    return -1;
}

// Replaces one entry of a zip (the xlsx) in place.
bool replaceZipEntry(const QString &path, const char *name, const QByteArray &content)
{
    int err = 0;
    zip_t *z = zip_open(QFile::encodeName(path).constData(), 0, &err);
    if (!z)
        return false;
    void *copy = malloc(size_t(content.size()));
    memcpy(copy, content.constData(), size_t(content.size()));
    zip_source_t *src = zip_source_buffer(z, copy, zip_uint64_t(content.size()), 1);
    const zip_int64_t idx = zip_name_locate(z, name, 0);
    const bool ok = idx >= 0 && zip_file_replace(z, zip_uint64_t(idx), src, 0) == 0;
    return zip_close(z) == 0 && ok;
}

QByteArray readZipEntry(const QString &path, const char *name)
{
    int err = 0;
    zip_t *z = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &err);
    if (!z)
        return {};
    QByteArray out;
    zip_stat_t st;
    if (zip_stat(z, name, 0, &st) == 0) {
        zip_file_t *f = zip_fopen(z, name, 0);
        out.resize(qsizetype(st.size));
        zip_fread(f, out.data(), st.size);
        zip_fclose(f);
    }
    zip_close(z);
    return out;
}

int runCli(const QStringList &args)
{
    return cli::run(QStringList { QStringLiteral("recon") } + args);
}

} // namespace

class TestReportExport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void xlsxReadBackWithOpenpyxl();
    void statementBalancesToZero();
    void statusAndDateFilters_data();
    void statusAndDateFilters();
    void longSheetContinues();
    void verifyMatchesFreshExport();
    void verifyNamesEditedSheet();
    void verifyNamesChangedWorkspace();
    void cancelLeavesNothing();
    void unwritableTargetIsAClearError();
    void lockedOrFolderTargetIsAClearError_data();
    void lockedOrFolderTargetIsAClearError();
    void sheetContinuesPastExcelsRowLimit();
    void csvQuotingAndLocale();
    void cliExportAndVerify();

private:
    QString ws() const { return m_dir.filePath(QStringLiteral("demo.recon")); }
    QTemporaryDir m_dir;
    bool m_openpyxl = false;
};

void TestReportExport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    makeWorkspace(ws());
    m_openpyxl = hasOpenpyxl();
}

void TestReportExport::xlsxReadBackWithOpenpyxl()
{
    auto w = Workspace::open(ws());
    const qint64 auditBefore = w->audit().head().count;
    const QString out = m_dir.filePath(QStringLiteral("report.xlsx"));
    QList<qint64> progress;
    const auto r = report::exportReport(
        *w, xlsxOptions(out), [&](qint64 done, qint64 total) { progress << done << total; });
    QVERIFY2(r.ok, qPrintable(r.error));
    QVERIFY(QFile::exists(out));
    QCOMPARE(r.rows, 8 + 2 + 2 + 2); // matched items, unmatched left/right, exception rows
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last(), 14); // total of the item rows
    // The export's own audit entry, with the content hash.
    QCOMPARE(w->audit().head().count, auditBefore + 1);
    const AuditEntry last = w->audit().entries(auditBefore + 1, 1).first();
    QCOMPARE(last.action, QStringLiteral("export"));
    QCOMPARE(last.payload.value(QStringLiteral("content_sha256")).toString(), r.contentSha256);
    QVERIFY(w->audit().verify().ok);
    // No temporary left in the folder.
    for (const QString &f : QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden))
        QVERIFY2(!f.contains(QLatin1String(".tmp-")), qPrintable(f));

    if (!m_openpyxl)
        QSKIP("/usr/bin/python3 has no openpyxl: the read-back part is skipped");
    const QJsonObject wb = readWithOpenpyxl(out);
    QStringList names;
    for (const auto &s : wb.value(QStringLiteral("sheets")).toArray())
        names << s.toObject().value(QStringLiteral("name")).toString();
    QCOMPARE(names,
        QStringList({ "Summary", "Matched", "Unmatched left", "Unmatched right", "Exceptions",
            "Rules", "Evidence" }));

    const QJsonObject matched = sheet(wb, QStringLiteral("Matched"));
    QCOMPARE(matched.value(QStringLiteral("freeze")).toString(), QStringLiteral("A2"));
    QCOMPARE(matched.value(QStringLiteral("filter")).toString(), QStringLiteral("A1:P9"));
    QVERIFY(matched.value(QStringLiteral("widthA")).toDouble() > 30);
    QCOMPARE(cell(matched, 0, 0).value(QStringLiteral("v")).toString(), QStringLiteral("Group"));
    QCOMPARE(cell(matched, 0, 4).value(QStringLiteral("v")).toString(), QStringLiteral("Amount"));
    // Compare every item row with the workspace (amount, date, currency, rule, status, by).
    auto s = w->db().prepare(
        "SELECT t.description, t.amount_minor, t.currency, t.booking_date, g.rule, g.status, "
        "g.confirmed_by FROM transactions t JOIN match_members m ON m.tx_id = t.id JOIN "
        "match_groups g ON g.id = m.group_id");
    int seen = 0;
    while (s.step()) {
        int row = -1;
        for (int i = 1; i < 9; ++i)
            if (cell(matched, i, 6).value(QStringLiteral("v")).toString() == s.textAt(0))
                row = i;
        QVERIFY2(row > 0, qPrintable(s.textAt(0)));
        ++seen;
        const QJsonObject amount = cell(matched, row, 4);
        QCOMPARE(minorOf(amount.value(QStringLiteral("v"))), s.intAt(1));
        QVERIFY2(amount.value(QStringLiteral("fmt")).toString().contains(s.textAt(2)),
            qPrintable(amount.value(QStringLiteral("fmt")).toString()));
        QCOMPARE(cell(matched, row, 5).value(QStringLiteral("v")).toString(), s.textAt(2));
        QCOMPARE(cell(matched, row, 2).value(QStringLiteral("v")).toString(),
            QDate::fromJulianDay(s.intAt(3)).toString(Qt::ISODate) + QStringLiteral("T00:00:00"));
        QCOMPARE(cell(matched, row, 2).value(QStringLiteral("fmt")).toString(),
            QStringLiteral("yyyy-mm-dd"));
        QCOMPARE(cell(matched, row, 9).value(QStringLiteral("v")).toString(), s.textAt(4));
        QCOMPARE(cell(matched, row, 11).value(QStringLiteral("v")).toString(),
            statusName(static_cast<Status>(s.intAt(5))));
        QCOMPARE(cell(matched, row, 14).value(QStringLiteral("v")).toString(), s.textAt(6));
    }
    QCOMPARE(seen, 8);
    QCOMPARE(cell(matched, 3, 10).value(QStringLiteral("fmt")).toString(), QStringLiteral("0.00%"));
    // Totals per currency: formulas present, cached values equal the stored sums.
    auto sums = w->db().prepare(
        "SELECT t.currency, SUM(t.amount_minor), COUNT(*) FROM transactions t JOIN match_members "
        "m ON m.tx_id = t.id GROUP BY t.currency ORDER BY t.currency");
    int totalRow = 10; // after one blank row
    while (sums.step()) {
        QCOMPARE(cell(matched, totalRow, 0).value(QStringLiteral("v")).toString(),
            QStringLiteral("Total ") + sums.textAt(0));
        const QJsonObject amount = cell(matched, totalRow, 4);
        QVERIFY2(amount.value(QStringLiteral("f")).toString().startsWith(QLatin1String("=SUMIF(")),
            qPrintable(amount.value(QStringLiteral("f")).toString()));
        QCOMPARE(minorOf(amount.value(QStringLiteral("v"))), sums.intAt(1));
        QVERIFY(amount.value(QStringLiteral("fmt")).toString().contains(sums.textAt(0)));
        const QJsonObject count = cell(matched, totalRow, 1);
        QVERIFY(count.value(QStringLiteral("f")).toString().startsWith(QLatin1String("=COUNTIF(")));
        QCOMPARE(count.value(QStringLiteral("v")).toInt(), sums.intAt(2));
        ++totalRow;
    }
    QCOMPARE(totalRow, 12); // EUR and USD, never summed together

    const QJsonObject left = sheet(wb, QStringLiteral("Unmatched left"));
    QCOMPARE(rows(left).size(), 1 + 2 + 1 + 1);
    QCOMPARE(cell(left, 1, 5).value(QStringLiteral("v")).toString(), QStringLiteral("Bank fee"));
    QCOMPARE(minorOf(cell(left, 1, 3).value(QStringLiteral("v"))), -1005);
    QCOMPARE(cell(left, 1, 11).value(QStringLiteral("v")).toInt(), 28); // 3 Oct -> 31 Oct
    QCOMPARE(cell(left, 2, 10).value(QStringLiteral("v")).toString(), QStringLiteral("exception"));

    const QJsonObject exc = sheet(wb, QStringLiteral("Exceptions"));
    QCOMPARE(cell(exc, 1, 0).value(QStringLiteral("v")).toString(), QStringLiteral("item"));
    QCOMPARE(cell(exc, 1, 7).value(QStringLiteral("v")).toString(), QStringLiteral("unknown"));
    QCOMPARE(
        cell(exc, 1, 10).value(QStringLiteral("v")).toString(), QStringLiteral("asked the bank"));
    QCOMPARE(cell(exc, 1, 11).value(QStringLiteral("v")).toInt(), 27);
    QCOMPARE(cell(exc, 2, 0).value(QStringLiteral("v")).toString(), QStringLiteral("group"));
    QCOMPARE(minorOf(cell(exc, 2, 6).value(QStringLiteral("v"))), -500);
    QCOMPARE(cell(exc, 2, 7).value(QStringLiteral("v")).toString(), QStringLiteral("bank_fee"));

    const QJsonObject rules = sheet(wb, QStringLiteral("Rules"));
    QCOMPARE(
        cell(rules, 1, 0).value(QStringLiteral("v")).toString(), QStringLiteral("bank vs ledger"));
    QCOMPARE(cell(rules, 1, 1).value(QStringLiteral("v")).toInt(), 3);
    QCOMPARE(cell(rules, 1, 2).value(QStringLiteral("v")).toString(), QStringLiteral("abc123"));

    const QJsonObject ev = sheet(wb, QStringLiteral("Evidence"));
    QHash<QString, QStringList> evRows;
    for (const auto &r : rows(ev)) {
        QStringList vals;
        for (const auto &c : r.toArray())
            vals << c.toObject().value(QStringLiteral("v")).toString();
        evRows.insert(vals.value(0)
                + (vals.value(0) == QLatin1String("input_file") ? vals.value(1) : QString()),
            vals);
    }
    QCOMPARE(evRows.value(QStringLiteral("export_id")).value(1), r.exportId);
    QCOMPARE(evRows.value(QStringLiteral("workspace_id")).value(1), w->id());
    QCOMPARE(
        evRows.value(QStringLiteral("audit_entry_count")).value(1), QString::number(auditBefore));
    QCOMPARE(evRows.value(QStringLiteral("content_sha256")).value(1), r.contentSha256);
    QCOMPARE(
        evRows.value(QStringLiteral("input_filebank.sta")).value(2), w->imports().first().sha256);
    QVERIFY(evRows.contains(QStringLiteral("input_fileledger.csv")));
    QVERIFY(!evRows.value(QStringLiteral("exported_by")).value(1).isEmpty());
}

void TestReportExport::statementBalancesToZero()
{
    if (!m_openpyxl)
        QSKIP("/usr/bin/python3 has no openpyxl: the read-back part is skipped");
    auto w = Workspace::open(ws());
    const QString out = m_dir.filePath(QStringLiteral("summary.xlsx"));
    QVERIFY(report::exportReport(*w, xlsxOptions(out)).ok);
    const QJsonObject summary = sheet(readWithOpenpyxl(out), QStringLiteral("Summary"));
    const int eur = findRow(summary, QStringLiteral("Currency EUR"));
    QVERIFY(eur > 0);
    auto amountAt = [&](const QString &label) {
        const int row = findRow(summary, label, eur);
        return row < 0 ? QJsonObject() : cell(summary, row, 1);
    };
    QCOMPARE(minorOf(amountAt(QStringLiteral("Balance per bank statement (closing)")).value("v")),
        108485);
    QCOMPARE(
        minorOf(
            amountAt(QStringLiteral("+ Deposits in transit (in ledger, not in bank)")).value("v")),
        25000);
    QCOMPARE(
        minorOf(
            amountAt(QStringLiteral("+ Outstanding payments (in ledger, not in bank)")).value("v")),
        -7550);
    QCOMPARE(minorOf(amountAt(QStringLiteral("- Bank items not yet booked in ledger")).value("v")),
        -(9990 - 1005));
    QCOMPARE(
        minorOf(amountAt(QStringLiteral("- Explained differences on matched groups")).value("v")),
        500);
    const QJsonObject adjusted = amountAt(QStringLiteral("= Adjusted bank balance"));
    QVERIFY(adjusted.value(QStringLiteral("f")).toString().startsWith(QLatin1String("=SUM(B")));
    QCOMPARE(minorOf(adjusted.value("v")), 117450);
    QCOMPARE(minorOf(amountAt(QStringLiteral("Balance per ledger")).value("v")), 117450);
    const QJsonObject diff
        = amountAt(QStringLiteral("Unexplained difference (must be 0 to sign off)"));
    QVERIFY(diff.value(QStringLiteral("f")).toString().startsWith(QLatin1String("=B")));
    QCOMPARE(minorOf(diff.value("v")), 0);
    QVERIFY(diff.value(QStringLiteral("fmt")).toString().contains(QLatin1String("EUR")));
    const int usd = findRow(summary, QStringLiteral("Currency USD"));
    QVERIFY(usd > eur);
    QCOMPARE(minorOf(cell(summary, findRow(summary, QStringLiteral("Balance per ledger"), usd), 1)
                         .value("v")),
        123456);
    // Counts per status and the match rate per rule.
    const int statusRow = findRow(summary, QStringLiteral("left / exception"));
    QVERIFY(statusRow > 0);
    QCOMPARE(cell(summary, statusRow, 3).value("v").toInt(), 1);
    QCOMPARE(minorOf(cell(summary, statusRow, 4).value("v")), 9990);
    const int rule = findRow(summary, QStringLiteral("reference"));
    QVERIFY(rule > 0);
    QCOMPARE(cell(summary, rule, 4).value("v").toInt(), 4);
    QCOMPARE(
        qRound(cell(summary, rule, 1).value("v").toDouble() * 10000), qRound(4.0 / 12 * 10000));
}

void TestReportExport::statusAndDateFilters_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<qint64>("rows");
    QTest::newRow("all") << QString() << QDate() << QDate() << qint64(14);
    QTest::newRow("open") << QStringLiteral("open") << QDate() << QDate() << qint64(3);
    QTest::newRow("exception") << QStringLiteral("exception") << QDate() << QDate() << qint64(2);
    QTest::newRow("confirmed") << QStringLiteral("confirmed") << QDate() << QDate() << qint64(4);
    QTest::newRow("dates 2-4") << QString() << QDate(2026, 10, 2) << QDate(2026, 10, 4)
                               << qint64(7);
    QTest::newRow("open, from 8th")
        << QStringLiteral("open") << QDate(2026, 10, 8) << QDate() << qint64(1);
}

void TestReportExport::statusAndDateFilters()
{
    QFETCH(QString, status);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(qint64, rows);
    auto w = Workspace::open(ws());
    auto o = xlsxOptions(m_dir.filePath(QStringLiteral("filtered.xlsx")));
    if (!status.isEmpty())
        o.filters.statuses = { *statusFromName(status) };
    o.filters.from = from;
    o.filters.to = to;
    const auto r = report::exportReport(*w, o);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.rows, rows);
    const auto v = report::verifyExport(o.target, *w);
    QVERIFY2(v.matches(), qPrintable(v.differences.join(QLatin1Char('\n'))));
}

void TestReportExport::longSheetContinues()
{
    auto w = Workspace::open(ws());
    auto o = xlsxOptions(m_dir.filePath(QStringLiteral("split.xlsx")));
    o.maxRowsPerSheet = 4; // header + 3 rows per part
    const auto r = report::exportReport(*w, o);
    QVERIFY2(r.ok, qPrintable(r.error));
    const auto v = report::verifyExport(o.target, *w);
    QVERIFY2(v.matches(), qPrintable(v.differences.join(QLatin1Char('\n'))));
    if (!m_openpyxl)
        QSKIP("/usr/bin/python3 has no openpyxl: the read-back part is skipped");
    const QJsonObject wb = readWithOpenpyxl(o.target);
    // 8 matched rows: 3 + 3 + 2, then the totals need a part of their own.
    QCOMPARE(rows(sheet(wb, QStringLiteral("Matched"))).size(), 4);
    QCOMPARE(rows(sheet(wb, QStringLiteral("Matched (2)"))).size(), 4);
    QCOMPARE(cell(sheet(wb, QStringLiteral("Matched (2)")), 0, 0).value("v").toString(),
        QStringLiteral("Group"));
    const QJsonObject p3 = sheet(wb, QStringLiteral("Matched (3)"));
    QCOMPARE(rows(p3).size(), 3);
    const QJsonObject p4 = sheet(wb, QStringLiteral("Matched (4)"));
    QVERIFY(!p4.isEmpty());
    const QJsonObject total = cell(p4, 2, 4);
    const QString f = total.value(QStringLiteral("f")).toString();
    QVERIFY2(f.contains(QLatin1String("'Matched'!")) && f.contains(QLatin1String("'Matched (3)'!")),
        qPrintable(f));
    QCOMPARE(minorOf(total.value("v")), 50000 - 20000 - 30500 + 50000 - 20000 - 30000);
}

void TestReportExport::verifyMatchesFreshExport()
{
    auto w = Workspace::open(ws());
    const QString out = m_dir.filePath(QStringLiteral("verify.xlsx"));
    QVERIFY(report::exportReport(*w, xlsxOptions(out)).ok);
    auto v = report::verifyExport(out, *w);
    QVERIFY2(v.matches(), qPrintable(v.differences.join(QLatin1Char('\n'))));
    // Another export later does not change the data: the first report still matches.
    QVERIFY(report::exportReport(*w, xlsxOptions(m_dir.filePath(QStringLiteral("again.xlsx")))).ok);
    v = report::verifyExport(out, *w);
    QVERIFY2(v.matches(), qPrintable(v.differences.join(QLatin1Char('\n'))));
}

void TestReportExport::verifyNamesEditedSheet()
{
    auto w = Workspace::open(ws());
    const QString out = m_dir.filePath(QStringLiteral("edited.xlsx"));
    QVERIFY(report::exportReport(*w, xlsxOptions(out)).ok);
    // The Matched sheet is xl/worksheets/sheet2.xml: change 500 into 5000.
    QByteArray xml = readZipEntry(out, "xl/worksheets/sheet2.xml");
    QVERIFY(xml.contains("<v>500</v>"));
    xml.replace("<v>500</v>", "<v>5000</v>");
    QVERIFY(replaceZipEntry(out, "xl/worksheets/sheet2.xml", xml));
    const auto v = report::verifyExport(out, *w);
    QVERIFY(v.readable);
    QVERIFY(!v.matches());
    QCOMPARE(v.differences.size(), 1);
    QVERIFY2(v.differences.first().startsWith(QLatin1String("sheet 'Matched' was edited")),
        qPrintable(v.differences.first()));

    // Editing the evidence (e.g. the user who exported) is caught through the audit entry.
    QVERIFY(report::exportReport(*w, xlsxOptions(out)).ok);
    xml = readZipEntry(out, "xl/worksheets/sheet7.xml");
    const QString user = Workspace::currentUser();
    QVERIFY(xml.contains(user.toUtf8()));
    xml.replace("<t>" + user.toUtf8() + "</t>", "<t>someone else</t>");
    QVERIFY(replaceZipEntry(out, "xl/worksheets/sheet7.xml", xml));
    const auto v2 = report::verifyExport(out, *w);
    QVERIFY(
        v2.differences.contains(QStringLiteral("the Evidence sheet was edited after the export")));
}

void TestReportExport::verifyNamesChangedWorkspace()
{
    const QString path = m_dir.filePath(QStringLiteral("changing.recon"));
    makeWorkspace(path);
    auto w = Workspace::open(path);
    const QString out = m_dir.filePath(QStringLiteral("changing.xlsx"));
    QVERIFY(report::exportReport(*w, xlsxOptions(out)).ok);
    {
        sql::TxGuard tx(w->db());
        w->db().exec("UPDATE transactions SET status = 2 WHERE description = 'Bank fee'");
        w->audit().append(QStringLiteral("resolve"), {}, QStringLiteral("bob"));
        tx.commit();
    }
    const auto v = report::verifyExport(out, *w);
    QVERIFY(!v.matches());
    const QString all = v.differences.join(QLatin1Char('\n'));
    QVERIFY2(all.contains(QLatin1String("audit head differs")), qPrintable(all));
    QVERIFY2(all.contains(QLatin1String("audit entry count differs")), qPrintable(all));
    QVERIFY2(all.contains(QLatin1String("sheet 'Unmatched left' no longer matches the workspace")),
        qPrintable(all));
    QVERIFY2(!all.contains(QLatin1String("was edited")), qPrintable(all));
    // Another workspace altogether.
    auto other = Workspace::open(ws());
    const auto v2 = report::verifyExport(out, *other);
    QVERIFY(v2.differences.first().startsWith(QLatin1String("workspace id differs")));
}

void TestReportExport::cancelLeavesNothing()
{
    auto w = Workspace::open(ws());
    const qint64 before = w->audit().head().count;
    QTemporaryDir dir;
    std::atomic<bool> cancel { true };
    auto o = xlsxOptions(dir.filePath(QStringLiteral("cancelled.xlsx")));
    auto r = report::exportReport(*w, o, {}, &cancel);
    QVERIFY(!r.ok);
    QVERIFY(r.cancelled);
    QVERIFY(QDir(dir.path())
                .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot)
                .isEmpty());
    QCOMPARE(w->audit().head().count, before);
    o.format = report::Format::Csv;
    o.target = dir.filePath(QStringLiteral("csvout"));
    r = report::exportReport(*w, o, {}, &cancel);
    QVERIFY(r.cancelled);
    QVERIFY(
        QDir(o.target).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty());
    QCOMPARE(w->audit().head().count, before);
}

void TestReportExport::unwritableTargetIsAClearError()
{
    auto w = Workspace::open(ws());
    const qint64 before = w->audit().head().count;
    auto r = report::exportReport(*w, xlsxOptions(QStringLiteral("/nonexistent/dir/r.xlsx")));
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(QLatin1String("does not exist")), qPrintable(r.error));
    auto ro = Workspace::open(ws(), true);
    r = report::exportReport(*ro, xlsxOptions(m_dir.filePath(QStringLiteral("ro.xlsx"))));
    QVERIFY(!r.ok);
    QVERIFY(r.error.contains(QLatin1String("read-only")));
    QTemporaryDir dir;
    QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner);
    r = report::exportReport(*w, xlsxOptions(dir.filePath(QStringLiteral("r.xlsx"))));
    QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    if (QFileInfo(dir.path()).isWritable() && r.ok)
        QSKIP("running as root: permissions are not enforced");
    QVERIFY(!r.ok);
    QVERIFY2(r.error.startsWith(QLatin1String("cannot write")), qPrintable(r.error));
    QCOMPARE(w->audit().head().count, before);
}

void TestReportExport::lockedOrFolderTargetIsAClearError_data()
{
    QTest::addColumn<QString>("existing"); // created beside the target ("" = none)
    QTest::addColumn<bool>("targetIsFolder");
    QTest::addColumn<QString>("message");
    QTest::newRow("LibreOffice lock") << QStringLiteral(".~lock.r.xlsx#") << false
                                      << QStringLiteral("open in another program (lock file "
                                                        ".~lock.r.xlsx#)");
    QTest::newRow("Excel owner file")
        << QStringLiteral("~$r.xlsx") << false << QStringLiteral("open in another program");
    QTest::newRow("target is a folder") << QString() << true << QStringLiteral("it is a folder");
}

void TestReportExport::lockedOrFolderTargetIsAClearError()
{
    QFETCH(QString, existing);
    QFETCH(bool, targetIsFolder);
    QFETCH(QString, message);
    auto w = Workspace::open(ws());
    const qint64 before = w->audit().head().count;
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("r.xlsx"));
    QFile old(target);
    if (targetIsFolder) {
        QVERIFY(QDir().mkdir(target));
    } else {
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("the report the user has open");
        old.close();
        QFile lock(dir.filePath(existing));
        QVERIFY(lock.open(QIODevice::WriteOnly));
        lock.close();
    }
    const auto r = report::exportReport(*w, xlsxOptions(target));
    QVERIFY(!r.ok);
    QVERIFY2(r.error.startsWith(QStringLiteral("cannot write ") + target), qPrintable(r.error));
    QVERIFY2(r.error.contains(message), qPrintable(r.error));
    QCOMPARE(w->audit().head().count, before);
    if (!targetIsFolder) { // the open file is untouched, no temporary is left
        QVERIFY(old.open(QIODevice::ReadOnly));
        QCOMPARE(old.readAll(), QByteArray("the report the user has open"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 2);
    }
}

void TestReportExport::sheetContinuesPastExcelsRowLimit()
{
    // The real limit (no maxRowsPerSheet override), in the hash-only sink: a header plus
    // 1,048,575 rows fill "Big"; the next row opens "Big (2)" with its own header.
    QCOMPARE(report::ExportOptions().maxRowsPerSheet, 1048576);
    report::XlsxSink sink(QString {});
    report::SheetSpec spec { QStringLiteral("Big"), QStringLiteral("big"),
        { { QStringLiteral("N"), 10 } }, true };
    sink.beginSheet(spec);
    report::Row r(1);
    for (int i = 0; i < 1048575; ++i) {
        r[0] = report::Cell::integer(i);
        sink.row(r);
    }
    QCOMPARE(sink.rowsWritten(), 1048576);
    QCOMPARE(sink.sheetNames(), QStringList());
    sink.row(r);
    sink.endSheet();
    QCOMPARE(sink.sheetNames(), QStringList({ QStringLiteral("Big"), QStringLiteral("Big (2)") }));
    QCOMPARE(sink.rowsWritten(), 1048576 + 2); // the second part's header and its one row
}

void TestReportExport::csvQuotingAndLocale()
{
    auto w = Workspace::open(ws());
    QTemporaryDir dir;
    report::ExportOptions o = xlsxOptions(dir.filePath(QStringLiteral("csv")));
    o.format = report::Format::Csv;
    auto r = report::exportReport(*w, o);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.files.size(), 7);
    QFile f(QDir(o.target).filePath(QStringLiteral("matched.csv")));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray text = f.readAll();
    QVERIFY(!text.startsWith("\xEF\xBB\xBF"));
    QVERIFY(text.startsWith("Group,Side,Date,Value date,Amount,Currency,"));
    QVERIFY2(
        text.contains(",2026-10-01,,500.00,EUR,\"Customer A, \"\"INV-1\"\"\","), text.constData());
    QVERIFY(text.contains("\r\n"));
    QVERIFY2(text.contains("Total EUR,6,,,-5.00,EUR"), text.constData()); // the bank fee
    QVERIFY(QFile::exists(QDir(o.target).filePath(QStringLiteral("evidence.csv"))));

    o.csvBom = true;
    o.csvSemicolon = true;
    r = report::exportReport(*w, o);
    QVERIFY(r.ok);
    QFile g(QDir(o.target).filePath(QStringLiteral("unmatched_left.csv")));
    QVERIFY(g.open(QIODevice::ReadOnly));
    const QByteArray semi = g.readAll();
    QVERIFY(semi.startsWith("\xEF\xBB\xBFItem;Date;"));
    QVERIFY2(semi.contains(";2026-10-03;;-10,05;EUR;Bank fee;"), semi.constData());
    const auto entries
        = QDir(o.target).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    QCOMPARE(entries.size(), 7); // no staging folder left
}

void TestReportExport::cliExportAndVerify()
{
    const QString out = m_dir.filePath(QStringLiteral("cli.xlsx"));
    QCOMPARE(runCli({ QStringLiteral("export"), ws(), QStringLiteral("--xlsx"), out,
                 QStringLiteral("--status"), QStringLiteral("open,exception") }),
        0);
    QCOMPARE(runCli({ QStringLiteral("verify-export"), out, ws() }), 0);
    QCOMPARE(runCli({ QStringLiteral("export"), ws(), QStringLiteral("--xlsx"),
                 QStringLiteral("/nonexistent/x.xlsx") }),
        1);
    QCOMPARE(runCli({ QStringLiteral("export"), ws(), QStringLiteral("--status"),
                 QStringLiteral("bogus"), QStringLiteral("--xlsx"), out }),
        1);
    QCOMPARE(runCli({ QStringLiteral("export"), ws() }), 1);
    QByteArray xml = readZipEntry(out, "xl/worksheets/sheet3.xml");
    xml.replace("Bank fee", "Bank fees");
    QVERIFY(replaceZipEntry(out, "xl/worksheets/sheet3.xml", xml));
    QCOMPARE(runCli({ QStringLiteral("verify-export"), out, ws() }), 1);
}

QTEST_GUILESS_MAIN(TestReportExport)
#include "tst_report_export.moc"
