#pragma once
// User administration for the `recon-server user ...` commands (direct database access).

#include <pqxx/pqxx>

#include <QString>

namespace recon::server {

// Empty string on success, else one clear sentence.
QString addUser(
    pqxx::connection &conn, const QString &name, const QString &role, const QByteArray &password);
QString deleteUser(pqxx::connection &conn, const QString &name);
QString setRole(pqxx::connection &conn, const QString &name, const QString &role);

} // namespace recon::server
