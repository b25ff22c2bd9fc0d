#pragma once
// Small helpers shared by the sub-commands.

#include "core/cli/cli.h"

#include <QCommandLineParser>
#include <QJsonObject>

#include <memory>

namespace recon {
class Workspace;
}

namespace recon::cli {

// Parses args; returns false when --help was handled (the command should return 0).
// Throws UserError on unknown options or a wrong number of positional arguments.
bool parseArgs(QCommandLineParser &parser, const QStringList &args, Io &io, int minPositional,
    int maxPositional, const QString &usage);

std::unique_ptr<Workspace> openWorkspace(const QString &path, bool readOnly = false);
void printJson(Io &io, const QJsonObject &o);

} // namespace recon::cli
