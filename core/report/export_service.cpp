#include "core/report/export_service.h"

#include "core/log.h"
#include "core/report/csv_sink.h"
#include "core/report/evidence.h"
#include "core/report/pdf_report.h"
#include "core/report/pipe_sink.h"
#include "core/report/report_sheets.h"
#include "core/report/xlsx_sink.h"
#include "core/store/import_service.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QUuid>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>

namespace recon::report {

namespace {

QString formatName(Format f)
{
    switch (f) {
    case Format::Xlsx:
        return QStringLiteral("xlsx");
    case Format::Csv:
        return QStringLiteral("csv");
    case Format::Pdf:
        return QStringLiteral("pdf");
    }
    return {};
}

// A temporary sibling of `target` that we can write; throws std::runtime_error (user-facing).
QString tempSibling(const QString &target)
{
    const QFileInfo fi(target);
    const QDir dir = fi.absoluteDir();
    if (!dir.exists())
        throw std::runtime_error(QStringLiteral("cannot write %1: folder %2 does not exist")
                                     .arg(target, dir.path())
                                     .toStdString());
    if (fi.isDir())
        throw std::runtime_error(
            QStringLiteral("cannot write %1: it is a folder").arg(target).toStdString());
    // An office suite that has the file open leaves a lock file beside it (LibreOffice
    // ".~lock.NAME#", Excel "~$NAME"); replacing the file under it would lose the user's view
    // or their unsaved edits.
    for (const QString &lock : { QStringLiteral(".~lock.%1#").arg(fi.fileName()),
             QStringLiteral("~$%1").arg(fi.fileName()) }) {
        if (QFileInfo::exists(dir.filePath(lock)))
            throw std::runtime_error(
                QStringLiteral("cannot write %1: the file is open in another program (lock "
                               "file %2); close it and export again")
                    .arg(target, lock)
                    .toStdString());
    }
    const QString tmp = dir.filePath(
        QStringLiteral(".%1.tmp-%2")
            .arg(fi.fileName(), QUuid::createUuid().toString(QUuid::Id128).left(12)));
    QFile probe(tmp);
    if (!probe.open(QIODevice::WriteOnly))
        throw std::runtime_error(
            QStringLiteral("cannot write %1: %2").arg(target, probe.errorString()).toStdString());
    probe.close();
    return tmp;
}

void renameInto(const QString &from, const QString &to)
{
    // POSIX rename replaces an existing target atomically.
    if (std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) != 0)
        throw std::runtime_error(QStringLiteral("cannot move the report into place at %1: %2")
                                     .arg(to, QString::fromLocal8Bit(std::strerror(errno)))
                                     .toStdString());
}

QJsonObject filtersJson(const Filters &f)
{
    return { { QStringLiteral("status"), statusFilterText(f) },
        { QStringLiteral("from"), f.from.isValid() ? f.from.toString(Qt::ISODate) : QString() },
        { QStringLiteral("to"), f.to.isValid() ? f.to.toString(Qt::ISODate) : QString() },
        { QStringLiteral("as_of"), f.asOf.toString(Qt::ISODate) } };
}

// Flat memory while exporting: a small page cache, and sorts that spill to temporary files
// rather than to memory (temp_store = MEMORY keeps every spilled run of a 1M-row ORDER BY in
// RAM). The connection's settings come back afterwards.
class ExportPragmas {
public:
    explicit ExportPragmas(sql::Db &db)
        : m_db(db)
        , m_cacheSize(db.scalarInt("PRAGMA cache_size"))
        , m_tempStore(db.scalarInt("PRAGMA temp_store"))
    {
        m_db.exec("PRAGMA cache_size = -8192");
        m_db.exec("PRAGMA temp_store = FILE");
    }
    ~ExportPragmas()
    {
        try {
            m_db.exec(QStringLiteral("PRAGMA cache_size = %1").arg(m_cacheSize));
            m_db.exec(QStringLiteral("PRAGMA temp_store = %1").arg(m_tempStore));
        } catch (...) {
        }
    }
    ExportPragmas(const ExportPragmas &) = delete;
    ExportPragmas &operator=(const ExportPragmas &) = delete;

private:
    sql::Db &m_db;
    qint64 m_cacheSize;
    qint64 m_tempStore;
};

struct Written {
    QStringList files;
    qint64 rows = 0;
    QString contentSha256;
    QJsonObject audit; // format-specific audit payload fields
};

Written writeXlsx(
    Workspace &ws, const ExportOptions &o, Evidence &ev, const QString &tmp, Progress &progress)
{
    XlsxSink sink(tmp, o.maxRowsPerSheet);
    Written w;
    {
        PipeSink pipe(sink); // libxlsxwriter and hashing on a second core
        w.rows = writeDataSheets(ws, o.filters, pipe, progress);
        pipe.finish();
    }
    for (const QString &name : sink.sheetNames())
        ev.sheetHashes.append({ name, sink.sheetHash(name) });
    ev.contentSha256 = contentHash(ev.sheetHashes);
    sink.beginSheet(Evidence::sheetSpec());
    for (const Row &r : ev.rows())
        sink.row(r);
    sink.endSheet();
    const QString err = sink.close();
    if (!err.isEmpty())
        throw std::runtime_error(
            QStringLiteral("cannot write %1: %2").arg(o.target, err).toStdString());
    w.contentSha256 = ev.contentSha256;
    w.audit.insert(QStringLiteral("evidence_sha256"), sink.sheetHash(QStringLiteral("Evidence")));
    w.files << o.target;
    return w;
}

Written writeCsv(Workspace &ws, const ExportOptions &o, Evidence &ev, Progress &progress)
{
    QDir target(o.target);
    if (!target.exists() && !QDir().mkpath(o.target))
        throw std::runtime_error(
            QStringLiteral("cannot create folder %1").arg(o.target).toStdString());
    const QString staging = target.filePath(
        QStringLiteral(".recon-export-") + QUuid::createUuid().toString(QUuid::Id128).left(12));
    if (!QDir().mkdir(staging))
        throw std::runtime_error(
            QStringLiteral("cannot write in folder %1").arg(target.absolutePath()).toStdString());
    Written w;
    try {
        CsvSink sink(staging, o.csvBom, o.csvSemicolon);
        {
            PipeSink pipe(sink);
            w.rows = writeDataSheets(ws, o.filters, pipe, progress);
            pipe.finish();
        }
        QJsonArray files;
        for (const QString &f : sink.files()) {
            const QString sha = fileSha256(f);
            ev.sheetHashes.append({ QFileInfo(f).fileName(), sha });
            files.append(QJsonObject { { QStringLiteral("name"), QFileInfo(f).fileName() },
                { QStringLiteral("sha256"), sha } });
        }
        ev.contentSha256 = contentHash(ev.sheetHashes);
        sink.beginSheet(Evidence::sheetSpec());
        for (const Row &r : ev.rows())
            sink.row(r);
        sink.endSheet();
        const QString evFile = sink.files().last();
        files.append(QJsonObject { { QStringLiteral("name"), QFileInfo(evFile).fileName() },
            { QStringLiteral("sha256"), fileSha256(evFile) } });
        w.audit.insert(QStringLiteral("files"), files);
        for (const QString &f : sink.files()) {
            const QString dest = target.filePath(QFileInfo(f).fileName());
            renameInto(f, dest);
            w.files << dest;
        }
        QDir(staging).removeRecursively();
    } catch (...) {
        QDir(staging).removeRecursively();
        throw;
    }
    w.contentSha256 = ev.contentSha256;
    return w;
}

} // namespace

