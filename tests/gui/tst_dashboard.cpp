// Offscreen tests of the dashboard, the toolbar's icons and the preferences, driven by keys and
// clicks on the matched demo month: Ctrl+4 shows the charts with the workspace's figures; a
// manual match in the workbench (Ctrl+M) and its undo (Ctrl+Z) update them; charts export as
// PNG of the requested size; Edit › Preferences switches to the dark theme (charts and icons
// follow) and to German (the dashboard and the dialog show the translated texts at once).
#include "core/store/workspace.h"
#include "support/demo_workspace.h"
#include "support/testsupport.h"
#include "ui/dashboard/dashboard.h"
#include "ui/models/transaction_table_model.h"
#include "ui/settings/icons.h"
#include "ui/settings/language.h"
#include "ui/settings/preferences.h"
#include "ui/settings/preferences_dialog.h"
#include "ui/settings/theme.h"
#include "ui/windows/main_window.h"
#include "ui/windows/side_panel.h"
#include "ui/workbench/reason_dialog.h"
#include "ui/workbench/workbench.h"

#include <qcustomplot.h>

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>

using namespace recon;

class TestDashboard : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void showsFiguresAndFollowsManualMatch();
    void exportsPng();
    void toolbarHasIcons();
    void preferencesSwitchTheme();
    void preferencesSwitchLanguage();

private:
    Dashboard *dash() const { return m_win->dashboard(); }
    QCPBars *bars(Dashboard::Chart c, int i) const
    {
        return qobject_cast<QCPBars *>(dash()->chart(c)->plottable(i));
    }
    void showDashboard();
    PreferencesDialog *openPreferences();
    // Types the start of an entry into a combo box, as a user would.
    void choose(QComboBox *combo, const QString &typed, const QString &expected);

    QTemporaryDir m_dir;
    QString m_base;
    int m_case = 0;
    std::unique_ptr<MainWindow> m_win;
};

void TestDashboard::initTestCase()
{
    // Preferences go to a throw-away settings file, not the user's.
    qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("config")).toUtf8());
    QSettings::setPath(
        QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("config")));
    QCoreApplication::setOrganizationName(QStringLiteral("ReconWorkstationTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_dashboard"));
    qputenv("RECON_USER", "gui-tester");
    m_base = m_dir.filePath(QStringLiteral("base.recon"));
    QVERIFY(test::makeDemoWorkspace(m_base, true).ok);
}

void TestDashboard::init()
{
    const QString path = m_dir.filePath(QStringLiteral("case%1.recon").arg(++m_case));
    QVERIFY(QFile::copy(m_base, path));
    m_win = std::make_unique<MainWindow>();
    m_win->show();
    QApplication::setActiveWindow(m_win.get());
    QVERIFY(QTest::qWaitForWindowActive(m_win.get()));
    QString error;
    QVERIFY2(m_win->openWorkspace(path, &error, true), qPrintable(error));
}

void TestDashboard::cleanup()
{
    m_win.reset();
    applyTheme(Theme::System);
    applyLanguage(QStringLiteral("en"));
    QSettings().clear();
}

void TestDashboard::showDashboard()
{
    QTest::keyClick(m_win.get(), Qt::Key_4, Qt::ControlModifier); // View > Dashboard
    QTRY_COMPARE(m_win->tabs()->currentWidget(), static_cast<QWidget *>(dash()));
    QTRY_VERIFY(dash()->refreshCount() > 0);
}

