// The shipped translations in use: Edit › Preferences switches the language to German and then
// French (through the dialog, with keys and clicks); a main window built afterwards (as at the
// next start) has German / French menus, tabs and status text, every menu entry differs from its
// English text (no string left untranslated or outside tr()), accelerators stay unique within
// the menu bar and each menu, and the shortcuts still work unchanged.
#include "support/testsupport.h"
#include "ui/models/reason_text.h"
#include "ui/models/status_text.h"
#include "ui/settings/language.h"
#include "ui/settings/preferences.h"
#include "ui/settings/preferences_dialog.h"
#include "ui/windows/main_window.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace recon;

namespace {

// Texts of a window's menus: the menu bar's titles, then each menu's entries (no separators).
struct MenuTexts {
    QStringList titles;
    QList<QStringList> entries;
};

MenuTexts menuTexts(QMainWindow *w)
{
    MenuTexts t;
    for (QAction *a : w->menuBar()->actions()) {
        t.titles << a->text();
        QStringList entries;
        for (QAction *e : a->menu()->actions()) {
            if (!e->isSeparator())
                entries << e->text();
        }
        t.entries << entries;
    }
    return t;
}

// Texts sharing an accelerator key (Alt+letter), or empty.
QStringList clashingAccelerators(const QStringList &texts)
{
    QHash<int, QString> seen;
    QStringList clashes;
    for (const QString &text : texts) {
        const QKeySequence key = QKeySequence::mnemonic(text);
        if (key.isEmpty())
            continue;
        const int k = key[0].toCombined();
        if (seen.contains(k))
            clashes << seen.value(k) + QStringLiteral(" / ") + text;
        seen.insert(k, text);
    }
    return clashes;
}

} // namespace

class TestTranslations : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void englishIsTheSource();
    void switchesToGermanThenFrench();
    void languageSurvivesRestart();

private:
    std::unique_ptr<MainWindow> newWindow();
    PreferencesDialog *openPreferences(MainWindow *w);
    void choose(QComboBox *combo, const QString &typed, const QString &expected);
    // Switches through Edit › Preferences of `w`; `typed` selects the language entry.
    void switchLanguage(MainWindow *w, const QString &typed, const QString &entry);
    // A window built now shows `expected` menus and tabs; nothing is left in English.
    void checkFreshWindow(const QStringList &titles, const QStringList &tabs,
        const QString &importText, const QString &statusStart);

    QTemporaryDir m_dir;
    MenuTexts m_english;
};

void TestTranslations::initTestCase()
{
    // Preferences go to a throw-away settings file, not the user's.
    qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("config")).toUtf8());
    QSettings::setPath(
        QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("config")));
    QCoreApplication::setOrganizationName(QStringLiteral("ReconWorkstationTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_translations"));
    applyLanguage(QStringLiteral("en"));
    auto w = newWindow();
    m_english = menuTexts(w.get());
}

void TestTranslations::cleanup()
{
    applyLanguage(QStringLiteral("en"));
    QSettings().clear();
}

std::unique_ptr<MainWindow> TestTranslations::newWindow()
{
    auto w = std::make_unique<MainWindow>();
    w->show();
    QApplication::setActiveWindow(w.get());
    if (!QTest::qWaitForWindowActive(w.get()))
        qWarning("main window not active");
    return w;
}

PreferencesDialog *TestTranslations::openPreferences(MainWindow *w)
{
    QApplication::setActiveWindow(w);
    if (!QTest::qWaitForWindowActive(w))
        qWarning("main window not active");
    QTest::keyClick(w, Qt::Key_Comma, Qt::ControlModifier); // Edit › Preferences…
    PreferencesDialog *dlg = nullptr;
    (void)QTest::qWaitFor([&] {
        dlg = w->findChild<PreferencesDialog *>();
        return dlg && dlg->isVisible();
    });
    return dlg;
}

void TestTranslations::choose(QComboBox *combo, const QString &typed, const QString &expected)
{
    combo->setFocus();
    // Keys typed within the keyboard-search interval would extend the previous search.
    QTest::qWait(QApplication::keyboardInputInterval() + 50);
    QTest::keyClicks(combo, typed);
    QCOMPARE(combo->currentText(), expected);
}

