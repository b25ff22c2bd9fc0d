// recon reconcile: match two files with a rule set and write the matches, the open items and a
// summary. The two files are read in parallel straight into the engine's compact form (through
// the readers' streaming sink where they have one), so peak memory is the compact sides plus
// what the readers hold of the files themselves.
#include "core/cli/cli_util.h"
#include "core/cli/commands.h"
#include "core/import/registry.h"
#include "core/log.h"
#include "core/match/engine.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryFile>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include <thread>

#include <sys/stat.h>

namespace recon::cli {

namespace {

// One side read straight into the compact form: a streaming reader hands each transaction to
// the sink as it is parsed (so no QList<Transaction> of the whole file ever exists); a reader
// that does not stream leaves them in the statements, taken and freed one statement at a time.
// Problems go to `problems` (not to the Io) so that two sides can be read on two threads.
struct SideRead {
    match::MatchSide side;
    QStringList problems;
    QString failure; // non-empty: the file could not be read
    qint64 millis = 0;
};

SideRead readSide(const QString &path, const QString &format, const QString &currency, Side side)
{
    QElapsedTimer t;
    t.start();
    SideRead out;
    out.side.side = side;
    if (!QFileInfo::exists(path)) {
        out.failure = QStringLiteral("%1: no such file").arg(path);
        return out;
    }
    match::MatchSide &s = out.side;
    s.reserveForFile(QFileInfo(path).size());
    {
        ReadOptions opts;
        opts.fileName = QFileInfo(path).fileName();
        opts.defaultCurrency = currency;
        opts.keepRawFields = false;
        opts.sink = [&s](const Statement &, Transaction &&tr) {
            s.append(tr);
            return true;
        };
        ReadResult r = readFile(path, format, opts);
        if (!r.ok()) {
            for (const ImportIssue &e : r.errors)
                out.problems << e.toString();
            out.failure = QStringLiteral("%1: cannot be read (%2 problem(s))")
                              .arg(path)
                              .arg(std::max<int>(r.errorCount, int(r.errors.size())));
            return out;
        }
        for (Statement &st : r.statements) {
            for (const Transaction &tr : st.transactions)
                s.append(tr);
            st.transactions = {}; // free as we go
        }
    }
    s.finish();
    out.millis = t.elapsed();
    return out;
}

match::MatchSide takeSide(SideRead &&r, Io &io)
{
    for (const QString &p : r.problems)
        io.err << p << "\n";
    if (!r.failure.isEmpty())
        throw UserError(r.failure);
    return std::move(r.side);
}

match::RuleSet loadRules(const QString &path, Io &io)
{
    if (path.isEmpty())
        return match::defaultRuleSet();
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw UserError(QStringLiteral("%1: cannot open rule set").arg(path));
    match::RuleSetParse p = match::parseRuleSet(f.read(8 * 1024 * 1024 + 1));
    if (!p.ruleSet) {
        for (const match::RuleIssue &e : p.errors)
            io.err << e.toString(path) << "\n";
        throw UserError(
            QStringLiteral("%1: invalid rule set (%2 error(s))").arg(path).arg(p.errors.size()));
    }
    return std::move(*p.ruleSet);
}

// Written to a temporary file beside the target and renamed over it, so a reader never sees
// half a file. Not synced to disk (QSaveFile fdatasyncs): these are outputs of a run that can
// be repeated, and on a 1M run the syncs cost more than building the files.
void writeFile(const QString &path, const std::vector<std::string_view> &parts)
{
    const QFileInfo target(path);
    QTemporaryFile f(target.absolutePath() + QStringLiteral("/.") + target.fileName()
        + QStringLiteral(".XXXXXX"));
    bool ok = f.open();
    for (const std::string_view p : parts)
        ok = ok && f.write(p.data(), qint64(p.size())) == qint64(p.size());
    if (!ok || !f.flush())
        throw UserError(QStringLiteral("%1: cannot write (%2)").arg(path, f.errorString()));
    // QTemporaryFile makes 0600 files; an output gets what the user's umask gives new files.
    const mode_t mask = ::umask(0);
    ::umask(mask);
    if (::fchmod(f.handle(), 0666 & ~mask) != 0)
        throw UserError(QStringLiteral("%1: cannot write (%2)")
                            .arg(path, QString::fromLocal8Bit(std::strerror(errno))));
    f.close();
    if (std::rename(QFile::encodeName(f.fileName()).constData(),
            QFile::encodeName(target.absoluteFilePath()).constData())
        != 0)
        throw UserError(QStringLiteral("%1: cannot write (%2)")
                            .arg(path, QString::fromLocal8Bit(std::strerror(errno))));
    f.setAutoRemove(false);
}

void writeFile(const QString &path, const QByteArray &data)
{
    writeFile(path, { std::string_view(data.constData(), size_t(data.size())) });
}

QByteArray unmatchedCsv(
    const match::MatchSide &s, const std::vector<Status> &status, const match::MatchResult &r)
{
    std::vector<const match::MatchException *> exc(s.size(), nullptr);
    for (const match::MatchException &e : r.exceptions)
        if (e.side == s.side)
            exc[e.item] = &e;
    std::vector<uint32_t> order;
    for (uint32_t i = 0; i < s.size(); ++i)
        if (status[i] == Status::Open || status[i] == Status::Exception)
            order.push_back(i);
    std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) {
        return s.rank[a] != s.rank[b] ? s.rank[a] < s.rank[b] : a < b;
    });
    QByteArray out = "id,date,amount,currency,status,rule,reason,alternatives\n";
    auto field = [](const QString &v) {
        QByteArray u = v.toUtf8();
        if (u.contains(',') || u.contains('"') || u.contains('\n')) {
            u.replace("\"", "\"\"");
            return '"' + u + '"';
        }
        return u;
    };
    for (const uint32_t i : order) {
        const int32_t d = s.date(i);
        out += field(s.outputId(i)) + ','
            + (d == match::kNoDate ? QByteArray()
                                   : QDate::fromJulianDay(d).toString(Qt::ISODate).toUtf8())
            + ',' + minorToString(s.amount[i], s.exponent[i]).toUtf8() + ','
            + s.currencyCode(i).toUtf8() + ',';
        if (const match::MatchException *e = exc[i]) {
            out += "exception," + field(e->rule) + ',' + e->reason.toUtf8() + ','
                + QByteArray::number(qsizetype(e->alternatives.size())) + '\n';
        } else {
            out += "open,,,\n";
        }
    }
    return out;
}

} // namespace

