#pragma once
// Duplicate detection without an external id: (account, date, amount, currency, normalised text,
// occurrence index of that combination within the day). Two genuine identical payments on one day
// get occurrence 0 and 1, so both are kept; re-importing an overlapping statement reproduces the
// same fingerprints, so its rows are recognised.

#include "core/match/match_index.h"
#include "core/model/transaction.h"

namespace recon {

// FNV-1a 64: stable across Qt versions and runs (fingerprints are stored in workspaces).
quint64 fnv1a64(const char *data, qsizetype size, quint64 seed = 1469598103934665603ULL);

// Lower-case letters and digits only: "INV-2026/004711 Acme" -> "inv2026004711acme".
QByteArray normaliseText(const QString &text);

class FingerprintBuilder {
public:
    // Fingerprint of `t`, counting earlier identical items seen by this builder.
    qint64 next(const Transaction &t);

private:
    // Occurrences per base fingerprint (FlatMap: a QHash of a million entries was 7% of a
    // 1M-row import). FlatMap keys are never 0, so that one is counted apart.
    match::FlatMap m_occurrences;
    quint32 m_zeroCount = 0;
};

} // namespace recon
