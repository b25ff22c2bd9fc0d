#include "core/report/report_summary.h"

#include "core/money.h"

#include <QHash>
#include <QMap>

namespace recon::report {

namespace {

qint64 add(qint64 a, qint64 b)
{
    qint64 r = 0;
    if (__builtin_add_overflow(a, b, &r))
        throw MoneyError("amount overflow in the reconciliation statement");
    return r;
}

using AccountKey = std::pair<QByteArray, QByteArray>; // account, currency

// Balance of one side per currency: per (account, currency) the latest closing balance, else the
// earliest opening balance plus the entries (`entries`: the side's sums), else the entries alone.
QMap<QByteArray, qint64> sideBalance(Workspace &ws, Side side,
    const QMap<AccountKey, qint64> &entries, QMap<QByteArray, bool> *fromStmt)
{
    struct Acc {
        bool hasClosing = false;
        qint64 closing = 0;
        bool hasOpening = false;
        qint64 opening = 0;
        qint64 entries = 0;
    };
    QMap<AccountKey, Acc> accounts;
    auto st = ws.db().prepare(
        "SELECT s.account, s.currency, s.opening_minor, s.closing_minor FROM statements s JOIN "
        "imports i ON i.id = s.import_id WHERE i.side = ? AND s.currency <> '' "
        "ORDER BY COALESCE(s.period_to, s.period_from, 0), s.id");
    st.bind(1, static_cast<int>(side));
    while (st.step()) {
        Acc &a = accounts[{ st.textAt(0).toUtf8(), st.textAt(1).toUtf8() }];
        if (!st.isNull(3)) {
            a.hasClosing = true; // later statements overwrite: the latest wins
            a.closing = st.intAt(3);
        }
        if (!st.isNull(2) && !a.hasOpening) {
            a.hasOpening = true;
            a.opening = st.intAt(2);
        }
    }
    for (auto it = entries.cbegin(); it != entries.cend(); ++it)
        accounts[it.key()].entries = it.value();
    QMap<QByteArray, qint64> out;
    for (auto it = accounts.cbegin(); it != accounts.cend(); ++it) {
        const Acc &a = it.value();
        qint64 v = a.hasClosing ? a.closing : add(a.hasOpening ? a.opening : 0, a.entries);
        out[it.key().second] = add(out.value(it.key().second), v);
        if (fromStmt && (a.hasClosing || a.hasOpening))
            (*fromStmt)[it.key().second] = true;
    }
    return out;
}

} // namespace

QList<CurrencyStatement::Line> CurrencyStatement::lines() const
{
    return {
        { QStringLiteral("Balance per bank statement (closing)"), bankBalance },
        { QStringLiteral("+ Deposits in transit (in ledger, not in bank)"), depositsInTransit },
        { QStringLiteral("+ Outstanding payments (in ledger, not in bank)"), paymentsInTransit },
        { QStringLiteral("- Bank items not yet booked in ledger"), -bankNotBooked },
        { QStringLiteral("- Explained differences on matched groups"), -groupDifferences },
        { QStringLiteral("- Bank items resolved without a match"), -resolvedLeft },
        { QStringLiteral("+ Ledger items resolved without a match"), resolvedRight },
    };
}

qint64 CurrencyStatement::adjustedBank() const
{
    qint64 sum = 0;
    for (const Line &l : lines())
        sum = add(sum, l.minor);
    return sum;
}

SummaryData computeSummary(Workspace &ws)
{
    SummaryData d;
    QMap<QByteArray, CurrencyStatement> byCur;
    auto cur = [&](const QByteArray &code) -> CurrencyStatement & {
        auto it = byCur.find(code);
        if (it == byCur.end()) {
            CurrencyStatement s;
            s.currency = code;
            s.exponent = Currency::exponentFor(QString::fromUtf8(code));
            it = byCur.insert(code, s);
        }
        return it.value();
    };

    // One pass over the transactions gives both sides' sums per account and the status figures.
    // Active group membership is materialised once (a per-row EXISTS probes match_groups at
    // random: 16 s instead of 1 on 1M rows), and the sums are kept here rather than in a SQL
    // GROUP BY, whose sorter spills to temporary files under the export's small page cache.
    struct FigureAcc {
        qint64 count = 0;
        qint64 sum = 0;
    };
    QMap<AccountKey, qint64> entries[2];
    QMap<std::tuple<int, int, QByteArray, bool, bool>, FigureAcc> groupedFigures;
    {
        const QByteArray sql = QByteArray(kActiveMembersCte)
            + "SELECT t.side, t.account, t.currency, t.status, t.id IN act, t.amount_minor "
              "FROM transactions t";
        auto s = ws.db().prepare(sql.constData());
        QByteArray lastAccount, lastCurrency;
        while (s.step()) {
            const int side = s.intAt(0) == 0 ? 0 : 1;
            QByteArray account = s.blobAt(1);
            QByteArray code = s.blobAt(2);
            // Share the bytes of repeated keys (most rows repeat the previous account).
            if (account == lastAccount)
                account = lastAccount;
            else
                lastAccount = account;
            if (code == lastCurrency)
                code = lastCurrency;
            else
                lastCurrency = code;
            const qint64 amount = s.intAt(5);
            qint64 &e = entries[side][{ account, code }];
            e = add(e, amount);
            FigureAcc &f = groupedFigures[{
                side, static_cast<int>(s.intAt(3)), code, s.intAt(4) != 0, amount > 0 }];
            ++f.count;
            f.sum = add(f.sum, amount);
        }
    }

    QMap<QByteArray, bool> fromStmt;
    const auto bank = sideBalance(ws, Side::Left, entries[0], &fromStmt);
    for (auto it = bank.cbegin(); it != bank.cend(); ++it) {
        cur(it.key()).bankBalance = it.value();
        cur(it.key()).bankFromStatements = fromStmt.value(it.key());
    }
    const auto ledger = sideBalance(ws, Side::Right, entries[1], nullptr);
    for (auto it = ledger.cbegin(); it != ledger.cend(); ++it)
        cur(it.key()).ledgerBalance = it.value();

    // Per side, currency, status and "member of an active group", split by sign.
    QMap<std::tuple<int, int, QByteArray>, StatusFigure> figures;
    for (auto it = groupedFigures.cbegin(); it != groupedFigures.cend(); ++it) {
        const auto &[side, status, code, grouped, positive] = it.key();
        const qint64 n = it.value().count;
        const qint64 sum = it.value().sum;
        d.totalItems += n;
        StatusFigure &f = figures[{ side, status, code }];
        f.side = static_cast<Side>(side);
        f.status = static_cast<Status>(status);
        f.currency = code;
        f.exponent = Currency::exponentFor(QString::fromUtf8(code));
        f.count += n;
        f.sumMinor = add(f.sumMinor, sum);
        if (grouped)
            continue;
        CurrencyStatement &c = cur(code);
        const bool resolved = status == static_cast<int>(Status::Resolved);
        if (side == 0) {
            if (resolved)
                c.resolvedLeft = add(c.resolvedLeft, sum);
            else
                c.bankNotBooked = add(c.bankNotBooked, sum);
        } else if (resolved) {
            c.resolvedRight = add(c.resolvedRight, sum);
        } else if (positive) {
            c.depositsInTransit = add(c.depositsInTransit, sum);
        } else {
            c.paymentsInTransit = add(c.paymentsInTransit, sum);
        }
    }
    d.statusFigures = figures.values();

    auto g = ws.db().prepare(
        "SELECT t.currency, SUM(CASE t.side WHEN 0 THEN t.amount_minor ELSE -t.amount_minor END) "
        "FROM match_groups g JOIN match_members m ON m.group_id = g.id JOIN transactions t ON "
        "t.id = m.tx_id WHERE g.active = 1 GROUP BY t.currency");
    while (g.step())
        cur(g.textAt(0).toUtf8()).groupDifferences = g.intAt(1);

    auto r = ws.db().prepare(
        "SELECT g.rule, COUNT(DISTINCT g.id), COUNT(*) FROM match_groups g JOIN match_members m "
        "ON m.group_id = g.id WHERE g.active = 1 GROUP BY g.rule ORDER BY g.rule");
    while (r.step())
        d.rules.append({ r.textAt(0), r.intAt(1), r.intAt(2) });
    d.statements = byCur.values();
    return d;
}

} // namespace recon::report
