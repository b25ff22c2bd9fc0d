#pragma once
// One function per `recon` sub-command; each parses its own options with QCommandLineParser.
// args[0] is "recon <command>", the rest are the command's arguments.

#include "core/cli/cli.h"

namespace recon::cli {

using CommandFn = int (*)(const QStringList &args, Io &io);

struct Command {
    const char *name;
    const char *summary;
    CommandFn fn;
};

int cmdInit(const QStringList &args, Io &io);
int cmdInfo(const QStringList &args, Io &io);
int cmdAudit(const QStringList &args, Io &io);
int cmdInspect(const QStringList &args, Io &io);
int cmdImport(const QStringList &args, Io &io);
int cmdMatch(const QStringList &args, Io &io);
int cmdReconcile(const QStringList &args, Io &io);
int cmdRules(const QStringList &args, Io &io);
int cmdExport(const QStringList &args, Io &io);
int cmdVerifyExport(const QStringList &args, Io &io);
int cmdSync(const QStringList &args, Io &io);

// Shared helpers for commands.
} // namespace recon::cli
