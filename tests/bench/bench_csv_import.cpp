// CSV parse speed: the reader's read() alone on a generated ledger-layout file (the columns of
// gen_recon_data.py: id,date,amount,currency,description,reference,counterparty; ~170 bytes a
// row, some quoted fields with commas and doubled quotes).
// Usage: bench_csv_import [rows=1000000] [runs=3] [--no-raw] [--stream] [--file PATH]
// Prints each run and the median rows/s. With --file it parses that file instead; with --stream
// every booking goes to a ReadOptions::sink that drops it (the import's parse half, flat memory).
#include "core/import/registry.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace recon;

namespace {

QByteArray generate(int rows)
{
    static const char *const names[] = { "Acme", "Nordic", "Blue River", "Summit", "Quantum",
        "Silver Oak", "Harbor", "Vertex", "Atlas", "Falcon" };
    static const char *const forms[] = { "GmbH", "Ltd", "Inc", "AG", "B.V.", "S.A." };
    QByteArray out;
    out.reserve(qsizetype(rows) * 175 + 100);
    out += "id,date,amount,currency,description,reference,counterparty\n";
    char buf[512];
    for (int i = 0; i < rows; ++i) {
        const int day = i % 365;
        const int month = day / 31 % 12 + 1, dom = day % 28 + 1;
        const long long cents = (long long)((i * 7919LL) % 2000000) - 600000;
        const char *name = names[i % 10];
        const char *form = forms[i % 6];
        const bool quoted = i % 4 == 0;
        const int n = std::snprintf(buf, sizeof buf,
            "GL-%08d,2026-%02d-%02d,%s%lld.%02lld,EUR,%sInvoice INV-2026-%06d payment from "
            "customer %d%s%s,INV-2026-%06d,%s %s Trading %s\n",
            i, month, dom, cents < 0 ? "-" : "", (cents < 0 ? -cents : cents) / 100,
            (cents < 0 ? -cents : cents) % 100, quoted ? "\"" : "", i % 999999, i % 5000,
            quoted ? ", ref \"\"urgent\"\" thanks" : " thank you for your business order",
            quoted ? "\"" : "", i % 999999, name, form, i % 3 ? "Europe" : "International");
        out.append(buf, n);
    }
    return out;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int rows = 1000000, runs = 3;
    bool raw = true;
    bool stream = false;
    QString file;
    const QStringList args = app.arguments().mid(1);
    int pos = 0;
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--no-raw"))
            raw = false;
        else if (args[i] == QLatin1String("--stream"))
            stream = true;
        else if (args[i] == QLatin1String("--file") && i + 1 < args.size())
            file = args[++i];
        else if (pos++ == 0)
            rows = args[i].toInt();
        else
            runs = std::max(1, args[i].toInt());
    }
    QByteArray data;
    if (!file.isEmpty()) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "cannot open %s\n", qPrintable(file));
            return 1;
        }
        data = f.readAll();
    } else {
        data = generate(rows);
    }
    const auto reader = makeCsvReader();
    ReadOptions opts;
    opts.fileName = QStringLiteral("bench.csv");
    opts.keepRawFields = raw;
    qint64 streamed = 0;
    if (stream)
        opts.sink = [&streamed](const Statement &, Transaction &&) {
            ++streamed;
            return true;
        };
    std::vector<double> rates;
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer t;
        t.start();
        streamed = 0;
        const ReadResult res = reader->read(data, opts);
        const double secs = double(t.nsecsElapsed()) / 1e9;
        const int n = res.transactionCount() + int(streamed);
        rates.push_back(n / secs);
        std::printf("run %d: %d rows, %.1f MB in %.3f s = %.0f rows/s, %.0f MB/s, errors %d\n",
            r + 1, n, data.size() / 1e6, secs, n / secs, data.size() / 1e6 / secs, res.errorCount);
    }
    std::sort(rates.begin(), rates.end());
    std::printf("median: %.0f rows/s (raw fields %s%s)\n", rates[rates.size() / 2],
        raw ? "kept" : "dropped", stream ? ", streamed to a sink" : "");
    return 0;
}
