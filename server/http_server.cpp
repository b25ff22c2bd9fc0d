#include "server/http_server.h"

#include "server/json_log.h"

#include <QElapsedTimer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QRegularExpression>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>
#include <QUuid>

namespace recon::server {

namespace {

QByteArray methodName(QHttpServerRequest::Method m)
{
    switch (m) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Connect:
        return "CONNECT";
    case QHttpServerRequest::Method::Trace:
        return "TRACE";
    default:
        return "UNKNOWN";
    }
}

QByteArray reason(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 413:
        return "Payload Too Large";
    case 415:
        return "Unsupported Media Type";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

QString requestIdFor(const QByteArray &given)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9._-]{1,64}$"));
    const QString s = QString::fromLatin1(given);
    if (!given.isEmpty() && re.match(s).hasMatch())
        return s;
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QByteArray serialize(const HttpResponse &r, const QString &requestId, bool close)
{
    QByteArray out;
    out.reserve(r.body.size() + 256);
    out += "HTTP/1.1 " + QByteArray::number(r.status) + ' ' + reason(r.status) + "\r\n";
    out += "Content-Type: " + r.contentType + "\r\n";
    out += "Content-Length: " + QByteArray::number(r.body.size()) + "\r\n";
    out += "X-Request-Id: " + requestId.toLatin1() + "\r\n";
    out += "Cache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\n";
    for (const auto &h : r.headers)
        out += h.first + ": " + h.second + "\r\n";
    if (close)
        out += "Connection: close\r\n";
    out += "\r\n";
    out += r.body;
    return out;
}

} // namespace

HttpServer::HttpServer(Api &api, qint64 maxBodyBytes, int workerThreads, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_api(api)
    , m_maxBodyBytes(maxBodyBytes)
{
    m_pool.setMaxThreadCount(qMax(1, workerThreads));
}

HttpServer::~HttpServer()
{
    drain();
}

void HttpServer::drain()
{
    m_pool.waitForDone();
}

bool HttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QElapsedTimer timer;
    timer.start();
    HttpRequest req;
    req.method = methodName(request.method());
    req.path = request.url().path(QUrl::FullyEncoded);
    req.query = request.query();
    for (const auto &h : request.headers())
        req.headers.insert(h.first.toLower(), h.second);
    req.remoteAddress = request.remoteAddress().toString();
    req.requestId = requestIdFor(req.header("x-request-id"));
    const bool close = req.header("connection").toLower() == "close";

    auto it = m_connections.find(socket);
    if (it == m_connections.end()) {
        it = m_connections.insert(socket, Connection {});
        connect(
            socket, &QObject::destroyed, this, [this, socket] { m_connections.remove(socket); });
    }
    const quint64 seq = it->nextSeq++;
    QPointer<QTcpSocket> guard(socket);

    if (request.body().size() > m_maxBodyBytes) {
        // Refused before any handler runs (the body is already buffered by Qt at this point).
        RequestContext ctx;
        const auto r = HttpResponse::error(413, QStringLiteral("request body too large"));
        m_api.metrics().observeRequest(ctx.route, r.status, timer.nsecsElapsed() / 1000);
        jlog::info(QStringLiteral("request"),
            { { QStringLiteral("request_id"), req.requestId },
                { QStringLiteral("method"), QString::fromLatin1(req.method) },
                { QStringLiteral("route"), ctx.route }, { QStringLiteral("status"), r.status },
                { QStringLiteral("duration_ms"), double(timer.nsecsElapsed() / 1000) / 1000.0 },
                { QStringLiteral("remote"), req.remoteAddress } });
        deliver(guard, seq, serialize(r, req.requestId, true), true);
        return true;
    }
    req.body = request.body();

    m_pool.start([this, req = std::move(req), guard, seq, close, timer]() {
        RequestContext ctx;
        const HttpResponse r = m_api.handle(req, ctx);
        const qint64 us = timer.nsecsElapsed() / 1000;
        m_api.metrics().observeRequest(ctx.route, r.status, us);
        QJsonObject fields { { QStringLiteral("request_id"), req.requestId },
            { QStringLiteral("method"), QString::fromLatin1(req.method) },
            { QStringLiteral("route"), ctx.route }, { QStringLiteral("status"), r.status },
            { QStringLiteral("duration_ms"), double(us) / 1000.0 },
            { QStringLiteral("remote"), req.remoteAddress } };
        if (!ctx.user.isEmpty())
            fields.insert(QStringLiteral("user"), ctx.user);
        jlog::write(r.status >= 500 ? "error" : "info", QStringLiteral("request"), fields);
        QByteArray bytes = serialize(r, req.requestId, close);
        QMetaObject::invokeMethod(
            this,
            [this, guard, seq, bytes = std::move(bytes), close]() mutable {
                deliver(guard, seq, std::move(bytes), close);
            },
            Qt::QueuedConnection);
    });
    return true;
}

