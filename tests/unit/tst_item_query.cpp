// ItemQuery: SQL filters and sorts give exactly what the same rules computed in memory give,
// page by page; wildcards in the text are literal; refresh by ids; the browse indices are used.
// With the in-memory text index (TextIndex) every filter gives the same rows as without it.
#include "core/store/import_service.h"
#include "core/store/item_query.h"
#include "core/store/text_index.h"
#include "core/store/workspace.h"

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <functional>

using namespace recon;

namespace {

const QDate kAsOf(2026, 11, 30);

QList<Transaction> makeRows(int n)
{
    QList<Transaction> rows;
    const Currency eur = *Currency::fromCode(u"EUR");
    for (int i = 0; i < n; ++i) {
        Transaction t;
        t.id = newUuidV7();
        if (i % 11 == 3)
            t.valueDate = QDate(2026, 9, 1).addDays((i * 7) % 90); // no booking date
        else
            t.bookingDate = QDate(2026, 9, 1).addDays((i * 13) % 90);
        t.amount = Money((i % 3 ? -1 : 1) * qint64((i * 7919) % 50000 + 1), eur);
        t.description = QStringLiteral("%1 payment %2")
                            .arg(i % 7 == 0 ? QStringLiteral("ACME") : QStringLiteral("acme-ish"))
                            .arg(i);
        if (i == 5)
            t.description = QStringLiteral("discount 100% off_now");
        t.reference = QStringLiteral("INV-%1").arg(i % 40, 3, 10, QLatin1Char('0'));
        t.counterparty = i % 4 ? QStringLiteral("Beta GmbH") : QStringLiteral("alpha AG");
        t.externalId = QStringLiteral("X%1").arg(i);
        t.sourceLine = i + 1;
        rows.append(t);
    }
    return rows;
}

using Pred = std::function<bool(const Transaction &)>;
using Less = std::function<bool(const Transaction &, const Transaction &)>;

} // namespace

class TestItemQuery : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void filters_data();
    void filters();
    void sorts_data();
    void sorts();
    void pagesAreStable();
    void byIdsSeesNewStatus();
    void usesBrowseIndices();
    void textIndexFolding();
    void textIndexStaysWithinAField();
    void textIndexSeesRowsAddedLater();
    void textIndexManyHits();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    std::shared_ptr<const TextIndex> m_index;
    QList<Transaction> m_rows; // in row-id order
};

void TestItemQuery::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_ws = Workspace::create(m_dir.filePath(QStringLiteral("q.recon")));
    sql::TxGuard tx(m_ws->db());
    Import imp;
    imp.id = QUuid::createUuid();
    imp.fileName = QStringLiteral("t.csv");
    imp.sha256 = QStringLiteral("t");
    imp.format = QStringLiteral("csv");
    imp.importedAt = QDateTime::currentDateTimeUtc();
    imp.user = QStringLiteral("test");
    recordImport(*m_ws, imp);
    Statement st;
    st.currency = QStringLiteral("EUR");
    st.transactions = makeRows(400);
    QCOMPARE(bulkInsert(*m_ws, imp.id, Side::Left, { st }).inserted, 400);
    // Statuses vary: set them in SQL (resolution is not what is tested here).
    m_ws->db().exec("UPDATE transactions SET status = (id * 7) % 5");
    tx.commit();
    m_rows = m_ws->transactions(Side::Left);
    QCOMPARE(m_rows.size(), 400);
    m_index = TextIndex::load(m_ws->db());
    QVERIFY(m_index);
    QCOMPARE(m_index->rowCount(Side::Left), 400);
    QCOMPARE(m_index->rowCount(Side::Right), 0);
}

