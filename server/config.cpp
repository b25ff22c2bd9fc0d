#include "server/config.h"

#include <QFile>
#include <QFileInfo>

namespace recon::server {

namespace {

bool readInt(
    const QProcessEnvironment &env, const char *name, int min, int max, int &out, QString &error)
{
    const QString key = QString::fromLatin1(name);
    if (!env.contains(key))
        return true;
    bool ok = false;
    const int v = env.value(key).trimmed().toInt(&ok);
    if (!ok || v < min || v > max) {
        error
            = QStringLiteral("%1 must be an integer between %2 and %3").arg(key).arg(min).arg(max);
        return false;
    }
    out = v;
    return true;
}

// A signing secret: at least 32 bytes. An optional one may be unset, never set but weak.
bool readSecret(const QProcessEnvironment &env, const char *name, bool required, QByteArray &out,
    QString &error)
{
    const QString key = QString::fromLatin1(name);
    out = env.value(key).toUtf8();
    if (out.isEmpty() && !env.contains(key) && !required)
        return true;
    if (out.isEmpty()) {
        error = QStringLiteral("%1 is %2 (use at least 32 random bytes, e.g. "
                               "`openssl rand -base64 48`)")
                    .arg(key, required ? QStringLiteral("not set") : QStringLiteral("empty"));
        return false;
    }
    if (out.size() < 32) {
        error = QStringLiteral("%1 is too short: %2 bytes, at least 32 are required")
                    .arg(key)
                    .arg(out.size());
        out.clear();
        return false;
    }
    return true;
}

bool readableFile(const QString &path)
{
    QFile f(path);
    return !path.isEmpty() && QFileInfo(path).isFile() && f.open(QIODevice::ReadOnly);
}

} // namespace

bool parseListen(const QString &text, QHostAddress &address, quint16 &port)
{
    const QString t = text.trimmed();
    const int colon = t.lastIndexOf(QLatin1Char(':'));
    if (colon < 0)
        return false;
    QString host = t.left(colon);
    bool ok = false;
    const uint p = t.mid(colon + 1).toUInt(&ok);
    if (!ok || p > 65535)
        return false;
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    if (host.isEmpty() || host == QLatin1String("*")) {
        address = QHostAddress::Any;
    } else if (host == QLatin1String("localhost")) {
        address = QHostAddress::LocalHost;
    } else {
        QHostAddress a;
        if (!a.setAddress(host))
            return false;
        address = a;
    }
    port = quint16(p);
    return true;
}

bool loadConfig(const QProcessEnvironment &env, bool insecureDev, ConfigScope scope,
    ServerConfig &config, QString &error)
{
    config.insecureDev = insecureDev;
    config.databaseUrl = env.value(QStringLiteral("DATABASE_URL"));
    if (config.databaseUrl.trimmed().isEmpty()) {
        error = QStringLiteral("DATABASE_URL is not set (e.g. postgresql://recon@localhost/recon)");
        return false;
    }
    if (env.contains(QStringLiteral("LOG_LEVEL"))) {
        const QString level = env.value(QStringLiteral("LOG_LEVEL")).trimmed().toLower();
        static const QStringList levels { QStringLiteral("trace"), QStringLiteral("debug"),
            QStringLiteral("info"), QStringLiteral("warn"), QStringLiteral("error"),
            QStringLiteral("off") };
        if (!levels.contains(level)) {
            error = QStringLiteral("LOG_LEVEL must be one of trace, debug, info, warn, error, off");
            return false;
        }
        config.logLevel = level;
    }
    if (!readInt(env, "MAX_CONNECTIONS", 1, 1000, config.maxConnections, error))
        return false;
    if (scope == ConfigScope::Database)
        return true;

    if (!readSecret(env, "JWT_SECRET", true, config.jwtSecret, error)
        || !readSecret(env, "JWT_SECRET_PREVIOUS", false, config.jwtSecretPrevious, error))
        return false;
    if (config.jwtSecretPrevious == config.jwtSecret)
        config.jwtSecretPrevious.clear(); // rotation finished early: nothing extra to accept
    if (!readInt(env, "WORKER_THREADS", 1, 256, config.workerThreads, error))
        return false;
    int ttl = config.tokenTtlSeconds;
    if (!readInt(env, "TOKEN_TTL_SECONDS", 30, 7 * 24 * 3600, ttl, error))
        return false;
    config.tokenTtlSeconds = ttl;
    if (!readInt(env, "LOGIN_MAX_FAILURES_USER", 1, 1000, config.loginMaxFailuresUser, error)
        || !readInt(
            env, "LOGIN_MAX_FAILURES_ADDRESS", 1, 100000, config.loginMaxFailuresAddress, error)
        || !readInt(env, "LOGIN_WINDOW_SECONDS", 1, 86400, config.loginWindowSeconds, error)
        || !readInt(env, "DB_CHECK_SECONDS", 1, 3600, config.dbCheckSeconds, error))
        return false;
    int maxBodyKiB = int(config.maxBodyBytes / 1024);
    if (!readInt(env, "MAX_BODY_KIB", 1, 512 * 1024, maxBodyKiB, error))
        return false;
    config.maxBodyBytes = qint64(maxBodyKiB) * 1024;
    if (env.contains(QStringLiteral("JWT_ISSUER")))
        config.issuer = env.value(QStringLiteral("JWT_ISSUER"));
    if (env.contains(QStringLiteral("JWT_AUDIENCE")))
        config.audience = env.value(QStringLiteral("JWT_AUDIENCE"));

    if (env.contains(QStringLiteral("LISTEN"))
        && !parseListen(
            env.value(QStringLiteral("LISTEN")), config.listenAddress, config.listenPort)) {
        error = QStringLiteral("LISTEN must be host:port (e.g. 127.0.0.1:8443 or :8443)");
        return false;
    }

    config.tlsCertPath = env.value(QStringLiteral("TLS_CERT"));
    config.tlsKeyPath = env.value(QStringLiteral("TLS_KEY"));
    const bool anyTls = !config.tlsCertPath.isEmpty() || !config.tlsKeyPath.isEmpty();
    if (!anyTls && !insecureDev) {
        error = QStringLiteral("TLS_CERT and TLS_KEY are not set; refusing to serve plain HTTP "
                               "(pass --insecure-dev for local development only)");
        return false;
    }
    if (anyTls) {
        if (!readableFile(config.tlsCertPath)) {
            error = QStringLiteral("TLS_CERT is not a readable file");
            return false;
        }
        if (!readableFile(config.tlsKeyPath)) {
            error = QStringLiteral("TLS_KEY is not a readable file");
            return false;
        }
        config.insecureDev = false; // TLS given: always use it
    }
    return true;
}

} // namespace recon::server
