#pragma once
// A real sync server for the client tests (tst_sync*.cpp): a throw-away PostgreSQL cluster
// (support/pg_fixture.h), a self-signed certificate for 127.0.0.1 made with openssl (plus an
// unrelated second one, to be refused), and the recon-server binary on a fixed loopback port so
// it can be SIGKILLed and restarted in place. Its JSON log goes to a file, never to a pipe that
// nobody reads.

#include "support/pg_fixture.h"
#include "support/testsupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QThread>

namespace recon::test {

class SyncHarness {
public:
    static constexpr const char *kSecret = "sync-test-secret-0123456789-abcdefghijklmnopqrstuv";

    bool start(QString *error)
    {
        if (!pg.start(QStringLiteral("recon"), error))
            return false;
        cert = pg.scratchDir() + QStringLiteral("/cert.pem");
        otherCert = pg.scratchDir() + QStringLiteral("/other.pem");
        if (!makeCert(cert, pg.scratchDir() + QStringLiteral("/key.pem"), error)
            || !makeCert(otherCert, pg.scratchDir() + QStringLiteral("/other-key.pem"), error))
            return false;
        port = freeLoopbackPort();
        const auto mig = serverCli({ QStringLiteral("migrate") });
        if (mig.exitCode != 0) {
            *error = QStringLiteral("migrate failed: ") + QString::fromUtf8(mig.err);
            return false;
        }
        return startServer(error);
    }

    QProcessEnvironment serverEnv() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DATABASE_URL"), pg.databaseUrl());
        env.insert(QStringLiteral("JWT_SECRET"), QString::fromLatin1(kSecret));
        env.insert(QStringLiteral("TLS_CERT"), cert);
        env.insert(QStringLiteral("TLS_KEY"), pg.scratchDir() + QStringLiteral("/key.pem"));
        env.insert(QStringLiteral("LISTEN"), QStringLiteral("127.0.0.1:%1").arg(port));
        env.insert(QStringLiteral("LOG_LEVEL"), QStringLiteral("info"));
        env.insert(QStringLiteral("MAX_CONNECTIONS"), QStringLiteral("8"));
        env.insert(QStringLiteral("WORKER_THREADS"), QStringLiteral("4"));
        env.insert(QStringLiteral("LOGIN_MAX_FAILURES_ADDRESS"), QStringLiteral("1000"));
        env.insert(QStringLiteral("LOGIN_MAX_FAILURES_USER"), QStringLiteral("1000"));
        env.remove(QStringLiteral("RECON_PASSWORD"));
        return env;
    }

    ProcessResult serverCli(const QStringList &args, const QByteArray &password = {}) const
    {
        ProcessResult r;
        QProcess p;
        auto env = serverEnv();
        if (!password.isEmpty())
            env.insert(QStringLiteral("RECON_PASSWORD"), QString::fromUtf8(password));
        p.setProcessEnvironment(env);
        p.start(binary(QStringLiteral("recon-server")), args);
        p.closeWriteChannel();
        if (!p.waitForFinished(60000)) {
            p.kill();
            p.waitForFinished(2000);
            return r;
        }
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }

    static QByteArray passwordOf(const QString &user) { return "pw-" + user.toUtf8() + "-ok!"; }

    bool addUser(const QString &name, const QString &role)
    {
        return serverCli({ QStringLiteral("user"), QStringLiteral("add"), name,
                             QStringLiteral("--role"), role },
                   passwordOf(name))
                   .exitCode
            == 0;
    }

    bool startServer(QString *error)
    {
        const QString log = pg.scratchDir() + QStringLiteral("/server-%1.log").arg(++m_starts);
        server.setProcessEnvironment(serverEnv());
        server.setStandardOutputFile(log);
        server.setStandardErrorFile(log + QStringLiteral(".err"));
        server.start(binary(QStringLiteral("recon-server")), {});
        if (!server.waitForStarted(10000)) {
            *error = QStringLiteral("recon-server did not start");
            return false;
        }
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 20000) {
            QFile f(log);
            if (f.open(QIODevice::ReadOnly) && f.readAll().contains("\"msg\":\"listening\""))
                return true;
            if (server.state() == QProcess::NotRunning)
                break;
            QThread::msleep(50);
        }
        QFile e(log + QStringLiteral(".err"));
        e.open(QIODevice::ReadOnly);
        *error = QStringLiteral("recon-server is not listening: ") + QString::fromUtf8(e.readAll());
        return false;
    }

    void killServer() // SIGKILL: no drain, no goodbye
    {
        if (server.state() != QProcess::NotRunning) {
            server.kill();
            server.waitForFinished(5000);
        }
    }

    void stop()
    {
        if (server.state() != QProcess::NotRunning) {
            server.terminate();
            if (!server.waitForFinished(5000))
                killServer();
        }
        pg.stop();
    }

    QString url() const { return QStringLiteral("https://127.0.0.1:%1").arg(port); }

    // `recon sync WS ...` as `user` (password from RECON_PASSWORD); `--ca cert` unless
    // `extra` names its own --ca or withCa is false.
    ProcessResult sync(const QString &ws, const QString &user, const QStringList &extra = {},
        const QByteArray &password = {}, bool withCa = true, int timeoutMs = 120000) const
    {
        ProcessResult r;
        QProcess p;
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("RECON_PASSWORD"),
            QString::fromUtf8(password.isEmpty() ? passwordOf(user) : password));
        env.insert(QStringLiteral("RECON_USER"), user);
        env.insert(QStringLiteral("RECON_LOG_LEVEL"), QStringLiteral("error"));
        p.setProcessEnvironment(env);
        p.start(binary(QStringLiteral("recon")),
            QStringList { QStringLiteral("sync"), ws, QStringLiteral("--server"), url(),
                QStringLiteral("--user"), user, QStringLiteral("--json") }
                + (!withCa || extra.contains(QStringLiteral("--ca"))
                        ? QStringList {}
                        : QStringList { QStringLiteral("--ca"), cert })
                + extra);
        p.closeWriteChannel();
        if (!p.waitForFinished(timeoutMs)) {
            p.kill();
            p.waitForFinished(2000);
            return r;
        }
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }

    int sqlInt(const QString &sql) const { return pg.psql(sql).toInt(); }

    PgFixture pg;
    QString cert;
    QString otherCert;
    quint16 port = 0;
    QProcess server;

private:
    static bool makeCert(const QString &certPath, const QString &keyPath, QString *error)
    {
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
            { QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                QStringLiteral("-subj"), QStringLiteral("/CN=localhost"), QStringLiteral("-addext"),
                QStringLiteral("subjectAltName=DNS:localhost,IP:127.0.0.1"),
                QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-keyout"), keyPath,
                QStringLiteral("-out"), certPath });
        if (!openssl.waitForFinished(30000) || openssl.exitCode() != 0) {
            *error = QStringLiteral("openssl failed: ")
                + QString::fromUtf8(openssl.readAllStandardError());
            return false;
        }
        return true;
    }
    int m_starts = 0;
};

} // namespace recon::test
