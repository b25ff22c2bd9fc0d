#pragma once
// The SQLite half of a bulk import on a thread of its own. The reading thread (the reader and
// BulkInserter: parsing, duplicate checks, fingerprints) encodes each row into a RowBlock, plain
// numbers and UTF-8 text in one buffer, and hands full blocks over; this thread binds them to
// the prepared INSERTs without copying and steps them. Blocks are recycled, so neither thread
// allocates per row or frees what the other allocated. At most a few blocks are in flight,
// which bounds the memory. The connection is used by one thread at a time: drain() hands it
// back to the caller.

#include "core/model/transaction.h"
#include "core/store/sqlite.h"

#include <condition_variable>
#include <deque>
#include <exception>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace recon {

struct EncodedRow {
    enum Text {
        ExternalId,
        Currency,
        Description,
        Reference,
        Counterparty,
        CounterpartyAccount,
        Account,
        BankCode,
        BatchId,
        Raw,
        TextCount
    };
    qint64 statementId = 0;
    qint64 bookingDay = 0; // julian day, when hasBooking
    qint64 valueDay = 0;
    qint64 amountMinor = 0;
    qint64 fingerprint = 0;
    qint32 sourceLine = 0;
    bool hasBooking = false;
    bool hasValue = false;
    uchar uuid[16] = {};
    quint32 textAt[TextCount] = {}; // UTF-8 slices of RowBlock::text
    quint32 textLen[TextCount] = {};
};

struct EncodedStatement {
    qint64 id = 0; // chosen by the inserter (it holds the write transaction)
    QByteArray ref, account, currency;
    std::optional<qint64> periodFrom, periodTo, openingMinor, closingMinor;
};

// Binds e's ref, account, currency, period and balances to parameters first .. first + 6 of `s`
// (no copy: `e` must stay alive until the statement has run). The writer's INSERT and the
// inserter's final UPDATE of a streamed statement both bind them this way.
void bindStatementFields(sqlite3_stmt *s, int first, const EncodedStatement &e);

struct RowBlock {
    std::vector<EncodedStatement> statements; // written before the rows
    std::vector<EncodedRow> rows;
    QByteArray text;

    // Appends `s` as UTF-8 and returns its slice.
    void appendText(EncodedRow &row, EncodedRow::Text field, const QString &s);
    void appendText(EncodedRow &row, EncodedRow::Text field, const QByteArray &utf8);
    bool full() const { return rows.size() >= 4096 || text.size() >= (1 << 20); }
    bool empty() const { return rows.empty() && statements.empty(); }
    void clear();
};

class RowWriter {
public:
    RowWriter(sql::Db &db, const QByteArray &importIdBytes, Side side);
    // Stops the thread; rows not written yet are dropped (the caller is rolling back).
    ~RowWriter();
    RowWriter(const RowWriter &) = delete;
    RowWriter &operator=(const RowWriter &) = delete;

    // The block being filled on the calling thread.
    RowBlock &current() { return *m_current; }
    // Hands the current block over once it is full. Rethrows the writer's error, if any.
    void submitIfFull()
    {
        if (m_current->full())
            submit();
    }
    // Hands the current block over and waits until every row is in the database; the caller may
    // then use the connection. Rethrows the writer's error, if any.
    void drain();

private:
    void submit();
    void run();
    void write(const RowBlock &block);
    void rethrowLocked();

    sql::Db &m_db;
    QByteArray m_importId;
    Side m_side;
    sql::Stmt m_stStmt;
    sql::Stmt m_txStmt;
    std::unique_ptr<RowBlock> m_current;

    std::mutex m_mutex;
    std::condition_variable m_work; // a block came, or stop
    std::condition_variable m_done; // a block was written
    std::deque<std::unique_ptr<RowBlock>> m_queue;
    std::vector<std::unique_ptr<RowBlock>> m_free;
    bool m_busy = false;
    bool m_stop = false;
    std::exception_ptr m_error;
    // For the debug log: time the reading thread waited for room, and the writer for work.
    qint64 m_readerWaitNs = 0;
    qint64 m_writerWaitNs = 0;
    qint64 m_writeNs = 0;
    std::thread m_thread; // started with the first block
};

} // namespace recon