void TestItemQuery::filters_data()
{
    QTest::addColumn<ItemFilter>("filter");
    QTest::addColumn<Pred>("pred");
    auto f = [] {
        ItemFilter x;
        x.asOf = kAsOf;
        return x;
    };
    QTest::newRow("all") << f() << Pred([](const Transaction &) { return true; });
    {
        ItemFilter x = f();
        x.statuses = ItemFilter::maskOf({ Status::Open, Status::Exception });
        QTest::newRow("open+exception") << x << Pred([](const Transaction &t) {
            return t.status == Status::Open || t.status == Status::Exception;
        });
    }
    {
        ItemFilter x = f();
        x.statuses = 0;
        QTest::newRow("no status") << x << Pred([](const Transaction &) { return false; });
    }
    {
        ItemFilter x = f();
        x.text = QStringLiteral("  acme ");
        QTest::newRow("text any case") << x << Pred([](const Transaction &t) {
            return t.description.contains(QStringLiteral("acme"), Qt::CaseInsensitive);
        });
    }
    {
        ItemFilter x = f();
        x.text = QStringLiteral("alpha");
        QTest::newRow("text counterparty") << x << Pred([](const Transaction &t) {
            return t.counterparty.startsWith(QStringLiteral("alpha"));
        });
    }
    {
        ItemFilter x = f();
        x.text = QStringLiteral("INV-01");
        QTest::newRow("text reference") << x << Pred([](const Transaction &t) {
            return t.reference.startsWith(QStringLiteral("INV-01"));
        });
    }
    {
        ItemFilter x = f();
        x.text = QStringLiteral("0%");
        QTest::newRow("percent is literal") << x << Pred([](const Transaction &t) {
            return t.description.contains(QStringLiteral("0%"));
        });
    }
    {
        ItemFilter x = f();
        x.text = QStringLiteral("o_f"); // "off" would match a wildcard
        QTest::newRow("underscore is literal")
            << x << Pred([](const Transaction &) { return false; });
    }
    {
        // Row 3: 3*7919 % 50000 + 1 = 23758 minor = 237.58, positive.
        ItemFilter x = f();
        x.text = QStringLiteral("237.58");
        QTest::newRow("text amount")
            << x << Pred([](const Transaction &t) { return qAbs(t.amount.minor()) == 23758; });
    }
    {
        ItemFilter x = f();
        x.minAbsMinor = 10000;
        x.maxAbsMinor = 20000;
        QTest::newRow("amount range") << x << Pred([](const Transaction &t) {
            return qAbs(t.amount.minor()) >= 10000 && qAbs(t.amount.minor()) <= 20000;
        });
    }
    {
        ItemFilter x = f();
        x.from = QDate(2026, 10, 1);
        x.to = QDate(2026, 10, 15);
        QTest::newRow("date range (value date when no booking)")
            << x << Pred([](const Transaction &t) {
                   return t.effectiveDate() >= QDate(2026, 10, 1)
                       && t.effectiveDate() <= QDate(2026, 10, 15);
               });
    }
    {
        ItemFilter x = f();
        x.minAgeDays = 60;
        x.maxAgeDays = 75;
        QTest::newRow("age 60..75 days") << x << Pred([](const Transaction &t) {
            const qint64 age = t.effectiveDate().daysTo(kAsOf);
            return age >= 60 && age <= 75;
        });
    }
    {
        ItemFilter x = f();
        x.statuses = ItemFilter::maskOf({ Status::Open });
        x.text = QStringLiteral("beta");
        x.minAbsMinor = 5000;
        x.to = QDate(2026, 10, 31);
        QTest::newRow("combined") << x << Pred([](const Transaction &t) {
            return t.status == Status::Open && t.counterparty.startsWith(QStringLiteral("Beta"))
                && qAbs(t.amount.minor()) >= 5000 && t.effectiveDate() <= QDate(2026, 10, 31);
        });
    }
}

void TestItemQuery::filters()
{
    QFETCH(ItemFilter, filter);
    QFETCH(Pred, pred);
    QList<QUuid> expected;
    for (const Transaction &t : m_rows) {
        if (pred(t))
            expected.append(t.id);
    }
    for (const bool indexed : { false, true }) {
        ItemQuery q(m_ws->db(), filter, {}, indexed ? m_index : nullptr);
        QList<QUuid> got;
        for (const ItemRow &r : q.page(0, 1000))
            got.append(r.tx.id);
        QCOMPARE(got, expected);
        QCOMPARE(q.count(), qint64(expected.size()));
        QCOMPARE(q.count(3), qint64(std::min<qsizetype>(3, expected.size())));
        QCOMPARE(q.sideTotal(), 400);
        if (indexed && !filter.text.trimmed().isEmpty())
            QVERIFY2(
                !q.whereClause().contains(QStringLiteral("LIKE")), qPrintable(q.whereClause()));
    }
}