void TestDashboard::showsFiguresAndFollowsManualMatch()
{
    // Hidden until asked for: no figures are read for a tab nobody looks at.
    QCOMPARE(dash()->refreshCount(), 0);
    showDashboard();
    QCOMPARE(dash()->stats().matchRate.totalItems, 408);
    QVERIFY2(dash()
                 ->findChild<QLabel *>(QStringLiteral("dashboardSummary"))
                 ->text()
                 .contains(QStringLiteral("98.5")),
        qPrintable(dash()->findChild<QLabel *>(QStringLiteral("dashboardSummary"))->text()));
    // Three rules: confirmed and proposed bars per rule, stacked.
    QCOMPARE(dash()->chart(Dashboard::MatchRate)->plottableCount(), 2);
    QCOMPARE(bars(Dashboard::MatchRate, 0)->data()->size(), 3);
    // Open items: three per side, all in the 0–7 days bucket.
    QCOMPARE(bars(Dashboard::OpenAge, 0)->data()->at(0)->value, 3.0);
    QCOMPARE(bars(Dashboard::OpenAge, 1)->data()->at(0)->value, 3.0);
    QCOMPARE(bars(Dashboard::OpenAge, 0)->data()->at(1)->value, 0.0);
    QCOMPARE(dash()->openAmountCurrency(), QStringLiteral("EUR"));
    // Open amounts: left only on 30 Oct (20.57 EUR in absolute terms), right on 29 and 30 Oct.
    QCOMPARE(bars(Dashboard::OpenPerDay, 0)->data()->size(), 1);
    QCOMPARE(bars(Dashboard::OpenPerDay, 0)->data()->at(0)->value, 20.57);
    QCOMPARE(bars(Dashboard::OpenPerDay, 1)->data()->size(), 2);
    QCOMPARE(dash()->chart(Dashboard::Progress)->graph(0)->data()->size(), 3);

    // A manual match in the workbench.
    QTest::keyClick(m_win.get(), Qt::Key_2, Qt::ControlModifier);
    QTRY_COMPARE(m_win->tabs()->currentWidget(), static_cast<QWidget *>(m_win->workbench()));
    const int before = dash()->refreshCount();
    for (Side s : { Side::Left, Side::Right }) {
        QTableView *view = m_win->workbench()->side(s)->view();
        QTRY_VERIFY(view->isVisible());
        const QModelIndex idx = view->model()->index(0, TransactionTableModel::Description);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(idx).center());
    }
    QTest::keyClick(m_win->workbench()->side(Side::Left)->view(), Qt::Key_M, Qt::ControlModifier);
    ReasonDialog *dlg = nullptr;
    QVERIFY(QTest::qWaitFor([&] {
        dlg = m_win->workbench()->findChild<ReasonDialog *>();
        return dlg && dlg->isVisible();
    }));
    QTest::keyClicks(dlg->combo(), QStringLiteral("Timing"));
    QTest::keyClick(dlg, Qt::Key_Return);
    QTRY_COMPARE(m_win->workspace()->db().scalarInt(
                     "SELECT COUNT(*) FROM match_groups WHERE rule = 'manual' AND active = 1"),
        1);
    // While hidden the dashboard only notes that it is stale; showing it refreshes once.
    QCOMPARE(dash()->refreshCount(), before);
    showDashboard();
    QTRY_COMPARE(dash()->refreshCount(), before + 1);
    QCOMPARE(bars(Dashboard::MatchRate, 0)->data()->size(), 4);
    QCOMPARE(dash()->stats().matchRate.rules.size(), 4);
    QCOMPARE(dash()->stats().openAge.left[0], 2);
    QCOMPARE(dash()->chart(Dashboard::Progress)->graph(0)->data()->size(), 4);
    QCOMPARE(dash()->chart(Dashboard::Progress)->graph(0)->data()->at(3)->value, 404.0);

    // Undo (Ctrl+Z) while the dashboard is visible refreshes it at once.
    QTest::keyClick(dash(), Qt::Key_Z, Qt::ControlModifier);
    QTRY_COMPARE(dash()->stats().matchRate.rules.size(), 3);
    QCOMPARE(bars(Dashboard::MatchRate, 0)->data()->size(), 3);
    QCOMPARE(dash()->stats().openAge.left[0], 3);
    QCOMPARE(dash()->chart(Dashboard::Progress)->graph(0)->data()->at(4)->value, 402.0);
}

void TestDashboard::exportsPng()
{
    showDashboard();
    const QString file = m_dir.filePath(QStringLiteral("age.png"));
    QVERIFY(dash()->exportChart(Dashboard::OpenAge, file, QSize(640, 400)));
    const QImage img(file);
    QCOMPARE(img.size(), QSize(640, 400));
    QSet<QRgb> colours;
    for (int y = 0; y < img.height(); y += 4)
        for (int x = 0; x < img.width(); x += 4)
            colours.insert(img.pixel(x, y));
    QVERIFY2(colours.size() > 10, "the chart image is (nearly) blank");
    // The bar colours of both sides are in the picture.
    QVERIFY(colours.contains(QColor(0x3b, 0x7d, 0xd8).rgb()));
    QVERIFY(colours.contains(QColor(0xe0, 0x8a, 0x2c).rgb()));

    const QString dir = m_dir.filePath(QStringLiteral("charts"));
    QVERIFY(QDir().mkpath(dir));
    QCOMPARE(dash()->exportAll(dir, QSize(500, 300)), Dashboard::kChartCount);
    for (int i = 0; i < Dashboard::kChartCount; ++i) {
        const QImage chart(
            QDir(dir).filePath(Dashboard::chartFileName(static_cast<Dashboard::Chart>(i))));
        QCOMPARE(chart.size(), QSize(500, 300));
    }
    // An unwritable target fails cleanly.
    QVERIFY(
        !dash()->exportChart(Dashboard::Progress, m_dir.filePath(QStringLiteral("no/such.png"))));
    // The View menu has the export action.
    QVERIFY(m_win->findChild<QAction *>(QStringLiteral("actionExportCharts")));
}

void TestDashboard::toolbarHasIcons()
{
    QVERIFY2(svgIconsAvailable(), "Qt's SVG image plugin (libqt6svg6) is missing");
    auto *bar = m_win->findChild<QToolBar *>(QStringLiteral("mainToolBar"));
    QVERIFY(bar);
    QStringList names;
    for (QAction *a : bar->actions()) {
        if (a->isSeparator())
            continue;
        names << a->objectName();
        QVERIFY2(!a->icon().isNull(), qPrintable(a->objectName()));
        // Crisp at 2x: the icon has a real 48 px pixmap, not an upscaled 24 px one.
        QCOMPARE(a->icon().pixmap(QSize(48, 48)).size(), QSize(48, 48));
    }
    for (const char *n : { "actionImport", "actionUndo", "actionRedo", "actionMatch",
             "actionConfirm", "actionReject", "actionDashboard" })
        QVERIFY2(names.contains(QLatin1String(n)), n);
    // The toolbar's dashboard button shows the dashboard.
    QAction *dashAction = m_win->findChild<QAction *>(QStringLiteral("actionDashboard"));
    QTest::mouseClick(bar->widgetForAction(dashAction), Qt::LeftButton);
    QTRY_COMPARE(m_win->tabs()->currentWidget(), static_cast<QWidget *>(dash()));
}

