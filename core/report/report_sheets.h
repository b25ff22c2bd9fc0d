#pragma once
// The report's data sheets, streamed from the workspace into a Sink row by row: Summary, Matched,
// Unmatched left, Unmatched right, Exceptions, Rules. The same producer feeds the XLSX and CSV
// writers and the content hash that verify-export recomputes.

#include "core/report/report_options.h"
#include "core/report/sink.h"
#include "core/store/workspace.h"

namespace recon::report {

struct Cancelled { };

// Progress and cancel, checked every few thousand rows; throws Cancelled.
class Progress {
public:
    Progress(const ProgressFn &fn, const std::atomic<bool> *cancel, qint64 total)
        : m_fn(fn)
        , m_cancel(cancel)
        , m_total(total)
    {
    }
    void tick()
    {
        if ((++m_done & 4095) == 0)
            report();
    }
    void report();
    qint64 done() const { return m_done; }

private:
    ProgressFn m_fn;
    const std::atomic<bool> *m_cancel;
    qint64 m_total;
    qint64 m_done = 0;
};

// Rows the item sheets will hold (for the progress total).
qint64 countItemRows(Workspace &ws, const Filters &f);
// "open,exception" / "all"; from/to as ISO dates ("" when open-ended).
QString statusFilterText(const Filters &f);

// Writes the six data sheets in order; returns the number of item rows written.
qint64 writeDataSheets(Workspace &ws, const Filters &f, Sink &sink, Progress &progress);

// Sheet names in the order they are written (without continuation parts).
QStringList dataSheetNames();

} // namespace recon::report
