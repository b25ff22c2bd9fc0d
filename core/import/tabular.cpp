// Placeholder so the XLSX reader links while the engine is being written (issue 4).
#include "core/import/tabular.h"

#include <QCryptographicHash>

namespace recon {

ReadResult readTabular(const QList<TabularRow> &, const ReadOptions &options, const QString &format,
    const QString &encoding)
{
    ReadResult r;
    r.format = format;
    r.encoding = encoding;
    r.addError({ options.fileName, 0, QString(), QStringLiteral("tabular engine not implemented") },
        options.maxErrors);
    return r;
}

TabularPreview previewTabular(const QList<TabularRow> &, const ReadOptions &, int)
{
    return {};
}

QString headerSignature(const QStringList &headers)
{
    return QString::fromLatin1(QCryptographicHash::hash(
        headers.join(QLatin1Char('\x1f')).toLower().toUtf8(), QCryptographicHash::Sha1)
                                   .toHex()
                                   .left(16));
}

} // namespace recon