void TestItemQuery::sorts_data()
{
    QTest::addColumn<ItemSort>("sort");
    QTest::addColumn<Less>("less");
    QTest::newRow("date") << ItemSort { ItemSortKey::Date, false }
                          << Less([](const Transaction &a, const Transaction &b) {
                                 return a.effectiveDate() < b.effectiveDate();
                             });
    QTest::newRow("amount") << ItemSort { ItemSortKey::Amount, false }
                            << Less([](const Transaction &a, const Transaction &b) {
                                   return a.amount.minor() < b.amount.minor();
                               });
    QTest::newRow("counterparty (any case)") << ItemSort { ItemSortKey::Counterparty,
        false } << Less([](const Transaction &a, const Transaction &b) {
        return a.counterparty.compare(b.counterparty, Qt::CaseInsensitive) < 0;
    });
    QTest::newRow("status") << ItemSort {
        ItemSortKey::Status, false
    } << Less([](const Transaction &a, const Transaction &b) { return a.status < b.status; });
}

void TestItemQuery::sorts()
{
    QFETCH(ItemSort, sort);
    QFETCH(Less, less);
    for (bool descending : { false, true }) {
        QList<Transaction> expected = m_rows; // row-id order
        if (descending)
            std::reverse(expected.begin(), expected.end());
        std::stable_sort(
            expected.begin(), expected.end(), [&](const Transaction &a, const Transaction &b) {
                return descending ? less(b, a) : less(a, b);
            });
        ItemSort s = sort;
        s.descending = descending;
        ItemQuery q(m_ws->db(), ItemFilter {}, s);
        const QList<ItemRow> got = q.page(0, 1000);
        QCOMPARE(got.size(), expected.size());
        for (int i = 0; i < got.size(); ++i) {
            if (got.at(i).tx.id != expected.at(i).id)
                QFAIL(qPrintable(
                    QStringLiteral("row %1 differs (descending %2)").arg(i).arg(descending)));
        }
    }
}

void TestItemQuery::pagesAreStable()
{
    ItemQuery q(m_ws->db(), ItemFilter {}, ItemSort { ItemSortKey::Date, false });
    const QList<ItemRow> whole = q.page(0, 1000);
    QList<ItemRow> paged;
    for (qint64 off = 0;; off += 37) {
        const QList<ItemRow> p = q.page(off, 37);
        paged += p;
        if (p.size() < 37)
            break;
    }
    QCOMPARE(paged.size(), whole.size());
    for (int i = 0; i < whole.size(); ++i)
        QCOMPARE(paged.at(i).row, whole.at(i).row);
    QVERIFY(q.page(5000, 10).isEmpty());
    QVERIFY(q.page(0, 0).isEmpty());
}

void TestItemQuery::byIdsSeesNewStatus()
{
    const QUuid a = m_rows.at(10).id, b = m_rows.at(20).id;
    ItemFilter f;
    f.statuses = ItemFilter::maskOf({ Status::Open });
    ItemQuery q(m_ws->db(), f);
    m_ws->db().exec("UPDATE transactions SET status = 4 WHERE id = 11");
    const QList<ItemRow> got = q.byIds({ a, b, QUuid::createUuid() });
    QCOMPARE(got.size(), 2); // any status; the unknown id is left out
    QCOMPARE(got.at(0).tx.id, a);
    QCOMPARE(got.at(0).tx.status, Status::Resolved);
    QCOMPARE(got.at(1).tx.id, b);
    m_ws->db().exec(QByteArray("UPDATE transactions SET status = ")
                        .append(QByteArray::number(int(m_rows.at(10).status)))
                        .append(" WHERE id = 11")
                        .constData());
    ItemFilter right;
    right.side = Side::Right;
    QVERIFY(ItemQuery(m_ws->db(), right).byIds({ a }).isEmpty());
}

