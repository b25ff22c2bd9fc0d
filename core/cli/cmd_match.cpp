// recon match WS [--rules R.json] [--dry-run]: the engine on a workspace's open items.
#include "core/cli/cli_util.h"
#include "core/cli/commands.h"
#include "core/match/rules.h"
#include "core/store/match_service.h"

#include <QFile>
#include <QFileInfo>

namespace recon::cli {

int cmdMatch(const QStringList &args, Io &io)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("WS"), QStringLiteral("Workspace file."));
    const QCommandLineOption rulesOpt(QStringLiteral("rules"),
        QStringLiteral("Rule set JSON (default: built-in bank vs "
                       "ledger rules)."),
        QStringLiteral("R.json"));
    const QCommandLineOption dryRun(
        QStringLiteral("dry-run"), QStringLiteral("Print what would change; write nothing."));
    const QCommandLineOption threads(QStringLiteral("threads"), QStringLiteral("Worker threads."),
        QStringLiteral("N"), QStringLiteral("0"));
    p.addOptions({ rulesOpt, dryRun, threads });
    if (!parseArgs(p, args, io, 1, 1, QStringLiteral("WS [--rules R.json] [--dry-run]")))
        return 0;
    QByteArray json;
    QString rulesName = QStringLiteral("built-in rules");
    if (p.isSet(rulesOpt)) {
        QFile f(p.value(rulesOpt));
        if (!f.open(QIODevice::ReadOnly))
            throw UserError(QStringLiteral("%1: %2").arg(p.value(rulesOpt), f.errorString()));
        json = f.readAll();
        rulesName = QFileInfo(f).fileName();
    } else {
        json = match::defaultRuleSetJson();
    }
    const match::RuleSetParse parsed = match::parseRuleSet(json);
    if (!parsed.ruleSet) {
        for (const auto &e : parsed.errors)
            io.err << e.toString(rulesName) << "\n";
        throw UserError(QStringLiteral("%1: %2 error(s) in the rule set; nothing matched")
                            .arg(rulesName)
                            .arg(parsed.errors.size()));
    }
    auto ws = openWorkspace(p.positionalArguments().at(0), p.isSet(dryRun));
    match::MatchOptions opts;
    opts.threads = p.value(threads).toInt();
    MatchRunReport rep;
    try {
        rep = runMatch(*ws, *parsed.ruleSet, json, p.isSet(dryRun), opts);
    } catch (const WorkspaceError &e) {
        throw UserError(QString::fromUtf8(e.what()));
    }
    io.out << (p.isSet(dryRun) ? "would match: " : "matched: ") << rep.groups << " group(s) ("
           << rep.confirmed << " confirmed, " << rep.proposed << " proposed), " << rep.exceptions
           << " exception(s) from " << rep.leftOpen << " left and " << rep.rightOpen
           << " right open item(s) with " << parsed.ruleSet->name << " v" << parsed.ruleSet->version
           << "\n";
    for (const QString &line : rep.summaryLines())
        io.out << "  " << line << "\n";
    return 0;
}

} // namespace recon::cli
