#pragma once
// The write half of an import: statements and transactions go into the workspace one by one
// (straight from a streaming reader's sink, or from already-parsed statements) inside the
// caller's transaction, with duplicate detection against what the side already holds. The
// SQLite work runs on a writer thread (row_writer.h) while the caller goes on reading. Large
// loads drop the secondary indices of `transactions` once enough rows came and build them again
// at the end (a sort), which a rollback undoes like everything else.

#include "core/model/transaction.h"
#include "core/store/deferred_indices.h"
#include "core/store/fingerprint.h"
#include "core/store/raw_fields.h"
#include "core/store/row_writer.h"
#include "core/store/sqlite.h"

#include <QHash>
#include <QSet>

#include <atomic>
#include <functional>
#include <optional>

namespace recon {

class Workspace;

class BulkInserter {
public:
    struct Options {
        Side side = Side::Left;
        QString account; // own account override for every statement and transaction
        bool dryRun = false; // count duplicates only; write no statement or transaction
        std::function<void(qint64 done, qint64 total)> progress;
        qint64 expectedRows = 0; // progress total (an estimate while streaming; 0 = unknown)
        const std::atomic<bool> *cancel = nullptr;
        // Set by the caller for a reason of its own (the file turned out to be imported
        // already): stops like a cancel.
        const std::atomic<bool> *stop = nullptr;
    };
    BulkInserter(Workspace &ws, const QUuid &importId, Options options);
    ~BulkInserter();
    BulkInserter(const BulkInserter &) = delete;
    BulkInserter &operator=(const BulkInserter &) = delete;

    // A big load ahead: drop the secondary indices now rather than after the first rows.
    void expectRows(qint64 rows);

    // One transaction of `statement` (a streaming reader's sink). Statements are told apart by
    // (id, account, currency); the statement row is written when its first transaction comes.
    // False once cancelled.
    bool add(const Statement &statement, Transaction &&t);

    // The reader's final statements: rows of streamed statements get their final period and
    // balances; statements not seen yet are written with the transactions they hold.
    bool addStatements(const QList<Statement> &statements);

    // Waits for the writer, then rebuilds dropped indices (skip that when the transaction is
    // going to be rolled back). Rethrows a write error.
    void finish(bool rebuildIndices = true);

    qint64 inserted() const { return m_inserted; }
    qint64 duplicates() const { return m_duplicates; }
    qint64 seen() const { return m_seen; } // transactions handed over, duplicates included
    bool cancelled() const { return m_cancelled; }

private:
    qint64 statementRow(const Statement &st);
    qint64 insertStatement(const Statement &st);
    EncodedStatement encodeStatement(const Statement &st) const; // id left 0
    bool insertTransaction(qint64 statementId, const Transaction &t);
    void encode(qint64 statementId, const Transaction &t, qint64 fingerprint);
    void dropIndices();
    static QString statementKey(const Statement &st);

    sql::Db &m_db;
    QByteArray m_importBytes;
    Options m_opt;
    // Before m_writer: destroyed after the writer thread has stopped using the connection.
    std::optional<DeferredIndices> m_deferred; // once the load is large
    std::optional<RowWriter> m_writer; // none in a dry run
    qint64 m_nextStatementId = 1;
    std::optional<sql::Stmt> m_stUpdate;
    QSet<qint64> m_existingFingerprints;
    QSet<QString> m_existingExternal;
    bool m_checkDuplicates = false;
    FingerprintBuilder m_fingerprints;
    QHash<QString, qint64> m_statementRows; // statementKey -> statements.id
    // The last streamed statement, to skip the key lookup for the next transaction of it.
    const Statement *m_lastSt = nullptr;
    QString m_lastId, m_lastAccount, m_lastCurrency;
    qint64 m_lastRow = 0;
    QString m_lastCurCode;
    QByteArray m_lastCurUtf8;
    QByteArray m_raw; // reused buffer for the raw-fields JSON
    rawfields::KeyDictionary m_rawKeys; // stored in imports.raw_keys by finish()
    qint64 m_inserted = 0;
    qint64 m_duplicates = 0;
    qint64 m_seen = 0;
    bool m_cancelled = false;
};

} // namespace recon
