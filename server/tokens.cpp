#include "server/tokens.h"

#include <jwt.h>
#include <sodium.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

#include <cstdlib>
#include <memory>

namespace recon::server {

namespace {

constexpr int kMaxTokenBytes = 4096;
constexpr qint64 kLeewaySeconds = 30;

struct JwtDeleter {
    void operator()(jwt_t *j) const { jwt_free(j); }
};
using JwtPtr = std::unique_ptr<jwt_t, JwtDeleter>;

bool decodeSegment(const QByteArray &segment, QJsonObject &out)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        segment, QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return false;
    QJsonParseError err;
    const auto doc = QJsonDocument::fromJson(*decoded, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return false;
    out = doc.object();
    return true;
}

} // namespace

TokenService::TokenService(
    QByteArray secret, QString issuer, QString audience, int ttlSeconds, QByteArray previousSecret)
    : m_secret(std::move(secret))
    , m_previousSecret(std::move(previousSecret))
    , m_issuer(std::move(issuer))
    , m_audience(std::move(audience))
    , m_ttl(ttlSeconds)
{
}

QByteArray TokenService::issue(
    const QString &subject, const QString &role, qint64 now, TokenClaims *claims) const
{
    jwt_t *raw = nullptr;
    if (jwt_new(&raw) != 0)
        return {};
    JwtPtr j(raw);
    unsigned char id[16];
    randombytes_buf(id, sizeof id);
    const QByteArray jti = QByteArray(reinterpret_cast<const char *>(id), sizeof id).toHex();
    const qint64 exp = now + m_ttl;
    if (jwt_add_grant(j.get(), "iss", m_issuer.toUtf8().constData()) != 0
        || jwt_add_grant(j.get(), "aud", m_audience.toUtf8().constData()) != 0
        || jwt_add_grant(j.get(), "sub", subject.toUtf8().constData()) != 0
        || jwt_add_grant(j.get(), "role", role.toUtf8().constData()) != 0
        || jwt_add_grant(j.get(), "jti", jti.constData()) != 0
        || jwt_add_grant_int(j.get(), "iat", long(now)) != 0
        || jwt_add_grant_int(j.get(), "exp", long(exp)) != 0)
        return {};
    if (jwt_set_alg(j.get(), JWT_ALG_HS256,
            reinterpret_cast<const unsigned char *>(m_secret.constData()), int(m_secret.size()))
        != 0)
        return {};
    char *encoded = jwt_encode_str(j.get());
    if (!encoded)
        return {};
    QByteArray out(encoded);
    std::free(encoded);
    if (claims) {
        claims->subject = subject;
        claims->role = role;
        claims->issuedAt = now;
        claims->expiresAt = exp;
        claims->tokenId = QString::fromLatin1(jti);
    }
    return out;
}

bool TokenService::verify(
    const QByteArray &token, qint64 now, TokenClaims &claims, QString &reason) const
{
    if (token.isEmpty() || token.size() > kMaxTokenBytes) {
        reason = QStringLiteral("token size");
        return false;
    }
    const QList<QByteArray> parts = token.split('.');
    if (parts.size() != 3 || parts[0].isEmpty() || parts[1].isEmpty() || parts[2].isEmpty()) {
        reason = QStringLiteral("token shape");
        return false;
    }
    // Pin the algorithm ourselves: the header must say HS256 and nothing surprising.
    QJsonObject header;
    if (!decodeSegment(parts[0], header)) {
        reason = QStringLiteral("header");
        return false;
    }
    if (header.value(QStringLiteral("alg")).toString() != QLatin1String("HS256")) {
        reason = QStringLiteral("alg");
        return false;
    }
    for (auto it = header.begin(); it != header.end(); ++it) {
        if (it.key() != QLatin1String("alg") && it.key() != QLatin1String("typ")) {
            reason = QStringLiteral("header field");
            return false;
        }
    }
    const QByteArray zeroTerminated = token; // QByteArray is always NUL-terminated
    const auto decodeWith = [&zeroTerminated](const QByteArray &key) -> jwt_t * {
        if (key.isEmpty())
            return nullptr;
        jwt_t *raw = nullptr;
        if (jwt_decode(&raw, zeroTerminated.constData(),
                reinterpret_cast<const unsigned char *>(key.constData()), int(key.size()))
            != 0) {
            if (raw)
                jwt_free(raw);
            return nullptr;
        }
        return raw;
    };
    jwt_t *raw = decodeWith(m_secret);
    if (!raw)
        raw = decodeWith(m_previousSecret);
    if (!raw) {
        reason = QStringLiteral("signature");
        return false;
    }
    JwtPtr j(raw);
    if (jwt_get_alg(j.get()) != JWT_ALG_HS256) {
        reason = QStringLiteral("alg");
        return false;
    }
    QJsonObject payload;
    if (!decodeSegment(parts[1], payload)) {
        reason = QStringLiteral("payload");
        return false;
    }
    const auto iss = payload.value(QStringLiteral("iss"));
    const auto aud = payload.value(QStringLiteral("aud"));
    const auto sub = payload.value(QStringLiteral("sub"));
    const auto exp = payload.value(QStringLiteral("exp"));
    const auto iat = payload.value(QStringLiteral("iat"));
    if (!iss.isString() || iss.toString() != m_issuer) {
        reason = QStringLiteral("iss");
        return false;
    }
    if (!aud.isString() || aud.toString() != m_audience) {
        reason = QStringLiteral("aud");
        return false;
    }
    if (!exp.isDouble() || !iat.isDouble()) {
        reason = QStringLiteral("exp/iat missing");
        return false;
    }
    const qint64 expV = qint64(exp.toDouble());
    const qint64 iatV = qint64(iat.toDouble());
    if (now > expV + kLeewaySeconds) {
        reason = QStringLiteral("expired");
        return false;
    }
    if (iatV > now + kLeewaySeconds || expV - iatV > qint64(m_ttl) + kLeewaySeconds) {
        reason = QStringLiteral("iat");
        return false;
    }
    const QUuid subject = QUuid::fromString(sub.toString());
    if (!sub.isString() || subject.isNull()) {
        reason = QStringLiteral("sub");
        return false;
    }
    claims.subject = subject.toString(QUuid::WithoutBraces);
    claims.role = payload.value(QStringLiteral("role")).toString();
    claims.issuedAt = iatV;
    claims.expiresAt = expV;
    claims.tokenId = payload.value(QStringLiteral("jti")).toString();
    return true;
}

} // namespace recon::server
