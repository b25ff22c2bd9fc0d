// Engine-only benchmark: reads the generator's CSVs with a minimal built-in parser (no import
// layer), runs the built-in rules and writes the matches CSV.
//   bench_match bank.csv ledger.csv out.csv [threads]
#include "core/match/engine.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <cstdio>

using namespace recon;

static QStringList splitCsv(const QString &line)
{
    QStringList out;
    QString cur;
    bool q = false;
    for (int i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (q) {
            if (c == QLatin1Char('"') && i + 1 < line.size() && line[i + 1] == QLatin1Char('"')) {
                cur += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                q = false;
            } else {
                cur += c;
            }
        } else if (c == QLatin1Char('"')) {
            q = true;
        } else if (c == QLatin1Char(',')) {
            out << cur;
            cur.clear();
        } else {
            cur += c;
        }
    }
    out << cur;
    return out;
}

static match::MatchSide load(const QString &path, Side side)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(path));
    match::MatchSide s;
    s.side = side;
    f.readLine();
    int line = 1;
    while (!f.atEnd()) {
        const QString l = QString::fromUtf8(f.readLine()).trimmed();
        ++line;
        const QStringList c = splitCsv(l);
        if (c.size() < 7)
            continue;
        Transaction t;
        t.side = side;
        t.externalId = c[0];
        t.bookingDate = QDate::fromString(c[1], Qt::ISODate);
        const Currency cur = *Currency::fromCode(c[3]);
        t.amount = *Money::parse(c[2], cur, DecimalSeparator::Dot).value;
        t.description = c[4];
        t.reference = c[5];
        t.counterparty = c[6];
        t.sourceLine = line;
        s.append(t);
    }
    s.finish();
    return s;
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList a = app.arguments();
    if (a.size() < 4) {
        std::fprintf(stderr, "usage: bench_match bank.csv ledger.csv out.csv [threads]\n");
        return 1;
    }
    QElapsedTimer t;
    t.start();
    const match::MatchSide L = load(a[1], Side::Left);
    const match::MatchSide R = load(a[2], Side::Right);
    const qint64 readMs = t.restart();
    match::MatchOptions o;
    o.threads = a.size() > 4 ? a[4].toInt() : 0;
    o.explain = false;
    const match::MatchResult r = match::matchSides(L, R, match::defaultRuleSet(), o);
    const qint64 matchMs = t.restart();
    QFile out(a[3]);
    out.open(QIODevice::WriteOnly);
    out.write(match::matchesCsv(r, L, R));
    std::fprintf(stderr,
        "read %lld ms, match %lld ms, write %lld ms, groups %zu, exceptions %zu, "
        "side bytes %zu + %zu\n",
        (long long)readMs, (long long)matchMs, (long long)t.elapsed(), r.groups.size(),
        r.exceptions.size(), L.memoryBytes(), R.memoryBytes());
    for (const auto &s : r.stats)
        std::fprintf(stderr, "  %-30s %6d groups %5d exceptions %6lld ms\n", qPrintable(s.rule),
            s.groups, s.exceptions, (long long)s.millis);
    return 0;
}
