#include "support/server_harness.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QNetworkReply>
#include <QSslSocket>
#include <QTest>
#include <QUuid>

namespace recon::test {

QByteArray b64url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray makeToken(const QJsonObject &header, const QJsonObject &claims, const QByteArray &key,
    QCryptographicHash::Algorithm alg)
{
    const QByteArray signingInput = b64url(QJsonDocument(header).toJson(QJsonDocument::Compact))
        + '.' + b64url(QJsonDocument(claims).toJson(QJsonDocument::Compact));
    if (key.isEmpty())
        return signingInput + '.';
    return signingInput + '.' + b64url(QMessageAuthenticationCode::hash(signingInput, key, alg));
}

QString uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QJsonObject change(const QString &key, const QString &entityId, int base,
    const QJsonObject &payload, const QString &entity)
{
    return { { QStringLiteral("idempotency_key"), key }, { QStringLiteral("entity"), entity },
        { QStringLiteral("entity_id"), entityId }, { QStringLiteral("base_version"), base },
        { QStringLiteral("payload"), payload } };
}

QByteArray pushBody(const QJsonArray &changes)
{
    return QJsonDocument(QJsonObject { { QStringLiteral("changes"), changes } })
        .toJson(QJsonDocument::Compact);
}

QProcessEnvironment ServerTestBase::serverEnv() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DATABASE_URL"), m_pg.databaseUrl());
    env.insert(QStringLiteral("JWT_SECRET"), QString::fromLatin1(kSecret));
    env.insert(QStringLiteral("TLS_CERT"), m_cert);
    env.insert(QStringLiteral("TLS_KEY"), m_key);
    env.insert(QStringLiteral("LISTEN"), QStringLiteral("127.0.0.1:0"));
    env.insert(QStringLiteral("LOG_LEVEL"), QStringLiteral("info"));
    env.insert(QStringLiteral("MAX_CONNECTIONS"), QStringLiteral("4"));
    env.insert(QStringLiteral("WORKER_THREADS"), QStringLiteral("4"));
    env.insert(QStringLiteral("MAX_BODY_KIB"), QStringLiteral("64"));
    env.insert(QStringLiteral("LOGIN_MAX_FAILURES_ADDRESS"), QStringLiteral("8"));
    env.remove(QStringLiteral("RECON_PASSWORD"));
    return env;
}

