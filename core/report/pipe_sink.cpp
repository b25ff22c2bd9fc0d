#include "core/report/pipe_sink.h"

#include <algorithm>

namespace recon::report {

PipeSink::PipeSink(Sink &target, int batchRows, int maxBatches)
    : m_target(target)
    , m_batchRows(size_t(std::max(1, batchRows)))
    , m_maxBatches(size_t(std::max(1, maxBatches)))
{
    m_batch.reserve(m_batchRows);
    m_worker = std::thread([this] { run(); });
}

PipeSink::~PipeSink()
{
    stop();
}

void PipeSink::stop()
{
    if (!m_worker.joinable())
        return;
    {
        std::lock_guard lock(m_mutex);
        m_abort = true;
        m_closed = true;
    }
    m_changed.notify_all();
    m_worker.join();
}

void PipeSink::run()
{
    for (;;) {
        Op op;
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return m_abort || m_closed || !m_queue.empty(); });
            if (m_abort || m_queue.empty())
                return; // aborted, or closed and drained
            op = std::move(m_queue.front());
            m_queue.pop_front();
        }
        m_changed.notify_all(); // room in the queue
        try {
            switch (op.kind) {
            case Op::Begin:
                m_target.beginSheet(op.spec);
                break;
            case Op::Rows:
                for (const Row &r : op.rows)
                    m_target.row(r);
                break;
            case Op::Totals:
                m_target.totals(op.totals);
                break;
            case Op::End:
                m_target.endSheet();
                break;
            }
        } catch (...) {
            std::lock_guard lock(m_mutex);
            m_error = std::current_exception();
            m_abort = true;
            m_queue.clear();
            m_changed.notify_all();
            return;
        }
    }
}

void PipeSink::push(Op &&op)
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_abort || m_queue.size() < m_maxBatches; });
    if (m_error)
        std::rethrow_exception(m_error);
    if (m_abort)
        return;
    m_queue.push_back(std::move(op));
    lock.unlock();
    m_changed.notify_all();
}

void PipeSink::flushRows()
{
    if (m_batch.empty())
        return;
    Op op;
    op.kind = Op::Rows;
    op.rows.swap(m_batch);
    m_batch.reserve(m_batchRows);
    push(std::move(op));
}

void PipeSink::beginSheet(const SheetSpec &spec)
{
    flushRows();
    Op op;
    op.kind = Op::Begin;
    op.spec = spec;
    push(std::move(op));
}

void PipeSink::row(const Row &cells)
{
    m_batch.push_back(cells);
    if (m_batch.size() >= m_batchRows)
        flushRows();
}

void PipeSink::totals(const QList<CurrencyTotal> &totals)
{
    flushRows();
    Op op;
    op.kind = Op::Totals;
    op.totals = totals;
    push(std::move(op));
}

void PipeSink::endSheet()
{
    flushRows();
    Op op;
    op.kind = Op::End;
    push(std::move(op));
}

void PipeSink::finish()
{
    flushRows();
    {
        std::lock_guard lock(m_mutex);
        m_closed = true;
    }
    m_changed.notify_all();
    if (m_worker.joinable())
        m_worker.join();
    if (m_error)
        std::rethrow_exception(m_error);
}

} // namespace recon::report
