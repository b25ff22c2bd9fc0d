#include "ui/settings/preferences_dialog.h"

#include "ui/settings/language.h"
#include "ui/settings/preferences.h"
#include "ui/settings/theme.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace recon {

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
    , m_theme(new QComboBox(this))
    , m_language(new QComboBox(this))
    , m_themeLabel(new QLabel(this))
    , m_languageLabel(new QLabel(this))
    , m_note(new QLabel(this))
    , m_buttons(new QDialogButtonBox(
          QDialogButtonBox::Ok | QDialogButtonBox::Apply | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("preferencesDialog"));
    m_theme->setObjectName(QStringLiteral("themeCombo"));
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_buttons->setObjectName(QStringLiteral("preferencesButtons"));
    m_note->setWordWrap(true);
    m_themeLabel->setBuddy(m_theme);
    m_languageLabel->setBuddy(m_language);
    auto *form = new QFormLayout;
    form->addRow(m_themeLabel, m_theme);
    form->addRow(m_languageLabel, m_language);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_note);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this,
        &PreferencesDialog::apply);
    retranslate();
    m_theme->setCurrentIndex(m_theme->findData(themeKey(prefs::theme())));
    m_language->setCurrentIndex(m_language->findData(prefs::language()));
}

void PreferencesDialog::retranslate()
{
    setWindowTitle(tr("Preferences"));
    m_themeLabel->setText(tr("&Theme:"));
    m_languageLabel->setText(tr("&Language:"));
    m_note->setText(tr("Menus and dialogs opened before a language change keep their texts "
                       "until the next start."));
    const QString theme = m_theme->currentData().toString();
    const QString lang = m_language->currentData().toString();
    m_theme->clear();
    m_theme->addItem(tr("System"), themeKey(Theme::System));
    m_theme->addItem(tr("Light"), themeKey(Theme::Light));
    m_theme->addItem(tr("Dark"), themeKey(Theme::Dark));
    m_language->clear();
    m_language->addItem(
        tr("System (%1)").arg(QLocale::system().nativeLanguageName()), QStringLiteral("system"));
    // Each language in its own name, so a user lost in a foreign UI finds theirs.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    if (!theme.isEmpty())
        m_theme->setCurrentIndex(m_theme->findData(theme));
    if (!lang.isEmpty())
        m_language->setCurrentIndex(m_language->findData(lang));
}

void PreferencesDialog::apply()
{
    const Theme theme = themeFromKey(m_theme->currentData().toString());
    const QString lang = m_language->currentData().toString();
    const bool themeChanged = theme != currentTheme();
    const bool langChanged
        = lang != prefs::language() || resolveLanguage(lang) != currentLanguage();
    prefs::setTheme(theme);
    prefs::setLanguage(lang);
    if (themeChanged)
        applyTheme(theme);
    if (langChanged)
        applyLanguage(lang);
}

void PreferencesDialog::accept()
{
    apply();
    QDialog::accept();
}

void PreferencesDialog::changeEvent(QEvent *e)
{
    QDialog::changeEvent(e);
    if (e->type() == QEvent::LanguageChange)
        retranslate();
}

} // namespace recon
