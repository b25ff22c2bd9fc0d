// Suggestion latency (issue 5: "< 50 ms on a 1M-row workspace"): builds N bank and N ledger
// items in memory (references in noisy forms, recurring amounts, shared counterparties), builds
// the MatchIndex once, then times `suggest()` for 2,000 random open items.
//   bench_suggest [N=1000000]   prints index build time and per-call median, p95, max
#include "core/match/match_side.h"
#include "core/match/suggest.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>

#include <algorithm>
#include <cstdio>

using namespace recon;

namespace {
QList<Transaction> makeSide(int n, Side side, quint32 seed)
{
    QRandomGenerator rng(seed);
    QList<Transaction> out;
    out.reserve(n);
    const Currency eur = *Currency::fromCode(u"EUR");
    for (int i = 0; i < n; ++i) {
        Transaction t;
        t.id = QUuid::createUuid();
        t.side = side;
        const int inv = i % 900000;
        t.bookingDate
            = QDate(2026, 1, 1)
                  .addDays((i / 3000) % 360 + (side == Side::Left ? int(rng.bounded(3)) : 0));
        t.amount = Money(qint64(1000 + (i * 7919LL) % 500000), eur);
        const QString ref = QStringLiteral("INV-2026-%1").arg(inv, 6, 10, QLatin1Char('0'));
        t.reference = side == Side::Right ? ref : QString();
        t.description = side == Side::Left
            ? QStringLiteral("SVWZ+%1 payment")
                  .arg(i % 3 ? QString(ref).remove(QLatin1Char('-')) : ref.toLower())
            : QStringLiteral("Invoice %1").arg(ref);
        t.counterparty = QStringLiteral("Customer %1 GmbH").arg(i % 40000);
        t.externalId = QString::number(i);
        out.append(std::move(t));
    }
    return out;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int n = argc > 1 ? std::atoi(argv[1]) : 1000000;
    const auto left = match::buildSide(makeSide(n, Side::Left, 1), Side::Left);
    const auto right = match::buildSide(makeSide(n, Side::Right, 2), Side::Right);
    QElapsedTimer t;
    t.start();
    const match::MatchIndex index(left, right);
    std::printf(
        "%d + %d items: index built in %lld ms\n", n, n, static_cast<long long>(t.elapsed()));
    QRandomGenerator rng(42);
    std::vector<double> ms;
    size_t found = 0;
    for (int c = 0; c < 2000; ++c) {
        const uint32_t item = rng.bounded(static_cast<quint32>(n));
        t.restart();
        const auto s = index.suggest(Side::Left, item, 5);
        ms.push_back(t.nsecsElapsed() / 1e6);
        found += s.empty() ? 0 : 1;
    }
    std::sort(ms.begin(), ms.end());
    std::printf("suggest(): median %.3f ms, p95 %.3f ms, max %.3f ms over %zu calls (%zu with "
                "candidates)\n",
        ms[ms.size() / 2], ms[ms.size() * 95 / 100], ms.back(), ms.size(), found);
    return 0;
}
