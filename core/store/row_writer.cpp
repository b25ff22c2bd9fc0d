#include "core/store/row_writer.h"

#include "core/log.h"

#include <QElapsedTimer>

#include <sqlite3.h>

namespace recon {

namespace {
constexpr size_t kMaxQueued = 3; // blocks waiting for the writer: about 3 MiB of text
} // namespace

void bindStatementFields(sqlite3_stmt *s, int first, const EncodedStatement &e)
{
    const auto text = [s](int i, const QByteArray &v) {
        sqlite3_bind_text(s, i, v.constData(), int(v.size()), SQLITE_STATIC);
    };
    const auto optInt = [s](int i, const std::optional<qint64> &v) {
        if (v)
            sqlite3_bind_int64(s, i, *v);
        else
            sqlite3_bind_null(s, i);
    };
    text(first, e.ref);
    text(first + 1, e.account);
    text(first + 2, e.currency);
    optInt(first + 3, e.periodFrom);
    optInt(first + 4, e.periodTo);
    optInt(first + 5, e.openingMinor);
    optInt(first + 6, e.closingMinor);
}

void RowBlock::appendText(EncodedRow &row, EncodedRow::Text field, const QString &s)
{
    const qsizetype at = text.size();
    const qsizetype n = s.size();
    const char16_t *p = reinterpret_cast<const char16_t *>(s.constData());
    qsizetype i = 0;
    text.resize(at + n);
    char *dst = text.data() + at;
    for (; i < n && p[i] < 0x80; ++i)
        dst[i] = char(p[i]);
    if (i < n) { // not all ASCII: the rest through Qt's converter
        text.resize(at + i);
        text += QStringView(s).mid(i).toUtf8();
    }
    row.textAt[field] = quint32(at);
    row.textLen[field] = quint32(text.size() - at);
}

void RowBlock::appendText(EncodedRow &row, EncodedRow::Text field, const QByteArray &utf8)
{
    row.textAt[field] = quint32(text.size());
    row.textLen[field] = quint32(utf8.size());
    text += utf8;
}

void RowBlock::clear()
{
    statements.clear();
    rows.clear();
    text.resize(0); // keeps the capacity (clear() would free it)
}

RowWriter::RowWriter(sql::Db &db, const QByteArray &importIdBytes, Side side)
    : m_db(db)
    , m_importId(importIdBytes)
    , m_side(side)
    , m_stStmt(m_db.prepare("INSERT INTO statements(id, import_id, statement_ref, account, "
                            "currency, period_from, period_to, opening_minor, closing_minor) "
                            "VALUES (?,?,?,?,?,?,?,?,?)"))
    , m_txStmt(m_db.prepare("INSERT INTO transactions(uuid, side, import_id, statement_id, "
                            "external_id, booking_date, value_date, amount_minor, currency, "
                            "description, reference, counterparty, counterparty_account, account, "
                            "bank_code, batch_id, raw, source_line, fingerprint, status) VALUES "
                            "(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,0)"))
    , m_current(std::make_unique<RowBlock>())
{
}

RowWriter::~RowWriter()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
        m_queue.clear();
    }
    m_work.notify_all();
    if (m_thread.joinable()) {
        m_thread.join();
        log::store()->debug(
            "row writer: writing {} ms, waiting for rows {} ms; reader waited {} ms",
            m_writeNs / 1000000, m_writerWaitNs / 1000000, m_readerWaitNs / 1000000);
    }
}

void RowWriter::rethrowLocked()
{
    if (m_error)
        std::rethrow_exception(m_error);
}

void RowWriter::submit()
{
    if (m_current->empty())
        return;
    std::unique_lock lock(m_mutex);
    if (!m_thread.joinable())
        m_thread = std::thread([this] { run(); });
    QElapsedTimer waited;
    waited.start();
    m_done.wait(lock, [this] { return m_queue.size() < kMaxQueued || m_error; });
    m_readerWaitNs += waited.nsecsElapsed();
    rethrowLocked();
    m_queue.push_back(std::move(m_current));
    if (!m_free.empty()) {
        m_current = std::move(m_free.back());
        m_free.pop_back();
    } else {
        m_current = std::make_unique<RowBlock>();
    }
    lock.unlock();
    m_work.notify_one();
}

void RowWriter::drain()
{
    submit();
    std::unique_lock lock(m_mutex);
    m_done.wait(lock, [this] { return (m_queue.empty() && !m_busy) || m_error; });
    rethrowLocked();
}

void RowWriter::run()
{
    for (;;) {
        std::unique_ptr<RowBlock> block;
        QElapsedTimer clock;
        clock.start();
        {
            std::unique_lock lock(m_mutex);
            m_work.wait(lock, [this] { return m_stop || !m_queue.empty(); });
            m_writerWaitNs += clock.nsecsElapsed();
            if (m_stop)
                return;
            block = std::move(m_queue.front());
            m_queue.pop_front();
            m_busy = true;
        }
        std::exception_ptr error;
        clock.restart();
        try {
            write(*block);
        } catch (...) {
            error = std::current_exception();
        }
        const qint64 wrote = clock.nsecsElapsed();
        block->clear();
        {
            std::lock_guard lock(m_mutex);
            m_writeNs += wrote;
            m_busy = false;
            m_free.push_back(std::move(block));
            if (error) {
                m_error = error;
                m_queue.clear(); // nothing after a failed row is written
            }
        }
        m_done.notify_all();
        if (error)
            return;
    }
}

void RowWriter::write(const RowBlock &block)
{
    sqlite3_stmt *st = m_stStmt.handle();
    for (const EncodedStatement &s : block.statements) {
        sqlite3_bind_int64(st, 1, s.id);
        sqlite3_bind_blob(st, 2, m_importId.constData(), int(m_importId.size()), SQLITE_STATIC);
        bindStatementFields(st, 3, s);
        m_stStmt.run();
    }
    sqlite3_stmt *tx = m_txStmt.handle();
    const char *text = block.text.constData(); // never null, so "" binds as '' and not NULL
    constexpr int kTextColumn[EncodedRow::TextCount] = { 5, 9, 10, 11, 12, 13, 14, 15, 16, 17 };
    sqlite3_bind_int(tx, 2, static_cast<int>(m_side));
    sqlite3_bind_blob(tx, 3, m_importId.constData(), int(m_importId.size()), SQLITE_STATIC);
    for (const EncodedRow &r : block.rows) {
        sqlite3_bind_blob(tx, 1, r.uuid, 16, SQLITE_STATIC);
        sqlite3_bind_int64(tx, 4, r.statementId);
        if (r.hasBooking)
            sqlite3_bind_int64(tx, 6, r.bookingDay);
        else
            sqlite3_bind_null(tx, 6);
        if (r.hasValue)
            sqlite3_bind_int64(tx, 7, r.valueDay);
        else
            sqlite3_bind_null(tx, 7);
        sqlite3_bind_int64(tx, 8, r.amountMinor);
        for (int f = 0; f < EncodedRow::TextCount; ++f)
            sqlite3_bind_text(
                tx, kTextColumn[f], text + r.textAt[f], int(r.textLen[f]), SQLITE_STATIC);
        sqlite3_bind_int(tx, 18, r.sourceLine);
        sqlite3_bind_int64(tx, 19, r.fingerprint);
        m_txStmt.runKeepingBindings();
    }
}

} // namespace recon
