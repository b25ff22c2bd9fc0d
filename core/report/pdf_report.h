#pragma once
// The PDF summary report: the reconciliation statement per currency, the open items with their
// ages (oldest first), the sign-off block (preparer, reviewer, dates) and the evidence.
// Rendering needs Qt Gui fonts: a QGuiApplication must exist (the GUI, the tests, or the CLI
// started with one); without it writePdf returns an error instead of crashing.

#include "core/report/evidence.h"
#include "core/report/report_options.h"
#include "core/store/workspace.h"

namespace recon::report {

// Returns an error message, empty on success.
QString writePdf(const QString &path, Workspace &ws, const Evidence &ev, const ExportOptions &o);

} // namespace recon::report
