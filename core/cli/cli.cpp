#include "core/cli/cli.h"

#include "core/cli/commands.h"
#include "core/log.h"

#include <QCoreApplication>

#include <cstdio>

namespace recon::cli {

namespace {

const Command kCommands[] = {
    { "init", "Create a new workspace file", cmdInit },
    { "info", "Show a workspace's counts, imports and rule sets", cmdInfo },
    { "audit", "Verify the audit log's hash chain (audit verify WS)", cmdAudit },
    { "inspect", "Read a statement or ledger file without writing anything", cmdInspect },
    { "import", "Import a file into a workspace, all or nothing", cmdImport },
    { "match", "Run the matching rules on a workspace's open items", cmdMatch },
    { "reconcile", "Match two files with a rule set (no workspace needed)", cmdReconcile },
    { "rules", "Check a rule set file (rules check R.json) or print the built-in one", cmdRules },
    { "export", "Write the reconciliation report (--xlsx, --csv or --pdf)", cmdExport },
    { "verify-export", "Check an exported workbook against the workspace", cmdVerifyExport },
    { "sync", "Push local resolutions to recon-server and pull the others'", cmdSync },
};

void printHelp(QTextStream &out)
{
    out << "Usage: recon <command> [options]\n\n"
           "Recon Workstation command-line interface.\n\nCommands:\n";
    for (const Command &c : kCommands)
        out << "  " << QString::fromLatin1(c.name).leftJustified(15) << c.summary << "\n";
    out << "\nGlobal options:\n  -h, --help     Show help (also: recon <command> --help)\n"
           "  -v, --version  Show the version\n\n"
           "Exit codes: 0 ok, 1 user error, 2 internal error.\n";
}

} // namespace

int run(const QStringList &args)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    Io io { out, err };
    log::init(QStringLiteral("recon"));
    if (args.size() < 2) {
        printHelp(err);
        return 1;
    }
    const QString cmd = args.at(1);
    if (cmd == QLatin1String("--help") || cmd == QLatin1String("-h")
        || cmd == QLatin1String("help")) {
        printHelp(out);
        return 0;
    }
    if (cmd == QLatin1String("--version") || cmd == QLatin1String("-v")) {
        out << "recon " << RECON_VERSION << "\n";
        return 0;
    }
    for (const Command &c : kCommands) {
        if (cmd == QLatin1String(c.name)) {
            QStringList sub = args.mid(1);
            sub[0] = QStringLiteral("recon ") + cmd;
            try {
                const int rc = c.fn(sub, io);
                out.flush();
                err.flush();
                return rc;
            } catch (const UserError &e) {
                out.flush();
                err << "recon " << cmd << ": " << QString::fromUtf8(e.what()) << "\n";
                return 1;
            } catch (const std::exception &e) {
                out.flush();
                log::cli()->error("internal error in '{}': {}", cmd.toStdString(), e.what());
                err << "recon " << cmd << ": internal error: " << QString::fromUtf8(e.what())
                    << "\n";
                return 2;
            }
        }
    }
    err << "recon: unknown command '" << cmd << "' (see recon --help)\n";
    return 1;
}

} // namespace recon::cli
