// recon sync: push the workspace's outbox to recon-server and pull the others' changes.
// Exit codes: 0 in sync, 1 conflicts remain (resolve them in the workstation), 2 error.
#include "core/cli/cli_util.h"
#include "core/cli/commands.h"
#include "core/store/workspace.h"
#include "core/sync/sync_client.h"

#include <cstdio>
#include <string>
#include <termios.h>
#include <unistd.h>

namespace recon::cli {

namespace {

// Reads one line from the terminal without echo (or the first line of a non-terminal stdin).
QString readPassword(Io &io, const QString &user)
{
    const bool tty = ::isatty(STDIN_FILENO);
    termios old {};
    if (tty) {
        io.err << "Password for " << user << ": ";
        io.err.flush();
        ::tcgetattr(STDIN_FILENO, &old);
        termios quiet = old;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    std::string line;
    for (int ch = std::getchar(); ch != EOF && ch != '\n' && line.size() < 4096;
         ch = std::getchar())
        line.push_back(char(ch));
    if (tty) {
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &old);
        io.err << "\n";
        io.err.flush();
    }
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    return QString::fromStdString(line);
}

} // namespace

int cmdSync(const QStringList &args, Io &io)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("WS"), QStringLiteral("Workspace file."));
    const QCommandLineOption server(QStringLiteral("server"),
        QStringLiteral("Server URL (https://host:port)."), QStringLiteral("URL"));
    const QCommandLineOption ca(QStringLiteral("ca"),
        QStringLiteral("Also trust this CA certificate (PEM), e.g. a self-signed server's."),
        QStringLiteral("CERT.pem"));
    const QCommandLineOption user(QStringLiteral("user"),
        QStringLiteral("User name on the server (default: RECON_USER or the OS user)."),
        QStringLiteral("U"));
    const QCommandLineOption wsId(QStringLiteral("workspace-id"),
        QStringLiteral("Server workspace id (default: the workspace's own id)."),
        QStringLiteral("UUID"));
    const QCommandLineOption batch(QStringLiteral("batch"),
        QStringLiteral("Changes per push request (1-1000, default 200)."), QStringLiteral("N"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON."));
    p.addOptions({ server, ca, user, wsId, batch, json });
    try {
        if (!parseArgs(p, args, io, 1, 1,
                QStringLiteral("WS --server URL [--ca CERT.pem] [--user U] [--json]")))
            return 0;
        if (!p.isSet(server))
            throw UserError(QStringLiteral("--server URL is required"));
        sync::SyncOptions opt;
        opt.server = QUrl(p.value(server));
        opt.caFile = p.value(ca);
        opt.user = p.isSet(user) ? p.value(user) : Workspace::currentUser();
        opt.workspaceId = p.value(wsId);
        if (p.isSet(batch)) {
            bool ok = false;
            opt.batchSize = p.value(batch).toInt(&ok);
            if (!ok || opt.batchSize < 1 || opt.batchSize > 1000)
                throw UserError(QStringLiteral("--batch must be 1 to 1000"));
        }
        if (qEnvironmentVariableIsSet("RECON_SYNC_MAX_ATTEMPTS"))
            opt.maxAttempts = qEnvironmentVariableIntValue("RECON_SYNC_MAX_ATTEMPTS");
        auto ws = openWorkspace(p.positionalArguments().at(0));
        opt.password = qEnvironmentVariableIsSet("RECON_PASSWORD")
            ? qEnvironmentVariable("RECON_PASSWORD")
            : readPassword(io, opt.user);
        sync::SyncClient client(*ws, opt);
        const sync::SyncSummary s = client.run();
        if (p.isSet(json)) {
            printJson(io, s.toJson());
        } else if (s.ok) {
            io.out << "pushed " << s.pushed << " (replayed " << s.replayed << "), pulled "
                   << s.pulled << " (skipped " << s.skipped << "), conflicts " << s.openConflicts
                   << ", retries " << s.retries << ", waiting " << s.waiting << "\n";
        }
        if (!s.ok) {
            io.err << "recon sync: " << s.error << "\n";
            return 2;
        }
        return s.openConflicts > 0 ? 1 : 0;
    } catch (const UserError &e) {
        io.err << "recon sync: " << QString::fromUtf8(e.what()) << "\n";
        return 2;
    }
}

} // namespace recon::cli
