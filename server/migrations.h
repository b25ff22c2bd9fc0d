#pragma once
// Numbered schema migrations (resources/server_sql/NNN_name.sql, compiled in as Qt resources),
// applied in order at start and by `recon-server migrate`, each in its own transaction and
// recorded in schema_migrations. A database newer than this binary is refused.

#include <pqxx/pqxx>

#include <QString>

namespace recon::server {

struct MigrationResult {
    bool ok = false;
    int applied = 0; // migrations run now
    int version = 0; // schema version afterwards
    QString error;
};

MigrationResult migrate(pqxx::connection &conn);
// Highest migration number shipped in this binary.
int latestSchemaVersion();

} // namespace recon::server
