#pragma once
// Background database readiness check: runs `check` at start and then every `interval` on its
// own thread, so the recon_db_ready gauge stays current even when nothing polls /health/ready
// (and the alert fires on a quiet server too). Never blocks the HTTP event loop.

#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>

namespace recon::server {

class ReadinessProbe {
public:
    ReadinessProbe(std::function<void()> check, std::chrono::milliseconds interval);
    ~ReadinessProbe(); // stop()
    ReadinessProbe(const ReadinessProbe &) = delete;
    ReadinessProbe &operator=(const ReadinessProbe &) = delete;

    void start();
    // Wakes the thread and joins it (a check in progress finishes first).
    void stop();

private:
    void run();

    std::function<void()> m_check;
    std::chrono::milliseconds m_interval;
    std::mutex m_mutex;
    std::condition_variable m_cv;
    bool m_stopping = false;
    std::thread m_thread;
};

} // namespace recon::server
