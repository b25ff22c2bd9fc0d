#pragma once
// A read-only view of a ZIP archive held in memory (libzip), with the caps that keep hostile
// workbooks bounded: per-entry size, inflation ratio (zip bombs), encrypted or unsupported
// entries refused with a clear message.

#include <QByteArray>
#include <QString>

#include <optional>

struct zip;

namespace recon::xlsx {

struct ZipLimits {
    qint64 maxEntrySize = 256LL * 1024 * 1024; // uncompressed bytes per entry
    qint64 maxTotalSize = 512LL * 1024 * 1024; // uncompressed bytes over all entries read
    int maxRatio = 100; // uncompressed / compressed, checked past `ratioGrace` bytes
    qint64 ratioGrace = 1024 * 1024;
};

struct ZipEntry {
    std::optional<QByteArray> data; // nullopt: missing or refused (see error)
    QString error; // empty when the entry is simply absent
};

class ZipArchive {
public:
    // `data` must outlive the archive (the buffer is not copied).
    explicit ZipArchive(const QByteArray &data, ZipLimits limits = {});
    ~ZipArchive();
    ZipArchive(const ZipArchive &) = delete;
    ZipArchive &operator=(const ZipArchive &) = delete;

    bool isOpen() const { return m_zip != nullptr; }
    QString openError() const { return m_openError; }
    bool contains(const QString &name) const;
    // Reads one entry whole, refusing it when a cap is exceeded.
    ZipEntry read(const QString &name);

private:
    struct zip *m_zip = nullptr;
    QString m_openError;
    ZipLimits m_limits;
    qint64 m_totalRead = 0;
    qint64 locate(const QString &name) const;
};

} // namespace recon::xlsx