ExportResult exportReport(Workspace &ws, const ExportOptions &options, const ProgressFn &progressFn,
    const std::atomic<bool> *cancel)
{
    ExportResult res;
    ExportOptions o = options;
    if (!o.filters.asOf.isValid())
        o.filters.asOf = QDateTime::currentDateTimeUtc().date();
    if (o.target.isEmpty()) {
        res.error = QStringLiteral("no target file or folder given");
        return res;
    }
    if (ws.isReadOnly()) {
        res.error = QStringLiteral("the workspace is read-only (%1); an export records an audit "
                                   "entry")
                        .arg(ws.readOnlyReason());
        return res;
    }
    QString tmp;
    try {
        const ExportPragmas pragmas(ws.db());
        sql::TxGuard tx(ws.db());
        Evidence ev = collectEvidence(ws, o.filters, formatName(o.format));
        ev.rowsPerSheet = std::clamp<qint64>(o.maxRowsPerSheet, 4, 1048576);
        res.exportId = ev.exportId;
        // The total is for the progress bar only; without one, skip its pass over the data.
        Progress progress(progressFn, cancel, progressFn ? countItemRows(ws, o.filters) : 0);
        progress.report();
        Written w;
        switch (o.format) {
        case Format::Xlsx:
            tmp = tempSibling(o.target);
            w = writeXlsx(ws, o, ev, tmp, progress);
            break;
        case Format::Csv:
            w = writeCsv(ws, o, ev, progress);
            break;
        case Format::Pdf: {
            tmp = tempSibling(o.target);
            const QString err = writePdf(tmp, ws, ev, o);
            if (!err.isEmpty())
                throw std::runtime_error(err.toStdString());
            w.contentSha256 = fileSha256(tmp);
            w.files << o.target;
            break;
        }
        }
        progress.report();
        QJsonObject payload = w.audit;
        payload.insert(QStringLiteral("export_id"), ev.exportId);
        payload.insert(QStringLiteral("format"), ev.format);
        payload.insert(QStringLiteral("target"), QFileInfo(o.target).fileName());
        payload.insert(QStringLiteral("content_sha256"), w.contentSha256);
        payload.insert(QStringLiteral("rows"), w.rows);
        payload.insert(QStringLiteral("filters"), filtersJson(o.filters));
        ws.audit().append(QStringLiteral("export"), payload, ev.exportedBy);
        if (!tmp.isEmpty()) {
            renameInto(tmp, o.target);
            tmp.clear();
        }
        try {
            tx.commit();
        } catch (...) {
            if (o.format != Format::Csv)
                QFile::remove(o.target);
            throw;
        }
        res.ok = true;
        res.files = w.files;
        res.rows = w.rows;
        res.contentSha256 = w.contentSha256;
        log::get("report")->info("export {} ({}) to {}: {} rows", ev.exportId.toStdString(),
            ev.format.toStdString(), o.target.toStdString(), w.rows);
    } catch (const Cancelled &) {
        res.cancelled = true;
        res.error = QStringLiteral("export cancelled; nothing was written");
    } catch (const std::exception &e) {
        res.error = QString::fromUtf8(e.what());
    }
    if (!tmp.isEmpty())
        QFile::remove(tmp);
    return res;
}

} // namespace recon::report
