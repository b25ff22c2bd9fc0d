#include "server/json_log.h"

#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

#include <QDateTime>
#include <QJsonDocument>

#include <mutex>

namespace recon::server::jlog {

namespace {

std::shared_ptr<spdlog::logger> &logger()
{
    static std::shared_ptr<spdlog::logger> l;
    return l;
}

std::shared_ptr<spdlog::logger> ensure()
{
    static std::once_flag once;
    std::call_once(once, [] {
        auto sink = std::make_shared<spdlog::sinks::stdout_sink_mt>();
        auto l = std::make_shared<spdlog::logger>("recon-server-json", sink);
        l->set_pattern("%v");
        l->set_level(spdlog::level::info);
        l->flush_on(spdlog::level::trace);
        logger() = l;
    });
    return logger();
}

} // namespace

void init(const QString &level)
{
    auto l = ensure();
    l->set_level(spdlog::level::from_str(level.toStdString()));
    if (level == QLatin1String("warn"))
        l->set_level(spdlog::level::warn);
}

bool enabled(const char *level)
{
    return ensure()->should_log(spdlog::level::from_str(level));
}

void write(const char *level, const QString &msg, const QJsonObject &fields)
{
    auto l = ensure();
    const auto lvl = spdlog::level::from_str(level);
    if (!l->should_log(lvl))
        return;
    QJsonObject o = fields;
    o.insert(QStringLiteral("ts"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    o.insert(QStringLiteral("level"), QString::fromLatin1(level));
    o.insert(QStringLiteral("msg"), msg);
    l->log(lvl, "{}", QJsonDocument(o).toJson(QJsonDocument::Compact).toStdString());
}

} // namespace recon::server::jlog