void TestItemQuery::usesBrowseIndices()
{
    auto plan = [&](const ItemQuery &q) {
        const QByteArray sqlText = QStringLiteral(
            "EXPLAIN QUERY PLAN SELECT id FROM transactions WHERE %1 ORDER BY %2 LIMIT 10")
                                       .arg(q.whereClause(), q.orderClause())
                                       .toUtf8();
        auto s = m_ws->db().prepare(sqlText.constData());
        for (int i = 1; i <= 16; ++i)
            s.bind(i, qint64(0));
        QString out;
        while (s.step())
            out += s.textAt(3) + QLatin1Char('\n');
        return out;
    };
    for (bool desc : { false, true }) {
        const QString date = plan(ItemQuery(m_ws->db(), {}, { ItemSortKey::Date, desc }));
        QVERIFY2(date.contains(QStringLiteral("ix_tx_side_effdate")), qPrintable(date));
        QVERIFY2(!date.contains(QStringLiteral("TEMP B-TREE")), qPrintable(date));
        const QString amount = plan(ItemQuery(m_ws->db(), {}, { ItemSortKey::Amount, desc }));
        QVERIFY2(amount.contains(QStringLiteral("ix_tx_side_amount")), qPrintable(amount));
        QVERIFY2(!amount.contains(QStringLiteral("TEMP B-TREE")), qPrintable(amount));
    }
}

namespace {

// One import of `rows` into `side`, in its own transaction.
void importRows(Workspace &ws, const QList<Transaction> &rows, Side side)
{
    sql::TxGuard tx(ws.db());
    Import imp;
    imp.id = QUuid::createUuid();
    imp.fileName = QStringLiteral("t.csv");
    imp.sha256 = imp.id.toString();
    imp.format = QStringLiteral("csv");
    imp.importedAt = QDateTime::currentDateTimeUtc();
    imp.user = QStringLiteral("test");
    recordImport(ws, imp);
    Statement st;
    st.currency = QStringLiteral("EUR");
    st.transactions = rows;
    bulkInsert(ws, imp.id, side, { st });
    tx.commit();
}

// A workspace of its own with `rows` for the text index tests.
std::unique_ptr<Workspace> smallWorkspace(
    const QString &path, const QList<Transaction> &rows, Side side = Side::Left)
{
    auto ws = Workspace::create(path);
    importRows(*ws, rows, side);
    return ws;
}

Transaction textRow(const QString &description, const QString &reference = {})
{
    Transaction t;
    t.id = newUuidV7();
    t.bookingDate = QDate(2026, 10, 1);
    t.amount = Money(-100, *Currency::fromCode(u"EUR"));
    t.description = description;
    t.reference = reference;
    return t;
}

QList<QString> descriptions(const QList<ItemRow> &rows)
{
    QList<QString> out;
    for (const ItemRow &r : rows)
        out.append(r.tx.description);
    return out;
}

} // namespace

void TestItemQuery::textIndexFolding()
{
    QCOMPARE(TextIndex::fold(QStringLiteral("ÄBC Müller GmbH")), std::string("äbc müller gmbh"));
    QCOMPARE(TextIndex::fold(QStringLiteral("a\tb\x1f")), std::string("ab"));
    auto ws = smallWorkspace(m_dir.filePath(QStringLiteral("fold.recon")),
        { textRow(QStringLiteral("Zahlung Müller GmbH")), textRow(QStringLiteral("MUELLER")),
            textRow(QStringLiteral("müller-lüdenscheidt")) });
    const auto index = TextIndex::load(ws->db());
    ItemFilter f;
    f.text = QStringLiteral("MÜLLER");
    // LIKE folds ASCII letters only; the index also folds Ü.
    QCOMPARE(descriptions(ItemQuery(ws->db(), f, {}, index).page(0, 10)),
        QList<QString>(
            { QStringLiteral("Zahlung Müller GmbH"), QStringLiteral("müller-lüdenscheidt") }));
    f.text = QStringLiteral("gmbh");
    QCOMPARE(ItemQuery(ws->db(), f, {}, index).page(0, 10).size(), 1);
    QCOMPARE(index->find(Side::Left, QStringLiteral("muel"))->ids(), std::vector<qint64>({ 2 }));
    QVERIFY(index->find(Side::Left, QString())->ids().empty());
}

