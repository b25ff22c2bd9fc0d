// recon-server through real parts: a throw-away PostgreSQL cluster, the real binary over TLS
// (self-signed certificate made with openssl) and an HTTPS client. Covers config refusals,
// login and rate limiting, token attacks, the role matrix, push/replay/conflict/pull,
// SQL-injection strings, and hostile bodies (nothing written).
#include "support/pg_fixture.h"
#include "support/testsupport.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTest>
#include <QTimer>
#include <QUuid>

using namespace recon;

namespace {

const QByteArray kSecret = "test-secret-0123456789-abcdefghijklmnopqrstuvwxyz";
const QByteArray kNewSecret = "rotated-secret-9876543210-zyxwvutsrqponmlkjihgfedcba";
const QString kWorkspace = QStringLiteral("3f2b8c1e-4d5a-4b6c-8d7e-9f0a1b2c3d4e");

struct Reply {
    int status = 0;
    QByteArray body;
    QJsonObject json;
    QByteArray header(const char *name) const { return headers.value(QByteArray(name).toLower()); }
    QHash<QByteArray, QByteArray> headers;
};

QByteArray b64url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray makeToken(const QJsonObject &header, const QJsonObject &claims, const QByteArray &key,
    QCryptographicHash::Algorithm alg = QCryptographicHash::Sha256)
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
    const QJsonObject &payload, const QString &entity = QStringLiteral("match"))
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

} // namespace

class TestServer : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void configRefusals_data();
    void configRefusals();
    void healthAndReady();
    void login();
    void tokenAttacks_data();
    void tokenAttacks();
    void deletedUserAndRoleFromDatabase();
    void roleMatrix_data();
    void roleMatrix();
    void pushReplayConflict();
    void pullPagesChangesByOthers();
    void sqlInjectionStringsStoredVerbatim();
    void hostileBodies_data();
    void hostileBodies();
    void metrics();
    void secretRotation();
    void backgroundReadinessProbe();
    void loginRateLimit(); // last: it blocks logins from this address

private:
    QProcessEnvironment serverEnv() const;
    test::ProcessResult runServerCli(
        const QStringList &args, const QProcessEnvironment &env, const QByteArray &stdinData = {});
    void addUser(const QString &name, const QString &role);
    bool startServer(QString *error);
    bool launchServer(
        QProcess &server, const QProcessEnvironment &env, quint16 &port, QString *error) const;
    void stopProcess(QProcess &server) const;
    void stopServer();
    // Bytes exactly as given over TLS (QNetworkAccessManager normalises paths).
    Reply rawRequest(const QByteArray &requestHead, const QByteArray &body);
    Reply request(const QByteArray &method, const QString &path, const QByteArray &body = {},
        const QByteArray &token = {}, const QByteArray &contentType = "application/json");
    QByteArray loginToken(const QString &user);
    int changeCount();
    QJsonObject validClaims(const QString &sub) const;

    test::PgFixture m_pg;
    QString m_cert;
    QString m_key;
    QProcess m_server;
    quint16 m_port = 0;
    QNetworkAccessManager m_nam;
    QSslConfiguration m_ssl;
    QHash<QString, QString> m_userIds;
    QHash<QString, QByteArray> m_tokens;
};

QProcessEnvironment TestServer::serverEnv() const
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

