#pragma once
// The network side on Qt HttpServer: QAbstractHttpServer parses requests on the main thread,
// each is copied into a plain HttpRequest and handled by Api on a worker pool
// (WORKER_THREADS); responses return to the main thread and are written in request order per
// connection. Every request gets an id and one JSON access-log line.

#include "server/api.h"

#include <QAbstractHttpServer>
#include <QHash>
#include <QMap>
#include <QPointer>
#include <QThreadPool>

class QTcpSocket;

namespace recon::server {

class HttpServer : public QAbstractHttpServer {
    Q_OBJECT
public:
    HttpServer(Api &api, qint64 maxBodyBytes, int workerThreads, QObject *parent = nullptr);
    ~HttpServer() override;

    // Waits for the handlers still running (called on shutdown).
    void drain();
    // Call after listen(): enforces the body limit while a request streams in, on every TLS
    // connection (a declared Content-Length over the limit, or more bytes than the limit plus
    // the header allowance before a request completes: 413 and the connection is closed, so
    // the body is never buffered whole).
    void guardBodies();
    static constexpr qint64 kMaxHeaderBytes = 64 * 1024;

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Connection {
        quint64 nextSeq = 0; // assigned to the next request
        quint64 nextToWrite = 0; // the response the client waits for
        QMap<quint64, QByteArray> ready; // finished out of order
        bool closeAfter = false;
    };
    void deliver(QPointer<QTcpSocket> socket, quint64 seq, QByteArray bytes, bool close);
    void guard(QTcpSocket *socket);
    void refuseOversized(QTcpSocket *socket);

    Api &m_api;
    qint64 m_maxBodyBytes;
    QThreadPool m_pool;
    QHash<QTcpSocket *, Connection> m_connections;
};

} // namespace recon::server