void TestItemQuery::textIndexStaysWithinAField()
{
    auto ws = smallWorkspace(m_dir.filePath(QStringLiteral("fields.recon")),
        { textRow(QStringLiteral("abc"), QStringLiteral("def")), textRow(QStringLiteral("xcdx")) });
    const auto index = TextIndex::load(ws->db());
    for (const QString &needle : { QStringLiteral("cde"), QStringLiteral("cd"),
             QStringLiteral("c\x1fd"), QStringLiteral("def") }) {
        ItemFilter f;
        f.text = needle;
        QCOMPARE(descriptions(ItemQuery(ws->db(), f, {}, index).page(0, 10)),
            descriptions(ItemQuery(ws->db(), f).page(0, 10)));
    }
    QCOMPARE(index->find(Side::Left, QStringLiteral("cde"))->size(), 0);
    QCOMPARE(index->find(Side::Left, QStringLiteral("cd"))->ids(), std::vector<qint64>({ 2 }));
}

void TestItemQuery::textIndexSeesRowsAddedLater()
{
    const QString path = m_dir.filePath(QStringLiteral("later.recon"));
    auto ws = smallWorkspace(path, { textRow(QStringLiteral("rent october")) });
    const auto index = TextIndex::load(ws->db());
    ws.reset();
    ws = Workspace::open(path);
    importRows(*ws, { textRow(QStringLiteral("rent november")) }, Side::Left);
    ItemFilter f;
    f.text = QStringLiteral("RENT");
    const ItemQuery q(ws->db(), f, {}, index);
    QVERIFY2(q.whereClause().contains(QStringLiteral("id > ?")), qPrintable(q.whereClause()));
    QCOMPARE(descriptions(ItemQuery(ws->db(), f, {}, index).page(0, 10)),
        QList<QString>({ QStringLiteral("rent october"), QStringLiteral("rent november") }));
}

void TestItemQuery::textIndexManyHits()
{
    // More hits than are written into the SQL: the query tests each row with recon_text_hit().
    QList<Transaction> rows;
    for (int i = 0; i < 2 * ItemQuery::kMaxInlineHits; ++i)
        rows.append(textRow(QStringLiteral("%1 %2").arg(i % 3 ? u"Common" : u"rare").arg(i)));
    auto ws = smallWorkspace(m_dir.filePath(QStringLiteral("many.recon")), rows, Side::Right);
    const auto index = TextIndex::load(ws->db());
    QCOMPARE(index->rowCount(Side::Right), rows.size());
    ItemFilter f;
    f.side = Side::Right;
    f.text = QStringLiteral("commo");
    const ItemSort byAmountDesc { ItemSortKey::Description, true };
    ItemQuery indexed(ws->db(), f, byAmountDesc, index);
    QVERIFY2(indexed.whereClause().contains(QStringLiteral("recon_text_hit")),
        qPrintable(indexed.whereClause()));
    ItemQuery plain(ws->db(), f, byAmountDesc);
    QVERIFY(indexed.count() > ItemQuery::kMaxInlineHits);
    QCOMPARE(indexed.count(), plain.count());
    for (qint64 off : { 0, 700, 4000 })
        QCOMPARE(descriptions(indexed.page(off, 300)), descriptions(plain.page(off, 300)));
    // The other side holds none of them.
    f.side = Side::Left;
    QCOMPARE(ItemQuery(ws->db(), f, {}, index).count(), 0);
}

QTEST_GUILESS_MAIN(TestItemQuery)
#include "tst_item_query.moc"
