#include "ui/import/wizard_file.h"

#include <QFileInfo>

namespace recon {

QString WizardFile::fileName() const
{
    return QFileInfo(path).fileName();
}

bool WizardFile::isTabular() const
{
    const QString f = analysis.read.format;
    if (!f.isEmpty())
        return f == QLatin1String("csv") || f == QLatin1String("xlsx");
    const QString ext = QFileInfo(path).suffix().toLower();
    return ext == QLatin1String("csv") || ext == QLatin1String("tsv") || ext == QLatin1String("txt")
        || ext == QLatin1String("xlsx");
}

ImportRequest WizardFile::request(bool dryRun, bool skipBadLines) const
{
    ImportRequest r;
    r.path = path;
    r.side = side;
    r.account = account.trimmed();
    r.mapping = mapping;
    r.sheet = sheet;
    r.dryRun = dryRun;
    r.skipBadLines = skipBadLines;
    return r;
}

Side defaultSide(const QString &format, bool leftHasItems)
{
    const bool tabular = format == QLatin1String("csv") || format == QLatin1String("xlsx");
    return tabular && leftHasItems ? Side::Right : Side::Left;
}

} // namespace recon
