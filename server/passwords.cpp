#include "server/passwords.h"

#include <sodium.h>

namespace recon::server {

namespace {
// Interactive limits: ~64 MiB and a few passes; enough for a login endpoint, bounded.
constexpr unsigned long long kOpsLimit = crypto_pwhash_OPSLIMIT_INTERACTIVE;
constexpr size_t kMemLimit = crypto_pwhash_MEMLIMIT_INTERACTIVE;
constexpr int kMaxPasswordBytes = 1024;
} // namespace

bool initCrypto()
{
    static const bool ok = sodium_init() >= 0;
    return ok;
}

QByteArray hashPassword(const QByteArray &password)
{
    if (!initCrypto() || password.size() > kMaxPasswordBytes)
        return {};
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, password.constData(), size_t(password.size()), kOpsLimit,
            kMemLimit, crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        return {};
    return QByteArray(out);
}

bool verifyPassword(const QByteArray &hash, const QByteArray &password)
{
    if (!initCrypto() || password.size() > kMaxPasswordBytes || hash.isEmpty()
        || hash.size() >= crypto_pwhash_STRBYTES)
        return false;
    return crypto_pwhash_str_verify(hash.constData(), password.constData(), size_t(password.size()))
        == 0;
}

const QByteArray &dummyHash()
{
    static const QByteArray h = [] {
        unsigned char random[32];
        initCrypto();
        randombytes_buf(random, sizeof random);
        return hashPassword(
            QByteArray(reinterpret_cast<const char *>(random), sizeof random).toBase64());
    }();
    return h;
}

} // namespace recon::server
