#pragma once
// Duplicate detection without an external id: (account, date, amount, currency, normalised text,
// occurrence index of that combination within the day). Two genuine identical payments on one day
// get occurrence 0 and 1, so both are kept; re-importing an overlapping statement reproduces the
// same fingerprints, so its rows are recognised.

#include "core/model/transaction.h"

#include <vector>

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
    // Occurrences per base fingerprint, in an open-addressing table (a QHash of a million entries
    // was 7% of a 1M-row import). Key 0 is kept apart (0 marks a free slot).
    int &occurrences(quint64 base);
    std::vector<quint64> m_keys;
    std::vector<int> m_counts;
    size_t m_used = 0;
    int m_zeroCount = 0;
};

} // namespace recon
