#include "support/testsupport.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>

namespace recon::test {

QString sharedFixturesDir()
{
    QString dir = qEnvironmentVariable("RECON_SHARED_DIR");
    if (dir.isEmpty())
        dir = QStringLiteral(RECON_SHARED_DIR);
    const QString real = QDir(dir).filePath(QStringLiteral("fixtures/real"));
    return QFileInfo(real).isDir() ? QDir(real).canonicalPath() : QString();
}

QString testDataDir()
{
    return QStringLiteral(RECON_TEST_DATA_DIR);
}

QString binary(const QString &name)
{
    return QDir(QStringLiteral(RECON_BIN_DIR)).filePath(name);
}

ProcessResult runCli(const QStringList &args, const QByteArray &stdinData, int timeoutMs)
{
    ProcessResult r;
    QProcess p;
    p.start(binary(QStringLiteral("recon")), args);
    if (!p.waitForStarted(10000)) {
        r.err = "could not start recon: " + p.errorString().toUtf8();
        return r;
    }
    if (!stdinData.isEmpty())
        p.write(stdinData);
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.err = "recon timed out";
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

} // namespace recon::test
