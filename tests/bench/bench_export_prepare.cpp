// Prepares the export benchmark's workspace: N bank and N ledger items (2N transactions), the
// first half of each side matched 1:1 in confirmed groups, the rest open.
//   bench_export_prepare WS [N=500000]
#include "core/store/import_service.h"
#include "core/store/workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

using namespace recon;

namespace {
Statement makeSide(int n, Side side)
{
    Statement st;
    st.account = QStringLiteral("DE89370400440532013000");
    st.currency = QStringLiteral("EUR");
    const Currency eur = *Currency::fromCode(u"EUR");
    for (int i = 0; i < n; ++i) {
        Transaction t;
        t.bookingDate = QDate(2026, 1, 1).addDays(i % 360);
        t.amount = Money(qint64(1000 + (i * 7919LL) % 500000), eur);
        t.reference = QStringLiteral("INV-2026-%1").arg(i, 7, 10, QLatin1Char('0'));
        t.description = (side == Side::Left ? QStringLiteral("SVWZ+") : QStringLiteral("Invoice "))
            + t.reference + QStringLiteral(" payment for services rendered");
        t.counterparty = QStringLiteral("Customer %1 GmbH").arg(i % 40000);
        t.externalId = QStringLiteral("%1-%2").arg(side == Side::Left ? 'B' : 'L').arg(i);
        t.account = st.account;
        st.transactions.append(std::move(t));
    }
    return st;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_export_prepare WS [N]\n");
        return 1;
    }
    const int n = argc > 2 ? std::atoi(argv[2]) : 500000;
    QElapsedTimer t;
    t.start();
    auto ws = Workspace::create(QString::fromLocal8Bit(argv[1]));
    sql::TxGuard tx(ws->db());
    for (Side side : { Side::Left, Side::Right }) {
        Import imp;
        imp.id = QUuid::createUuid();
        imp.fileName
            = side == Side::Left ? QStringLiteral("bank.csv") : QStringLiteral("ledger.csv");
        imp.sha256 = imp.id.toString(QUuid::Id128);
        imp.format = QStringLiteral("csv");
        imp.side = side;
        imp.importedAt = QDateTime::currentDateTimeUtc();
        imp.user = QStringLiteral("bench");
        recordImport(*ws, imp);
        bulkInsert(*ws, imp.id, side, { makeSide(n, side) });
    }
    // Pair left i with right i for the first half: one confirmed 1:1 group each.
    auto g
        = ws->db().prepare("INSERT INTO match_groups(id, rule, score, status, currency, "
                           "created_at, created_by, confirmed_at, confirmed_by) VALUES "
                           "(?, 'reference_exact_amount', 1.0, 2, 'EUR', ?, 'bench', ?, 'bench')");
    auto m = ws->db().prepare("INSERT INTO match_members(group_id, tx_id) VALUES (?, ?)");
    const QString now = Workspace::nowUtc();
    for (int i = 1; i <= n / 2; ++i) {
        const QByteArray gid = uuidBytes(newUuidV7());
        g.bindBlob(1, gid).bind(2, now).bind(3, now);
        g.run();
        m.bindBlob(1, gid).bind(2, qint64(i));
        m.run();
        m.bindBlob(1, gid).bind(2, qint64(n + i));
        m.run();
    }
    ws->db().exec(
        QStringLiteral("UPDATE transactions SET status = 2 WHERE id IN (SELECT tx_id FROM "
                       "match_members)"));
    tx.commit();
    ws->db().exec("PRAGMA wal_checkpoint(TRUNCATE)");
    std::printf("prepared %d transactions (%d groups) in %lld ms\n", 2 * n, n / 2,
        static_cast<long long>(t.elapsed()));
    return 0;
}
