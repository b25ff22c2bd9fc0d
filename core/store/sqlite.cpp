#include "core/store/sqlite.h"

#include "core/store/text_index.h"

#include <sqlite3.h>

namespace recon::sql {

namespace {
[[noreturn]] void fail(sqlite3 *db, int rc, const QString &what)
{
    const QString msg
        = db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString::fromUtf8(sqlite3_errstr(rc));
    throw Error(what + QStringLiteral(": ") + msg, rc);
}
} // namespace

Db::~Db()
{
    close();
}

void Db::open(const QString &path, bool readOnly, bool create)
{
    close();
    int flags = readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
    if (create && !readOnly)
        flags |= SQLITE_OPEN_CREATE;
    flags |= SQLITE_OPEN_NOMUTEX;
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const QString msg = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db))
                                 : QString::fromUtf8(sqlite3_errstr(rc));
        sqlite3_close_v2(m_db);
        m_db = nullptr;
        throw Error(msg, rc);
    }
    sqlite3_extended_result_codes(m_db, 1);
    sqlite3_busy_timeout(m_db, 5000);
    registerTextHitFunction(*this);
}

void Db::close()
{
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

void Db::exec(const char *sql)
{
    char *err = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &err);
    if (rc != SQLITE_OK) {
        const QString msg = err ? QString::fromUtf8(err) : QString::fromUtf8(sqlite3_errstr(rc));
        sqlite3_free(err);
        throw Error(msg, rc);
    }
}

void Db::exec(const QString &sql)
{
    exec(sql.toUtf8().constData());
}

Stmt Db::prepare(const char *sql)
{
    sqlite3_stmt *s = nullptr;
    const int rc = sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &s, nullptr);
    if (rc != SQLITE_OK)
        fail(m_db, rc, QStringLiteral("prepare"));
    return Stmt(*this, s);
}

qint64 Db::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Db::changes() const
{
    return sqlite3_changes(m_db);
}

QString Db::errorMessage() const
{
    return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString();
}

qint64 Db::scalarInt(const char *sql)
{
    Stmt s = prepare(sql);
    return s.step() ? s.intAt(0) : 0;
}

QString Db::scalarText(const char *sql)
{
    Stmt s = prepare(sql);
    return s.step() ? s.textAt(0) : QString();
}

Stmt::Stmt(Stmt &&o) noexcept
    : m_db(o.m_db)
    , m_stmt(o.m_stmt)
{
    o.m_stmt = nullptr;
}

Stmt &Stmt::operator=(Stmt &&o) noexcept
{
    if (this != &o) {
        sqlite3_finalize(m_stmt);
        m_db = o.m_db;
        m_stmt = o.m_stmt;
        o.m_stmt = nullptr;
    }
    return *this;
}

Stmt::~Stmt()
{
    sqlite3_finalize(m_stmt);
}

Stmt &Stmt::bind(int i, qint64 v)
{
    sqlite3_bind_int64(m_stmt, i, v);
    return *this;
}

Stmt &Stmt::bind(int i, double v)
{
    sqlite3_bind_double(m_stmt, i, v);
    return *this;
}

Stmt &Stmt::bind(int i, const QString &v)
{
    return bindText(i, v.toUtf8());
}

Stmt &Stmt::bindText(int i, const QByteArray &utf8)
{
    sqlite3_bind_text(m_stmt, i, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

Stmt &Stmt::bindStatic(int i, const QString &utf16)
{
    sqlite3_bind_text16(
        m_stmt, i, utf16.utf16(), static_cast<int>(utf16.size() * 2), SQLITE_STATIC);
    return *this;
}

Stmt &Stmt::bindBlob(int i, const QByteArray &v)
{
    return bindBlob(i, v.constData(), static_cast<int>(v.size()));
}

Stmt &Stmt::bindBlob(int i, const void *data, int size)
{
    sqlite3_bind_blob(m_stmt, i, data, size, SQLITE_TRANSIENT);
    return *this;
}

Stmt &Stmt::bindNull(int i)
{
    sqlite3_bind_null(m_stmt, i);
    return *this;
}

Stmt &Stmt::bindPointer(int i, const void *p, const char *type)
{
    sqlite3_bind_pointer(m_stmt, i, const_cast<void *>(p), type, nullptr);
    return *this;
}

bool Stmt::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    const QString msg = QString::fromUtf8(sqlite3_errmsg(m_db->handle()));
    sqlite3_reset(m_stmt);
    throw Error(msg, rc);
}

void Stmt::run()
{
    while (step()) { }
    reset();
}

void Stmt::runKeepingBindings()
{
    while (step()) { }
    sqlite3_reset(m_stmt);
}

void Stmt::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

bool Stmt::isNull(int col) const
{
    return sqlite3_column_type(m_stmt, col) == SQLITE_NULL;
}

qint64 Stmt::intAt(int col) const
{
    return sqlite3_column_int64(m_stmt, col);
}

double Stmt::doubleAt(int col) const
{
    return sqlite3_column_double(m_stmt, col);
}

QString Stmt::textAt(int col) const
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, col));
    return p ? QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, col)) : QString();
}

QByteArray Stmt::blobAt(int col) const
{
    const void *p = sqlite3_column_blob(m_stmt, col);
    return p ? QByteArray(static_cast<const char *>(p), sqlite3_column_bytes(m_stmt, col))
             : QByteArray();
}

TxGuard::TxGuard(Db &db)
    : m_db(db)
{
    m_db.exec("BEGIN IMMEDIATE");
}

TxGuard::~TxGuard()
{
    if (!m_done) {
        try {
            m_db.exec("ROLLBACK");
        } catch (...) {
        }
    }
}

void TxGuard::commit()
{
    m_db.exec("COMMIT");
    m_done = true;
}

} // namespace recon::sql
