#include "server/audit.h"

#include <QJsonDocument>

namespace recon::server {

void appendAudit(pqxx::transaction_base &t, const QString &actor, const QString &action,
    const QJsonObject &detail)
{
    t.exec_params("INSERT INTO server_audit (actor, action, detail) VALUES "
                  "(NULLIF($1, '')::uuid, $2, $3::jsonb)",
        actor.toStdString(), action.toStdString(),
        QJsonDocument(detail).toJson(QJsonDocument::Compact).toStdString());
}

} // namespace recon::server
