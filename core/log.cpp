#include "core/log.h"

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

#include <mutex>
#include <vector>

namespace recon::log {

namespace {
std::mutex g_mutex;
std::vector<spdlog::sink_ptr> g_sinks;
QString g_path;
bool g_init = false;

spdlog::level::level_enum levelFromEnv()
{
    const QByteArray env = qgetenv("RECON_LOG_LEVEL").toLower();
    if (env.isEmpty())
        return spdlog::level::info;
    return spdlog::level::from_str(env.toStdString());
}
} // namespace

void init(const QString &appName)
{
    std::lock_guard lock(g_mutex);
    if (g_init)
        return;
    g_init = true;
    auto console = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
    console->set_level(std::max(levelFromEnv(), spdlog::level::warn));
    console->set_pattern("%^%l%$ [%n] %v");
    g_sinks.push_back(console);
    QString dir = QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation);
    if (dir.isEmpty())
        dir = QDir::tempPath();
    QString name = appName;
    if (name.isEmpty())
        name = QCoreApplication::applicationName();
    if (name.isEmpty())
        name = QStringLiteral("recon");
    if (QDir().mkpath(dir)) {
        g_path = QDir(dir).filePath(name + QStringLiteral(".log"));
        try {
            auto file = std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
                g_path.toStdString(), 5 * 1024 * 1024, 3);
            file->set_pattern("%Y-%m-%dT%H:%M:%S.%e%z %l [%n] %v");
            g_sinks.push_back(file);
        } catch (const spdlog::spdlog_ex &) {
            g_path.clear(); // unwritable config dir: console only
        }
    }
}

std::shared_ptr<spdlog::logger> get(const char *area)
{
    init();
    std::lock_guard lock(g_mutex);
    if (auto existing = spdlog::get(area))
        return existing;
    auto logger = std::make_shared<spdlog::logger>(area, g_sinks.begin(), g_sinks.end());
    logger->set_level(levelFromEnv());
    spdlog::register_logger(logger);
    return logger;
}

QString logFilePath()
{
    init();
    return g_path;
}

} // namespace recon::log
