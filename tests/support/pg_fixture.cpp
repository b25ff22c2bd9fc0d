#include "support/pg_fixture.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>

#include <unistd.h>

namespace recon::test {

namespace {
QString findBinDir()
{
    for (const char *v : { "17", "16", "15", "14", "13" }) {
        const QString dir = QStringLiteral("/usr/lib/postgresql/%1/bin").arg(QLatin1String(v));
        if (QFileInfo::exists(dir + QStringLiteral("/initdb")))
            return dir;
    }
    const QString initdb = QStandardPaths::findExecutable(QStringLiteral("initdb"));
    return initdb.isEmpty() ? QString() : QFileInfo(initdb).absolutePath();
}
} // namespace

quint16 freeLoopbackPort()
{
    QTcpServer s;
    if (!s.listen(QHostAddress::LocalHost, 0))
        return 0;
    return s.serverPort();
}

PgFixture::PgFixture() = default;

PgFixture::~PgFixture()
{
    stop();
}

bool PgFixture::run(const QString &program, const QStringList &args, QString *output, int timeoutMs,
    bool asPostgres) const
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.setWorkingDirectory(m_dir->path());
    if (asPostgres && m_asRoot)
        p.start(QStringLiteral("runuser"),
            QStringList {
                QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), program }
                + args);
    else
        p.start(program, args);
    if (!p.waitForStarted(10000))
        return false;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(2000);
        return false;
    }
    if (output)
        *output = QString::fromLocal8Bit(p.readAll());
    return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

bool PgFixture::start(const QString &database, QString *error)
{
    auto failWith = [&](const QString &why) {
        if (error)
            *error = why;
        stop();
        return false;
    };
    m_binDir = findBinDir();
    if (m_binDir.isEmpty())
        return failWith(QStringLiteral("PostgreSQL server binaries (initdb) not found"));
    m_asRoot = ::geteuid() == 0;
    // Short path: unix socket paths are limited to ~100 bytes.
    m_dir = std::make_unique<QTemporaryDir>(QStringLiteral("/tmp/recon-pg-XXXXXX"));
    m_scratch = std::make_unique<QTemporaryDir>();
    if (!m_dir->isValid() || !m_scratch->isValid())
        return failWith(QStringLiteral("cannot create a temp dir"));
    if (m_asRoot) {
        QString out;
        if (!run(QStringLiteral("chown"), { QStringLiteral("postgres:"), m_dir->path() }, &out,
                10000, false))
            return failWith(
                QStringLiteral("chown to postgres failed (is there a postgres user?): ") + out);
    }
    const QString data = m_dir->filePath(QStringLiteral("data"));
    QString out;
    if (!run(m_binDir + QStringLiteral("/initdb"),
            { QStringLiteral("-D"), data, QStringLiteral("-U"), QStringLiteral("postgres"),
                QStringLiteral("--auth=trust"), QStringLiteral("-E"), QStringLiteral("UTF8"),
                QStringLiteral("--no-sync"), QStringLiteral("--no-instructions") },
            &out, 60000, true))
        return failWith(QStringLiteral("initdb failed: ") + out.right(500));
    for (int attempt = 0; attempt < 3 && !m_running; ++attempt) {
        m_port = freeLoopbackPort();
        const QString opts
            = QStringLiteral("-p %1 -k %2 -c listen_addresses=127.0.0.1 -c fsync=off "
                             "-c synchronous_commit=off -c full_page_writes=off "
                             "-c max_connections=50")
                  .arg(m_port)
                  .arg(m_dir->path());
        m_running = run(m_binDir + QStringLiteral("/pg_ctl"),
            { QStringLiteral("-D"), data, QStringLiteral("-l"),
                m_dir->filePath(QStringLiteral("postgres.log")), QStringLiteral("-w"),
                QStringLiteral("-t"), QStringLiteral("30"), QStringLiteral("-o"), opts,
                QStringLiteral("start") },
            &out, 40000, true);
    }
    if (!m_running)
        return failWith(QStringLiteral("pg_ctl start failed: ") + out.right(500));
    m_database.clear(); // psql connects to "postgres" for the CREATE
    bool ok = false;
    psql(QStringLiteral("CREATE DATABASE %1").arg(database), &ok);
    if (!ok)
        return failWith(QStringLiteral("CREATE DATABASE failed"));
    m_database = database;
    return true;
}

void PgFixture::stop()
{
    if (m_running && m_dir) {
        QString out;
        run(m_binDir + QStringLiteral("/pg_ctl"),
            { QStringLiteral("-D"), m_dir->filePath(QStringLiteral("data")), QStringLiteral("-m"),
                QStringLiteral("immediate"), QStringLiteral("-w"), QStringLiteral("stop") },
            &out, 30000, true);
        m_running = false;
    }
    m_dir.reset(); // removes the cluster
    m_scratch.reset();
}

QString PgFixture::databaseUrl() const
{
    return QStringLiteral("postgresql:///%1?host=%2&port=%3&user=postgres")
        .arg(m_database, m_dir->path())
        .arg(m_port);
}

QString PgFixture::psql(const QString &sql, bool *ok) const
{
    QString out;
    const bool good = run(QStringLiteral("psql"),
        { QStringLiteral("-h"), m_dir->path(), QStringLiteral("-p"), QString::number(m_port),
            QStringLiteral("-U"), QStringLiteral("postgres"), QStringLiteral("-d"),
            m_database.isEmpty() ? QStringLiteral("postgres") : m_database, QStringLiteral("-X"),
            QStringLiteral("-A"), QStringLiteral("-t"), QStringLiteral("-v"),
            QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-c"), sql },
        &out, 30000, false);
    if (ok)
        *ok = good;
    return good ? out.trimmed() : QString();
}

} // namespace recon::test
