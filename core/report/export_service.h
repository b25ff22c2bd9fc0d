#pragma once
// Report exports (issue 7) and their verification. The core API the CLI (`recon export`,
// `recon verify-export`) and the GUI's File > Export dialog call.
//
// An export reads the workspace inside one write transaction (a consistent snapshot), writes to a
// temporary file in the target folder and renames it into place, then records an "export" audit
// entry in the same transaction: a failed or cancelled export leaves neither a half-written file
// nor an audit entry.

#include "core/report/report_options.h"
#include "core/store/workspace.h"

namespace recon::report {

// Never throws for user-fixable problems (unwritable target, read-only workspace, cancel): they
// come back in ExportResult::error / cancelled.
ExportResult exportReport(Workspace &ws, const ExportOptions &options,
    const ProgressFn &progress = {}, const std::atomic<bool> *cancel = nullptr);

// Re-reads an exported workbook's Evidence sheet and data sheets and compares them with the file's
// own content (edited afterwards?) and with the workspace (changed since?).
VerifyResult verifyExport(const QString &xlsxPath, Workspace &ws);

} // namespace recon::report
