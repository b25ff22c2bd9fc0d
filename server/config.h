#pragma once
// Server configuration from the environment (12-factor): nothing secret is ever read from the
// command line, and the server refuses to start on a missing or weak secret instead of guessing.

#include <QByteArray>
#include <QHostAddress>
#include <QProcessEnvironment>
#include <QString>

namespace recon::server {

struct ServerConfig {
    QString databaseUrl; // DATABASE_URL (libpq URI or key=value string)
    QByteArray jwtSecret; // JWT_SECRET, at least 32 bytes: signs and verifies tokens
    // JWT_SECRET_PREVIOUS (optional, same strength rule): verifies only, so tokens signed before
    // a rotation stay valid until it is removed.
    QByteArray jwtSecretPrevious;
    QString tlsCertPath; // TLS_CERT (PEM)
    QString tlsKeyPath; // TLS_KEY (PEM)
    bool insecureDev = false; // --insecure-dev: plain HTTP, for local development only
    QHostAddress listenAddress = QHostAddress::LocalHost; // LISTEN host part
    quint16 listenPort = 8443; // LISTEN port part
    QString logLevel = QStringLiteral("info"); // LOG_LEVEL: trace debug info warn error off
    int maxConnections = 8; // MAX_CONNECTIONS: database pool size
    int workerThreads = 4; // WORKER_THREADS: request handler threads
    qint64 maxBodyBytes = 4 * 1024 * 1024; // MAX_BODY_KIB (in KiB): request body limit
    QString issuer = QStringLiteral("recon-server"); // JWT_ISSUER
    QString audience = QStringLiteral("recon-workstation"); // JWT_AUDIENCE
    int tokenTtlSeconds = 3600; // TOKEN_TTL_SECONDS
    int loginMaxFailuresUser = 5; // LOGIN_MAX_FAILURES_USER within the window -> 429
    int loginMaxFailuresAddress = 20; // LOGIN_MAX_FAILURES_ADDRESS (higher: offices share NAT)
    int loginWindowSeconds = 300; // LOGIN_WINDOW_SECONDS
    int dbCheckSeconds = 10; // DB_CHECK_SECONDS: background readiness probe (recon_db_ready)
};

enum class ConfigScope {
    Serve, // everything: database, secret, TLS, listen address
    Database, // only what `migrate` and `user add` need
};

// Reads and validates; on failure returns false and sets `error` to one clear sentence naming
// the variable (never its value).
bool loadConfig(const QProcessEnvironment &env, bool insecureDev, ConfigScope scope,
    ServerConfig &config, QString &error);

// "host:port", "[v6]:port" or ":port" (all interfaces). False on junk.
bool parseListen(const QString &text, QHostAddress &address, quint16 &port);

} // namespace recon::server
