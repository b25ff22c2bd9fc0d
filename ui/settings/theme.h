#pragma once
// Light and dark palettes on the Fusion style, or whatever the platform gives ("system").
// Switching sends PaletteChange to every widget, so views that paint themselves (the dashboard's
// charts) restyle at once.

#include <QPalette>
#include <QString>

namespace recon {

enum class Theme { System, Light, Dark };

QString themeKey(Theme t); // "system" / "light" / "dark" (what QSettings stores)
Theme themeFromKey(const QString &key); // unknown keys mean System
QPalette lightPalette();
QPalette darkPalette();
// Applies a theme to the running application (QApplication must exist).
void applyTheme(Theme t);
Theme currentTheme();
// True when the application's window colour is dark (for icons and charts that adapt).
bool isDarkPalette(const QPalette &p);

} // namespace recon
