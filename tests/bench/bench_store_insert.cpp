// Bulk insert into a workspace: the sqlite3 C API path (core/store/import_service.cpp) against
// the same schema filled through QtSql prepared statements, the alternative we measured.
// Usage: bench_store_insert [rows=1000000] [runs=3]; prints each run and the median rows/s.
#include "core/store/import_service.h"
#include "core/store/workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace recon;

namespace {

QList<Statement> makeData(int n)
{
    Statement st;
    st.account = QStringLiteral("DE89370400440532013000");
    st.currency = QStringLiteral("EUR");
    st.transactions.reserve(n);
    const Currency eur = *Currency::fromCode(u"EUR");
    for (int i = 0; i < n; ++i) {
        Transaction t;
        t.bookingDate = QDate(2026, 1, 1).addDays(i % 365);
        t.valueDate = t.bookingDate.addDays(1);
        t.amount = Money((i % 3 ? -1 : 1) * qint64((i * 7919) % 1000000 + 1), eur);
        t.externalId = QStringLiteral("GL-%1").arg(i, 8, 10, QLatin1Char('0'));
        t.description = QStringLiteral("Invoice INV-2026-%1 payment customer %2")
                            .arg(i % 999999, 6, 10, QLatin1Char('0'))
                            .arg(i % 5000);
        t.reference = QStringLiteral("INV-2026-%1").arg(i % 999999, 6, 10, QLatin1Char('0'));
        t.counterparty = QStringLiteral("Customer %1 GmbH").arg(i % 5000);
        t.account = st.account;
        t.sourceLine = i + 2;
        st.transactions.append(std::move(t));
    }
    return { st };
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

double runSqliteApi(const QString &path, const QList<Statement> &data, qint64 *rows)
{
    auto ws = Workspace::create(path);
    QElapsedTimer timer;
    timer.start();
    sql::TxGuard tx(ws->db());
    Import imp;
    imp.id = QUuid::createUuid();
    imp.fileName = QStringLiteral("bench.csv");
    imp.sha256 = QStringLiteral("bench");
    imp.format = QStringLiteral("csv");
    imp.importedAt = QDateTime::currentDateTimeUtc();
    imp.user = QStringLiteral("bench");
    recordImport(*ws, imp);
    const auto r = bulkInsert(*ws, imp.id, Side::Right, data);
    tx.commit();
    *rows = r.inserted;
    return timer.nsecsElapsed() / 1e9;
}

double runQtSql(const QString &path, const QList<Statement> &data, qint64 *rows)
{
    Workspace::create(path); // same schema, then fill it through QtSql
    double secs = 0;
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bench"));
        db.setDatabaseName(path);
        if (!db.open()) {
            std::fprintf(stderr, "QtSql open failed\n");
            return 0;
        }
        QSqlQuery pragma(db);
        pragma.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
        pragma.exec(QStringLiteral("PRAGMA cache_size = -65536"));
        QElapsedTimer timer;
        timer.start();
        db.transaction();
        QSqlQuery q(db);
        q.prepare(QStringLiteral(
            "INSERT INTO transactions(uuid, side, external_id, booking_date, value_date, "
            "amount_minor, "
            "currency, description, reference, counterparty, account, source_line, fingerprint) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)"));
        qint64 n = 0;
        for (const Statement &st : data) {
            for (const Transaction &t : st.transactions) {
                q.addBindValue(uuidBytes(newUuidV7()));
                q.addBindValue(1);
                q.addBindValue(t.externalId);
                q.addBindValue(t.bookingDate.toJulianDay());
                q.addBindValue(t.valueDate.toJulianDay());
                q.addBindValue(t.amount.minor());
                q.addBindValue(t.amount.currencyCode());
                q.addBindValue(t.description);
                q.addBindValue(t.reference);
                q.addBindValue(t.counterparty);
                q.addBindValue(t.account);
                q.addBindValue(t.sourceLine);
                q.addBindValue(n);
                if (!q.exec()) {
                    std::fprintf(
                        stderr, "QtSql insert failed: %s\n", qPrintable(q.lastError().text()));
                    return 0;
                }
                ++n;
            }
        }
        db.commit();
        secs = timer.nsecsElapsed() / 1e9;
        *rows = n;
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench"));
    return secs;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int n = argc > 1 ? std::atoi(argv[1]) : 1000000;
    const int runs = argc > 2 ? std::atoi(argv[2]) : 3;
    const QList<Statement> data = makeData(n);
    QTemporaryDir dir;
    for (const char *which : { "sqlite3-api", "qtsql" }) {
        std::vector<double> rates;
        for (int r = 0; r < runs; ++r) {
            const QString path
                = dir.filePath(QStringLiteral("%1-%2.recon").arg(QLatin1String(which)).arg(r));
            qint64 rows = 0;
            const double s = std::string(which) == "qtsql" ? runQtSql(path, data, &rows)
                                                           : runSqliteApi(path, data, &rows);
            rates.push_back(rows / s);
            std::printf("%-12s run %d: %lld rows in %.3f s = %.0f rows/s\n", which, r + 1,
                static_cast<long long>(rows), s, rows / s);
            std::fflush(stdout);
        }
        std::printf("%-12s median: %.0f rows/s\n", which, median(rates));
    }
    return 0;
}
