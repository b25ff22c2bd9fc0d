#include "core/store/bulk_insert.h"

#include "core/store/workspace.h"

#include <QtEndian>

#include <cstring>

namespace recon {

namespace {

// Past this many rows in one import the secondary indices are dropped and rebuilt at the end.
constexpr qint64 kBulkIndexThreshold = 20000;

// Appends `s` as a JSON string; the common all-printable-ASCII text is copied without escaping.
void appendJsonString(QByteArray &out, const QString &s)
{
    out += '"';
    const char16_t *p = reinterpret_cast<const char16_t *>(s.constData());
    const qsizetype n = s.size();
    bool plain = true;
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = p[i];
        if (c < 0x20 || c >= 0x80 || c == '"' || c == '\\') {
            plain = false;
            break;
        }
    }
    if (plain) {
        const qsizetype at = out.size();
        out.resize(at + n);
        char *dst = out.data() + at;
        for (qsizetype i = 0; i < n; ++i)
            dst[i] = char(p[i]);
        out += '"';
        return;
    }
    const QByteArray u = s.toUtf8();
    for (char c : u) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (static_cast<uchar>(c) < 0x20) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<uchar>(c));
                out += buf;
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

// [["field","value"],...] into `out` (cleared first) without building a QJsonDocument per row.
void rawJson(QByteArray &out, const RawFields &raw)
{
    out.clear();
    if (raw.isEmpty())
        return;
    out += '[';
    bool first = true;
    for (const auto &[k, v] : raw) {
        if (!first)
            out += ',';
        first = false;
        out += '[';
        appendJsonString(out, k);
        out += ',';
        appendJsonString(out, v);
        out += ']';
    }
    out += ']';
}

void bindOptDate(sql::Stmt &s, int i, const QDate &d)
{
    if (d.isValid())
        s.bind(i, static_cast<qint64>(d.toJulianDay()));
    else
        s.bindNull(i);
}

void bindOptMoney(sql::Stmt &s, int i, const std::optional<Money> &m)
{
    if (m)
        s.bind(i, m->minor());
    else
        s.bindNull(i);
}

} // namespace

BulkInserter::BulkInserter(Workspace &ws, const QUuid &importId, Options options)
    : m_db(ws.db())
    , m_importBytes(uuidBytes(importId))
    , m_opt(std::move(options))
    , m_stStmt(m_db.prepare("INSERT INTO statements(import_id, statement_ref, account, currency, "
                            "period_from, period_to, opening_minor, closing_minor) VALUES "
                            "(?,?,?,?,?,?,?,?)"))
    , m_txStmt(m_db.prepare("INSERT INTO transactions(uuid, side, import_id, statement_id, "
                            "external_id, booking_date, value_date, amount_minor, currency, "
                            "description, reference, counterparty, counterparty_account, account, "
                            "bank_code, batch_id, raw, source_line, fingerprint, status) VALUES "
                            "(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,0)"))
{
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
    if (rows >= kBulkIndexThreshold)
        dropIndices();
}

void BulkInserter::dropIndices()
{
    if (m_indicesDropped || m_opt.dryRun)
        return;
    m_indicesDropped = true;
    // Maintaining the secondary indices row by row costs random page writes per row; dropping
    // them and building them again once (a sort) is an order of magnitude faster. It all happens
    // inside the caller's transaction, so a failure restores them untouched.
    auto q = m_db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND "
                          "tbl_name = 'transactions' AND sql IS NOT NULL");
    QList<QByteArray> names;
    while (q.step()) {
        names.append(q.textAt(0).toUtf8());
        m_rebuild.append(q.textAt(1).toUtf8());
    }
    for (const QByteArray &name : names)
        m_db.exec(QByteArray("DROP INDEX \"" + name + "\"").constData());
    // Rows stay in a large page cache until it spills to the WAL: measured against a 32 MiB
    // cache on 200k rows, 30% less CPU.
    m_db.exec("PRAGMA cache_size = -262144"); // 256 MiB while loading and sorting
}

void BulkInserter::finish(bool rebuildIndices)
{
    if (m_indicesDropped && rebuildIndices) {
        m_db.exec("PRAGMA threads = 2"); // the sorts may use the second core
        for (const QByteArray &sqlText : m_rebuild)
            m_db.exec(sqlText.constData());
        m_db.exec("PRAGMA threads = 0");
    }
    if (m_indicesDropped)
        m_db.exec("PRAGMA cache_size = -65536"); // the workspace default
    if (m_opt.progress) {
        const qint64 total = std::max(m_seen, m_opt.expectedRows);
        m_opt.progress(total, total);
    }
}

void BulkInserter::bindStatement(sql::Stmt &s, const Statement &st)
{
    s.bind(1, st.id)
        .bind(2, m_opt.account.isEmpty() ? st.account : m_opt.account)
        .bind(3, st.currency);
    bindOptDate(s, 4, st.periodFrom);
    bindOptDate(s, 5, st.periodTo);
    bindOptMoney(s, 6, st.openingBalance);
    bindOptMoney(s, 7, st.closingBalance);
}

qint64 BulkInserter::insertStatement(const Statement &st)
{
    if (m_opt.dryRun)
        return 0;
    m_stStmt.bindBlob(1, m_importBytes)
        .bind(2, st.id)
        .bind(3, m_opt.account.isEmpty() ? st.account : m_opt.account)
        .bind(4, st.currency);
    bindOptDate(m_stStmt, 5, st.periodFrom);
    bindOptDate(m_stStmt, 6, st.periodTo);
    bindOptMoney(m_stStmt, 7, st.openingBalance);
    bindOptMoney(m_stStmt, 8, st.closingBalance);
    m_stStmt.run();
    return m_db.lastInsertRowId();
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
                bindStatement(*m_stUpdate, st);
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
        if (m_opt.cancel && m_opt.cancel->load()) {
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
    if (m_inserted == kBulkIndexThreshold)
        dropIndices();
    // The RFC 4122 bytes (as uuidBytes() gives them) without a heap allocation per row.
    const QUuid id = t.id.isNull() ? newUuidV7() : t.id;
    uchar idBytes[16];
    qToBigEndian(id.data1, idBytes);
    qToBigEndian(id.data2, idBytes + 4);
    qToBigEndian(id.data3, idBytes + 6);
    std::memcpy(idBytes + 8, id.data4, 8);
    const QString code = t.amount.currencyCode();
    if (code != m_lastCurCode) {
        m_lastCurCode = code;
        m_lastCurLatin1 = code.toLatin1();
    }
    rawJson(m_raw, t.raw);
    m_txStmt.bindBlob(1, idBytes, 16)
        .bind(2, static_cast<int>(m_opt.side))
        .bindBlob(3, m_importBytes)
        .bind(4, statementId)
        .bindStatic(5, t.externalId);
    bindOptDate(m_txStmt, 6, t.bookingDate);
    bindOptDate(m_txStmt, 7, t.valueDate);
    m_txStmt.bind(8, t.amount.minor())
        .bindText(9, m_lastCurLatin1)
        .bindStatic(10, t.description)
        .bindStatic(11, t.reference)
        .bindStatic(12, t.counterparty)
        .bindStatic(13, t.counterpartyAccount)
        .bindStatic(14, t.account)
        .bindStatic(15, t.bankCode)
        .bindStatic(16, t.batchId)
        .bindText(17, m_raw)
        .bind(18, t.sourceLine)
        .bind(19, fp);
    m_txStmt.run();
    ++m_inserted;
    return true;
}

} // namespace recon
