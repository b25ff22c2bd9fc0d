#pragma once
// A Sink that hands rows to another Sink on a worker thread, so that reading the workspace and
// formatting rows (the caller's thread, which owns the SQLite connection) runs alongside
// writing and hashing (the worker: libxlsxwriter, CSV, SHA-256). Rows travel in batches through
// a bounded queue: memory stays flat however long the sheets are.

#include "core/report/sink.h"

#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace recon::report {

class PipeSink : public Sink {
public:
    // `target` is used from the worker thread only until finish() returns.
    explicit PipeSink(Sink &target, int batchRows = 512, int maxBatches = 16);
    // Without finish(): stops the worker (what it has not written yet is dropped) and joins.
    ~PipeSink() override;
    PipeSink(const PipeSink &) = delete;
    PipeSink &operator=(const PipeSink &) = delete;

    void beginSheet(const SheetSpec &spec) override;
    void row(const Row &cells) override;
    void totals(const QList<CurrencyTotal> &totals) override;
    void endSheet() override;

    // Waits until the worker has written everything; rethrows what the target threw. A target
    // error also surfaces on the next call above.
    void finish();

private:
    struct Op {
        enum Kind { Begin, Rows, Totals, End } kind = Rows;
        SheetSpec spec;
        std::vector<Row> rows;
        QList<CurrencyTotal> totals;
    };
    void flushRows();
    void push(Op &&op);
    void run();
    void stop();

    Sink &m_target;
    size_t m_batchRows;
    size_t m_maxBatches;
    std::vector<Row> m_batch;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Op> m_queue;
    bool m_closed = false;
    bool m_abort = false;
    std::exception_ptr m_error;
    std::thread m_worker;
};

} // namespace recon::report
