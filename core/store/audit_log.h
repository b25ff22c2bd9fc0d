#pragma once
// Append-only audit log. Each entry: seq, UTC time, user, action, JSON payload, prev_hash and
// hash = SHA-256(prev_hash + canonical entry). Triggers in the schema refuse UPDATE/DELETE;
// verify() recomputes the chain and names the first entry that does not fit.

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace recon {
namespace sql {
class Db;
}

struct AuditEntry {
    qint64 seq = 0;
    QDateTime ts; // UTC
    QString user;
    QString action;
    QJsonObject payload;
    QString prevHash;
    QString hash;
};

struct AuditVerifyResult {
    bool ok = true;
    qint64 entries = 0;
    qint64 firstBadSeq = 0; // 0 when ok
    QString message;
};

struct AuditHead {
    qint64 count = 0;
    qint64 lastSeq = 0;
    QString hash; // hash of the last entry (the genesis hash when empty)
};

class AuditLog {
public:
    explicit AuditLog(sql::Db &db)
        : m_db(db)
    {
    }

    static QString genesisHash();
    // Canonical byte form of an entry (what the hash covers, after prev_hash).
    static QByteArray canonical(const AuditEntry &e);
    static QString computeHash(const QString &prevHash, const AuditEntry &e);

    // Appends one entry. Call inside the caller's write transaction, so the entry commits (or
    // rolls back) together with the change it records.
    AuditEntry append(const QString &action, const QJsonObject &payload, const QString &user);
    AuditVerifyResult verify() const;
    AuditHead head() const;
    QList<AuditEntry> entries(qint64 fromSeq = 1, int limit = -1) const;

private:
    sql::Db &m_db;
};

} // namespace recon
