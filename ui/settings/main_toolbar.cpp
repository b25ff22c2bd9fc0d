#include "ui/settings/main_toolbar.h"

#include "ui/settings/icons.h"

#include <QAction>
#include <QCoreApplication>
#include <QMainWindow>
#include <QToolBar>
#include <QToolButton>

namespace recon {

QToolBar *installMainToolBar(QMainWindow *window)
{
    auto *bar
        = new QToolBar(QCoreApplication::translate("recon::MainToolBar", "Main toolbar"), window);
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextUnderIcon);
    bar->setMovable(false);
    struct Entry {
        const char *action;
        const char *icon;
    };
    // nullptr action = separator.
    static const Entry entries[] = {
        { "actionOpenWorkspace", "open" },
        { "actionImport", "import" },
        { "actionRunMatch", "match" },
        { "actionExport", "export" },
        { nullptr, nullptr },
        { "actionUndo", "undo" },
        { "actionRedo", "redo" },
        { nullptr, nullptr },
        { "actionMatch", "match-selected" },
        { "actionConfirm", "confirm" },
        { "actionReject", "reject" },
        { nullptr, nullptr },
        { "actionSync", "sync" },
        { "actionDashboard", "dashboard" },
    };
    bool pendingSeparator = false;
    for (const Entry &e : entries) {
        if (!e.action) {
            pendingSeparator = !bar->actions().isEmpty();
            continue;
        }
        QAction *a = window->findChild<QAction *>(QLatin1String(e.action));
        if (!a)
            continue;
        setActionIcon(a, QLatin1String(e.icon));
        if (pendingSeparator)
            bar->addSeparator();
        pendingSeparator = false;
        bar->addAction(a);
    }
    // Buttons elsewhere that now show one of our icons keep their text beside it.
    for (QToolButton *b : window->findChildren<QToolButton *>()) {
        if (b->parent() != bar && b->defaultAction() && !b->defaultAction()->icon().isNull()
            && b->toolButtonStyle() == Qt::ToolButtonIconOnly)
            b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    }
    window->addToolBar(Qt::TopToolBarArea, bar);
    return bar;
}

} // namespace recon