test::ProcessResult TestServer::runServerCli(
    const QStringList &args, const QProcessEnvironment &env, const QByteArray &stdinData)
{
    test::ProcessResult r;
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(test::binary(QStringLiteral("recon-server")), args);
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

void TestServer::addUser(const QString &name, const QString &role)
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

bool TestServer::startServer(QString *error)
{
    return launchServer(m_server, serverEnv(), m_port, error);
}

bool TestServer::launchServer(
    QProcess &server, const QProcessEnvironment &env, quint16 &port, QString *error) const
{
    server.setProcessEnvironment(env);
    server.setProcessChannelMode(QProcess::SeparateChannels);
    server.start(test::binary(QStringLiteral("recon-server")), {});
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

void TestServer::stopServer()
{
    stopProcess(m_server);
}

void TestServer::stopProcess(QProcess &server) const
{
    if (server.state() == QProcess::NotRunning)
        return;
    server.terminate();
    if (!server.waitForFinished(5000)) {
        server.kill();
        server.waitForFinished(2000);
    }
}

void TestServer::initTestCase()
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

void TestServer::cleanupTestCase()
{
    stopServer();
    m_pg.stop();
}

Reply TestServer::request(const QByteArray &method, const QString &path, const QByteArray &body,
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

Reply TestServer::rawRequest(const QByteArray &requestHead, const QByteArray &body)
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

QByteArray TestServer::loginToken(const QString &user)
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

int TestServer::changeCount()
{
    return m_pg.psql(QStringLiteral("SELECT count(*) FROM changes")).toInt();
}

QJsonObject TestServer::validClaims(const QString &sub) const
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    return { { QStringLiteral("iss"), QStringLiteral("recon-server") },
        { QStringLiteral("aud"), QStringLiteral("recon-workstation") },
        { QStringLiteral("sub"), sub }, { QStringLiteral("role"), QStringLiteral("admin") },
        { QStringLiteral("iat"), now }, { QStringLiteral("exp"), now + 600 } };
}

void TestServer::configRefusals_data()
{
    QTest::addColumn<QString>("variable");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("insecure");
    QTest::addColumn<QString>("message");
    QTest::newRow("no secret") << "JWT_SECRET"
                               << "" << false << "JWT_SECRET is not set";
    QTest::newRow("short secret") << "JWT_SECRET"
                                  << "only-31-bytes-long-secret-value" << false
                                  << "JWT_SECRET is too short";
    QTest::newRow("no database") << "DATABASE_URL"
                                 << "" << false << "DATABASE_URL is not set";
    QTest::newRow("unreadable cert")
        << "TLS_CERT"
        << "/nonexistent/cert.pem" << false << "TLS_CERT is not a readable file";
    QTest::newRow("unreadable key")
        << "TLS_KEY"
        << "/nonexistent/key.pem" << true << "TLS_KEY is not a readable file";
    QTest::newRow("bad listen") << "LISTEN"
                                << "nowhere" << false << "LISTEN must be host:port";
    QTest::newRow("short previous secret")
        << "JWT_SECRET_PREVIOUS"
        << "only-31-bytes-long-secret-value" << false << "JWT_SECRET_PREVIOUS is too short";
    QTest::newRow("bad probe interval") << "DB_CHECK_SECONDS"
                                        << "0" << false << "DB_CHECK_SECONDS must be";
    QTest::newRow("bad pool") << "MAX_CONNECTIONS"
                              << "0" << false << "MAX_CONNECTIONS must be";
}

void TestServer::configRefusals()
{
    QFETCH(QString, variable);
    QFETCH(QString, value);
    QFETCH(bool, insecure);
    QFETCH(QString, message);
    auto env = serverEnv();
    if (value.isEmpty())
        env.remove(variable);
    else
        env.insert(variable, value);
    const auto r = runServerCli(
        insecure ? QStringList { QStringLiteral("--insecure-dev") } : QStringList {}, env);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(message.toUtf8()), r.err.constData());
    QVERIFY(!r.err.contains(kSecret));
    QCOMPARE(r.err.count('\n'), 1);

    // Without TLS and without --insecure-dev: refused.
    auto noTls = serverEnv();
    noTls.remove(QStringLiteral("TLS_CERT"));
    noTls.remove(QStringLiteral("TLS_KEY"));
    const auto plain = runServerCli({}, noTls);
    QCOMPARE(plain.exitCode, 1);
    QVERIFY(plain.err.contains("--insecure-dev"));
}

void TestServer::healthAndReady()
{
    auto r = request("GET", QStringLiteral("/health/live"));
    QCOMPARE(r.status, 200);
    r = request("GET", QStringLiteral("/health/ready"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(QStringLiteral("status")).toString(), QStringLiteral("ready"));
    QVERIFY(!r.header("x-request-id").isEmpty());
    r = request("POST", QStringLiteral("/health/live"), "{}");
    QCOMPARE(r.status, 405);
    r = request("GET", QStringLiteral("/nope"));
    QCOMPARE(r.status, 404);
}

void TestServer::login()
{
    auto body = [](const QString &u, const QString &p) {
        return QJsonDocument(
            QJsonObject { { QStringLiteral("user"), u }, { QStringLiteral("password"), p } })
            .toJson();
    };
    auto r = request("POST", QStringLiteral("/api/v1/auth/login"),
        body(QStringLiteral("alice"), QStringLiteral("pw-alice-ok")));
    QCOMPARE(r.status, 200);
    const QByteArray token = r.json.value(QStringLiteral("token")).toString().toLatin1();
    QCOMPARE(r.json.value(QStringLiteral("role")).toString(), QStringLiteral("analyst"));
    const auto parts = token.split('.');
    QCOMPARE(parts.size(), 3);
    const auto header
        = QJsonDocument::fromJson(QByteArray::fromBase64(parts[0], QByteArray::Base64UrlEncoding))
              .object();
    QCOMPARE(header.value(QStringLiteral("alg")).toString(), QStringLiteral("HS256"));
    const auto claims
        = QJsonDocument::fromJson(QByteArray::fromBase64(parts[1], QByteArray::Base64UrlEncoding))
              .object();
    for (const char *c : { "exp", "iat", "iss", "aud", "sub", "role" })
        QVERIFY2(claims.contains(QLatin1String(c)), c);
    QCOMPARE(
        claims.value(QStringLiteral("sub")).toString(), m_userIds.value(QStringLiteral("alice")));
    r = request("GET", QStringLiteral("/api/v1/me"), {}, token);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(QStringLiteral("name")).toString(), QStringLiteral("alice"));

    r = request("POST", QStringLiteral("/api/v1/auth/login"),
        body(QStringLiteral("ana2"), QStringLiteral("wrong-password")));
    QCOMPARE(r.status, 401);
    QVERIFY(!r.json.contains(QStringLiteral("token")));
    r = request("POST", QStringLiteral("/api/v1/auth/login"),
        body(QStringLiteral("nobody"), QStringLiteral("whatever")));
    QCOMPARE(r.status, 401);
    r = request("POST", QStringLiteral("/api/v1/auth/login"), "{\"user\": 3}");
    QCOMPARE(r.status, 400);
    r = request("POST", QStringLiteral("/api/v1/auth/login"), "not json");
    QCOMPARE(r.status, 400);
    QVERIFY(
        m_pg.psql(QStringLiteral("SELECT count(*) FROM server_audit WHERE action = 'login_failed'"))
            .toInt()
        >= 2);
}

void TestServer::tokenAttacks_data()
{
    QTest::addColumn<QByteArray>("token");
    const QString sub = m_userIds.value(QStringLiteral("adam"));
    const QJsonObject hs256 { { QStringLiteral("alg"), QStringLiteral("HS256") },
        { QStringLiteral("typ"), QStringLiteral("JWT") } };
    const QByteArray good = makeToken(hs256, validClaims(sub), kSecret);
    QByteArray tampered = good;
    tampered[tampered.size() - 2] = tampered.at(tampered.size() - 2) == 'A' ? 'B' : 'A';
    QTest::newRow("tampered signature") << tampered;
    QJsonObject promoted = validClaims(m_userIds.value(QStringLiteral("alice")));
    const auto goodParts = good.split('.');
    QTest::newRow("tampered claims") << (goodParts[0] + '.'
        + b64url(QJsonDocument(promoted).toJson(QJsonDocument::Compact)) + '.' + goodParts[2]);
    QTest::newRow("alg none") << makeToken(
        { { QStringLiteral("alg"), QStringLiteral("none") } }, validClaims(sub), {});
    QTest::newRow("alg none with signature") << makeToken(
        { { QStringLiteral("alg"), QStringLiteral("none") } }, validClaims(sub), kSecret);
    QTest::newRow("alg HS512") << makeToken({ { QStringLiteral("alg"), QStringLiteral("HS512") } },
        validClaims(sub), kSecret, QCryptographicHash::Sha512);
    QTest::newRow("wrong key") << makeToken(
        hs256, validClaims(sub), "another-secret-of-32-bytes-or-more!!");
    auto claims = validClaims(sub);
    claims.insert(QStringLiteral("aud"), QStringLiteral("someone-else"));
    QTest::newRow("wrong audience") << makeToken(hs256, claims, kSecret);
    claims = validClaims(sub);
    claims.insert(QStringLiteral("iss"), QStringLiteral("evil"));
    QTest::newRow("wrong issuer") << makeToken(hs256, claims, kSecret);
    claims = validClaims(sub);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    claims.insert(QStringLiteral("iat"), now - 7200);
    claims.insert(QStringLiteral("exp"), now - 3600);
    QTest::newRow("expired") << makeToken(hs256, claims, kSecret);
    claims = validClaims(sub);
    claims.remove(QStringLiteral("exp"));
    QTest::newRow("no exp") << makeToken(hs256, claims, kSecret);
    QTest::newRow("unknown subject") << makeToken(hs256, validClaims(uuid()), kSecret);
    QTest::newRow("garbage") << QByteArray("not.a.token");
    QTest::newRow("empty") << QByteArray();
    // The control: the same construction with the right key is accepted (see below).
    QTest::newRow("control") << good;
}

void TestServer::tokenAttacks()
{
    QFETCH(QByteArray, token);
    const auto r = request("GET", QStringLiteral("/api/v1/me"), {}, token);
    if (QByteArray(QTest::currentDataTag()) == "control") {
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QStringLiteral("name")).toString(), QStringLiteral("adam"));
        return;
    }
    QCOMPARE(r.status, 401);
    QVERIFY(r.header("www-authenticate").startsWith("Bearer"));
}

