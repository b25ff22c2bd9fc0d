#include "server/user_admin.h"

#include "server/api.h"
#include "server/audit.h"
#include "server/passwords.h"

#include <QRegularExpression>
#include <QUuid>

namespace recon::server {

namespace {
bool validName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9._@-]{1,64}$"));
    return re.match(name).hasMatch();
}
} // namespace

QString addUser(
    pqxx::connection &conn, const QString &name, const QString &role, const QByteArray &password)
{
    if (!validName(name))
        return QStringLiteral("user name must be 1 to 64 of A-Z a-z 0-9 . _ @ -");
    if (!roleFromString(role))
        return QStringLiteral("role must be analyst, reviewer or admin");
    if (password.size() < 8)
        return QStringLiteral("password must be at least 8 bytes");
    if (password.size() > 1024)
        return QStringLiteral("password must be at most 1024 bytes");
    const QByteArray hash = hashPassword(password);
    if (hash.isEmpty())
        return QStringLiteral("cannot hash the password");
    pqxx::work w(conn);
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const auto r = w.exec_params("INSERT INTO users (id, name, password_hash, role) VALUES "
                                 "($1::uuid, $2, $3, $4) ON CONFLICT (name) DO NOTHING",
        id.toStdString(), name.toStdString(), hash.toStdString(), role.toStdString());
    if (r.affected_rows() == 0)
        return QStringLiteral("user %1 exists").arg(name);
    appendAudit(w, QString(), QStringLiteral("user_add"),
        { { QStringLiteral("user"), name }, { QStringLiteral("role"), role } });
    w.commit();
    return {};
}

QString deleteUser(pqxx::connection &conn, const QString &name)
{
    pqxx::work w(conn);
    const auto r = w.exec_params(
        "UPDATE users SET deleted = true WHERE name = $1 AND NOT deleted", name.toStdString());
    if (r.affected_rows() == 0)
        return QStringLiteral("no such user: %1").arg(name);
    appendAudit(w, QString(), QStringLiteral("user_delete"), { { QStringLiteral("user"), name } });
    w.commit();
    return {};
}

QString setRole(pqxx::connection &conn, const QString &name, const QString &role)
{
    if (!roleFromString(role))
        return QStringLiteral("role must be analyst, reviewer or admin");
    pqxx::work w(conn);
    const auto r = w.exec_params("UPDATE users SET role = $2 WHERE name = $1 AND NOT deleted",
        name.toStdString(), role.toStdString());
    if (r.affected_rows() == 0)
        return QStringLiteral("no such user: %1").arg(name);
    appendAudit(w, QString(), QStringLiteral("user_role"),
        { { QStringLiteral("user"), name }, { QStringLiteral("role"), role } });
    w.commit();
    return {};
}

} // namespace recon::server
