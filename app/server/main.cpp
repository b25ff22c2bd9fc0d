// recon-server: the central sync server (see docs/server.md). Thin entry point: all logic is in
// server/ (recon_server_lib). Exit codes: 0 ok, 1 configuration or usage error, 2 internal.
#include "server/api.h"
#include "server/config.h"
#include "server/db_pool.h"
#include "server/http_server.h"
#include "server/json_log.h"
#include "server/metrics.h"
#include "server/migrations.h"
#include "server/passwords.h"
#include "server/readiness_probe.h"
#include "server/user_admin.h"

#include <QCoreApplication>
#include <QFile>
#include <QSocketNotifier>
#include <QSslCertificate>
#include <QSslKey>
#include <QTextStream>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

using namespace recon::server;

namespace {

int g_signalFd[2] = { -1, -1 };

void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] auto n = ::write(g_signalFd[0], &c, 1);
}

const char *kUsage = "usage: recon-server [serve] [--insecure-dev]\n"
                     "       recon-server migrate\n"
                     "       recon-server user add NAME --role analyst|reviewer|admin\n"
                     "       recon-server user delete NAME\n"
                     "       recon-server user role NAME analyst|reviewer|admin\n"
                     "Configuration comes from the environment: DATABASE_URL, JWT_SECRET (>= 32 "
                     "bytes),\nJWT_SECRET_PREVIOUS (verifies only, while rotating), TLS_CERT, "
                     "TLS_KEY, LISTEN (host:port),\nLOG_LEVEL, MAX_CONNECTIONS, WORKER_THREADS, "
                     "MAX_BODY_KIB, TOKEN_TTL_SECONDS, JWT_ISSUER,\nJWT_AUDIENCE, "
                     "DB_CHECK_SECONDS. `user add` reads the password from RECON_PASSWORD\nor the "
                     "first line of stdin.\n";

int fail(const QString &message, int code = 1)
{
    std::fprintf(stderr, "recon-server: %s\n", qPrintable(message));
    return code;
}

std::unique_ptr<pqxx::connection> connectDb(const ServerConfig &config, QString &error)
{
    try {
        return std::make_unique<pqxx::connection>(config.databaseUrl.toStdString());
    } catch (const std::exception &e) {
        error = QStringLiteral("cannot connect to the database: %1")
                    .arg(QString::fromUtf8(e.what()).trimmed());
        return nullptr;
    }
}

int runMigrate(const ServerConfig &config)
{
    QString error;
    auto conn = connectDb(config, error);
    if (!conn)
        return fail(error);
    const auto r = migrate(*conn);
    if (!r.ok)
        return fail(QStringLiteral("migration failed: %1").arg(r.error), 2);
    std::printf("schema version %d (%d applied)\n", r.version, r.applied);
    return 0;
}

int runUser(const ServerConfig &config, const QStringList &args)
{
    if (args.size() < 2)
        return fail(QString::fromLatin1(kUsage).trimmed());
    QString error;
    auto conn = connectDb(config, error);
    if (!conn)
        return fail(error);
    const auto mig = migrate(*conn);
    if (!mig.ok)
        return fail(QStringLiteral("migration failed: %1").arg(mig.error), 2);
    const QString sub = args[0];
    const QString name = args[1];
    try {
        if (sub == QLatin1String("add")) {
            if (args.size() != 4 || args[2] != QLatin1String("--role"))
                return fail(QStringLiteral("usage: recon-server user add NAME --role ROLE"));
            QByteArray password = qgetenv("RECON_PASSWORD");
            if (password.isEmpty()) {
                QFile in;
                if (!in.open(stdin, QIODevice::ReadOnly))
                    return fail(QStringLiteral("cannot read the password from stdin"));
                password = in.readLine(1100);
                while (password.endsWith('\n') || password.endsWith('\r'))
                    password.chop(1);
            }
            error = addUser(*conn, name, args[3], password);
        } else if (sub == QLatin1String("delete") && args.size() == 2) {
            error = deleteUser(*conn, name);
        } else if (sub == QLatin1String("role") && args.size() == 3) {
            error = setRole(*conn, name, args[2]);
        } else {
            return fail(QString::fromLatin1(kUsage).trimmed());
        }
    } catch (const std::exception &e) {
        return fail(QString::fromUtf8(e.what()).trimmed(), 2);
    }
    if (!error.isEmpty())
        return fail(error);
    std::printf("ok\n");
    return 0;
}