PreferencesDialog *TestDashboard::openPreferences()
{
    QTest::keyClick(m_win.get(), Qt::Key_Comma, Qt::ControlModifier); // Edit > Preferences
    PreferencesDialog *dlg = nullptr;
    (void)QTest::qWaitFor([&] {
        dlg = m_win->findChild<PreferencesDialog *>();
        return dlg && dlg->isVisible();
    });
    return dlg;
}

void TestDashboard::choose(QComboBox *combo, const QString &typed, const QString &expected)
{
    combo->setFocus();
    // Keys typed within the keyboard-search interval would extend the previous search.
    QTest::qWait(QApplication::keyboardInputInterval() + 50);
    QTest::keyClicks(combo, typed);
    QCOMPARE(combo->currentText(), expected);
}

void TestDashboard::preferencesSwitchTheme()
{
    showDashboard();
    QAction *import = m_win->findChild<QAction *>(QStringLiteral("actionImport"));
    const QImage lightIcon = import->icon().pixmap(32).toImage();
    PreferencesDialog *dlg = openPreferences();
    QVERIFY(dlg);
    QCOMPARE(dlg->themeCombo()->currentText(), QStringLiteral("System"));
    choose(dlg->themeCombo(), QStringLiteral("Da"), QStringLiteral("Dark"));
    QTest::mouseClick(dlg->buttons()->button(QDialogButtonBox::Apply), Qt::LeftButton);
    QTRY_COMPARE(
        QApplication::palette().color(QPalette::Window), darkPalette().color(QPalette::Window));
    QCOMPARE(QApplication::style()->name().toLower(), QStringLiteral("fusion"));
    QCOMPARE(prefs::theme(), Theme::Dark);
    QCOMPARE(QSettings().value(QStringLiteral("ui/theme")).toString(), QStringLiteral("dark"));
    // Charts and icons follow the palette.
    QTRY_COMPARE(dash()->chart(Dashboard::OpenAge)->xAxis->tickLabelColor(),
        darkPalette().color(QPalette::Text));
    QVERIFY(import->icon().pixmap(32).toImage() != lightIcon);

    choose(dlg->themeCombo(), QStringLiteral("Li"), QStringLiteral("Light"));
    QTest::mouseClick(dlg->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_COMPARE(
        QApplication::palette().color(QPalette::Window), lightPalette().color(QPalette::Window));
    QTRY_VERIFY(!dlg->isVisible());
    QCOMPARE(prefs::theme(), Theme::Light);
}

void TestDashboard::preferencesSwitchLanguage()
{
    showDashboard();
    auto *heading = dash()->findChild<QLabel *>(QStringLiteral("dashboardHeading"));
    QCOMPARE(heading->text(), QStringLiteral("Dashboard"));
    PreferencesDialog *dlg = openPreferences();
    QVERIFY(dlg);
    choose(dlg->languageCombo(), QStringLiteral("De"), QStringLiteral("Deutsch"));
    QTest::mouseClick(dlg->buttons()->button(QDialogButtonBox::Apply), Qt::LeftButton);
    QTRY_COMPARE(heading->text(), QStringLiteral("Übersicht"));
    QCOMPARE(currentLanguage(), QStringLiteral("de"));
    QCOMPARE(prefs::language(), QStringLiteral("de"));
    // The dialog itself, and Qt's own strings (qtbase_de), switch too.
    QTRY_COMPARE(dlg->windowTitle(), QStringLiteral("Einstellungen"));
    QTRY_VERIFY2(dlg->buttons()
                     ->button(QDialogButtonBox::Cancel)
                     ->text()
                     .contains(QStringLiteral("Abbrechen")),
        qPrintable(dlg->buttons()->button(QDialogButtonBox::Cancel)->text()));
    QCOMPARE(dlg->languageCombo()->currentText(), QStringLiteral("Deutsch"));

    choose(dlg->languageCombo(), QStringLiteral("Fr"), QStringLiteral("Français"));
    QTest::mouseClick(dlg->buttons()->button(QDialogButtonBox::Apply), Qt::LeftButton);
    QTRY_COMPARE(heading->text(), QStringLiteral("Tableau de bord"));

    choose(dlg->languageCombo(), QStringLiteral("En"), QStringLiteral("English"));
    QTest::mouseClick(dlg->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_COMPARE(heading->text(), QStringLiteral("Dashboard"));
    QCOMPARE(prefs::language(), QStringLiteral("en"));
    // "system" follows the system locale (C/English on the test machine unless LANG says more).
    QCOMPARE(resolveLanguage(QStringLiteral("system")).size(), 2);
}

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
