#pragma once
// Access tokens: JWT signed with HS256 and nothing else. Verification pins the algorithm
// before libjwt sees the token (so "none", HS384, RS256 with the secret as a key, ... are all
// refused), then checks signature (current secret, else the previous one while rotating), exp (with
// a small leeway), iat, iss, aud and sub.

#include <QByteArray>
#include <QString>

namespace recon::server {

struct TokenClaims {
    QString subject; // user id (UUID, without braces)
    QString role; // role at issue time (informative: the server re-reads it from the database)
    qint64 issuedAt = 0;
    qint64 expiresAt = 0;
    QString tokenId; // jti
};

class TokenService {
public:
    // `previousSecret` (optional, JWT_SECRET_PREVIOUS) only verifies: tokens are always signed
    // with `secret`, and a token signed with the previous one passes while it is configured.
    TokenService(QByteArray secret, QString issuer, QString audience, int ttlSeconds,
        QByteArray previousSecret = {});

    // Empty on failure.
    QByteArray issue(const QString &subject, const QString &role, qint64 now,
        TokenClaims *claims = nullptr) const;
    // False with a short reason (for logs only: clients just get 401).
    bool verify(const QByteArray &token, qint64 now, TokenClaims &claims, QString &reason) const;

    int ttlSeconds() const { return m_ttl; }

private:
    QByteArray m_secret;
    QByteArray m_previousSecret;
    QString m_issuer;
    QString m_audience;
    int m_ttl;
};

} // namespace recon::server
