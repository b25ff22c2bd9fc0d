#pragma once
// Writing a synced entity state (one pulled change, or "theirs" of a conflict) into the
// workspace through the store's state layer (core/store/resolution_state.h), with one audit
// entry per change, and never into the outbox (that would echo it back to the server).

#include <QJsonObject>
#include <QString>

namespace recon {
class Workspace;
}

namespace recon::sync {

struct RemoteChange {
    qint64 seq = 0;
    QString entity; // group, transaction, comment
    QString entityId;
    qint64 version = 0;
    QJsonObject payload;
    QString author;
    QString idempotencyKey;
};

enum class ApplyOutcome {
    Applied,
    Skipped, // not applicable here (unknown entity kind, a transaction this workspace lacks)
};

// Applies the payload's state; call inside the caller's transaction. `why` says why a change
// was skipped. Appends one audit entry `auditAction` (e.g. "sync.apply") when applied.
ApplyOutcome applyState(Workspace &ws, const RemoteChange &change, const QString &auditAction,
    const QJsonObject &auditExtra, const QString &localUser, QString *why = nullptr);

} // namespace recon::sync