void TestServer::deletedUserAndRoleFromDatabase()
{
    const QByteArray dora = loginToken(QStringLiteral("dora"));
    QVERIFY(!dora.isEmpty());
    QCOMPARE(request("GET", QStringLiteral("/api/v1/me"), {}, dora).status, 200);
    const auto del = runServerCli(
        { QStringLiteral("user"), QStringLiteral("delete"), QStringLiteral("dora") }, serverEnv());
    QCOMPARE(del.exitCode, 0);
    QCOMPARE(request("GET", QStringLiteral("/api/v1/me"), {}, dora).status, 401);
    QCOMPARE(
        request("GET", QStringLiteral("/api/v1/workspaces/") + kWorkspace + QStringLiteral("/pull"),
            {}, dora)
            .status,
        401);

    // A reviewer demoted to analyst loses approve at once: the role comes from the database.
    const QByteArray rita = loginToken(QStringLiteral("rita"));
    const QByteArray approve = QJsonDocument(
        QJsonObject { { QStringLiteral("entity"), QStringLiteral("match") },
            { QStringLiteral("entity_id"), uuid() }, { QStringLiteral("version"), 1 },
            { QStringLiteral("decision"), QStringLiteral("approve") } })
                                   .toJson();
    const QString path
        = QStringLiteral("/api/v1/workspaces/") + kWorkspace + QStringLiteral("/approve");
    QCOMPARE(request("POST", path, approve, rita).status, 404); // allowed, but no such version
    QCOMPARE(runServerCli({ QStringLiteral("user"), QStringLiteral("role"), QStringLiteral("rita"),
                              QStringLiteral("analyst") },
                 serverEnv())
                 .exitCode,
        0);
    QCOMPARE(request("POST", path, approve, rita).status, 403);
    QCOMPARE(runServerCli({ QStringLiteral("user"), QStringLiteral("role"), QStringLiteral("rita"),
                              QStringLiteral("reviewer") },
                 serverEnv())
                 .exitCode,
        0);
    QCOMPARE(request("POST", path, approve, rita).status, 404);
}

