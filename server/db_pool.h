#pragma once
// A fixed-size pool of libpqxx connections (MAX_CONNECTIONS). Handlers borrow one for the
// duration of a request; waiting is bounded so an exhausted pool answers 503, never hangs.

#include <pqxx/pqxx>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace recon::server {

class DbPool {
public:
    DbPool(std::string connectionString, int size);
    ~DbPool();
    DbPool(const DbPool &) = delete;
    DbPool &operator=(const DbPool &) = delete;

    class Lease {
    public:
        Lease() = default;
        Lease(Lease &&other) noexcept;
        Lease &operator=(Lease &&other) noexcept;
        ~Lease();
        explicit operator bool() const { return m_conn != nullptr; }
        pqxx::connection &operator*() const { return *m_conn; }
        pqxx::connection *operator->() const { return m_conn.get(); }
        // Call after a pqxx::broken_connection: the connection is dropped, not returned.
        void markBroken() { m_broken = true; }

    private:
        friend class DbPool;
        DbPool *m_pool = nullptr;
        std::unique_ptr<pqxx::connection> m_conn;
        bool m_broken = false;
    };

    // Empty lease on timeout or when the database cannot be reached (`error` says which).
    Lease acquire(std::chrono::milliseconds timeout, std::string *error = nullptr);

    int size() const { return m_size; }
    int inUse() const { return m_inUse.load(); }

private:
    void release(std::unique_ptr<pqxx::connection> conn, bool broken);

    std::string m_connectionString;
    int m_size;
    std::mutex m_mutex;
    std::condition_variable m_cv;
    std::vector<std::unique_ptr<pqxx::connection>> m_idle;
    int m_open = 0; // connections that exist (idle + leased)
    std::atomic<int> m_inUse { 0 };
};

} // namespace recon::server
