// recon-server role matrix: every role x every action against the real server.
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

class TestServerRbac : public ServerTestBase {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { setUpServer(); }
    void cleanupTestCase() { tearDownServer(); }
    void roleMatrix_data();
    void roleMatrix();
};

void TestServerRbac::roleMatrix_data()
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

void TestServerRbac::roleMatrix()
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

QTEST_GUILESS_MAIN(TestServerRbac)
#include "tst_server_rbac.moc"