void TestServer::roleMatrix_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("action");
    QTest::addColumn<int>("expected");
    // action: push, pull, approve, create (workspace), list, members (add one)
    const struct {
        const char *user;
        int push, pull, approve, create, list, members;
    } rows[] = {
        { "alice", 200, 200, 403, 403, 200, 403 }, { "rita", 200, 200, 201, 403, 200, 403 },
        { "adam", 200, 200, 201, 201, 200, 200 }, // ana2 is already a member: 200, not 201
    };
    for (const auto &r : rows) {
        const QString u = QString::fromLatin1(r.user);
        QTest::addRow("%s push", r.user) << u << QByteArray("POST") << "push" << r.push;
        QTest::addRow("%s pull", r.user) << u << QByteArray("GET") << "pull" << r.pull;
        QTest::addRow("%s approve", r.user) << u << QByteArray("POST") << "approve" << r.approve;
        QTest::addRow("%s create workspace", r.user)
            << u << QByteArray("POST") << "create" << r.create;
        QTest::addRow("%s list workspaces", r.user) << u << QByteArray("GET") << "list" << r.list;
        QTest::addRow("%s add member", r.user) << u << QByteArray("POST") << "members" << r.members;
    }
}

void TestServer::roleMatrix()
{
    QFETCH(QString, user);
    QFETCH(QByteArray, method);
    QFETCH(QString, action);
    QFETCH(int, expected);
    const QByteArray token = loginToken(user);
    QVERIFY(!token.isEmpty());
    const QString base = QStringLiteral("/api/v1/workspaces/") + kWorkspace;
    Reply r;
    if (action == QLatin1String("push")) {
        r = request(method, base + QStringLiteral("/push"),
            pushBody({ change(uuid(), uuid(), 0, { { QStringLiteral("by"), user } }) }), token);
    } else if (action == QLatin1String("pull")) {
        r = request(method, base + QStringLiteral("/pull?since=0"), {}, token);
    } else if (action == QLatin1String("approve")) {
        // Approve something that exists: a fresh version pushed by the admin.
        const QString entityId = uuid();
        const auto pushed = request("POST", base + QStringLiteral("/push"),
            pushBody({ change(uuid(), entityId, 0, {}) }), loginToken(QStringLiteral("adam")));
        QCOMPARE(pushed.status, 200);
        r = request(method, base + QStringLiteral("/approve"),
            QJsonDocument(
                QJsonObject { { QStringLiteral("entity"), QStringLiteral("match") },
                    { QStringLiteral("entity_id"), entityId }, { QStringLiteral("version"), 1 },
                    { QStringLiteral("decision"), QStringLiteral("reject") },
                    { QStringLiteral("comment"), QStringLiteral("amounts differ") } })
                .toJson(),
            token);
    } else if (action == QLatin1String("create")) {
        r = request(method, QStringLiteral("/api/v1/workspaces"),
            QJsonDocument(
                QJsonObject { { QStringLiteral("name"), QStringLiteral("WS by ") + user } })
                .toJson(),
            token);
    } else if (action == QLatin1String("members")) {
        r = request(method, base + QStringLiteral("/members"),
            QJsonDocument(QJsonObject { { QStringLiteral("user"), QStringLiteral("ana2") } })
                .toJson(),
            token);
    } else {
        r = request(method, QStringLiteral("/api/v1/workspaces"), {}, token);
    }
    QVERIFY2(r.status == expected, r.body.constData());
    // Without a token everything here is 401.
    QCOMPARE(request(method, base + QStringLiteral("/pull"), {}, {}).status, 401);
}

