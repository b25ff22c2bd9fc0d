#include "core/sync/sync_client.h"

#include "core/log.h"
#include "core/store/workspace.h"
#include "core/sync/remote_apply.h"
#include "core/sync/sync_store.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSslCertificate>
#include <QThread>
#include <QTimer>
#include <QUrlQuery>
#include <QUuid>

namespace recon::sync {

namespace {

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

bool retryableStatus(int status)
{
    return status == 0 || status == 429 || status >= 500;
}

QString serverMessage(const HttpResult &r)
{
    const QString e = r.json.value(QStringLiteral("error")).toString();
    return e.isEmpty() ? QString::fromUtf8(r.body.left(200)) : e;
}

} // namespace

QJsonObject SyncSummary::toJson() const
{
    QJsonObject o { { QStringLiteral("ok"), ok }, { QStringLiteral("pushed"), pushed },
        { QStringLiteral("replayed"), replayed }, { QStringLiteral("pulled"), pulled },
        { QStringLiteral("skipped"), skipped }, { QStringLiteral("deferred"), deferred },
        { QStringLiteral("new_conflicts"), newConflicts },
        { QStringLiteral("conflicts"), openConflicts }, { QStringLiteral("retries"), retries },
        { QStringLiteral("waiting"), waiting }, { QStringLiteral("cursor"), cursor } };
    if (!ok) {
        o.insert(QStringLiteral("error"), error);
        if (httpStatus)
            o.insert(QStringLiteral("http_status"), httpStatus);
    }
    return o;
}

SyncClient::SyncClient(Workspace &ws, SyncOptions options, QObject *parent)
    : QObject(parent)
    , m_ws(ws)
    , m_opt(std::move(options))
    , m_nam(std::make_unique<QNetworkAccessManager>())
{
    m_opt.batchSize = qBound(1, m_opt.batchSize, 1000);
    m_opt.pullLimit = qBound(1, m_opt.pullLimit, 1000);
    m_opt.maxAttempts = qBound(1, m_opt.maxAttempts, 20);
    m_workspaceId = (m_opt.workspaceId.isEmpty() ? ws.id() : m_opt.workspaceId).toLower();
}

SyncClient::~SyncClient() = default;

bool SyncClient::tlsConfiguration(const QString &caFile, QSslConfiguration *out, QString *error)
{
    QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
    conf.setPeerVerifyMode(QSslSocket::VerifyPeer);
    conf.setProtocol(QSsl::TlsV1_2OrLater);
    if (!caFile.isEmpty()) {
        QFile f(caFile);
        if (!f.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("cannot read the CA file %1: %2").arg(caFile, f.errorString());
            return false;
        }
        const auto certs = QSslCertificate::fromData(f.read(1 << 20), QSsl::Pem);
        if (certs.isEmpty()) {
            *error = QStringLiteral("no PEM certificate in %1").arg(caFile);
            return false;
        }
        conf.addCaCertificates(certs);
    }
    *out = conf;
    return true;
}

int SyncClient::backoffMs(int attempt, int initialMs, int maxMs)
{
    const qint64 exp = qint64(initialMs) << qMin(attempt - 1, 20);
    const int cap = int(qMin<qint64>(exp, maxMs));
    const int half = cap / 2;
    return half + int(QRandomGenerator::global()->bounded(half + 1));
}

HttpResult SyncClient::sendOnce(
    const QByteArray &method, const QString &path, const QByteArray &body)
{
    HttpResult out;
    QUrl url = m_opt.server;
    const int q = path.indexOf(QLatin1Char('?'));
    url.setPath(q < 0 ? path : path.left(q));
    if (q >= 0)
        url.setQuery(path.mid(q + 1));
    QNetworkRequest req(url);
    req.setSslConfiguration(m_tls);
    req.setTransferTimeout(m_opt.timeoutMs);
    req.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    req.setRawHeader("X-Request-Id", QUuid::createUuid().toByteArray(QUuid::WithoutBraces));
    if (!m_token.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + m_token);
    QNetworkReply *reply
        = method == "GET" ? m_nam->get(req) : m_nam->sendCustomRequest(req, method, body);
    QStringList tlsErrors;
    connect(reply, &QNetworkReply::sslErrors, reply, [&](const QList<QSslError> &errors) {
        for (const QSslError &e : errors)
            tlsErrors.append(e.errorString());
        // Never ignored: the reply fails with SslHandshakeFailedError.
    });
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    out.status = status.isValid() ? status.toInt() : 0;
    out.body = reply->readAll();
    if (out.status == 0) {
        out.tlsError
            = !tlsErrors.isEmpty() || reply->error() == QNetworkReply::SslHandshakeFailedError;
        out.error = tlsErrors.isEmpty()
            ? reply->errorString()
            : QStringLiteral("TLS: ") + tlsErrors.join(QStringLiteral("; "));
    }
    const auto doc = QJsonDocument::fromJson(out.body);
    if (doc.isObject())
        out.json = doc.object();
    reply->deleteLater();
    return out;
}

HttpResult SyncClient::send(
    const QByteArray &method, const QString &path, const QByteArray &body, SyncSummary &s)
{
    const bool isLogin = path.endsWith(QLatin1String("/auth/login"));
    bool reauthenticated = false;
    HttpResult r;
    for (int attempt = 1;; ++attempt) {
        if (m_cancel && m_cancel->load()) {
            r = HttpResult {};
            r.error = QStringLiteral("cancelled");
            return r;
        }
        r = sendOnce(method, path, body);
        if (r.status == 401 && !isLogin && !reauthenticated) {
            // The token may have expired during a long sync: sign in again once.
            reauthenticated = true;
            m_token.clear();
            SyncSummary ignored;
            if (!login(ignored))
                return r;
            --attempt;
            continue;
        }
        const bool retry
            = !r.tlsError && retryableStatus(r.status) && !(isLogin && r.status == 429);
        if (!retry || attempt >= m_opt.maxAttempts)
            return r;
        const int wait = backoffMs(attempt, m_opt.initialBackoffMs, m_opt.maxBackoffMs);
        ++s.retries;
        log::sync()->warn("{} {}: {} ({}), retry {} in {} ms", method.constData(),
            path.toStdString(), r.status, r.error.toStdString(), attempt, wait);
        QEventLoop pause;
        QTimer::singleShot(wait, &pause, &QEventLoop::quit);
        pause.exec(QEventLoop::ExcludeUserInputEvents);
    }
}

bool SyncClient::login(SyncSummary &s)
{
    auto fail = [&](const QString &why, int status) {
        s.ok = false;
        s.error = why;
        s.httpStatus = status;
        return false;
    };
    if (m_opt.server.scheme() != QLatin1String("https") || m_opt.server.host().isEmpty())
        return fail(QStringLiteral("the server URL must be https://host[:port]"), 0);
    QString error;
    if (!tlsConfiguration(m_opt.caFile, &m_tls, &error))
        return fail(error, 0);
    if (m_opt.user.isEmpty())
        return fail(QStringLiteral("no user name"), 0);
    const QByteArray body = compact(
        { { QStringLiteral("user"), m_opt.user }, { QStringLiteral("password"), m_opt.password } });
    m_token.clear();
    const HttpResult r = send("POST", QStringLiteral("/api/v1/auth/login"), body, s);
    if (r.status == 200) {
        m_token = r.json.value(QStringLiteral("token")).toString().toLatin1();
        if (!m_token.isEmpty())
            return true;
        return fail(QStringLiteral("the server sent no token"), r.status);
    }
    if (r.status == 0)
        return fail(QStringLiteral("cannot reach %1: %2").arg(m_opt.server.toString(), r.error), 0);
    if (r.status == 401)
        return fail(QStringLiteral("sign-in refused: wrong user name or password"), r.status);
    if (r.status == 429)
        return fail(QStringLiteral("too many failed sign-ins; try again later"), r.status);
    return fail(QStringLiteral("sign-in failed: %1").arg(serverMessage(r)), r.status);
}

bool SyncClient::push(SyncSummary &s)
{
    SyncStore store(m_ws);
    const QString path = QStringLiteral("/api/v1/workspaces/%1/push").arg(m_workspaceId);
    QSet<qint64> attempted; // rows this run already sent (a conflicted row is not resent)
    for (;;) {
        QList<OutboxItem> batch;
        for (const OutboxItem &i : store.nextBatch(m_opt.batchSize))
            if (!attempted.contains(i.seq))
                batch.append(i);
        if (batch.isEmpty())
            return true;
        QJsonArray changes;
        for (const OutboxItem &i : batch) {
            attempted.insert(i.seq);
            changes.append(QJsonObject { { QStringLiteral("idempotency_key"), i.idempotencyKey },
                { QStringLiteral("entity"), i.entity }, { QStringLiteral("entity_id"), i.entityId },
                { QStringLiteral("base_version"), i.baseVersion },
                { QStringLiteral("payload"), i.payload } });
        }
        const HttpResult r
            = send("POST", path, compact({ { QStringLiteral("changes"), changes } }), s);
        if (r.status != 200 && r.status != 409) {
            s.ok = false;
            s.httpStatus = r.status;
            s.error = r.status == 0 ? QStringLiteral("push failed: %1").arg(r.error)
                : r.status == 403
                ? QStringLiteral("push refused: you are not a member of "
                                 "workspace %1")
                      .arg(m_workspaceId)
                : QStringLiteral("push failed (%1): %2").arg(r.status).arg(serverMessage(r));
            return false;
        }
        QList<PushAck> acks;
        for (const QString &key : { QStringLiteral("accepted"), QStringLiteral("replayed") }) {
            for (const QJsonValue &v : r.json.value(key).toArray()) {
                const QJsonObject o = v.toObject();
                acks.append({ o.value(QStringLiteral("idempotency_key")).toString(),
                    qint64(o.value(QStringLiteral("version")).toDouble()),
                    key == QLatin1String("replayed") });
            }
        }
        QList<PushConflict> conflicts;
        for (const QJsonValue &v : r.json.value(QStringLiteral("conflicts")).toArray()) {
            const QJsonObject o = v.toObject();
            conflicts.append({ o.value(QStringLiteral("idempotency_key")).toString(),
                qint64(o.value(QStringLiteral("base_version")).toDouble()),
                qint64(o.value(QStringLiteral("current_version")).toDouble()),
                o.value(QStringLiteral("your_payload")).toObject(),
                o.value(QStringLiteral("current_payload")).toObject(),
                o.value(QStringLiteral("current_author")).toString() });
        }
        s.newConflicts += store.recordPushResult(batch, acks, conflicts);
        for (const PushAck &a : acks)
            (a.replayed ? s.replayed : s.pushed) += 1;
        Q_EMIT progress(QStringLiteral("push"), s.pushed + s.replayed);
    }
}

bool SyncClient::pull(SyncSummary &s)
{
    SyncStore store(m_ws);
    const QString user = Workspace::currentUser();
    for (;;) {
        const qint64 since = store.cursor();
        const QString path = QStringLiteral("/api/v1/workspaces/%1/pull?since=%2&limit=%3")
                                 .arg(m_workspaceId)
                                 .arg(since)
                                 .arg(m_opt.pullLimit);
        const HttpResult r = send("GET", path, {}, s);
        if (r.status == 404)
            return true; // the workspace is not on the server yet: nothing to pull
        if (r.status != 200) {
            s.ok = false;
            s.httpStatus = r.status;
            s.error = r.status == 0
                ? QStringLiteral("pull failed: %1").arg(r.error)
                : QStringLiteral("pull failed (%1): %2").arg(r.status).arg(serverMessage(r));
            return false;
        }
        const QJsonArray changes = r.json.value(QStringLiteral("changes")).toArray();
        const qint64 next = qint64(r.json.value(QStringLiteral("next_cursor")).toDouble());
        {
            sql::TxGuard tx(m_ws.db());
            for (const QJsonValue &v : changes) {
                const QJsonObject o = v.toObject();
                RemoteChange c { qint64(o.value(QStringLiteral("seq")).toDouble()),
                    o.value(QStringLiteral("entity")).toString(),
                    o.value(QStringLiteral("entity_id")).toString(),
                    qint64(o.value(QStringLiteral("version")).toDouble()),
                    o.value(QStringLiteral("payload")).toObject(),
                    o.value(QStringLiteral("author")).toString(),
                    o.value(QStringLiteral("idempotency_key")).toString() };
                if (store.hasPending(c.entity, c.entityId)) {
                    // My change on this entity still waits (or conflicts): do not overwrite it;
                    // the push reports the conflict with both versions.
                    store.refreshConflictTheirs(
                        c.entity, c.entityId, c.version, c.payload, c.author);
                    ++s.deferred;
                    continue;
                }
                QString why;
                const ApplyOutcome a = applyState(m_ws, c, QStringLiteral("sync.apply"),
                    { { QStringLiteral("seq"), c.seq } }, user, &why);
                store.setVersion(c.entity, c.entityId, c.version);
                if (a == ApplyOutcome::Applied) {
                    ++s.pulled;
                } else {
                    ++s.skipped;
                    log::sync()->info("skipped {} {} v{}: {}", c.entity.toStdString(),
                        c.entityId.toStdString(), c.version, why.toStdString());
                }
            }
            if (next > since)
                store.setCursor(next);
            tx.commit();
        }
        Q_EMIT progress(QStringLiteral("pull"), s.pulled);
        if (!r.json.value(QStringLiteral("has_more")).toBool() || next <= since)
            return true;
    }
}

SyncSummary SyncClient::run()
{
    SyncSummary s;
    s.ok = true;
    QElapsedTimer timer;
    timer.start();
    try {
        if (m_ws.isReadOnly()) {
            s.ok = false;
            s.error = QStringLiteral("the workspace is read-only: %1").arg(m_ws.readOnlyReason());
            return s;
        }
        if (login(s) && push(s))
            pull(s);
        SyncStore store(m_ws);
        s.openConflicts = store.openConflictCount();
        s.waiting = store.waitingCount();
        s.cursor = store.cursor();
        if (s.ok) {
            sql::TxGuard tx(m_ws.db());
            store.setState(QStringLiteral("last_sync"), Workspace::nowUtc());
            store.setState(QStringLiteral("server_url"), m_opt.server.toString());
            tx.commit();
        }
    } catch (const std::exception &e) {
        s.ok = false;
        s.error = QStringLiteral("sync failed: %1").arg(QString::fromUtf8(e.what()));
    }
    log::sync()->info("sync {}: pushed {} replayed {} pulled {} conflicts {} retries {} in {} ms",
        s.ok ? "ok" : "failed", s.pushed, s.replayed, s.pulled, s.openConflicts, s.retries,
        timer.elapsed());
    return s;
}

} // namespace recon::sync
