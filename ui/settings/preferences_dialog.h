#pragma once
// Edit › Preferences: theme (system/light/dark) and language (system/English/Deutsch/Français).
// Apply or OK stores the choice and applies it to the running application at once.

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;

namespace recon {

class PreferencesDialog : public QDialog {
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    QComboBox *themeCombo() const { return m_theme; }
    QComboBox *languageCombo() const { return m_language; }
    QDialogButtonBox *buttons() const { return m_buttons; }

public Q_SLOTS:
    void apply();
    void accept() override;

protected:
    void changeEvent(QEvent *e) override;

private:
    void retranslate();

    QComboBox *m_theme;
    QComboBox *m_language;
    QLabel *m_themeLabel;
    QLabel *m_languageLabel;
    QLabel *m_note;
    QDialogButtonBox *m_buttons;
};

} // namespace recon