void TestServer::pushReplayConflict()
{
    const QByteArray alice = loginToken(QStringLiteral("alice"));
    const QByteArray ana2 = loginToken(QStringLiteral("ana2"));
    const QString path
        = QStringLiteral("/api/v1/workspaces/") + kWorkspace + QStringLiteral("/push");
    const QString entityA = uuid(), entityB = uuid();
    const QString k1 = uuid(), k2 = uuid();
    const QJsonObject payloadA { { QStringLiteral("amount_minor"), qint64(9007199254740993LL) },
        { QStringLiteral("currency"), QStringLiteral("EUR") } };
    const QByteArray batch = pushBody({ change(k1, entityA, 0, payloadA),
        change(k2, entityB, 0, { { QStringLiteral("note"), QStringLiteral("b") } }) });
    const int before = changeCount();
    auto r = request("POST", path, batch, alice);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(QStringLiteral("accepted")).toArray().size(), 2);
    QCOMPARE(changeCount(), before + 2);
    // Exact integers survive (no double rounding anywhere).
    QCOMPARE(m_pg.psql(QStringLiteral(
                 "SELECT payload->>'amount_minor' FROM changes WHERE entity_id = '%1'")
                           .arg(entityA)),
        QStringLiteral("9007199254740993"));

    // Replay: a no-op, reported as replayed.
    r = request("POST", path, batch, alice);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(QStringLiteral("accepted")).toArray().size(), 0);
    QCOMPARE(r.json.value(QStringLiteral("replayed")).toArray().size(), 2);
    QCOMPARE(changeCount(), before + 2);

    // ana2 edits A on version 1 (ok) and B on a stale base 0 (conflict): 409, A applied.
    const QString k3 = uuid(), k4 = uuid();
    r = request("POST", path,
        pushBody({ change(k3, entityA, 1, { { QStringLiteral("note"), QStringLiteral("v2") } }),
            change(k4, entityB, 0, { { QStringLiteral("note"), QStringLiteral("mine") } }) }),
        ana2);
    QCOMPARE(r.status, 409);
    const auto accepted = r.json.value(QStringLiteral("accepted")).toArray();
    QCOMPARE(accepted.size(), 1);
    QCOMPARE(accepted[0].toObject().value(QStringLiteral("version")).toInt(), 2);
    const auto conflicts = r.json.value(QStringLiteral("conflicts")).toArray();
    QCOMPARE(conflicts.size(), 1);
    const auto c = conflicts[0].toObject();
    QCOMPARE(c.value(QStringLiteral("idempotency_key")).toString(), k4);
    QCOMPARE(c.value(QStringLiteral("base_version")).toInt(), 0);
    QCOMPARE(c.value(QStringLiteral("current_version")).toInt(), 1);
    QCOMPARE(c.value(QStringLiteral("current_payload"))
                 .toObject()
                 .value(QStringLiteral("note"))
                 .toString(),
        QStringLiteral("b"));
    QCOMPARE(
        c.value(QStringLiteral("your_payload")).toObject().value(QStringLiteral("note")).toString(),
        QStringLiteral("mine"));
    QCOMPARE(c.value(QStringLiteral("current_author")).toString(), QStringLiteral("alice"));
    QCOMPARE(changeCount(), before + 3);
    // The conflicting item was not stored under its key, so a corrected retry is accepted.
    r = request("POST", path,
        pushBody(
            { change(k4, entityB, 1, { { QStringLiteral("note"), QStringLiteral("mine") } }) }),
        ana2);
    QCOMPARE(r.status, 200);
    QCOMPARE(changeCount(), before + 4);
    QVERIFY(
        m_pg.psql(QStringLiteral("SELECT count(*) FROM server_audit WHERE action = 'push'")).toInt()
        >= 4);
}

void TestServer::pullPagesChangesByOthers()
{
    const QByteArray alice = loginToken(QStringLiteral("alice"));
    const QByteArray sam = [this] {
        const auto r = request("POST", QStringLiteral("/api/v1/auth/login"),
            R"({"user":"sam","password":"pw-sam-from-stdin"})");
        return r.json.value(QStringLiteral("token")).toString().toLatin1();
    }();
    QVERIFY(!sam.isEmpty());
    const QString base = QStringLiteral("/api/v1/workspaces/") + kWorkspace;
    // sam has pushed nothing: he sees everything; alice does not see her own changes.
    QJsonArray batch;
    for (int i = 0; i < 5; ++i)
        batch.append(change(uuid(), uuid(), 0, { { QStringLiteral("i"), i } }));
    QCOMPARE(request("POST", base + QStringLiteral("/push"), pushBody(batch), alice).status, 200);
    const int total = changeCount();
    const int byAlice = m_pg.psql(QStringLiteral("SELECT count(*) FROM changes c JOIN users u ON "
                                                 "u.id = c.author WHERE u.name = 'alice'"))
                            .toInt();
    qint64 cursor = 0;
    int seen = 0, pages = 0;
    QSet<qint64> seqs;
    for (;;) {
        const auto r
            = request("GET", base + QStringLiteral("/pull?since=%1&limit=3").arg(cursor), {}, sam);
        QCOMPARE(r.status, 200);
        const auto items = r.json.value(QStringLiteral("changes")).toArray();
        for (const auto &v : items) {
            const qint64 s = qint64(v.toObject().value(QStringLiteral("seq")).toDouble());
            QVERIFY(s > cursor);
            QVERIFY(!seqs.contains(s));
            seqs.insert(s);
        }
        seen += int(items.size());
        ++pages;
        cursor = qint64(r.json.value(QStringLiteral("next_cursor")).toDouble());
        if (!r.json.value(QStringLiteral("has_more")).toBool())
            break;
        QVERIFY(pages < 100);
    }
    QCOMPARE(seen, total);
    QVERIFY(pages >= total / 3);
    auto r = request("GET", base + QStringLiteral("/pull?since=0&limit=1000"), {}, alice);
    QCOMPARE(r.status, 200);
    QCOMPARE(int(r.json.value(QStringLiteral("changes")).toArray().size()), total - byAlice);
    for (const auto &v : r.json.value(QStringLiteral("changes")).toArray())
        QVERIFY(v.toObject().value(QStringLiteral("author")).toString() != QLatin1String("alice"));
    QCOMPARE(request("GET", base + QStringLiteral("/pull?since=-1"), {}, alice).status, 400);
    QCOMPARE(request("GET", base + QStringLiteral("/pull?since=abc"), {}, alice).status, 400);
    QCOMPARE(request("GET", base + QStringLiteral("/pull?limit=100000"), {}, alice).status, 400);
    QCOMPARE(
        request("GET", QStringLiteral("/api/v1/workspaces/%1/pull").arg(uuid()), {}, alice).status,
        404);
}

