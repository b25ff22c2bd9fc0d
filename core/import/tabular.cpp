#include "core/import/tabular.h"

#include "core/import/header_synonyms.h"
#include "core/import/tabular_builder.h"

#include <QCryptographicHash>

namespace recon {

namespace {
constexpr int kSampleRows = 2000;
}

ReadResult readTabular(const QList<TabularRow> &rows, const ReadOptions &options,
    const QString &format, const QString &encoding)
{
    tabular::TabularBuilder b(options, format, encoding);
    if (!b.detect(rows.mid(0, kSampleRows)))
        return b.finish();
    b.reserve(rows.size());
    for (const TabularRow &r : rows) {
        b.addRow(r);
        if (b.stopped())
            break;
    }
    return b.finish();
}

TabularPreview previewTabular(
    const QList<TabularRow> &rows, const ReadOptions &options, int maxRows)
{
    TabularPreview p;
    tabular::TabularBuilder b(options, QString(), QString());
    const bool ok = b.detect(rows.mid(0, kSampleRows));
    p.mapping = b.layout().mapping;
    p.headers = b.layout().headers;
    if (!ok) {
        // Still show the grid, so the user can map the columns by hand.
        const ReadResult r = b.finish();
        p.issues = r.errors;
        for (qsizetype i = std::max(0, p.mapping.headerRow + 1);
             i < rows.size() && p.sample.size() < maxRows; ++i)
            p.sample.append(rows[i]);
        return p;
    }
    p.issues += b.layout().notes;
    b.setCollectIssues(true);
    const int start = b.layout().dataStart;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (i >= start && p.sample.size() >= maxRows)
            break;
        b.addRow(rows[i]);
        if (i >= start)
            p.sample.append(rows[i]);
    }
    p.parsed = b.transactions();
    p.issues += b.rowIssues();
    return p;
}

QString headerSignature(const QStringList &headers)
{
    QStringList folded;
    folded.reserve(headers.size());
    for (const QString &h : headers)
        folded.append(tabular::foldHeader(h));
    while (!folded.isEmpty() && folded.back().isEmpty())
        folded.removeLast();
    const QByteArray key = folded.join(QLatin1Char('|')).toUtf8();
    return QString::fromLatin1(
        QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(16));
}

} // namespace recon
