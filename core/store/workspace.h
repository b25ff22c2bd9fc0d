#pragma once
// One SQLite file per workspace (*.recon): schema by numbered migrations (resources/sql/),
// PRAGMA user_version, WAL, foreign keys on, every write in a transaction.

#include "core/model/transaction.h"
#include "core/store/audit_log.h"
#include "core/store/sqlite.h"

#include <QHash>
#include <QList>
#include <QString>

#include <memory>
#include <stdexcept>

namespace recon {

// A problem opening or creating a workspace that the user can act on.
class WorkspaceError : public std::runtime_error {
public:
    explicit WorkspaceError(const QString &message)
        : std::runtime_error(message.toStdString())
    {
    }
};

struct StatusCount {
    Side side;
    Status status;
    qint64 count = 0;
};

struct RuleSetInfo {
    QString id;
    QString name;
    QString version;
    QString hash;
    QString createdAt;
};

class Workspace {
public:
    static int latestSchemaVersion();
    // Creates a new workspace file; refuses to overwrite an existing file.
    static std::unique_ptr<Workspace> create(const QString &path);
    // Opens an existing workspace, upgrading an older schema inside one transaction. A file that
    // is not SQLite, or has a newer schema, raises WorkspaceError and is left untouched; a file we
    // may not write opens read-only (isReadOnly() says why).
    static std::unique_ptr<Workspace> open(const QString &path, bool forceReadOnly = false);
    ~Workspace();

    QString path() const { return m_path; }
    QString id() const { return m_id; }
    int schemaVersion() const { return m_schemaVersion; }
    int upgradedFrom() const { return m_upgradedFrom; } // 0 when no upgrade happened
    bool isReadOnly() const { return m_readOnly; }
    QString readOnlyReason() const { return m_readOnlyReason; }

    sql::Db &db() { return m_db; }
    AuditLog &audit() { return m_audit; }
    // Throws WorkspaceError when the workspace is read-only.
    void requireWritable() const;

    // The OS user (RECON_USER overrides), recorded in the audit log.
    static QString currentUser();
    static QString nowUtc(); // ISO 8601 with milliseconds and Z

    QList<StatusCount> statusCounts();
    qint64 transactionCount();
    QList<Import> imports();
    QList<RuleSetInfo> ruleSets();

    // Loads transactions of one side (all statuses when `status` is empty), ordered by rowid.
    // `rowIds` (optional) receives each row's SQLite id, in the same order.
    QList<Transaction> transactions(Side side, std::optional<Status> status = std::nullopt,
        bool withRaw = false, QList<qint64> *rowIds = nullptr);

private:
    Workspace()
        : m_audit(m_db)
    {
    }
    void configureConnection();
    void migrate(int from);

    sql::Db m_db;
    AuditLog m_audit;
    QString m_path;
    QString m_id;
    int m_schemaVersion = 0;
    int m_upgradedFrom = 0;
    bool m_readOnly = false;
    QString m_readOnlyReason;
};

// UUID version 7 (time-ordered): keeps the unique index on transactions.uuid append-mostly.
QUuid newUuidV7();
QByteArray uuidBytes(const QUuid &id);
QUuid uuidFromBytes(const QByteArray &b);

// Reads the 16 transaction columns uuid, import_id, external_id, booking_date, value_date,
// amount_minor, currency, description, reference, counterparty, counterparty_account, account,
// bank_code, batch_id, source_line, status (in that order, from column `first`) of a row.
// `currencies` caches code lookups across rows.
Transaction readTransactionColumns(
    const sql::Stmt &s, int first, Side side, QHash<QString, Currency> &currencies);

} // namespace recon
