#include "core/store/audit_log.h"

#include "core/store/sqlite.h"

#include <QCryptographicHash>
#include <QJsonDocument>

namespace recon {

namespace {
QString isoUtc(const QDateTime &t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}
} // namespace

QString AuditLog::genesisHash()
{
    return QString(64, QLatin1Char('0'));
}

QByteArray AuditLog::canonical(const AuditEntry &e)
{
    // Fields separated by the ASCII unit separator; the payload as compact JSON with sorted keys
    // (QJsonObject keeps keys sorted, so the form is canonical).
    QByteArray out;
    out += QByteArray::number(e.seq);
    out += '\x1f';
    out += isoUtc(e.ts).toUtf8();
    out += '\x1f';
    out += e.user.toUtf8();
    out += '\x1f';
    out += e.action.toUtf8();
    out += '\x1f';
    out += QJsonDocument(e.payload).toJson(QJsonDocument::Compact);
    return out;
}

QString AuditLog::computeHash(const QString &prevHash, const AuditEntry &e)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(prevHash.toLatin1());
    h.addData(canonical(e));
    return QString::fromLatin1(h.result().toHex());
}

AuditHead AuditLog::head() const
{
    AuditHead head;
    head.hash = genesisHash();
    auto s = m_db.prepare("SELECT seq, hash, (SELECT COUNT(*) FROM audit_log) FROM audit_log "
                          "ORDER BY seq DESC LIMIT 1");
    if (s.step()) {
        head.lastSeq = s.intAt(0);
        head.hash = s.textAt(1);
        head.count = s.intAt(2);
    }
    return head;
}

AuditEntry AuditLog::append(const QString &action, const QJsonObject &payload, const QString &user)
{
    const AuditHead h = head();
    AuditEntry e;
    e.seq = h.lastSeq + 1;
    // Millisecond precision is what we store, so hash exactly that.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    e.ts = QDateTime::fromMSecsSinceEpoch(now.toMSecsSinceEpoch(), Qt::UTC);
    e.user = user;
    e.action = action;
    e.payload = payload;
    e.prevHash = h.hash;
    e.hash = computeHash(e.prevHash, e);
    auto s = m_db.prepare("INSERT INTO audit_log(seq, ts, user_name, action, payload, prev_hash, "
                          "hash) VALUES (?,?,?,?,?,?,?)");
    s.bind(1, e.seq)
        .bind(2, isoUtc(e.ts))
        .bind(3, e.user)
        .bind(4, e.action)
        .bindText(5, QJsonDocument(e.payload).toJson(QJsonDocument::Compact))
        .bind(6, e.prevHash)
        .bind(7, e.hash);
    s.run();
    return e;
}

QList<AuditEntry> AuditLog::entries(qint64 fromSeq, int limit) const
{
    QList<AuditEntry> out;
    auto s = m_db.prepare("SELECT seq, ts, user_name, action, payload, prev_hash, hash FROM "
                          "audit_log WHERE seq >= ? ORDER BY seq LIMIT ?");
    s.bind(1, fromSeq).bind(2, qint64(limit));
    while (s.step()) {
        AuditEntry e;
        e.seq = s.intAt(0);
        e.ts = QDateTime::fromString(s.textAt(1), Qt::ISODateWithMs);
        e.user = s.textAt(2);
        e.action = s.textAt(3);
        e.payload = QJsonDocument::fromJson(s.textAt(4).toUtf8()).object();
        e.prevHash = s.textAt(5);
        e.hash = s.textAt(6);
        out.append(e);
    }
    return out;
}

AuditVerifyResult AuditLog::verify() const
{
    AuditVerifyResult r;
    auto s = m_db.prepare("SELECT seq, ts, user_name, action, payload, prev_hash, hash FROM "
                          "audit_log ORDER BY seq");
    QString prev = genesisHash();
    qint64 expectedSeq = 1;
    while (s.step()) {
        AuditEntry e;
        e.seq = s.intAt(0);
        const QString ts = s.textAt(1);
        e.ts = QDateTime::fromString(ts, Qt::ISODateWithMs);
        e.user = s.textAt(2);
        e.action = s.textAt(3);
        const QByteArray payloadText = s.textAt(4).toUtf8();
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(payloadText, &pe);
        e.payload = doc.object();
        const QString storedPrev = s.textAt(5);
        const QString storedHash = s.textAt(6);
        ++r.entries;
        auto bad = [&](const QString &why) {
            r.ok = false;
            r.firstBadSeq = e.seq;
            r.message = QStringLiteral("entry %1: %2").arg(e.seq).arg(why);
        };
        if (e.seq != expectedSeq)
            bad(QStringLiteral("sequence gap (expected %1)").arg(expectedSeq));
        else if (pe.error != QJsonParseError::NoError || !doc.isObject())
            bad(QStringLiteral("payload is not a JSON object"));
        else if (QJsonDocument(e.payload).toJson(QJsonDocument::Compact) != payloadText)
            bad(QStringLiteral("payload is not in canonical form"));
        else if (!e.ts.isValid() || isoUtc(e.ts) != ts)
            bad(QStringLiteral("timestamp was altered"));
        else if (storedPrev != prev)
            bad(QStringLiteral("prev_hash does not match the previous entry"));
        else if (computeHash(prev, e) != storedHash)
            bad(QStringLiteral("hash does not match the entry's content"));
        if (!r.ok)
            return r;
        prev = storedHash;
        ++expectedSeq;
    }
    return r;
}

} // namespace recon
