#pragma once
// Brings a file into a workspace: all or nothing, duplicate-safe, audited.

#include "core/import/reader.h"
#include "core/store/workspace.h"

#include <atomic>
#include <functional>

namespace recon {

struct ImportRequest {
    QString path;
    QString format; // empty: detect by content
    Side side = Side::Left;
    QString account; // own account override
    QString profile; // saved CSV/XLSX mapping profile name (else matched by header)
    QString saveProfile; // save the mapping used under this name (CSV/XLSX)
    std::optional<TabularMapping> mapping; // CSV/XLSX: an explicit mapping (the wizard's)
    QString sheet; // XLSX: sheet name; empty = first
    QString defaultCurrency;
    bool dryRun = false;
    bool skipBadLines = false;
};

struct ImportReport {
    ReadResult read; // format, encoding, warnings, errors
    Import import; // what was (or would be) recorded
    QString sha256;
    int duplicates = 0; // rows already in the workspace (FITID / reference / fingerprint)
    bool written = false; // false on error, dry run or cancel
    bool cancelled = false;
    QString refusal; // e.g. "already imported as ... on ..."; empty otherwise
    QString profileApplied; // the saved profile whose mapping was used, if any
};

using ProgressFn = std::function<void(qint64 done, qint64 total)>;

// Never throws for bad input: problems come back in the report (read.errors / refusal).
// Throws WorkspaceError when the workspace itself cannot be written.
ImportReport importFile(Workspace &ws, const ImportRequest &request,
    const ProgressFn &progress = {}, const std::atomic<bool> *cancel = nullptr);

// Inserts already-parsed statements for one import inside the caller's transaction (bulk path,
// prepared statements). Returns the number of rows inserted; rows whose fingerprint or external
// id is already present are skipped and counted in `duplicates`.
struct BulkInsertResult {
    qint64 inserted = 0;
    qint64 duplicates = 0;
    bool cancelled = false;
};
BulkInsertResult bulkInsert(Workspace &ws, const QUuid &importId, Side side,
    const QList<Statement> &statements, const ProgressFn &progress = {},
    const std::atomic<bool> *cancel = nullptr);

// Records an import (its row in `imports`) inside the caller's transaction.
void recordImport(Workspace &ws, const Import &import);

// Saved CSV/XLSX column mappings, re-applied to files with the same header signature.
struct MappingProfile {
    QString name;
    QString headerSignature;
    TabularMapping mapping;
};
// Saves (or replaces) a profile inside the caller's transaction, with an audit entry.
void saveProfile(Workspace &ws, const MappingProfile &profile);
std::optional<MappingProfile> profileByName(Workspace &ws, const QString &name);
std::optional<MappingProfile> profileBySignature(Workspace &ws, const QString &signature);

// SHA-256 of a file's bytes, hex; empty when unreadable.
QString fileSha256(const QString &path);

} // namespace recon
