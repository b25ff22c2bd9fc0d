#include "ui/settings/language.h"

#include "core/log.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

namespace recon {

namespace {

const QStringList kShipped { QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr") };

struct Installed {
    std::unique_ptr<QTranslator> ours;
    std::unique_ptr<QTranslator> qt;
    QString language = QStringLiteral("en");
};

Installed &installed()
{
    static Installed i;
    return i;
}

} // namespace

QStringList languageKeys()
{
    return QStringList { QStringLiteral("system") } + kShipped;
}

QString resolveLanguage(const QString &setting)
{
    if (kShipped.contains(setting))
        return setting;
    for (const QString &ui : QLocale::system().uiLanguages()) {
        const QString lang = ui.section(QLatin1Char('-'), 0, 0).toLower();
        if (kShipped.contains(lang))
            return lang;
    }
    return QStringLiteral("en");
}

QString applyLanguage(const QString &setting, bool *loaded)
{
    Installed &in = installed();
    for (auto *t : { &in.ours, &in.qt }) {
        if (*t) {
            QCoreApplication::removeTranslator(t->get());
            t->reset();
        }
    }
    const QString lang = resolveLanguage(setting);
    in.language = lang;
    bool ok = true;
    if (lang != QLatin1String("en")) {
        auto ours = std::make_unique<QTranslator>();
        ok = ours->load(QStringLiteral(":/i18n/recon_%1.qm").arg(lang));
        if (ok) {
            QCoreApplication::installTranslator(ours.get());
            in.ours = std::move(ours);
        } else {
            log::ui()->warn("no translation for {}", lang.toStdString());
        }
        auto qt = std::make_unique<QTranslator>();
        if (qt->load(QStringLiteral("qtbase_%1").arg(lang),
                QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(qt.get());
            in.qt = std::move(qt);
        }
    }
    // Numbers and dates follow the chosen language; "system" keeps the system's own formats.
    QLocale::setDefault(kShipped.contains(setting) ? QLocale(setting) : QLocale::system());
    if (loaded)
        *loaded = ok;
    return lang;
}

QString currentLanguage()
{
    return installed().language;
}

} // namespace recon
