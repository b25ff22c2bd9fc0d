#pragma once
// Helpers shared by the tests: where the fixtures are, running the CLI, temp workspaces.

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace recon::test {

// ../shared/fixtures/real (or "" when the shared folder is absent: a plain clone).
QString sharedFixturesDir();
// tests/data in the source tree.
QString testDataDir();
// Path of a built binary in build/bin.
QString binary(const QString &name);

struct ProcessResult {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};
// Runs `recon` with arguments (and optional stdin), waiting up to timeoutMs.
ProcessResult runCli(
    const QStringList &args, const QByteArray &stdinData = {}, int timeoutMs = 120000);

} // namespace recon::test