void TestServer::sqlInjectionStringsStoredVerbatim()
{
    const QByteArray alice = loginToken(QStringLiteral("alice"));
    const QString path
        = QStringLiteral("/api/v1/workspaces/") + kWorkspace + QStringLiteral("/push");
    const QStringList evil { QStringLiteral("'; DROP TABLE changes; --"),
        QStringLiteral("\" OR 1=1 --"), QStringLiteral("Robert'); DELETE FROM users;--"),
        QStringLiteral("$1::text); SELECT pg_sleep(10); --"),
        QStringLiteral("\\x00\\'; \u00e9\u2603") };
    const QString entityId = uuid();
    QJsonObject payload;
    for (int i = 0; i < evil.size(); ++i)
        payload.insert(evil[i], evil[i]);
    const int users = m_pg.psql(QStringLiteral("SELECT count(*) FROM users")).toInt();
    QElapsedTimer t;
    t.start();
    const auto r = request("POST", path, pushBody({ change(uuid(), entityId, 0, payload) }), alice);
    QCOMPARE(r.status, 200);
    QVERIFY(t.elapsed() < 5000); // pg_sleep did not run
    QCOMPARE(m_pg.psql(QStringLiteral("SELECT count(*) FROM users")).toInt(), users);
    // Read back through the API: byte-for-byte the same strings.
    const auto pulled = request("GET",
        QStringLiteral("/api/v1/workspaces/") + kWorkspace
            + QStringLiteral("/pull?since=0&limit=1000"),
        {}, loginToken(QStringLiteral("adam")));
    QCOMPARE(pulled.status, 200);
    bool found = false;
    for (const auto &v : pulled.json.value(QStringLiteral("changes")).toArray()) {
        const auto o = v.toObject();
        if (o.value(QStringLiteral("entity_id")).toString() != entityId)
            continue;
        found = true;
        QCOMPARE(o.value(QStringLiteral("payload")).toObject(), payload);
    }
    QVERIFY(found);
    // Injection in a login name or an entity name is refused or harmless.
    auto login = request("POST", QStringLiteral("/api/v1/auth/login"),
        R"({"user":"alice' OR '1'='1","password":"x' OR '1'='1"})");
    QCOMPARE(login.status, 401);
    const auto badEntity = request("POST", path,
        pushBody({ change(uuid(), uuid(), 0, {}, QStringLiteral("match'; DROP TABLE users;--")) }),
        alice);
    QCOMPARE(badEntity.status, 400);
    QCOMPARE(m_pg.psql(QStringLiteral("SELECT count(*) FROM users")).toInt(), users);
}

void TestServer::hostileBodies_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<int>("expected");
    const QString push
        = QStringLiteral("/api/v1/workspaces/") + kWorkspace + QStringLiteral("/push");
    const QString e = uuid();
    QTest::newRow("oversized") << push
                               << pushBody({ change(uuid(), e, 0,
                                      { { QStringLiteral("blob"),
                                          QString(70 * 1024, QLatin1Char('x')) } }) })
                               << QByteArray("application/json") << 413;
    QTest::newRow("malformed json")
        << push << QByteArray("{\"changes\": [") << QByteArray("application/json") << 400;
    QTest::newRow("not an object")
        << push << QByteArray("[1,2]") << QByteArray("application/json") << 400;
    QTest::newRow("empty batch") << push << pushBody({}) << QByteArray("application/json") << 400;
    QTest::newRow("wrong content type")
        << push << pushBody({ change(uuid(), e, 0, {}) }) << QByteArray("text/plain") << 415;
    QTest::newRow("bad idempotency key")
        << push << pushBody({ change(QStringLiteral("../../etc/passwd"), e, 0, {}) })
        << QByteArray("application/json") << 400;
    QTest::newRow("bad entity id")
        << push << pushBody({ change(uuid(), QStringLiteral("1 OR 1=1"), 0, {}) })
        << QByteArray("application/json") << 400;
    QTest::newRow("negative base")
        << push << pushBody({ change(uuid(), e, -1, {}) }) << QByteArray("application/json") << 400;
    auto withExtra = change(uuid(), e, 0, {});
    withExtra.insert(QStringLiteral("author"), QStringLiteral("admin"));
    QTest::newRow("unknown field")
        << push << pushBody({ withExtra }) << QByteArray("application/json") << 400;
    // One good item and one bad: the whole batch is refused, nothing written.
    QTest::newRow("mixed batch") << push
                                 << pushBody({ change(uuid(), uuid(), 0, {}),
                                        change(uuid(), e, 0, {}, QStringLiteral("Bad Entity")) })
                                 << QByteArray("application/json") << 400;
    QTest::newRow("nul in payload") << push
                                    << QByteArray(R"({"changes":[{"idempotency_key":")")
            + uuid().toLatin1() + R"(","entity":"match","entity_id":")" + e.toLatin1()
            + R"(","base_version":0,"payload":{"x":"a\u0000b"}}]})"
                                    << QByteArray("application/json") << 400;
    QByteArray deep(40, '[');
    deep += QByteArray(40, ']');
    QTest::newRow("too deep") << push
                              << QByteArray(R"({"changes":[{"idempotency_key":")")
            + uuid().toLatin1() + R"(","entity":"match","entity_id":")" + e.toLatin1()
            + R"(","base_version":0,"payload":{"x":)" + deep + "}}]}"
                              << QByteArray("application/json") << 400;
    QTest::newRow("junk workspace id")
        << QStringLiteral("/api/v1/workspaces/abc;DROP/push")
        << pushBody({ change(uuid(), e, 0, {}) }) << QByteArray("application/json") << 400;
    QTest::newRow("traversal in id")
        << QStringLiteral("/api/v1/workspaces/..%2F..%2Fetc/push")
        << pushBody({ change(uuid(), e, 0, {}) }) << QByteArray("application/json") << 400;
    // Sent byte for byte (a normal client would normalise these paths before sending).
    QTest::newRow("raw dotdot segments")
        << QStringLiteral("/api/v1/workspaces/x/../") + kWorkspace + QStringLiteral("/push")
        << pushBody({ change(uuid(), e, 0, {}) }) << QByteArray("application/json") << 400;
    QTest::newRow("raw encoded dots")
        << QStringLiteral("/api/v1/workspaces/%2e%2e/") + kWorkspace + QStringLiteral("/push")
        << pushBody({ change(uuid(), e, 0, {}) }) << QByteArray("application/json") << 400;
    QTest::newRow("raw backslash")
        << QStringLiteral("/api/v1/workspaces/..\\") + kWorkspace + QStringLiteral("/push")
        << pushBody({ change(uuid(), e, 0, {}) }) << QByteArray("application/json") << 400;
}

