#include "server/migrations.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <map>

namespace recon::server {

namespace {

std::map<int, QString> shippedMigrations()
{
    std::map<int, QString> out;
    static const QRegularExpression re(QStringLiteral("^(\\d{3})_[a-z0-9_]+\\.sql$"));
    const QDir dir(QStringLiteral(":/server_sql"));
    for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
        const auto m = re.match(name);
        if (m.hasMatch())
            out.emplace(m.captured(1).toInt(), dir.filePath(name));
    }
    return out;
}

} // namespace

int latestSchemaVersion()
{
    const auto all = shippedMigrations();
    return all.empty() ? 0 : all.rbegin()->first;
}

MigrationResult migrate(pqxx::connection &conn)
{
    MigrationResult r;
    try {
        {
            pqxx::work w(conn);
            // Serialise concurrent starters (two servers on one database).
            w.exec("SELECT pg_advisory_xact_lock(7253001)");
            w.exec("CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, "
                   "applied_at timestamptz NOT NULL DEFAULT now())");
            w.commit();
        }
        const auto all = shippedMigrations();
        for (const auto &[number, path] : all) {
            pqxx::work w(conn);
            w.exec("SELECT pg_advisory_xact_lock(7253001)");
            const auto done
                = w.exec_params("SELECT 1 FROM schema_migrations WHERE version = $1", number);
            if (!done.empty())
                continue;
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly)) {
                r.error = QStringLiteral("cannot read migration %1").arg(path);
                return r;
            }
            w.exec(f.readAll().toStdString());
            w.exec_params("INSERT INTO schema_migrations (version) VALUES ($1)", number);
            w.commit();
            ++r.applied;
        }
        pqxx::work w(conn);
        const auto v = w.exec("SELECT coalesce(max(version), 0) FROM schema_migrations");
        r.version = v[0][0].as<int>();
        w.commit();
        if (r.version > latestSchemaVersion()) {
            r.error = QStringLiteral("database schema version %1 is newer than this server (%2)")
                          .arg(r.version)
                          .arg(latestSchemaVersion());
            return r;
        }
        r.ok = true;
    } catch (const std::exception &e) {
        r.error = QString::fromUtf8(e.what()).trimmed();
    }
    return r;
}

} // namespace recon::server
