#pragma once
// Shared harness of the recon-server integration tests (tests/integration/tst_server_*.cpp):
// a throw-away PostgreSQL cluster, the real recon-server binary over TLS (self-signed
// certificate made with openssl), users alice/ana2/dora/sam (analysts), rita (reviewer) and
// adam (admin), one workspace, and an HTTPS client. Each test file gets its own cluster and
// server from setUpServer() in its initTestCase().
#include "support/pg_fixture.h"
#include "support/testsupport.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSslConfiguration>

namespace recon::test {

inline const QByteArray kSecret = "test-secret-0123456789-abcdefghijklmnopqrstuvwxyz";
inline const QByteArray kNewSecret = "rotated-secret-9876543210-zyxwvutsrqponmlkjihgfedcba";
inline const QString kWorkspace = QStringLiteral("3f2b8c1e-4d5a-4b6c-8d7e-9f0a1b2c3d4e");

struct Reply {
    int status = 0;
    QByteArray body;
    QJsonObject json;
    QByteArray header(const char *name) const { return headers.value(QByteArray(name).toLower()); }
    QHash<QByteArray, QByteArray> headers;
};

QByteArray b64url(const QByteArray &data);
// header.claims.signature with HMAC `alg` over `key`; an empty key leaves the signature empty.
QByteArray makeToken(const QJsonObject &header, const QJsonObject &claims, const QByteArray &key,
    QCryptographicHash::Algorithm alg = QCryptographicHash::Sha256);
QString uuid();
QJsonObject change(const QString &key, const QString &entityId, int base,
    const QJsonObject &payload, const QString &entity = QStringLiteral("match"));
QByteArray pushBody(const QJsonArray &changes);

class ServerTestBase : public QObject {
protected:
    // The whole fixture (call from initTestCase; QVERIFY failures are recorded there).
    void setUpServer();
    void tearDownServer();

    QProcessEnvironment serverEnv() const;
    ProcessResult runServerCli(
        const QStringList &args, const QProcessEnvironment &env, const QByteArray &stdinData = {});
    void addUser(const QString &name, const QString &role);
    bool startServer(QString *error);
    bool launchServer(
        QProcess &server, const QProcessEnvironment &env, quint16 &port, QString *error) const;
    void stopServer();
    void stopProcess(QProcess &server) const;
    // Bytes exactly as given over TLS (QNetworkAccessManager normalises paths).
    Reply rawRequest(const QByteArray &requestHead, const QByteArray &body);
    Reply request(const QByteArray &method, const QString &path, const QByteArray &body = {},
        const QByteArray &token = {}, const QByteArray &contentType = "application/json");
    QByteArray loginToken(const QString &user);
    int changeCount();
    QJsonObject validClaims(const QString &sub) const;

    PgFixture m_pg;
    QString m_cert;
    QString m_key;
    QProcess m_server;
    quint16 m_port = 0;
    QNetworkAccessManager m_nam;
    QSslConfiguration m_ssl;
    QHash<QString, QString> m_userIds;
    QHash<QString, QByteArray> m_tokens;
};

} // namespace recon::test
