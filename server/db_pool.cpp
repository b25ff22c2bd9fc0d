#include "server/db_pool.h"

namespace recon::server {

DbPool::DbPool(std::string connectionString, int size)
    : m_connectionString(std::move(connectionString))
    , m_size(size < 1 ? 1 : size)
{
}

DbPool::~DbPool() = default;

DbPool::Lease::Lease(Lease &&other) noexcept
    : m_pool(other.m_pool)
    , m_conn(std::move(other.m_conn))
    , m_broken(other.m_broken)
{
    other.m_pool = nullptr;
}

DbPool::Lease &DbPool::Lease::operator=(Lease &&other) noexcept
{
    if (this != &other) {
        if (m_pool && m_conn)
            m_pool->release(std::move(m_conn), m_broken);
        m_pool = other.m_pool;
        m_conn = std::move(other.m_conn);
        m_broken = other.m_broken;
        other.m_pool = nullptr;
    }
    return *this;
}

DbPool::Lease::~Lease()
{
    if (m_pool && m_conn)
        m_pool->release(std::move(m_conn), m_broken);
}

DbPool::Lease DbPool::acquire(std::chrono::milliseconds timeout, std::string *error)
{
    std::unique_lock lock(m_mutex);
    const bool got
        = m_cv.wait_for(lock, timeout, [this] { return !m_idle.empty() || m_open < m_size; });
    if (!got) {
        if (error)
            *error = "database pool exhausted";
        return {};
    }
    Lease lease;
    lease.m_pool = this;
    if (!m_idle.empty()) {
        lease.m_conn = std::move(m_idle.back());
        m_idle.pop_back();
        ++m_inUse;
        lock.unlock();
        if (lease.m_conn->is_open())
            return lease;
        // Dropped by the server meanwhile: reconnect below.
        lease.m_conn.reset();
        lock.lock();
        --m_inUse;
        --m_open;
    }
    ++m_open;
    ++m_inUse;
    lock.unlock();
    try {
        lease.m_conn = std::make_unique<pqxx::connection>(m_connectionString);
        return lease;
    } catch (const std::exception &e) {
        if (error)
            *error = std::string("cannot connect to the database: ") + e.what();
        lease.m_pool = nullptr;
        std::lock_guard relock(m_mutex);
        --m_open;
        --m_inUse;
        m_cv.notify_one();
        return {};
    }
}

void DbPool::release(std::unique_ptr<pqxx::connection> conn, bool broken)
{
    std::lock_guard lock(m_mutex);
    --m_inUse;
    if (broken || !conn->is_open())
        --m_open;
    else
        m_idle.push_back(std::move(conn));
    m_cv.notify_one();
}

} // namespace recon::server
