// TransactionTableModel and its filter proxy under QAbstractItemModelTester: paging
// (fetchMore), sorting by exact values, filtering by text and status.
#include "ui/models/transaction_filter_proxy.h"
#include "ui/models/transaction_table_model.h"

#include "core/store/import_service.h"
#include "core/store/workspace.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace recon;

namespace {
QList<Transaction> makeRows(int n)
{
    QList<Transaction> rows;
    for (int i = 0; i < n; ++i) {
        Transaction t;
        t.id = QUuid::createUuid();
        t.bookingDate = QDate(2026, 10, 1).addDays(i % 30);
        t.amount = Money::fromMinor((i % 2 ? -1 : 1) * qint64(i) * 137, u"EUR");
        t.description = QStringLiteral("Item %1 %2")
                            .arg(i)
                            .arg(i % 7 == 0 ? QStringLiteral("ACME") : QStringLiteral("other"));
        t.status = i % 5 == 0 ? Status::Confirmed : Status::Open;
        rows.append(t);
    }
    return rows;
}
} // namespace

class TestTransactionModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void modelUnderTester();
    void pagingFetchesLazily();
    void proxySortsAndFilters();
    void sqlBackedUnderTester();
};

void TestTransactionModel::modelUnderTester()
{
    TransactionTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTransactions(makeRows(50));
    QCOMPARE(model.rowCount(), 50);
    QCOMPARE(model.columnCount(), int(TransactionTableModel::ColumnCount));
    QCOMPARE(model
                 .data(model.index(3, TransactionTableModel::Amount),
                     TransactionTableModel::AmountMinorRole)
                 .toLongLong(),
        -411);
    QCOMPARE(model.headerData(TransactionTableModel::Amount, Qt::Horizontal).toString(),
        QStringLiteral("Amount"));
    model.setTransactions({});
    QCOMPARE(model.rowCount(), 0);
}

void TestTransactionModel::pagingFetchesLazily()
{
    // No tester attached here: it fetches everything while checking, which is what we test.
    TransactionTableModel model;
    const int n = TransactionTableModel::kPageSize * 2 + 17;
    model.setTransactions(makeRows(n));
    QCOMPARE(model.rowCount(), TransactionTableModel::kPageSize);
    QCOMPARE(model.totalCount(), n);
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    model.fetchMore({});
    QCOMPARE(model.rowCount(), n);
    QVERIFY(!model.canFetchMore({}));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestTransactionModel::proxySortsAndFilters()
{
    TransactionTableModel model;
    TransactionFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTransactions(makeRows(100));
    proxy.sort(TransactionTableModel::Amount, Qt::AscendingOrder);
    qint64 prev = std::numeric_limits<qint64>::min();
    for (int r = 0; r < proxy.rowCount(); ++r) {
        const qint64 v
            = proxy.index(r, 0).data(TransactionTableModel::AmountMinorRole).toLongLong();
        QVERIFY(v >= prev);
        prev = v;
    }
    proxy.setText(QStringLiteral("acme"));
    QCOMPARE(proxy.rowCount(), 15); // i % 7 == 0 for i < 100
    proxy.setStatus(Status::Confirmed);
    QCOMPARE(proxy.rowCount(), 3); // multiples of 35: 0, 35, 70
    proxy.setText(QString());
    QCOMPARE(proxy.rowCount(), 20);
    proxy.setStatus(std::nullopt);
    QCOMPARE(proxy.rowCount(), 100);
}

void TestTransactionModel::sqlBackedUnderTester()
{
    QTemporaryDir dir;
    auto ws = Workspace::create(dir.filePath(QStringLiteral("m.recon")));
    {
        sql::TxGuard tx(ws->db());
        Import imp;
        imp.id = QUuid::createUuid();
        imp.fileName = QStringLiteral("m.csv");
        imp.sha256 = QStringLiteral("m");
        imp.format = QStringLiteral("csv");
        imp.importedAt = QDateTime::currentDateTimeUtc();
        imp.user = QStringLiteral("test");
        recordImport(*ws, imp);
        Statement st;
        st.currency = QStringLiteral("EUR");
        st.transactions = makeRows(TransactionTableModel::kSqlPageSize * 2 + 10);
        bulkInsert(*ws, imp.id, Side::Left, { st });
        tx.commit();
    }
    const int n = TransactionTableModel::kSqlPageSize * 2 + 10;
    TransactionTableModel model;
    TransactionFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setWorkspace(ws.get(), Side::Left);
    QCOMPARE(model.rowCount(), TransactionTableModel::kSqlPageSize); // one page read
    QCOMPARE(model.totalCount(), n);
    QVERIFY(model.canFetchMore({}));
    while (model.canFetchMore({})) { // pages come on the next event-loop turn
        model.fetchMore({});
        QCoreApplication::processEvents();
    }
    QCOMPARE(model.rowCount(), n);

    // Sort goes down to the query; the proxy keeps source order.
    proxy.sort(TransactionTableModel::Amount, Qt::DescendingOrder);
    QCOMPARE(proxy.sortColumn(), -1);
    QCOMPARE(model.rowCount(), TransactionTableModel::kSqlPageSize);
    qint64 prev = std::numeric_limits<qint64>::max();
    for (int r = 0; r < proxy.rowCount(); ++r) {
        const qint64 v
            = proxy.index(r, 0).data(TransactionTableModel::AmountMinorRole).toLongLong();
        QVERIFY(v <= prev);
        prev = v;
    }
    // Text goes down too: i % 7 == 0 among 1010 rows = 145.
    proxy.setText(QStringLiteral("acme"));
    QCOMPARE(model.filter().text, QStringLiteral("acme"));
    QCOMPARE(proxy.rowCount(), 145);
    proxy.setStatus(Status::Open); // all rows are open after the import

    // A changed status shows after refreshItems, as a data change of that row only.
    const QUuid id = proxy.index(0, 0).data(TransactionTableModel::TransactionIdRole).toUuid();
    auto q = ws->db().prepare("UPDATE transactions SET status = 2 WHERE uuid = ?");
    q.bindBlob(1, uuidBytes(id));
    q.run();
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.refreshItems({ id });
    QCOMPARE(changed.size(), 1);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(model.transactionById(id)->status, Status::Confirmed);
    QCOMPARE(proxy.rowCount(), 144); // the status filter hides it at once
}

QTEST_MAIN(TestTransactionModel)
#include "tst_transaction_model.moc"
