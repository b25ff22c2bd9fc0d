#include "core/store/bulk_insert.h"

#include "core/store/raw_fields.h"
#include "core/store/workspace.h"

#include <QtEndian>

#include <cstring>

namespace recon {

BulkInserter::BulkInserter(Workspace &ws, const QUuid &importId, Options options)
    : m_db(ws.db())
    , m_importBytes(uuidBytes(importId))
    , m_opt(std::move(options))
{
    if (!m_opt.dryRun) {
        m_writer.emplace(m_db, m_importBytes, m_opt.side);
        // Statement ids are chosen here, so a new statement never waits for the writer: the
        // caller holds the write transaction, so nobody else takes one.
        m_nextStatementId = m_db.scalarInt("SELECT coalesce(max(id), 0) + 1 FROM statements");
    }
    // What this side already holds: fingerprints and external ids (account-scoped).
    auto s = m_db.prepare("SELECT fingerprint, account, external_id FROM transactions WHERE "
                          "side = ?");
    s.bind(1, static_cast<int>(m_opt.side));
    while (s.step()) {
        m_existingFingerprints.insert(s.intAt(0));
        const QString ext = s.textAt(2);
        if (!ext.isEmpty())
            m_existingExternal.insert(s.textAt(1) + QChar(0x1f) + ext);
    }
    m_checkDuplicates = !m_existingFingerprints.isEmpty();
    m_raw.reserve(1024);
}

BulkInserter::~BulkInserter() = default;

QString BulkInserter::statementKey(const Statement &st)
{
    return st.id + QChar(0x1f) + st.account + QChar(0x1f) + st.currency;
}

void BulkInserter::expectRows(qint64 rows)
{
    if (rows >= kDeferIndicesFromRows)
        dropIndices();
}

void BulkInserter::dropIndices()
{
    if (m_deferred || m_opt.dryRun)
        return;
    m_writer->drain(); // the connection is ours again
    m_deferred.emplace(DeferredIndices::allOf(m_db, "transactions"));
}

void BulkInserter::finish(bool rebuildIndices)
{
    if (m_writer) {
        m_writer->drain();
        if (!m_rawKeys.keys().isEmpty()) {
            auto s = m_db.prepare("UPDATE imports SET raw_keys = ? WHERE id = ?");
            s.bindText(1, m_rawKeys.toJson()).bindBlob(2, m_importBytes);
            s.run();
        }
    }
    if (m_deferred && rebuildIndices)
        m_deferred->rebuild();
    if (m_opt.progress) {
        const qint64 total = std::max(m_seen, m_opt.expectedRows);
        m_opt.progress(total, total);
    }
}

EncodedStatement BulkInserter::encodeStatement(const Statement &st) const
{
    const auto day = [](const QDate &d) {
        return d.isValid() ? std::optional<qint64>(d.toJulianDay()) : std::nullopt;
    };
    const auto minor = [](const std::optional<Money> &m) {
        return m ? std::optional<qint64>(m->minor()) : std::nullopt;
    };
    EncodedStatement e;
    e.ref = st.id.toUtf8();
    e.account = (m_opt.account.isEmpty() ? st.account : m_opt.account).toUtf8();
    e.currency = st.currency.toUtf8();
    e.periodFrom = day(st.periodFrom);
    e.periodTo = day(st.periodTo);
    e.openingMinor = minor(st.openingBalance);
    e.closingMinor = minor(st.closingBalance);
    return e;
}

qint64 BulkInserter::insertStatement(const Statement &st)
{
    if (m_opt.dryRun)
        return 0;
    EncodedStatement e = encodeStatement(st);
    e.id = m_nextStatementId++;
    m_writer->current().statements.push_back(std::move(e));
    return m_nextStatementId - 1;
}

qint64 BulkInserter::statementRow(const Statement &st)
{
    if (m_lastSt == &st && st.id == m_lastId && st.account == m_lastAccount
        && st.currency == m_lastCurrency)
        return m_lastRow;
    const QString key = statementKey(st);
    auto it = m_statementRows.find(key);
    if (it == m_statementRows.end())
        it = m_statementRows.insert(key, insertStatement(st));
    m_lastSt = &st;
    m_lastId = st.id;
    m_lastAccount = st.account;
    m_lastCurrency = st.currency;
    m_lastRow = it.value();
    return m_lastRow;
}

bool BulkInserter::add(const Statement &statement, Transaction &&t)
{
    if (m_cancelled)
        return false;
    if (!m_opt.account.isEmpty())
        t.account = m_opt.account;
    return insertTransaction(statementRow(statement), t);
}

bool BulkInserter::addStatements(const QList<Statement> &statements)
{
    if (!m_statementRows.isEmpty() && !m_opt.dryRun) {
        m_writer->drain(); // the streamed statements' rows exist before they are updated
        // Streamed statements: their period and balances are final only now.
        if (!m_stUpdate)
            m_stUpdate.emplace(m_db.prepare("UPDATE statements SET statement_ref = ?, account = "
                                            "?, currency = ?, period_from = ?, period_to = ?, "
                                            "opening_minor = ?, closing_minor = ? WHERE id = ?"));
    }
    qint64 pending = 0;
    for (const Statement &st : statements)
        pending += st.transactions.size();
    expectRows(m_seen + pending);
    if (m_opt.expectedRows < m_seen + pending)
        m_opt.expectedRows = m_seen + pending;
    for (const Statement &st : statements) {
        if (m_cancelled)
            return false;
        const auto it = m_statementRows.constFind(statementKey(st));
        qint64 row = 0;
        if (it != m_statementRows.constEnd()) {
            row = it.value();
            if (m_stUpdate) {
                m_writer->drain(); // rows of earlier statements may be on their way
                const EncodedStatement e = encodeStatement(st);
                bindStatementFields(m_stUpdate->handle(), 1, e);
                m_stUpdate->bind(8, row);
                m_stUpdate->run();
            }
        } else {
            row = insertStatement(st);
        }
        if (st.transactions.isEmpty())
            continue;
        if (m_opt.account.isEmpty()) {
            for (const Transaction &t : st.transactions) {
                if (!insertTransaction(row, t))
                    return false;
            }
        } else {
            for (Transaction t : st.transactions) {
                t.account = m_opt.account;
                if (!insertTransaction(row, t))
                    return false;
            }
        }
    }
    return !m_cancelled;
}

bool BulkInserter::insertTransaction(qint64 statementId, const Transaction &t)
{
    if ((++m_seen & 0x3fff) == 0) {
        if (m_opt.progress)
            m_opt.progress(m_seen, std::max(m_seen, m_opt.expectedRows));
        if ((m_opt.cancel && m_opt.cancel->load()) || (m_opt.stop && m_opt.stop->load())) {
            m_cancelled = true;
            return false; // the caller rolls back: indices come back with it
        }
    }
    const qint64 fp = m_fingerprints.next(t);
    if (m_checkDuplicates) {
        const bool dup = t.externalId.isEmpty()
            ? m_existingFingerprints.contains(fp)
            : m_existingExternal.contains(t.account + QChar(0x1f) + t.externalId);
        if (dup) {
            ++m_duplicates;
            return true;
        }
    }
    if (m_opt.dryRun) {
        ++m_inserted; // would be inserted
        return true;
    }
    if (m_inserted == kDeferIndicesFromRows)
        dropIndices();
    encode(statementId, t, fp);
    m_writer->submitIfFull();
    ++m_inserted;
    return true;
}

void BulkInserter::encode(qint64 statementId, const Transaction &t, qint64 fingerprint)
{
    RowBlock &b = m_writer->current();
    EncodedRow &r = b.rows.emplace_back();
    r.statementId = statementId;
    r.hasBooking = t.bookingDate.isValid();
    r.bookingDay = r.hasBooking ? t.bookingDate.toJulianDay() : 0;
    r.hasValue = t.valueDate.isValid();
    r.valueDay = r.hasValue ? t.valueDate.toJulianDay() : 0;
    r.amountMinor = t.amount.minor();
    r.fingerprint = fingerprint;
    r.sourceLine = t.sourceLine;
    // The RFC 4122 bytes (as uuidBytes() gives them) without a heap allocation per row.
    const QUuid id = t.id.isNull() ? newUuidV7() : t.id;
    qToBigEndian(id.data1, r.uuid);
    qToBigEndian(id.data2, r.uuid + 4);
    qToBigEndian(id.data3, r.uuid + 6);
    std::memcpy(r.uuid + 8, id.data4, 8);
    const QString code = t.amount.currencyCode();
    if (code != m_lastCurCode) {
        m_lastCurCode = code;
        m_lastCurUtf8 = code.toUtf8();
    }
    b.appendText(r, EncodedRow::ExternalId, t.externalId);
    b.appendText(r, EncodedRow::Currency, m_lastCurUtf8);
    b.appendText(r, EncodedRow::Description, t.description);
    b.appendText(r, EncodedRow::Reference, t.reference);
    b.appendText(r, EncodedRow::Counterparty, t.counterparty);
    b.appendText(r, EncodedRow::CounterpartyAccount, t.counterpartyAccount);
    b.appendText(r, EncodedRow::Account, t.account);
    b.appendText(r, EncodedRow::BankCode, t.bankCode);
    b.appendText(r, EncodedRow::BatchId, t.batchId);
    rawfields::encode(m_raw, t, m_rawKeys);
    b.appendText(r, EncodedRow::Raw, m_raw);
}

} // namespace recon
