#pragma once
// The server audit log (append-only table server_audit, enforced by a trigger).

#include <pqxx/pqxx>

#include <QJsonObject>
#include <QString>

namespace recon::server {

// `actor` is a user id or empty (unknown user, CLI).
void appendAudit(pqxx::transaction_base &t, const QString &actor, const QString &action,
    const QJsonObject &detail);

} // namespace recon::server
