// recon-server authentication and request validation: config refusals, health, login, token
// attacks (alg none, tampered, wrong key/claims), users deleted or re-roled in the database,
// JWT secret rotation with JWT_SECRET_PREVIOUS, hostile bodies and paths (refused, nothing
// written), and the login rate limit.
// Fixture: tests/support/server_harness.h.
#include "support/server_harness.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>
#include <QTest>

using namespace recon;
using namespace recon::test;

class TestServerAuth : public ServerTestBase {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { setUpServer(); }
    void cleanupTestCase() { tearDownServer(); }
    void configRefusals_data();
    void configRefusals();
    void healthAndReady();
    void login();
    void tokenAttacks_data();
    void tokenAttacks();
    void deletedUserAndRoleFromDatabase();
    void hostileBodies_data();
    void hostileBodies();
    void secretRotation();
    void loginRateLimit(); // last: it blocks logins from this address
};

void TestServerAuth::configRefusals_data()
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

void TestServerAuth::configRefusals()
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

void TestServerAuth::healthAndReady()
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

void TestServerAuth::login()
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

void TestServerAuth::tokenAttacks_data()
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

void TestServerAuth::tokenAttacks()
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

void TestServerAuth::deletedUserAndRoleFromDatabase()
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

void TestServerAuth::hostileBodies_data()
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

void TestServerAuth::hostileBodies()
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

void TestServerAuth::secretRotation()
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

void TestServerAuth::loginRateLimit()
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

QTEST_GUILESS_MAIN(TestServerAuth)
#include "tst_server_auth.moc"
