#pragma once
// The client side of issue 8: signs in to recon-server, pushes the workspace's outbox in batches
// (idempotency keys from the outbox, base versions from sync_versions), records the server's
// answers (versions, conflicts) in the same SQLite transaction that marks rows pushed, pulls the
// changes of others since the stored cursor and applies them (audited), saving the cursor with
// each page. Network errors, timeouts, 429 and 5xx are retried with exponential backoff and
// jitter, a bounded number of times; because every step is idempotent, an interrupted sync
// resumes where it stopped without duplicates.
//
// TLS is always verified: the system CAs plus, optionally, one PEM file (`caFile`, e.g. a
// self-signed server's certificate). There is no way to ignore certificate errors.
//
// run() is synchronous (a local event loop per request) for the CLI; the GUI calls it on a
// worker thread with its own Workspace connection and listens to progress().

#include <QJsonObject>
#include <QObject>
#include <QSslConfiguration>
#include <QString>
#include <QUrl>

#include <atomic>
#include <memory>

class QNetworkAccessManager;

namespace recon {
class Workspace;
}

namespace recon::sync {

struct SyncOptions {
    QUrl server; // https://host:port
    QString user;
    QString password;
    QString caFile; // optional extra CA (PEM)
    QString workspaceId; // server workspace id; default: the workspace's own id
    int batchSize = 200; // 1..1000 (the server's limit)
    int pullLimit = 500;
    int maxAttempts = 8; // per request, first try included
    int initialBackoffMs = 200;
    int maxBackoffMs = 5000;
    int timeoutMs = 30000; // per request
};

struct SyncSummary {
    bool ok = false;
    QString error; // when !ok
    int httpStatus = 0; // of the failing request, when there was one
    int pushed = 0; // accepted by the server
    int replayed = 0; // already on the server (an earlier attempt's lost answer)
    int pulled = 0; // others' changes applied here
    int skipped = 0; // pulled changes not applicable to this workspace
    int deferred = 0; // pulled changes of entities with local changes still waiting
    int newConflicts = 0;
    int openConflicts = 0; // after this sync
    int retries = 0;
    qint64 waiting = 0; // outbox rows still waiting after this sync
    qint64 cursor = 0;
    QJsonObject toJson() const;
};

// One HTTP exchange (after retries).
struct HttpResult {
    int status = 0; // 0: no HTTP answer (network or TLS error)
    QByteArray body;
    QJsonObject json;
    QString error; // network/TLS error text when status == 0
    bool tlsError = false;
};

class SyncClient : public QObject {
    Q_OBJECT
public:
    SyncClient(Workspace &ws, SyncOptions options, QObject *parent = nullptr);
    ~SyncClient() override;

    // Sign in, push, pull. Never throws.
    SyncSummary run();
    // Optional: when *flag becomes true, the next request (or retry wait) fails with
    // "cancelled"; what was committed stays committed, so the next sync resumes.
    void setCancelFlag(const std::atomic<bool> *flag) { m_cancel = flag; }

    // The individual steps (run() calls them in this order).
    bool login(SyncSummary &s);
    bool push(SyncSummary &s);
    bool pull(SyncSummary &s);

    // Builds the TLS configuration (system CAs + caFile); false with a reason when the CA file
    // is unreadable or holds no certificate.
    static bool tlsConfiguration(const QString &caFile, QSslConfiguration *out, QString *error);
    // Backoff before retry `attempt` (1-based): min(max, initial * 2^(attempt-1)), then a random
    // 50..100 % of that ("equal jitter").
    static int backoffMs(int attempt, int initialMs, int maxMs);

Q_SIGNALS:
    void progress(const QString &stage, int done);

private:
    HttpResult send(
        const QByteArray &method, const QString &path, const QByteArray &body, SyncSummary &s);
    HttpResult sendOnce(const QByteArray &method, const QString &path, const QByteArray &body);

    Workspace &m_ws;
    SyncOptions m_opt;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    QSslConfiguration m_tls;
    QByteArray m_token;
    QString m_workspaceId;
    const std::atomic<bool> *m_cancel = nullptr;
};

} // namespace recon::sync
