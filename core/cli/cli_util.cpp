#include "core/cli/cli_util.h"

#include "core/store/workspace.h"

#include <QJsonDocument>

namespace recon::cli {

bool parseArgs(QCommandLineParser &parser, const QStringList &args, Io &io, int minPositional,
    int maxPositional, const QString &usage)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help(
        { QStringLiteral("h"), QStringLiteral("help") }, QStringLiteral("Show this help."));
    parser.addOption(help);
    if (!parser.parse(args))
        throw UserError(parser.errorText());
    if (parser.isSet(help)) {
        io.out << "Usage: " << args.value(0) << " " << usage << "\n\n"
               << parser.helpText().section(QLatin1Char('\n'), 2) << "\n";
        return false;
    }
    const int n = static_cast<int>(parser.positionalArguments().size());
    if (n < minPositional || (maxPositional >= 0 && n > maxPositional))
        throw UserError(QStringLiteral("usage: %1 %2").arg(args.value(0), usage));
    return true;
}

std::unique_ptr<Workspace> openWorkspace(const QString &path, bool readOnly)
{
    try {
        return Workspace::open(path, readOnly);
    } catch (const WorkspaceError &e) {
        throw UserError(QString::fromUtf8(e.what()));
    }
}

void printJson(Io &io, const QJsonObject &o)
{
    io.out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
}

} // namespace recon::cli