int runServe(QCoreApplication &app, const ServerConfig &config)
{
    jlog::init(config.logLevel);
    QString error;
    {
        auto conn = connectDb(config, error);
        if (!conn)
            return fail(error);
        const auto r = migrate(*conn);
        if (!r.ok)
            return fail(QStringLiteral("migration failed: %1").arg(r.error), 2);
        jlog::info(QStringLiteral("schema ready"),
            { { QStringLiteral("schema_version"), r.version },
                { QStringLiteral("applied"), r.applied } });
    }
    DbPool pool(config.databaseUrl.toStdString(), config.maxConnections);
    Metrics metrics;
    Api api(config, pool, metrics);
    HttpServer server(api, config.maxBodyBytes, config.workerThreads);

    if (!config.insecureDev) {
        QFile certFile(config.tlsCertPath);
        QFile keyFile(config.tlsKeyPath);
        if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("TLS_CERT or TLS_KEY is not readable"));
        const QSslCertificate cert(&certFile, QSsl::Pem);
        QSslKey key(&keyFile, QSsl::Rsa, QSsl::Pem);
        if (key.isNull()) {
            keyFile.seek(0);
            key = QSslKey(&keyFile, QSsl::Ec, QSsl::Pem);
        }
        if (cert.isNull())
            return fail(QStringLiteral("TLS_CERT is not a PEM certificate"));
        if (key.isNull())
            return fail(QStringLiteral("TLS_KEY is not a PEM RSA or EC private key"));
        server.sslSetup(cert, key, QSsl::TlsV1_2OrLater);
    }
    const quint16 port = server.listen(config.listenAddress, config.listenPort);
    if (port == 0)
        return fail(QStringLiteral("cannot listen on %1:%2")
                        .arg(config.listenAddress.toString())
                        .arg(config.listenPort));
    server.guardBodies();
    // Keeps recon_db_ready current between /health/ready polls; logs each change.
    ReadinessProbe probe(
        [&api, last = -1]() mutable {
            const int ready = api.checkReady() ? 1 : 0;
            if (ready != last && last != -1) {
                if (ready)
                    jlog::info(QStringLiteral("database ready again"));
                else
                    jlog::warn(QStringLiteral("database not ready"));
            }
            last = ready;
        },
        std::chrono::seconds(config.dbCheckSeconds));
    probe.start();
    jlog::info(QStringLiteral("listening"),
        { { QStringLiteral("address"), config.listenAddress.toString() },
            { QStringLiteral("port"), int(port) }, { QStringLiteral("tls"), !config.insecureDev },
            { QStringLiteral("workers"), config.workerThreads },
            { QStringLiteral("db_pool"), config.maxConnections } });
    if (config.insecureDev)
        jlog::warn(QStringLiteral("plain HTTP (--insecure-dev): never use this in production"));

    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFd) == 0) {
        auto *notifier = new QSocketNotifier(g_signalFd[1], QSocketNotifier::Read, &app);
        QObject::connect(notifier, &QSocketNotifier::activated, &app, [&app] {
            char c;
            [[maybe_unused]] auto n = ::read(g_signalFd[1], &c, 1);
            jlog::info(QStringLiteral("shutting down"));
            app.quit();
        });
        std::signal(SIGTERM, onSignal);
        std::signal(SIGINT, onSignal);
    }
    const int rc = app.exec();
    probe.stop();
    server.drain();
    return rc;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("recon-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RECON_VERSION));
    QStringList args = app.arguments().mid(1);
    if (args.contains(QStringLiteral("--help")) || args.contains(QStringLiteral("-h"))) {
        std::fputs(kUsage, stdout);
        return 0;
    }
    if (args.contains(QStringLiteral("--version"))) {
        std::printf("recon-server %s\n", RECON_VERSION);
        return 0;
    }
    const bool insecure = args.removeAll(QStringLiteral("--insecure-dev")) > 0;
    const QString command = args.isEmpty() ? QStringLiteral("serve") : args.takeFirst();
    if (!initCrypto())
        return fail(QStringLiteral("libsodium failed to initialise"), 2);

    const auto env = QProcessEnvironment::systemEnvironment();
    ServerConfig config;
    QString error;
    if (command == QLatin1String("serve")) {
        if (!args.isEmpty())
            return fail(QString::fromLatin1(kUsage).trimmed());
        if (!loadConfig(env, insecure, ConfigScope::Serve, config, error))
            return fail(error);
        return runServe(app, config);
    }
    if (!loadConfig(env, insecure, ConfigScope::Database, config, error))
        return fail(error);
    if (command == QLatin1String("migrate") && args.isEmpty())
        return runMigrate(config);
    if (command == QLatin1String("user"))
        return runUser(config, args);
    return fail(QStringLiteral("unknown command %1\n%2")
                    .arg(command, QString::fromLatin1(kUsage).trimmed()));
}