int cmdReconcile(const QStringList &args, Io &io)
{
    QCommandLineParser p;
    const QCommandLineOption left(QStringLiteral("left"),
        QStringLiteral("Left file (usually the bank statement), any importable format."),
        QStringLiteral("FILE"));
    const QCommandLineOption right(QStringLiteral("right"),
        QStringLiteral("Right file (usually the ledger), any importable format."),
        QStringLiteral("FILE"));
    const QCommandLineOption rules(QStringLiteral("rules"),
        QStringLiteral("Rule set JSON (default: built-in \"bank statement vs ledger\")."),
        QStringLiteral("R.json"));
    const QCommandLineOption matches(QStringLiteral("matches"),
        QStringLiteral("Write matched groups here (group,side,id,rule,score,status)."),
        QStringLiteral("OUT.csv"));
    const QCommandLineOption unmatched(QStringLiteral("unmatched"),
        QStringLiteral("Write open and exception items to PREFIX_left.csv / PREFIX_right.csv."),
        QStringLiteral("PREFIX"));
    const QCommandLineOption summary(QStringLiteral("summary-json"),
        QStringLiteral("Write counts per rule and status and timings as JSON."),
        QStringLiteral("F"));
    const QCommandLineOption threads(QStringLiteral("threads"),
        QStringLiteral("Worker threads (default: all cores)."), QStringLiteral("N"));
    const QCommandLineOption leftFormat(QStringLiteral("left-format"),
        QStringLiteral("Force the left file's format."), QStringLiteral("F"));
    const QCommandLineOption rightFormat(QStringLiteral("right-format"),
        QStringLiteral("Force the right file's format."), QStringLiteral("F"));
    const QCommandLineOption currency(QStringLiteral("currency"),
        QStringLiteral("Currency for files that state none."), QStringLiteral("CCY"));
    p.addOptions({ left, right, rules, matches, unmatched, summary, threads, leftFormat,
        rightFormat, currency });
    const QString usage
        = QStringLiteral("--left FILE --right FILE [--rules R.json] --matches OUT.csv "
                         "[--unmatched OUT_PREFIX] [--summary-json F] [--threads N]");
    if (!parseArgs(p, args, io, 0, 0, usage))
        return 0;
    for (const auto *o : { &left, &right, &matches })
        if (!p.isSet(*o))
            throw UserError(QStringLiteral("--%1 is required (usage: %2 %3)")
                                .arg(o->names().first(), args.value(0), usage));
    int nThreads = 0;
    if (p.isSet(threads)) {
        bool ok = false;
        nThreads = p.value(threads).toInt(&ok);
        if (!ok || nThreads < 1 || nThreads > 64)
            throw UserError(QStringLiteral("--threads must be a number from 1 to 64"));
    }

    QElapsedTimer t;
    t.start();
    const match::RuleSet rs = loadRules(p.value(rules), io);
    // Both files at once on two threads (one with --threads 1): reading is most of the time.
    SideRead readL, readR;
    const auto readLeft = [&] {
        readL = readSide(p.value(left), p.value(leftFormat), p.value(currency), Side::Left);
    };
    const auto readRight = [&] {
        readR = readSide(p.value(right), p.value(rightFormat), p.value(currency), Side::Right);
    };
    if (match::effectiveThreads(nThreads) > 1) {
        std::thread other(readRight);
        readLeft();
        other.join();
    } else {
        readLeft();
        readRight();
    }
    const qint64 readLeftMs = readL.millis;
    const qint64 readRightMs = readR.millis;
    const qint64 readMs = t.restart();
    const match::MatchSide L = takeSide(std::move(readL), io);
    const match::MatchSide R = takeSide(std::move(readR), io);

    match::MatchOptions mo;
    mo.threads = nThreads;
    mo.explain = false;
    const match::MatchResult res = match::matchSides(L, R, rs, mo);
    const qint64 matchMs = t.restart();

    // The matches and the two unmatched lists are independent: built and written side by side.
    std::vector<std::string> matchesText;
    QByteArray leftText, rightText;
    {
        std::thread other;
        if (p.isSet(unmatched)) {
            const auto unmatchedBoth = [&] {
                leftText = unmatchedCsv(L, res.leftStatus, res);
                rightText = unmatchedCsv(R, res.rightStatus, res);
            };
            if (match::effectiveThreads(nThreads) > 1)
                other = std::thread(unmatchedBoth);
            else
                unmatchedBoth();
        }
        matchesText = match::matchesCsvParts(res, L, R);
        if (other.joinable())
            other.join();
    }
    writeFile(
        p.value(matches), std::vector<std::string_view>(matchesText.begin(), matchesText.end()));
    if (p.isSet(unmatched)) {
        writeFile(p.value(unmatched) + QStringLiteral("_left.csv"), leftText);
        writeFile(p.value(unmatched) + QStringLiteral("_right.csv"), rightText);
    }
    const qint64 writeMs = t.restart();

    int confirmed = 0, proposed = 0;
    for (const match::MatchGroup &g : res.groups)
        (g.status == Status::Confirmed ? confirmed : proposed)++;
    auto openCount = [](const std::vector<Status> &v, Status s) {
        return int(std::count(v.begin(), v.end(), s));
    };
    if (p.isSet(summary)) {
        QJsonArray perRule;
        for (const match::RuleStats &s : res.stats)
            perRule.append(QJsonObject { { QStringLiteral("rule"), s.rule },
                { QStringLiteral("status"), s.status }, { QStringLiteral("groups"), s.groups },
                { QStringLiteral("left_items"), s.leftItems },
                { QStringLiteral("right_items"), s.rightItems },
                { QStringLiteral("exceptions"), s.exceptions },
                { QStringLiteral("ms"), qint64(s.millis) } });
        const QJsonObject o {
            { QStringLiteral("rule_set"),
                QJsonObject { { QStringLiteral("name"), rs.name },
                    { QStringLiteral("version"), rs.version },
                    { QStringLiteral("sha256"), rs.hash } } },
            { QStringLiteral("left"),
                QJsonObject { { QStringLiteral("file"), p.value(left) },
                    { QStringLiteral("items"), qint64(L.size()) },
                    { QStringLiteral("open"), openCount(res.leftStatus, Status::Open) },
                    { QStringLiteral("exceptions"),
                        openCount(res.leftStatus, Status::Exception) } } },
            { QStringLiteral("right"),
                QJsonObject { { QStringLiteral("file"), p.value(right) },
                    { QStringLiteral("items"), qint64(R.size()) },
                    { QStringLiteral("open"), openCount(res.rightStatus, Status::Open) },
                    { QStringLiteral("exceptions"),
                        openCount(res.rightStatus, Status::Exception) } } },
            { QStringLiteral("rules"), perRule },
            { QStringLiteral("groups"),
                QJsonObject { { QStringLiteral("confirmed"), confirmed },
                    { QStringLiteral("proposed"), proposed },
                    { QStringLiteral("total"), qint64(res.groups.size()) } } },
            { QStringLiteral("exceptions"), qint64(res.exceptions.size()) },
            { QStringLiteral("threads"), match::effectiveThreads(nThreads) },
            { QStringLiteral("timings_ms"),
                QJsonObject { { QStringLiteral("read_left"), readLeftMs },
                    { QStringLiteral("read_right"), readRightMs },
                    { QStringLiteral("read"), readMs }, { QStringLiteral("match"), matchMs },
                    { QStringLiteral("write"), writeMs } } },
        };
        writeFile(p.value(summary), QJsonDocument(o).toJson(QJsonDocument::Indented));
    }
    io.out << "left " << L.size() << ", right " << R.size() << " items; " << res.groups.size()
           << " groups (" << confirmed << " confirmed, " << proposed << " proposed), "
           << res.exceptions.size() << " exceptions; read " << readMs << " ms, match " << matchMs
           << " ms, write " << writeMs << " ms\n";
    return 0;
}

} // namespace recon::cli
