#include "ui/windows/recent_workspaces.h"

#include <QFileInfo>
#include <QSettings>

namespace recon {

namespace {
const char *kKey = "recentWorkspaces";
}

QStringList RecentWorkspaces::list()
{
    QStringList out;
    for (const QString &p : QSettings().value(QLatin1String(kKey)).toStringList()) {
        if (QFileInfo::exists(p))
            out.append(p);
    }
    return out;
}

void RecentWorkspaces::add(const QString &path)
{
    const QString abs = QFileInfo(path).absoluteFilePath();
    QStringList l = QSettings().value(QLatin1String(kKey)).toStringList();
    l.removeAll(abs);
    l.prepend(abs);
    while (l.size() > kMax)
        l.removeLast();
    QSettings().setValue(QLatin1String(kKey), l);
}

void RecentWorkspaces::clear()
{
    QSettings().remove(QLatin1String(kKey));
}

} // namespace recon
