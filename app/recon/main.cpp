// recon: the command-line face of the engine (see core/cli/).
#include "core/cli/cli.h"
#include "core/huge_pages.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <memory>

int main(int argc, char *argv[])
{
    recon::reexecWithHugePages(argv); // before anything allocates: see core/huge_pages.h
    // PDF rendering (export --pdf) needs a GUI application object, never a display.
    bool needsGui = false;
    for (int i = 1; i < argc; ++i)
        needsGui = needsGui || qstrcmp(argv[i], "--pdf") == 0;
    std::unique_ptr<QCoreApplication> app;
    if (needsGui) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("recon"));
    QCoreApplication::setOrganizationName(QStringLiteral("ReconWorkstation"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RECON_VERSION));
    return recon::cli::run(QCoreApplication::arguments());
}
