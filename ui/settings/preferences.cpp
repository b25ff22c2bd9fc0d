#include "ui/settings/preferences.h"

#include "ui/settings/language.h"

#include <QSettings>

namespace recon::prefs {

namespace {
const QString kTheme = QStringLiteral("ui/theme");
const QString kLanguage = QStringLiteral("ui/language");
} // namespace

Theme theme()
{
    return themeFromKey(QSettings().value(kTheme, QStringLiteral("system")).toString());
}

void setTheme(Theme t)
{
    QSettings().setValue(kTheme, themeKey(t));
}

QString language()
{
    const QString v = QSettings().value(kLanguage, QStringLiteral("system")).toString();
    return languageKeys().contains(v) ? v : QStringLiteral("system");
}

void setLanguage(const QString &key)
{
    QSettings().setValue(kLanguage, key);
}

void applyStoredPreferences()
{
    applyLanguage(language());
    if (theme() != Theme::System)
        applyTheme(theme());
}

} // namespace recon::prefs
