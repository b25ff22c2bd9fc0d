#pragma once
// Plain request/response values handed between the network thread and the handler threads
// (QHttpServerRequest cannot leave the thread that parsed it).

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace recon::server {

struct HttpRequest {
    QByteArray method; // "GET", "POST", ...
    QString path; // percent-encoded, as received
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
    QString remoteAddress;
    QString requestId;
    QByteArray header(const char *name) const { return headers.value(QByteArray(name)); }
};

struct HttpResponse {
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    void addHeader(const QByteArray &name, const QByteArray &value)
    {
        headers.append(qMakePair(name, value));
    }

    static HttpResponse json(int status, const QJsonObject &o)
    {
        return { status, "application/json", QJsonDocument(o).toJson(QJsonDocument::Compact), {} };
    }
    static HttpResponse error(int status, const QString &message)
    {
        return json(status, QJsonObject { { QStringLiteral("error"), message } });
    }
};

// What the access log line says about a request beyond method, status and timing.
struct RequestContext {
    QString route
        = QStringLiteral("unmatched"); // route template, e.g. /api/v1/workspaces/{id}/push
    QString user; // user name once authenticated
};

} // namespace recon::server
