// TransactionTableModel and its filter proxy under QAbstractItemModelTester: paging
// (fetchMore), sorting by exact values, filtering by text and status.
#include "ui/models/transaction_filter_proxy.h"
#include "ui/models/transaction_table_model.h"

#include <QAbstractItemModelTester>
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

QTEST_MAIN(TestTransactionModel)
#include "tst_transaction_model.moc"