void HttpServer::guardBodies()
{
    for (QTcpServer *server : servers()) {
        if (auto *tls = qobject_cast<QSslServer *>(server)) {
            // Emitted as soon as the socket exists, before QAbstractHttpServer connects its own
            // readyRead handler: ours runs first and sees each chunk before Qt buffers it.
            connect(tls, &QSslServer::startedEncryptionHandshake, this,
                [this](QSslSocket *socket) { guard(socket); });
        }
    }
}

namespace {
constexpr const char *kReceived = "recon_received"; // bytes of the current request so far
constexpr qint64 kMaxLingerBytes = 16 * 1024 * 1024; // discarded after a 413 before closing
constexpr int kLingerMs = 2000;
} // namespace

void HttpServer::guard(QTcpSocket *socket)
{
    // Flow control: the socket never holds more than a largest allowed request plus a little, so
    // a busy event loop cannot let a fast sender fill memory before the check below runs.
    socket->setReadBufferSize(m_maxBodyBytes + 2 * kMaxHeaderBytes);
    connect(socket, &QIODevice::readyRead, this, [this, socket] {
        qint64 received = socket->property(kReceived).toLongLong();
        if (received == 0) {
            // A new request: refuse a declared oversized body before any of it arrives.
            const QByteArray head = socket->peek(kMaxHeaderBytes).toLower();
            const qsizetype end = head.indexOf("\r\n\r\n");
            const qsizetype at = head.indexOf("\r\ncontent-length:");
            if (at >= 0 && (end < 0 || at < end)) {
                const qsizetype from = at + qsizetype(sizeof("\r\ncontent-length:") - 1);
                const qsizetype eol = head.indexOf("\r\n", from);
                if (eol > from) {
                    bool ok = false;
                    const qint64 declared = head.mid(from, eol - from).trimmed().toLongLong(&ok);
                    if (!ok || declared > m_maxBodyBytes) {
                        refuseOversized(socket);
                        return;
                    }
                }
            }
        }
        received += socket->bytesAvailable();
        socket->setProperty(kReceived, received);
        if (received > m_maxBodyBytes + kMaxHeaderBytes)
            refuseOversized(socket); // e.g. a chunked body that does not stop
    });
}

void HttpServer::refuseOversized(QTcpSocket *socket)
{
    // Nobody reads this connection any more (Qt's parser included): answer and close.
    QObject::disconnect(socket, &QIODevice::readyRead, nullptr, nullptr);
    const QString requestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const auto r = HttpResponse::error(413, QStringLiteral("request body too large"));
    m_api.metrics().observeRequest(QString(), r.status, 0);
    jlog::info(QStringLiteral("request"),
        { { QStringLiteral("request_id"), requestId }, { QStringLiteral("status"), r.status },
            { QStringLiteral("remote"), socket->peerAddress().toString() },
            { QStringLiteral("reason"), QStringLiteral("body over the limit while streaming") } });
    socket->write(serialize(r, requestId, true));
    // Lingering close: closing while the client is still sending makes its TCP stack reset the
    // connection and drop our 413 unread. Read and discard what keeps arriving (bounded in
    // bytes and time), then close.
    socket->setProperty(kReceived, qint64(0));
    connect(socket, &QIODevice::readyRead, socket, [socket] {
        const qint64 drained = socket->property(kReceived).toLongLong() + socket->skip(1 << 20);
        socket->setProperty(kReceived, drained);
        if (drained > kMaxLingerBytes)
            socket->disconnectFromHost();
    });
    QTimer::singleShot(kLingerMs, socket, [socket] { socket->disconnectFromHost(); });
}

void HttpServer::deliver(QPointer<QTcpSocket> socket, quint64 seq, QByteArray bytes, bool close)
{
    if (!socket)
        return; // client went away
    auto it = m_connections.find(socket.data());
    if (it == m_connections.end())
        return;
    it->ready.insert(seq, std::move(bytes));
    socket->setProperty(kReceived, QVariant()); // the next request starts from zero
    if (close)
        it->closeAfter = true;
    while (!it->ready.isEmpty() && it->ready.firstKey() == it->nextToWrite) {
        socket->write(it->ready.take(it->nextToWrite));
        ++it->nextToWrite;
    }
    if (it->closeAfter && it->nextToWrite == it->nextSeq)
        socket->disconnectFromHost();
}

void HttpServer::missingHandler(const QHttpServerRequest &, QTcpSocket *socket)
{
    // Not reached: handleRequest takes every request.
    socket->disconnectFromHost();
}

} // namespace recon::server