void TestServer::hostileBodies()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    QFETCH(int, expected);
    const int before = changeCount();
    const int audit = m_pg.psql(QStringLiteral("SELECT count(*) FROM server_audit")).toInt();
    const QByteArray token = loginToken(QStringLiteral("adam"));
    const auto r = QByteArray(QTest::currentDataTag()).startsWith("raw ")
        ? rawRequest("POST " + path.toLatin1() + " HTTP/1.1\r\nAuthorization: Bearer " + token
                + "\r\nContent-Type: " + contentType + "\r\n",
            body)
        : request("POST", path, body, token, contentType);
    QVERIFY2(r.status == expected, r.body.constData());
    QCOMPARE(changeCount(), before);
    QCOMPARE(m_pg.psql(QStringLiteral("SELECT count(*) FROM server_audit")).toInt(), audit);
    // The server is still fine.
    QCOMPARE(request("GET", QStringLiteral("/health/live")).status, 200);
}

void TestServer::metrics()
{
    const auto r = request("GET", QStringLiteral("/metrics"));
    QCOMPARE(r.status, 200);
    QVERIFY(r.header("content-type").startsWith("text/plain"));
    const QByteArray m = r.body;
    QVERIFY(m.contains(
        "recon_http_requests_total{route=\"/api/v1/workspaces/{id}/push\",status=\"409\"}"));
    QVERIFY(m.contains(
        "recon_http_request_duration_seconds_bucket{route=\"/api/v1/auth/login\",le=\"+Inf\"}"));
    QVERIFY(m.contains("recon_db_pool_in_use "));
    QVERIFY(m.contains("recon_db_pool_size 4"));
    QRegularExpression sessions(QStringLiteral("recon_active_sessions (\\d+)"));
    const auto sm = sessions.match(QString::fromUtf8(m));
    QVERIFY(sm.hasMatch());
    QVERIFY(sm.captured(1).toInt() > 5);
    QRegularExpression conflicted(
        QStringLiteral("recon_sync_items_total\\{outcome=\"conflicted\"\\} (\\d+)"));
    const auto cm = conflicted.match(QString::fromUtf8(m));
    QVERIFY(cm.hasMatch());
    QCOMPARE(cm.captured(1).toInt(), 1);
    // healthAndReady ran a passing /health/ready check.
    QVERIFY(m.contains("# TYPE recon_db_ready gauge\nrecon_db_ready 1\n"));
    QVERIFY(!m.contains(kSecret));
}

void TestServer::secretRotation()
{
    const QString adam = m_userIds.value(QStringLiteral("adam"));
    const QJsonObject hs256 { { QStringLiteral("alg"), QStringLiteral("HS256") },
        { QStringLiteral("typ"), QStringLiteral("JWT") } };
    const QByteArray oldToken = makeToken(hs256, validClaims(adam), kSecret);
    QByteArray tamperedOld = oldToken;
    tamperedOld[tamperedOld.size() - 2] = tamperedOld.at(tamperedOld.size() - 2) == 'A' ? 'B' : 'A';
    const QByteArray noneOld = makeToken(
        { { QStringLiteral("alg"), QStringLiteral("none") } }, validClaims(adam), kSecret);
    const quint16 mainPort = m_port;
    auto me = [this](quint16 port, const QByteArray &token) {
        const quint16 saved = m_port;
        m_port = port;
        const int status = request("GET", QStringLiteral("/api/v1/me"), {}, token).status;
        m_port = saved;
        return status;
    };

    // Rotating: the new secret signs, the previous one still verifies.
    auto env = serverEnv();
    env.insert(QStringLiteral("JWT_SECRET"), QString::fromLatin1(kNewSecret));
    env.insert(QStringLiteral("JWT_SECRET_PREVIOUS"), QString::fromLatin1(kSecret));
    QProcess rotating;
    quint16 rotatingPort = 0;
    QString error;
    QVERIFY2(launchServer(rotating, env, rotatingPort, &error), qPrintable(error));
    QCOMPARE(me(rotatingPort, oldToken), 200);
    QCOMPARE(me(rotatingPort, tamperedOld), 401);
    QCOMPARE(me(rotatingPort, noneOld), 401);
    QCOMPARE(
        me(rotatingPort, makeToken(hs256, validClaims(adam), "a-third-secret-never-configured!!")),
        401);
    m_port = rotatingPort;
    const auto login = request("POST", QStringLiteral("/api/v1/auth/login"),
        QJsonDocument(QJsonObject { { QStringLiteral("user"), QStringLiteral("adam") },
                          { QStringLiteral("password"), QStringLiteral("pw-adam-ok") } })
            .toJson());
    m_port = mainPort;
    QCOMPARE(login.status, 200);
    const QByteArray newToken = login.json.value(QStringLiteral("token")).toString().toLatin1();
    const auto parts = newToken.split('.');
    QCOMPARE(parts.size(), 3);
    const QByteArray signingInput = parts[0] + '.' + parts[1];
    QCOMPARE(parts[2],
        b64url(QMessageAuthenticationCode::hash(
            signingInput, kNewSecret, QCryptographicHash::Sha256)));
    QVERIFY(parts[2]
        != b64url(
            QMessageAuthenticationCode::hash(signingInput, kSecret, QCryptographicHash::Sha256)));
    // The server still on the old secret alone does not know the new one.
    QCOMPARE(me(mainPort, newToken), 401);
    stopProcess(rotating);

    // Rotation finished: JWT_SECRET_PREVIOUS removed, old tokens are refused.
    env.remove(QStringLiteral("JWT_SECRET_PREVIOUS"));
    QProcess rotated;
    quint16 rotatedPort = 0;
    QVERIFY2(launchServer(rotated, env, rotatedPort, &error), qPrintable(error));
    QCOMPARE(me(rotatedPort, oldToken), 401);
    QCOMPARE(me(rotatedPort, newToken), 200);
    QCOMPARE(me(rotatedPort, tamperedOld), 401);
    stopProcess(rotated);
}