ProcessResult ServerTestBase::runServerCli(
    const QStringList &args, const QProcessEnvironment &env, const QByteArray &stdinData)
{
    ProcessResult r;
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(binary(QStringLiteral("recon-server")), args);
    if (!p.waitForStarted(10000))
        return r;
    p.write(stdinData);
    p.closeWriteChannel();
    if (!p.waitForFinished(30000)) {
        p.kill();
        p.waitForFinished(2000);
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

void ServerTestBase::addUser(const QString &name, const QString &role)
{
    auto env = serverEnv();
    env.insert(
        QStringLiteral("RECON_PASSWORD"), QStringLiteral("pw-") + name + QStringLiteral("-ok"));
    const auto r = runServerCli(
        { QStringLiteral("user"), QStringLiteral("add"), name, QStringLiteral("--role"), role },
        env);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    m_userIds.insert(
        name, m_pg.psql(QStringLiteral("SELECT id FROM users WHERE name = '%1'").arg(name)));
}

bool ServerTestBase::startServer(QString *error)
{
    return launchServer(m_server, serverEnv(), m_port, error);
}

bool ServerTestBase::launchServer(
    QProcess &server, const QProcessEnvironment &env, quint16 &port, QString *error) const
{
    server.setProcessEnvironment(env);
    server.setProcessChannelMode(QProcess::SeparateChannels);
    server.start(binary(QStringLiteral("recon-server")), {});
    if (!server.waitForStarted(10000)) {
        *error = QStringLiteral("recon-server did not start");
        return false;
    }
    QElapsedTimer t;
    t.start();
    QByteArray out;
    while (t.elapsed() < 15000) {
        server.waitForReadyRead(200);
        out += server.readAllStandardOutput();
        for (const QByteArray &line : out.split('\n')) {
            const auto o = QJsonDocument::fromJson(line).object();
            if (o.value(QStringLiteral("msg")).toString() == QLatin1String("listening")) {
                port = quint16(o.value(QStringLiteral("port")).toInt());
                return port != 0;
            }
        }
        if (server.state() == QProcess::NotRunning)
            break;
    }
    *error = QStringLiteral("no listening line: ") + QString::fromLocal8Bit(out)
        + QString::fromLocal8Bit(server.readAllStandardError());
    return false;
}

void ServerTestBase::stopServer()
{
    stopProcess(m_server);
}

void ServerTestBase::stopProcess(QProcess &server) const
{
    if (server.state() == QProcess::NotRunning)
        return;
    server.terminate();
    if (!server.waitForFinished(5000)) {
        server.kill();
        server.waitForFinished(2000);
    }
}

void ServerTestBase::setUpServer()
{
    QString error;
    QVERIFY2(m_pg.start(QStringLiteral("recon"), &error), qPrintable(error));
    m_cert = m_pg.scratchDir() + QStringLiteral("/cert.pem");
    m_key = m_pg.scratchDir() + QStringLiteral("/key.pem");
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
        { QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
            QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-subj"),
            QStringLiteral("/CN=localhost"), QStringLiteral("-addext"),
            QStringLiteral("subjectAltName=DNS:localhost,IP:127.0.0.1"), QStringLiteral("-days"),
            QStringLiteral("1"), QStringLiteral("-keyout"), m_key, QStringLiteral("-out"),
            m_cert });
    QVERIFY(openssl.waitForFinished(30000));
    QCOMPARE(openssl.exitCode(), 0);

    const auto mig = runServerCli({ QStringLiteral("migrate") }, serverEnv());
    QVERIFY2(mig.exitCode == 0, mig.err.constData());
    QVERIFY(mig.out.contains("schema version 2"));
    addUser(QStringLiteral("alice"), QStringLiteral("analyst"));
    addUser(QStringLiteral("ana2"), QStringLiteral("analyst"));
    addUser(QStringLiteral("rita"), QStringLiteral("reviewer"));
    addUser(QStringLiteral("adam"), QStringLiteral("admin"));
    addUser(QStringLiteral("dora"), QStringLiteral("analyst"));
    // Password from stdin.
    const auto viaStdin
        = runServerCli({ QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("sam"),
                           QStringLiteral("--role"), QStringLiteral("analyst") },
            serverEnv(), "pw-sam-from-stdin\n");
    QVERIFY2(viaStdin.exitCode == 0, viaStdin.err.constData());
    const auto dup
        = runServerCli({ QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("sam"),
                           QStringLiteral("--role"), QStringLiteral("analyst") },
            serverEnv(), "another-password\n");
    QCOMPARE(dup.exitCode, 1);
    QVERIFY(m_pg.psql(QStringLiteral("SELECT password_hash FROM users WHERE name = 'sam'"))
                .startsWith(QStringLiteral("$argon2id$")));

    QVERIFY2(startServer(&error), qPrintable(error));
    QFile certFile(m_cert);
    QVERIFY(certFile.open(QIODevice::ReadOnly));
    m_ssl = QSslConfiguration::defaultConfiguration();
    m_ssl.setCaCertificates(QSslCertificate::fromData(certFile.readAll(), QSsl::Pem));
    m_ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);

    const auto created = request("POST", QStringLiteral("/api/v1/workspaces"),
        QJsonDocument(QJsonObject { { QStringLiteral("id"), kWorkspace },
                          { QStringLiteral("name"), QStringLiteral("Demo month") } })
            .toJson(),
        loginToken(QStringLiteral("adam")));
    QCOMPARE(created.status, 201);
    // Analysts work only in workspaces they are members of.
    for (const char *analyst : { "alice", "ana2", "dora", "sam" }) {
        const auto added = request("POST",
            QStringLiteral("/api/v1/workspaces/") + kWorkspace + QStringLiteral("/members"),
            QJsonDocument(QJsonObject { { QStringLiteral("user"), QLatin1String(analyst) } })
                .toJson(),
            loginToken(QStringLiteral("adam")));
        QCOMPARE(added.status, 201);
    }
}

