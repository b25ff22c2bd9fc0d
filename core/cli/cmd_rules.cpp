// recon rules: check a rule set file, or print the built-in one.
#include "core/cli/cli_util.h"
#include "core/cli/commands.h"
#include "core/match/rules.h"

#include <QFile>

namespace recon::cli {

int cmdRules(const QStringList &args, Io &io)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("action"), QStringLiteral("check R.json | default"));
    p.addPositionalArgument(QStringLiteral("file"), QStringLiteral("Rule set JSON (for check)."));
    const QString usage = QStringLiteral("check R.json | default");
    if (!parseArgs(p, args, io, 1, 2, usage))
        return 0;
    const QStringList pos = p.positionalArguments();
    if (pos.at(0) == QLatin1String("default") && pos.size() == 1) {
        io.out << QString::fromUtf8(match::defaultRuleSetJson());
        return 0;
    }
    if (pos.at(0) != QLatin1String("check") || pos.size() != 2)
        throw UserError(QStringLiteral("usage: %1 %2").arg(args.value(0), usage));
    const QString path = pos.at(1);
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw UserError(QStringLiteral("%1: cannot open (%2)").arg(path, f.errorString()));
    const match::RuleSetParse r = match::parseRuleSet(f.read(8 * 1024 * 1024 + 1));
    if (!r.ruleSet) {
        for (const match::RuleIssue &e : r.errors)
            io.err << e.toString(path) << "\n";
        throw UserError(QStringLiteral("%1: %2 error(s)").arg(path).arg(r.errors.size()));
    }
    io.out << path << ": ok: \"" << r.ruleSet->name << "\" version " << r.ruleSet->version << ", "
           << r.ruleSet->rules.size() << " rule(s), sha256 " << r.ruleSet->hash << "\n";
    return 0;
}

} // namespace recon::cli