void TestServer::backgroundReadinessProbe()
{
    // A server of its own on a database of its own, never asked /health/ready: the gauge comes
    // from the background probe alone, and drops to 0 when the database disappears.
    bool ok = false;
    m_pg.psql(QStringLiteral("CREATE DATABASE recon_probe"), &ok);
    QVERIFY(ok);
    auto env = serverEnv();
    env.insert(QStringLiteral("DATABASE_URL"),
        m_pg.databaseUrl().replace(
            QStringLiteral("postgresql:///recon?"), QStringLiteral("postgresql:///recon_probe?")));
    env.insert(QStringLiteral("DB_CHECK_SECONDS"), QStringLiteral("1"));
    QVERIFY(env.value(QStringLiteral("DATABASE_URL")).contains(QStringLiteral("recon_probe")));
    QProcess probed;
    quint16 port = 0;
    QString error;
    QVERIFY2(launchServer(probed, env, port, &error), qPrintable(error));
    const quint16 mainPort = m_port;
    auto gauge = [&] {
        m_port = port;
        const auto r = request("GET", QStringLiteral("/metrics"));
        m_port = mainPort;
        QRegularExpression re(QStringLiteral("\nrecon_db_ready (\\d)\n"));
        const auto m = re.match(QString::fromUtf8(r.body));
        return m.hasMatch() ? m.captured(1).toInt() : -1;
    };
    QTRY_COMPARE_WITH_TIMEOUT(gauge(), 1, 15000);
    m_pg.psql(QStringLiteral("DROP DATABASE recon_probe WITH (FORCE)"), &ok);
    QVERIFY(ok);
    QTRY_COMPARE_WITH_TIMEOUT(gauge(), 0, 15000);
    m_port = port;
    const auto notReady = request("GET", QStringLiteral("/health/ready"));
    m_port = mainPort;
    QCOMPARE(notReady.status, 503);
    QCOMPARE(gauge(), 0);
    stopProcess(probed);
}

void TestServer::loginRateLimit()
{
    auto attempt = [this](const QString &user, const QString &password) {
        return request("POST", QStringLiteral("/api/v1/auth/login"),
            QJsonDocument(QJsonObject { { QStringLiteral("user"), user },
                              { QStringLiteral("password"), password } })
                .toJson());
    };
    // A fresh server process: the limiter is in memory, so earlier failures do not count.
    stopServer();
    QString error;
    QVERIFY2(startServer(&error), qPrintable(error));
    // Per user: 5 failures, then even the right password is refused for a while.
    for (int i = 0; i < 5; ++i)
        QCOMPARE(attempt(QStringLiteral("alice"), QStringLiteral("bad")).status, 401);
    auto r = attempt(QStringLiteral("alice"), QStringLiteral("pw-alice-ok"));
    QCOMPARE(r.status, 429);
    QVERIFY(r.header("retry-after").toInt() > 0);
    // Another user from the same address still gets in (address limit is 8 in this test).
    QCOMPARE(attempt(QStringLiteral("rita"), QStringLiteral("pw-rita-ok")).status, 200);
    // Per address: failures across other names reach the address limit.
    for (int i = 0; i < 2; ++i)
        QCOMPARE(attempt(QStringLiteral("ghost%1").arg(i), QStringLiteral("bad")).status, 401);
    QCOMPARE(attempt(QStringLiteral("rita"), QStringLiteral("pw-rita-ok")).status, 200);
    QCOMPARE(attempt(QStringLiteral("ghost9"), QStringLiteral("bad")).status, 401);
    QCOMPARE(attempt(QStringLiteral("rita"), QStringLiteral("pw-rita-ok")).status, 429);
}

QTEST_GUILESS_MAIN(TestServer)
#include "tst_server_api.moc"
