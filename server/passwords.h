#pragma once
// Password hashing with libsodium's argon2id (crypto_pwhash_str, self-describing hash string).

#include <QByteArray>

namespace recon::server {

// Calls sodium_init once; false when libsodium cannot be used.
bool initCrypto();
// Empty on failure (out of memory).
QByteArray hashPassword(const QByteArray &password);
bool verifyPassword(const QByteArray &hash, const QByteArray &password);
// A hash of a random password, verified against when the user does not exist so that a
// login for an unknown name costs the same time as a wrong password.
const QByteArray &dummyHash();

} // namespace recon::server
