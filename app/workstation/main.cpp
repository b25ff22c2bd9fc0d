// recon-workstation [WS] [--screenshot FILE.png]: the analyst's GUI (see ui/).
#include "core/log.h"
#include "ui/dashboard/dashboard.h"
#include "ui/import/import_wizard.h"
#include "ui/rules/rules_view.h"
#include "ui/settings/preferences.h"
#include "ui/settings/theme.h"
#include "ui/windows/main_window.h"

#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QDialog>
#include <QTabWidget>
#include <QTimer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("recon-workstation"));
    QApplication::setOrganizationName(QStringLiteral("ReconWorkstation"));
    QApplication::setApplicationVersion(QStringLiteral(RECON_VERSION));
    recon::log::init();

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Recon Workstation"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("WS"), QStringLiteral("Workspace to open."));
    const QCommandLineOption shot(QStringLiteral("screenshot"),
        QStringLiteral("Render the window after loading, save it, exit."),
        QStringLiteral("FILE.png"));
    parser.addOption(shot);
    const QCommandLineOption view(QStringLiteral("view"),
        QStringLiteral(
            "Start on a view: items, workbench, export or import (the import wizard's mapping "
            "page over the --import files)."),
        QStringLiteral("VIEW"), QStringLiteral("items"));
    parser.addOption(view);
    const QCommandLineOption importFiles(QStringLiteral("import"),
        QStringLiteral("A file to list in the import wizard (repeatable)."),
        QStringLiteral("FILE"));
    parser.addOption(importFiles);
    const QCommandLineOption theme(QStringLiteral("theme"),
        QStringLiteral("Use a theme for this run only: system, light or dark."),
        QStringLiteral("THEME"));
    parser.addOption(theme);
    parser.process(app);
    recon::prefs::applyStoredPreferences(); // language and theme from Edit › Preferences
    if (parser.isSet(theme))
        recon::applyTheme(recon::themeFromKey(parser.value(theme)));

    recon::MainWindow window;
    const bool screenshot = parser.isSet(shot);
    if (!parser.positionalArguments().isEmpty()) {
        QString error;
        if (!window.openWorkspace(parser.positionalArguments().first(), &error, screenshot)
            && screenshot) {
            std::fprintf(stderr, "recon-workstation: %s\n", qPrintable(error));
            return 1;
        }
    }
    if (parser.value(view) == QLatin1String("workbench"))
        window.tabs()->setCurrentIndex(1);
    if (parser.value(view) == QLatin1String("dashboard"))
        window.tabs()->setCurrentWidget(window.dashboard());
    const bool rules = parser.value(view) == QLatin1String("rules");
    if (rules) { // the rule builder on its second rule, after the live preview has run
        window.tabs()->setCurrentWidget(window.findChild<recon::RulesView *>());
        window.findChild<recon::RulesView *>()->selectRule(1);
    }
    window.show();
    if (parser.value(view) == QLatin1String("conflicts")) { // Tools › Conflicts… over the window
        window.findChild<QAction *>(QStringLiteral("actionConflicts"))->trigger();
        if (screenshot) {
            const QString file = parser.value(shot);
            QTimer::singleShot(300, &window, [&window, file] {
                auto *dlg = window.findChild<QDialog *>(QStringLiteral("conflictView"));
                const bool ok = dlg && dlg->grab().save(file);
                std::fprintf(ok ? stdout : stderr, ok ? "saved %s\n" : "cannot write %s\n",
                    qPrintable(file));
                QApplication::exit(ok ? 0 : 1);
            });
            return app.exec();
        }
    }
    if (parser.value(view) == QLatin1String("export")) { // File › Export Report… over the window
        window.findChild<QAction *>(QStringLiteral("actionExport"))->trigger();
        if (screenshot) {
            const QString file = parser.value(shot);
            QTimer::singleShot(300, &window, [&window, file] {
                auto *dlg = window.findChild<QDialog *>(QStringLiteral("exportDialog"));
                const bool ok = dlg && dlg->grab().save(file);
                std::fprintf(ok ? stdout : stderr, ok ? "saved %s\n" : "cannot write %s\n",
                    qPrintable(file));
                QApplication::exit(ok ? 0 : 1);
            });
            return app.exec();
        }
    }
    if (parser.value(view) == QLatin1String("import")) {
        window.openImportWizard(parser.values(importFiles));
        auto *wizard = window.findChild<recon::ImportWizard *>();
        if (screenshot && wizard) {
            const QString file = parser.value(shot);
            wizard->advanceWhenReady(recon::ImportWizard::MappingPageId, [wizard, file] {
                const bool ok = wizard->grab().save(file);
                std::fprintf(ok ? stdout : stderr, ok ? "saved %s\n" : "cannot write %s\n",
                    qPrintable(file));
                QApplication::exit(ok ? 0 : 1);
            });
            return app.exec();
        }
    }
    if (screenshot) {
        const QString file = parser.value(shot);
        QTimer::singleShot(rules ? 3000 : 300, &window, [&window, file] {
            const bool ok = window.grab().save(file);
            std::fprintf(
                ok ? stdout : stderr, ok ? "saved %s\n" : "cannot write %s\n", qPrintable(file));
            QApplication::exit(ok ? 0 : 1);
        });
    }
    return app.exec();
}
