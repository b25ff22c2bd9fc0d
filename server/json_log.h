#pragma once
// Structured logs: one JSON object per line on stdout ({"ts","level","msg",...fields}).
// Callers pass fields explicitly; nothing logs request bodies, passwords, tokens or the secret.

#include <QJsonObject>
#include <QString>

namespace recon::server::jlog {

// Level names as in LOG_LEVEL; unknown -> info.
void init(const QString &level);
bool enabled(const char *level);
void write(const char *level, const QString &msg, const QJsonObject &fields = {});

inline void info(const QString &msg, const QJsonObject &fields = {})
{
    write("info", msg, fields);
}
inline void warn(const QString &msg, const QJsonObject &fields = {})
{
    write("warn", msg, fields);
}
inline void error(const QString &msg, const QJsonObject &fields = {})
{
    write("error", msg, fields);
}
inline void debug(const QString &msg, const QJsonObject &fields = {})
{
    write("debug", msg, fields);
}

} // namespace recon::server::jlog