void TestTranslations::switchLanguage(MainWindow *w, const QString &typed, const QString &entry)
{
    PreferencesDialog *dlg = openPreferences(w);
    QVERIFY(dlg);
    choose(dlg->languageCombo(), typed, entry);
    QTest::mouseClick(dlg->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_VERIFY(!w->findChild<PreferencesDialog *>()); // closed and deleted
}

void TestTranslations::checkFreshWindow(const QStringList &titles, const QStringList &tabs,
    const QString &importText, const QString &statusStart)
{
    auto w = newWindow();
    const MenuTexts t = menuTexts(w.get());
    // Other rooms may add menus and tabs: the known ones must be there, in this language.
    for (const QString &title : titles)
        QVERIFY2(t.titles.contains(title), qPrintable(t.titles.join(u',')));
    QStringList tabTexts;
    for (int i = 0; i < w->tabs()->count(); ++i)
        tabTexts << w->tabs()->tabText(i);
    for (const QString &tab : tabs)
        QVERIFY2(tabTexts.contains(tab), qPrintable(tabTexts.join(u',')));
    auto *import = w->findChild<QAction *>(QStringLiteral("actionImport"));
    QVERIFY(import);
    QCOMPARE(import->text(), importText);
    QCOMPARE(import->shortcut(), QKeySequence(QStringLiteral("Ctrl+I")));
    bool statusFound = false;
    for (QLabel *l : w->statusBar()->findChildren<QLabel *>())
        statusFound = statusFound || l->text().startsWith(statusStart);
    QVERIFY2(statusFound, qPrintable(statusStart));

    // Every entry is translated: none keeps its English text.
    QVERIFY2(clashingAccelerators(t.titles).isEmpty(),
        qPrintable(clashingAccelerators(t.titles).join(u',')));
    QCOMPARE(t.titles.size(), m_english.titles.size());
    for (int m = 0; m < t.entries.size(); ++m) {
        QVERIFY2(t.titles[m] != m_english.titles[m], qPrintable(t.titles[m]));
        QCOMPARE(t.entries[m].size(), m_english.entries[m].size());
        for (int i = 0; i < t.entries[m].size(); ++i) {
            QVERIFY2(t.entries[m][i] != m_english.entries[m][i],
                qPrintable(QStringLiteral("untranslated: ") + t.entries[m][i]));
        }
        const QStringList clashes = clashingAccelerators(t.entries[m]);
        QVERIFY2(
            clashes.isEmpty(), qPrintable(t.titles[m] + QStringLiteral(": ") + clashes.join(u',')));
    }
    // The shortcuts are not localized: Ctrl+2 and Ctrl+4 still switch tabs.
    QTest::keyClick(w.get(), Qt::Key_4, Qt::ControlModifier);
    QTRY_COMPARE(w->tabs()->currentIndex(), 3);
    QTest::keyClick(w.get(), Qt::Key_2, Qt::ControlModifier);
    QTRY_COMPARE(w->tabs()->currentIndex(), 1);
}

void TestTranslations::englishIsTheSource()
{
    QCOMPARE(m_english.titles.first(), QStringLiteral("&File"));
    QCOMPARE(m_english.titles.last(), QStringLiteral("&Help"));
    // English accelerators are unique in the menu bar (within menus English is the source).
    QVERIFY(clashingAccelerators(m_english.titles).isEmpty());
    auto w = newWindow();
    QCOMPARE(w->findChild<QAction *>(QStringLiteral("actionImport"))->text(),
        QStringLiteral("&Import File…"));
}

void TestTranslations::switchesToGermanThenFrench()
{
    auto w = newWindow();
    switchLanguage(w.get(), QStringLiteral("De"), QStringLiteral("Deutsch"));
    QCOMPARE(currentLanguage(), QStringLiteral("de"));
    QCOMPARE(prefs::language(), QStringLiteral("de"));
    checkFreshWindow(
        { QStringLiteral("&Datei"), QStringLiteral("&Bearbeiten"), QStringLiteral("&Ansicht"),
            QStringLiteral("E&xtras"), QStringLiteral("&Hilfe") },
        { QStringLiteral("Alle Posten"), QStringLiteral("Klärung"), QStringLiteral("Regeln"),
            QStringLiteral("Übersicht") },
        QStringLiteral("Datei &importieren…"), QStringLiteral("Kein Arbeitsbereich geöffnet"));
    if (QTest::currentTestFailed())
        return;
    // Statuses in grids, details and the export filter: core's keys shown in the UI language.
    QCOMPARE(statusText(Status::Proposed), QStringLiteral("vorgeschlagen"));
    QCOMPARE(statusName(Status::Proposed), QStringLiteral("proposed"));
    // Seeded reason-code labels are translated; a user's own label is shown as stored.
    QCOMPARE(reasonLabelText(QStringLiteral("Bank fee")), QStringLiteral("Bankgebühr"));
    QCOMPARE(reasonLabelText(QStringLiteral("Dunning fee")), QStringLiteral("Dunning fee"));

    // The same (English-built) window's preferences now open in German.
    PreferencesDialog *dlg = openPreferences(w.get());
    QVERIFY(dlg);
    QCOMPARE(dlg->windowTitle(), QStringLiteral("Einstellungen"));
    dlg->reject();
    QTRY_VERIFY(!w->findChild<PreferencesDialog *>());

    switchLanguage(w.get(), QStringLiteral("Fr"), QStringLiteral("Français"));
    QCOMPARE(currentLanguage(), QStringLiteral("fr"));
    QCOMPARE(prefs::language(), QStringLiteral("fr"));
    checkFreshWindow(
        { QStringLiteral("&Fichier"), QStringLiteral("&Édition"), QStringLiteral("&Affichage"),
            QStringLiteral("&Outils"), QStringLiteral("Aid&e") },
        { QStringLiteral("Tous les éléments"), QStringLiteral("Traitement"),
            QStringLiteral("Règles"), QStringLiteral("Tableau de bord") },
        QStringLiteral("&Importer un fichier…"), QStringLiteral("Aucun espace de travail ouvert"));
    QCOMPARE(statusText(Status::Open), QStringLiteral("en suspens"));
}

void TestTranslations::languageSurvivesRestart()
{
    prefs::setLanguage(QStringLiteral("fr"));
    applyLanguage(QStringLiteral("en"));
    prefs::applyStoredPreferences(); // what the workstation does at start
    QCOMPARE(currentLanguage(), QStringLiteral("fr"));
    auto w = newWindow();
    QCOMPARE(menuTexts(w.get()).titles.first(), QStringLiteral("&Fichier"));
    bool loaded = false;
    QCOMPARE(applyLanguage(QStringLiteral("de"), &loaded), QStringLiteral("de"));
    QVERIFY(loaded); // the .qm is embedded in recon_ui
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
