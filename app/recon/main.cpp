// recon: the command-line face of the engine (see core/cli/).
#include "core/cli/cli.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("recon"));
    QCoreApplication::setOrganizationName(QStringLiteral("ReconWorkstation"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RECON_VERSION));
    return recon::cli::run(QCoreApplication::arguments());
}
