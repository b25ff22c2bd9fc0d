#pragma once
// Resolving push conflicts (mine vs theirs, see SyncStore::conflicts()). Each resolution is one
// SQLite transaction with one audit entry:
//  - keepMine: my latest state is queued again on the server's version (pushed by the next sync);
//  - takeTheirs: the server's state is written locally and my waiting rows are dropped;
//  - mergeComment (comments only): the two bodies concatenated, written locally and queued.

#include <QString>

namespace recon {
class Workspace;
}

namespace recon::sync {

struct ResolveResult {
    bool ok = false;
    QString error; // for the user when !ok
};

class ConflictResolver {
public:
    explicit ConflictResolver(Workspace &ws, QString user = {});

    ResolveResult keepMine(qint64 conflictId);
    ResolveResult takeTheirs(qint64 conflictId);
    ResolveResult mergeComment(qint64 conflictId);

    // Joins two comment bodies (mine first); identical bodies are kept once.
    static QString mergedBody(const QString &mine, const QString &theirs);

private:
    template <typename F> ResolveResult resolve(qint64 conflictId, F &&body);

    Workspace &m_ws;
    QString m_user;
};

} // namespace recon::sync
