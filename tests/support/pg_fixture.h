#pragma once
// A throw-away PostgreSQL 15 cluster for integration tests: initdb into a temp dir, postgres
// on a free loopback port with its unix socket in that dir, one database. Runs the server
// binaries as the `postgres` system user when the tests run as root (initdb refuses root).
// stop() (also run by the destructor) shuts the cluster down and removes the directory.

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace recon::test {

class PgFixture {
public:
    PgFixture();
    ~PgFixture();
    PgFixture(const PgFixture &) = delete;
    PgFixture &operator=(const PgFixture &) = delete;

    // False with a reason when PostgreSQL is not installed or does not start.
    bool start(const QString &database, QString *error);
    void stop();

    // libpq URI for the database (unix socket, user postgres, trust auth).
    QString databaseUrl() const;
    // Runs SQL through psql; returns its stdout (unaligned, tuples only), empty on error.
    QString psql(const QString &sql, bool *ok = nullptr) const;
    // A scratch directory that lives as long as the fixture (owned by the test user).
    QString scratchDir() const { return m_scratch ? m_scratch->path() : QString(); }
    quint16 port() const { return m_port; }

private:
    bool run(const QString &program, const QStringList &args, QString *output, int timeoutMs,
        bool asPostgres) const;

    std::unique_ptr<QTemporaryDir> m_dir; // cluster + socket
    std::unique_ptr<QTemporaryDir> m_scratch;
    QString m_binDir;
    QString m_database;
    quint16 m_port = 0;
    bool m_running = false;
    bool m_asRoot = false;
};

// A free TCP port on 127.0.0.1 (bound then released).
quint16 freeLoopbackPort();

} // namespace recon::test
