#pragma once
// A thin RAII layer over the sqlite3 C API (chosen over QtSql for the bulk path: see
// tests/bench/bench_store_insert.cpp for the measurement).

#include <QByteArray>
#include <QString>

#include <stdexcept>

struct sqlite3;
struct sqlite3_stmt;

namespace recon::sql {

class Error : public std::runtime_error {
public:
    Error(const QString &message, int code)
        : std::runtime_error(message.toStdString())
        , m_code(code)
    {
    }
    int code() const { return m_code; }

private:
    int m_code;
};

class Stmt;

class Db {
public:
    Db() = default;
    ~Db();
    Db(const Db &) = delete;
    Db &operator=(const Db &) = delete;

    // Opens an existing file (readOnly) or opens/creates (read-write). Throws Error.
    void open(const QString &path, bool readOnly, bool create);
    void close();
    bool isOpen() const { return m_db != nullptr; }

    void exec(const QString &sql);
    void exec(const char *sql);
    Stmt prepare(const char *sql);
    qint64 lastInsertRowId() const;
    int changes() const;
    sqlite3 *handle() const { return m_db; }
    QString errorMessage() const;

    // Integer result of a single-value query (e.g. "PRAGMA user_version").
    qint64 scalarInt(const char *sql);
    QString scalarText(const char *sql);

private:
    sqlite3 *m_db = nullptr;
};

class Stmt {
public:
    Stmt(Db &db, sqlite3_stmt *s)
        : m_db(&db)
        , m_stmt(s)
    {
    }
    Stmt(Stmt &&o) noexcept;
    Stmt &operator=(Stmt &&o) noexcept;
    ~Stmt();
    Stmt(const Stmt &) = delete;
    Stmt &operator=(const Stmt &) = delete;

    // Binding (1-based indices, as in SQLite).
    Stmt &bind(int i, qint64 v);
    Stmt &bind(int i, int v) { return bind(i, static_cast<qint64>(v)); }
    Stmt &bind(int i, double v);
    Stmt &bind(int i, const QString &v);
    Stmt &bindText(int i, const QByteArray &utf8); // copies
    // No copy: `utf16` must stay alive and unchanged until the statement is reset.
    Stmt &bindStatic(int i, const QString &utf16);
    Stmt &bindBlob(int i, const QByteArray &v);
    Stmt &bindBlob(int i, const void *data, int size); // copies
    Stmt &bindNull(int i);
    // sqlite3_bind_pointer: `p` must outlive the statement's use; `type` a static string.
    Stmt &bindPointer(int i, const void *p, const char *type);

    // Returns true when a row is available, false when done. Throws on error.
    bool step();
    // Step that must finish (INSERT/UPDATE/DELETE), then reset.
    void run();
    // run() that keeps the bindings, for a loop that rebinds only what changes per row.
    void runKeepingBindings();
    void reset();

    bool isNull(int col) const;
    qint64 intAt(int col) const;
    double doubleAt(int col) const;
    QString textAt(int col) const;
    QByteArray blobAt(int col) const;

    sqlite3_stmt *handle() const { return m_stmt; } // for binding hot loops directly

private:
    Db *m_db;
    sqlite3_stmt *m_stmt;
};

// BEGIN IMMEDIATE ... COMMIT; rolls back unless commit() was called.
class TxGuard {
public:
    explicit TxGuard(Db &db);
    ~TxGuard();
    void commit();
    TxGuard(const TxGuard &) = delete;
    TxGuard &operator=(const TxGuard &) = delete;

private:
    Db &m_db;
    bool m_done = false;
};

} // namespace recon::sql
