#include "core/import/xlsx_zip.h"

#include <zip.h>

namespace recon::xlsx {

ZipArchive::ZipArchive(const QByteArray &data, ZipLimits limits)
    : m_limits(limits)
{
    // libzip opens an empty buffer as a new, empty archive: require a ZIP signature first.
    if (!data.startsWith("PK")) {
        m_openError = QStringLiteral("not a ZIP archive (an .xlsx file is one)");
        return;
    }
    zip_error_t err;
    zip_error_init(&err);
    zip_source_t *src
        = zip_source_buffer_create(data.constData(), zip_uint64_t(data.size()), 0, &err);
    if (src) {
        m_zip = zip_open_from_source(src, ZIP_RDONLY, &err);
        if (!m_zip)
            zip_source_free(src); // not taken over on failure
    }
    if (!m_zip) {
        const int code = zip_error_code_zip(&err);
        if (code == ZIP_ER_NOZIP)
            m_openError
                = QStringLiteral("not a ZIP archive (an .xlsx file is one), or it is truncated");
        else
            m_openError = QStringLiteral("cannot open the archive: %1")
                              .arg(QString::fromUtf8(zip_error_strerror(&err)));
    }
    zip_error_fini(&err);
}

ZipArchive::~ZipArchive()
{
    if (m_zip)
        zip_discard(m_zip);
}

qint64 ZipArchive::locate(const QString &name) const
{
    if (!m_zip)
        return -1;
    const QByteArray n = name.toUtf8();
    zip_int64_t i = zip_name_locate(m_zip, n.constData(), 0);
    if (i < 0)
        i = zip_name_locate(m_zip, n.constData(), ZIP_FL_NOCASE);
    return i;
}

bool ZipArchive::contains(const QString &name) const
{
    return locate(name) >= 0;
}

ZipEntry ZipArchive::read(const QString &name)
{
    ZipEntry out;
    const qint64 index = locate(name);
    if (index < 0)
        return out;
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat_index(m_zip, zip_uint64_t(index), 0, &st) != 0) {
        out.error = QStringLiteral("%1: damaged archive entry").arg(name);
        return out;
    }
    if ((st.valid & ZIP_STAT_ENCRYPTION_METHOD) && st.encryption_method != ZIP_EM_NONE) {
        out.error
            = QStringLiteral("%1 is encrypted: save the workbook without a password").arg(name);
        return out;
    }
    if ((st.valid & ZIP_STAT_COMP_METHOD) && !zip_compression_method_supported(st.comp_method, 0)) {
        out.error = QStringLiteral("%1 uses an unsupported compression method (%2)")
                        .arg(name)
                        .arg(st.comp_method);
        return out;
    }
    // The declared size is checked before inflating anything; the real size while inflating.
    if ((st.valid & ZIP_STAT_SIZE) && st.size > zip_uint64_t(m_limits.maxEntrySize)) {
        out.error = QStringLiteral("%1 is too large (%2 bytes uncompressed; the limit is %3)")
                        .arg(name)
                        .arg(st.size)
                        .arg(m_limits.maxEntrySize);
        return out;
    }
    const qint64 compressed = (st.valid & ZIP_STAT_COMP_SIZE) ? qint64(st.comp_size) : 0;
    zip_file_t *f = zip_fopen_index(m_zip, zip_uint64_t(index), 0);
    if (!f) {
        out.error = QStringLiteral("%1: %2").arg(name, QString::fromUtf8(zip_strerror(m_zip)));
        return out;
    }
    QByteArray buf;
    char chunk[64 * 1024];
    for (;;) {
        const zip_int64_t n = zip_fread(f, chunk, sizeof chunk);
        if (n < 0) {
            out.error = QStringLiteral("%1: %2 (damaged or truncated archive)")
                            .arg(name, QString::fromUtf8(zip_file_strerror(f)));
            break;
        }
        if (n == 0) {
            out.data = buf;
            break;
        }
        const qint64 size = buf.size() + n;
        if (size > m_limits.maxEntrySize || m_totalRead + n > m_limits.maxTotalSize) {
            out.error = QStringLiteral("%1 expands beyond the size limit (%2 bytes); refused")
                            .arg(name)
                            .arg(m_limits.maxEntrySize);
            break;
        }
        if (size > m_limits.ratioGrace
            && size > qint64(m_limits.maxRatio) * std::max<qint64>(compressed, 1)) {
            out.error = QStringLiteral("%1 expands more than %2 times its compressed size "
                                       "(a ZIP bomb?); refused")
                            .arg(name)
                            .arg(m_limits.maxRatio);
            break;
        }
        buf.append(chunk, n);
        m_totalRead += n;
    }
    zip_fclose(f);
    return out;
}

} // namespace recon::xlsx