void ServerTestBase::tearDownServer()
{
    stopServer();
    m_pg.stop();
}

Reply ServerTestBase::request(const QByteArray &method, const QString &path, const QByteArray &body,
    const QByteArray &token, const QByteArray &contentType)
{
    QNetworkRequest req(QUrl(QStringLiteral("https://127.0.0.1:%1").arg(m_port) + path));
    req.setSslConfiguration(m_ssl);
    req.setPeerVerifyName(QStringLiteral("localhost"));
    req.setTransferTimeout(20000);
    if (!contentType.isEmpty() && !body.isNull())
        req.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    if (!token.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + token);
    QNetworkReply *reply = m_nam.sendCustomRequest(req, method, body);
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    Reply r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    r.json = QJsonDocument::fromJson(r.body).object();
    for (const auto &h : reply->rawHeaderPairs())
        r.headers.insert(h.first.toLower(), h.second);
    if (r.status == 0)
        qWarning("request failed: %s", qPrintable(reply->errorString()));
    reply->deleteLater();
    return r;
}

Reply ServerTestBase::rawRequest(const QByteArray &requestHead, const QByteArray &body)
{
    QSslSocket socket;
    socket.setSslConfiguration(m_ssl);
    socket.setPeerVerifyName(QStringLiteral("localhost"));
    socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), m_port);
    Reply r;
    if (!socket.waitForEncrypted(10000))
        return r;
    socket.write(requestHead + "Host: localhost\r\nConnection: close\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    QByteArray all;
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < 10000 && socket.state() == QAbstractSocket::ConnectedState) {
        socket.waitForReadyRead(200);
        all += socket.readAll();
    }
    all += socket.readAll();
    const int split = all.indexOf("\r\n\r\n");
    const QList<QByteArray> statusLine = all.left(all.indexOf("\r\n")).split(' ');
    if (statusLine.size() >= 2)
        r.status = statusLine[1].toInt();
    r.body = split >= 0 ? all.mid(split + 4) : QByteArray();
    r.json = QJsonDocument::fromJson(r.body).object();
    return r;
}

QByteArray ServerTestBase::loginToken(const QString &user)
{
    // Argon2id makes each login cost ~0.1-0.3 s: reuse tokens within the run.
    if (m_tokens.contains(user))
        return m_tokens.value(user);
    const auto r = request("POST", QStringLiteral("/api/v1/auth/login"),
        QJsonDocument(QJsonObject { { QStringLiteral("user"), user },
                          { QStringLiteral("password"),
                              QStringLiteral("pw-") + user + QStringLiteral("-ok") } })
            .toJson());
    if (r.status != 200)
        qWarning("login %s: %d %s", qPrintable(user), r.status, r.body.constData());
    const QByteArray token = r.json.value(QStringLiteral("token")).toString().toLatin1();
    if (!token.isEmpty())
        m_tokens.insert(user, token);
    return token;
}

int ServerTestBase::changeCount()
{
    return m_pg.psql(QStringLiteral("SELECT count(*) FROM changes")).toInt();
}

QJsonObject ServerTestBase::validClaims(const QString &sub) const
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    return { { QStringLiteral("iss"), QStringLiteral("recon-server") },
        { QStringLiteral("aud"), QStringLiteral("recon-workstation") },
        { QStringLiteral("sub"), sub }, { QStringLiteral("role"), QStringLiteral("admin") },
        { QStringLiteral("iat"), now }, { QStringLiteral("exp"), now + 600 } };
}

} // namespace recon::test
