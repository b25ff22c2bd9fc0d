#pragma once
// The user interface language: "system" (the default: follows the system locale), "en", "de"
// or "fr". Applying one installs our translation (:/i18n/recon_<lang>.qm, built from
// translations/*.ts) and Qt's own (qtbase_<lang>.qm) and sends LanguageChange to every widget.

#include <QString>
#include <QStringList>

namespace recon {

// Setting keys offered in the preferences, "system" first.
QStringList languageKeys();
// The language a setting means here: "system" resolves through the system locale's UI
// languages to the first one we ship, English otherwise.
QString resolveLanguage(const QString &setting);
// Installs the translators for `setting` (replacing earlier ones). Returns the resolved
// language; `loaded` (optional) tells whether our own catalogue was found (always true for en).
QString applyLanguage(const QString &setting, bool *loaded = nullptr);
QString currentLanguage(); // resolved, e.g. "de"

} // namespace recon
