#include "core/import/registry.h"

#include <QFile>
#include <QFileInfo>

namespace recon {

const ReaderRegistry &ReaderRegistry::instance()
{
    static const ReaderRegistry registry;
    return registry;
}

ReaderRegistry::ReaderRegistry()
{
    // Order matters only for ties in detection: the more specific formats first.
    m_readers.push_back(makeCamtReader());
    m_readers.push_back(makeOfxReader());
    m_readers.push_back(makeMt940Reader());
    m_readers.push_back(makeBai2Reader());
    m_readers.push_back(makeQifReader());
    m_readers.push_back(makeXlsxReader());
    m_readers.push_back(makeCsvReader());
}

QStringList ReaderRegistry::formats() const
{
    QStringList out;
    for (const auto &r : m_readers)
        out += r->names();
    return out;
}

const Reader *ReaderRegistry::byName(const QString &name) const
{
    const QString n = name.trimmed().toLower();
    for (const auto &r : m_readers) {
        if (r->names().contains(n))
            return r.get();
    }
    if (n == QLatin1String("qfx") || n == QLatin1String("ofx1") || n == QLatin1String("ofx2"))
        return byName(QStringLiteral("ofx"));
    if (n == QLatin1String("tsv"))
        return byName(QStringLiteral("csv"));
    return nullptr;
}

const Reader *ReaderRegistry::detect(const QByteArray &head) const
{
    const Reader *best = nullptr;
    int bestScore = 0;
    for (const auto &r : m_readers) {
        const int score = r->detect(head);
        if (score > bestScore) {
            best = r.get();
            bestScore = score;
        }
    }
    return best;
}

ReadResult readFile(const QString &path, const QString &format, const ReadOptions &options)
{
    ReadResult result;
    ReadOptions opts = options;
    if (opts.fileName.isEmpty())
        opts.fileName = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.addError({ opts.fileName, 0, QString(), file.errorString() }, opts.maxErrors);
        return result;
    }
    // Memory-map: the bytes are paged in by the kernel, not copied onto our heap.
    QByteArray data;
    if (file.size() > 0) {
        uchar *p = file.map(0, file.size());
        if (p)
            data = QByteArray::fromRawData(
                reinterpret_cast<const char *>(p), static_cast<qsizetype>(file.size()));
        else
            data = file.readAll();
    }
    const Reader *reader = nullptr;
    if (!format.isEmpty()) {
        reader = ReaderRegistry::instance().byName(format);
        if (!reader) {
            result.addError(
                { opts.fileName, 0, QStringLiteral("format"),
                    QStringLiteral("unknown format '%1' (known: %2)")
                        .arg(format,
                            ReaderRegistry::instance().formats().join(QStringLiteral(", "))) },
                opts.maxErrors);
            return result;
        }
    } else {
        reader = ReaderRegistry::instance().detect(data.left(64 * 1024));
        if (!reader) {
            result.addError({ opts.fileName, 0, QStringLiteral("format"),
                                QStringLiteral("not a recognised statement or ledger format") },
                opts.maxErrors);
            return result;
        }
    }
    result = reader->read(data, opts);
    if (result.format.isEmpty())
        result.format = reader->name();
    return result;
}

} // namespace recon
