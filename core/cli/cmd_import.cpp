// recon inspect / import: reading files, and bringing them into a workspace.
#include "core/cli/cli_util.h"
#include "core/cli/commands.h"
#include "core/import/inspect_json.h"
#include "core/import/registry.h"
#include "core/store/import_service.h"

#include <QFileInfo>
#include <QJsonArray>

namespace recon::cli {

namespace {

void printIssues(Io &io, const ReadResult &r)
{
    for (const ImportIssue &e : r.errors)
        io.err << e.toString() << "\n";
    if (r.errorCount > r.errors.size())
        io.err << "... and " << (r.errorCount - r.errors.size()) << " more problems ("
               << r.errorCount << " in all)\n";
}

void printWarnings(Io &io, const ReadResult &r)
{
    for (const ImportIssue &w : r.warnings)
        io.err << "warning: " << w.toString() << "\n";
}

} // namespace

int cmdInspect(const QStringList &args, Io &io)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("Statement or ledger file."));
    const QCommandLineOption format(QStringLiteral("format"),
        QStringLiteral("Force a format (%1).")
            .arg(ReaderRegistry::instance().formats().join(QStringLiteral(", "))),
        QStringLiteral("F"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON."));
    const QCommandLineOption rows(QStringLiteral("rows"), QStringLiteral("Include every row."));
    const QCommandLineOption currency(QStringLiteral("currency"),
        QStringLiteral("Currency when the file states none."), QStringLiteral("CCY"));
    p.addOptions({ format, json, rows, currency });
    if (!parseArgs(p, args, io, 1, 1, QStringLiteral("FILE [--format F] [--json] [--rows]")))
        return 0;
    const QString path = p.positionalArguments().at(0);
    if (!QFileInfo::exists(path))
        throw UserError(QStringLiteral("%1: no such file").arg(path));
    ReadOptions opts;
    opts.defaultCurrency = p.value(currency);
    const ReadResult r = readFile(path, p.value(format), opts);
    if (p.isSet(json)) {
        printJson(io, inspectJson(r, p.isSet(rows)));
        return r.ok() ? 0 : 1;
    }
    io.out << QFileInfo(path).fileName() << ": "
           << (r.format.isEmpty() ? QStringLiteral("?") : r.format)
           << (r.encoding.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(r.encoding)) << ", "
           << r.statements.size() << " statement(s), " << r.transactionCount()
           << " transaction(s)\n";
    for (const Statement &s : r.statements) {
        io.out << "  " << (s.account.isEmpty() ? QStringLiteral("(no account)") : s.account) << " "
               << s.currency << "  opening "
               << (s.openingBalance ? s.openingBalance->toPlainString() : QStringLiteral("-"))
               << "  closing "
               << (s.closingBalance ? s.closingBalance->toPlainString() : QStringLiteral("-"))
               << "  " << s.transactions.size() << " transactions\n";
        if (p.isSet(rows)) {
            for (const Transaction &t : s.transactions)
                io.out << "    " << t.effectiveDate().toString(Qt::ISODate) << "  "
                       << t.amount.toPlainString().rightJustified(14) << " "
                       << t.amount.currencyCode() << "  " << t.description.left(60) << "\n";
        }
    }
    printWarnings(io, r);
    printIssues(io, r);
    return r.ok() ? 0 : 1;
}

int cmdImport(const QStringList &args, Io &io)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("WS"), QStringLiteral("Workspace file."));
    p.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("File to import."));
    const QCommandLineOption side(QStringLiteral("side"),
        QStringLiteral("left (bank) or right (ledger)."), QStringLiteral("left|right"));
    const QCommandLineOption account(
        QStringLiteral("account"), QStringLiteral("Own account to record."), QStringLiteral("A"));
    const QCommandLineOption profile(QStringLiteral("profile"),
        QStringLiteral("Saved CSV/XLSX mapping profile."), QStringLiteral("P"));
    const QCommandLineOption format(
        QStringLiteral("format"), QStringLiteral("Force a format."), QStringLiteral("F"));
    const QCommandLineOption currency(QStringLiteral("currency"),
        QStringLiteral("Currency when the file states none."), QStringLiteral("CCY"));
    const QCommandLineOption dryRun(
        QStringLiteral("dry-run"), QStringLiteral("Report what would be imported; write nothing."));
    const QCommandLineOption skipBad(QStringLiteral("skip-bad-lines"),
        QStringLiteral("Import the good lines; record skipped ones in "
                       "the audit log."));
    const QCommandLineOption json(
        QStringLiteral("json"), QStringLiteral("Print the report as JSON."));
    const QCommandLineOption saveProfile(QStringLiteral("save-profile"),
        QStringLiteral("Save the column mapping used under this name; files with the same "
                       "header get it automatically."),
        QStringLiteral("NAME"));
    p.addOptions({ side, account, profile, format, currency, dryRun, skipBad, json, saveProfile });
    if (!parseArgs(p, args, io, 2, 2,
            QStringLiteral("WS FILE --side left|right [--account A] [--profile P] "
                           "[--dry-run] [--skip-bad-lines]")))
        return 0;
    if (!p.isSet(side))
        throw UserError(QStringLiteral("--side left|right is required"));
    const auto s = sideFromName(p.value(side));
    if (!s)
        throw UserError(
            QStringLiteral("--side must be left or right, not '%1'").arg(p.value(side)));
    const QString path = p.positionalArguments().at(1);
    if (!QFileInfo::exists(path))
        throw UserError(QStringLiteral("%1: no such file").arg(path));
    auto ws = openWorkspace(p.positionalArguments().at(0));
    if (ws->isReadOnly())
        throw UserError(
            QStringLiteral("%1 is read-only (%2)").arg(ws->path(), ws->readOnlyReason()));

    ImportRequest req;
    req.path = path;
    req.format = p.value(format);
    req.side = *s;
    req.account = p.value(account);
    req.profile = p.value(profile);
    req.defaultCurrency = p.value(currency);
    req.dryRun = p.isSet(dryRun);
    req.skipBadLines = p.isSet(skipBad);
    req.saveProfile = p.value(saveProfile);
    const ImportReport rep = importFile(*ws, req);
    if (!rep.refusal.isEmpty())
        throw UserError(rep.refusal);
    printWarnings(io, rep.read);
    if (!rep.written && !req.dryRun) {
        printIssues(io, rep.read);
        io.err << QFileInfo(path).fileName() << ": nothing imported (" << rep.read.errorCount
               << " problem(s)); the workspace is unchanged\n";
        return 1;
    }
    if (p.isSet(json)) {
        QJsonObject o { { QStringLiteral("format"), rep.read.format },
            { QStringLiteral("sha256"), rep.sha256 }, { QStringLiteral("dry_run"), req.dryRun },
            { QStringLiteral("rows_read"), rep.import.rowsRead },
            { QStringLiteral("imported"), rep.import.rowsImported },
            { QStringLiteral("duplicates"), rep.duplicates },
            { QStringLiteral("skipped"), rep.import.rowsSkipped },
            { QStringLiteral("warnings"), int(rep.read.warnings.size()) } };
        printJson(io, o);
    } else {
        io.out << (req.dryRun ? "would import " : "imported ") << rep.import.rowsImported
               << " transaction(s) from " << QFileInfo(path).fileName() << " (" << rep.read.format
               << ") to the " << sideName(req.side) << " side; " << rep.duplicates
               << " duplicate(s) skipped";
        if (rep.import.rowsSkipped)
            io.out << ", " << rep.import.rowsSkipped << " bad line(s) skipped";
        if (!rep.profileApplied.isEmpty())
            io.out << "; mapping from profile '" << rep.profileApplied << "'";
        io.out << "\n";
    }
    if (req.dryRun && !rep.read.ok() && !req.skipBadLines) {
        printIssues(io, rep.read);
        return 1;
    }
    return 0;
}

} // namespace recon::cli
