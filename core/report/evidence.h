#pragma once
// The evidence pack every export carries: which workspace, which input files (SHA-256), which
// rule sets (version, hash), the audit log head before the export, who exported when, with which
// filters, and the canonical SHA-256 of each data sheet. Written as the "Evidence" sheet (all
// text, key/value rows) and read back by verify-export.

#include "core/report/report_options.h"
#include "core/report/sink.h"
#include "core/store/workspace.h"

#include <optional>

namespace recon::report {

struct InputFile {
    QString name;
    QString sha256;
    QString side;
    QString format;
    QString importedAt;
    bool operator==(const InputFile &) const = default;
};

struct RuleSetRef {
    QString name;
    QString version;
    QString hash;
    bool operator==(const RuleSetRef &) const = default;
};

struct Evidence {
    QString exportId;
    QString workspaceId;
    QString workspaceFile;
    QString exportedAt; // ISO 8601 UTC
    QString exportedBy;
    QString reconVersion;
    QString format; // xlsx, csv, pdf
    Filters filters;
    qint64 auditCount = 0; // entries before the export
    QString auditHeadHash; // hash of the last entry before the export
    qint64 exportSeq = 0; // seq of the export's own audit entry
    qint64 rowsPerSheet = 1048576; // a longer sheet continues as "Name (2)"
    QList<InputFile> inputs;
    QList<RuleSetRef> ruleSets;
    QList<std::pair<QString, QString>> sheetHashes; // sheet name -> canonical SHA-256
    QString contentSha256;

    static SheetSpec sheetSpec();
    QList<Row> rows() const;
    // From the Evidence sheet's text rows (header row included); nullopt with `error` set when
    // a required key is missing or malformed.
    static std::optional<Evidence> fromRows(const QList<QStringList> &rows, QString *error);
};

// The evidence of the workspace as it is now (no sheet hashes yet).
Evidence collectEvidence(Workspace &ws, const Filters &filters, const QString &format);
QList<InputFile> workspaceInputs(Workspace &ws);
QList<RuleSetRef> workspaceRuleSets(Workspace &ws);

// SHA-256 over the sheets' names and hashes, in order.
QString contentHash(const QList<std::pair<QString, QString>> &sheetHashes);

} // namespace recon::report
