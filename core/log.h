#pragma once
// Logging through spdlog: one logger per area (import, match, store, sync, server, ui, cli),
// all writing to stderr (warnings and up) and to a rotating file beside the user's config.
// The level comes from RECON_LOG_LEVEL (trace, debug, info, warn, error, off; default info).

#include <spdlog/spdlog.h>

#include <QString>

#include <memory>

namespace recon::log {

// Sets up sinks once; safe to call repeatedly. `fileName` defaults to "<app>.log".
void init(const QString &appName = QString());
std::shared_ptr<spdlog::logger> get(const char *area);
QString logFilePath();

inline std::shared_ptr<spdlog::logger> import()
{
    return get("import");
}
inline std::shared_ptr<spdlog::logger> match()
{
    return get("match");
}
inline std::shared_ptr<spdlog::logger> store()
{
    return get("store");
}
inline std::shared_ptr<spdlog::logger> sync()
{
    return get("sync");
}
inline std::shared_ptr<spdlog::logger> ui()
{
    return get("ui");
}
inline std::shared_ptr<spdlog::logger> cli()
{
    return get("cli");
}
inline std::shared_ptr<spdlog::logger> server()
{
    return get("server");
}

} // namespace recon::log
