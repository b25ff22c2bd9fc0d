#pragma once
// What the user chooses in Edit › Preferences, kept in QSettings ("ui/theme", "ui/language")
// and applied at start (applyStoredPreferences) or at once from the dialog.

#include "ui/settings/theme.h"

#include <QString>

namespace recon::prefs {

Theme theme();
void setTheme(Theme t);
QString language(); // "system" unless the user picked one
void setLanguage(const QString &key);
// Applies the stored theme and language; call once after QApplication exists.
void applyStoredPreferences();

} // namespace recon::prefs
