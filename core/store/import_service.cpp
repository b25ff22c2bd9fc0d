#include "core/store/import_service.h"

#include "core/import/registry.h"
#include "core/import/tabular.h"
#include "core/log.h"
#include "core/store/bulk_insert.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QSet>

#include <cstring>

#include <sqlite3.h>

#include <atomic>
#include <thread>

namespace recon {

namespace {

// About how many records a text file holds (its line count), for the progress total while the
// reader streams; 0 when unknown.
qint64 estimateRows(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly) || f.size() <= 0)
        return 0;
    const uchar *p = f.map(0, f.size());
    if (!p)
        return 0;
    qint64 lines = 0;
    const char *c = reinterpret_cast<const char *>(p);
    const char *end = c + f.size();
    while ((c = static_cast<const char *>(std::memchr(c, '\n', size_t(end - c)))) != nullptr) {
        ++lines;
        ++c;
    }
    return lines;
}

// True when the file is read by a tabular reader (CSV/TSV/XLSX), whose header a saved profile
// may match.
bool isTabular(const QString &path, const QString &format)
{
    const Reader *reader = nullptr;
    if (!format.isEmpty()) {
        reader = ReaderRegistry::instance().byName(format);
    } else {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return false;
        reader = ReaderRegistry::instance().detect(f.read(64 * 1024));
    }
    return reader
        && (reader->name() == QLatin1String("csv") || reader->name() == QLatin1String("xlsx"));
}

} // namespace

void saveProfile(Workspace &ws, const MappingProfile &profile)
{
    auto s
        = ws.db().prepare("INSERT INTO csv_profiles(name, header_signature, mapping, created_at) "
                          "VALUES (?,?,?,?) ON CONFLICT(name) DO UPDATE SET header_signature = "
                          "excluded.header_signature, mapping = excluded.mapping");
    s.bind(1, profile.name)
        .bind(2, profile.headerSignature)
        .bind(3, profile.mapping.toJson())
        .bind(4, Workspace::nowUtc());
    s.run();
    ws.audit().append(QStringLiteral("profile.save"),
        { { QStringLiteral("name"), profile.name },
            { QStringLiteral("header_signature"), profile.headerSignature },
            { QStringLiteral("mapping"), profile.mapping.toJson() } },
        Workspace::currentUser());
}

namespace {

// Past this file size an import writes through a rollback journal instead of the WAL. In WAL
// mode every page of a large import is written twice (into the WAL, then by the checkpoint into
// the database); with a rollback journal the new pages at the end of the file are not
// journaled at all, so they are written once. Still one transaction: a kill mid-import leaves a
// hot journal that SQLite rolls back on the next open. Only when this connection is alone on
// the workspace (changing the mode needs that); otherwise, e.g. beside the open workstation,
// the import stays in WAL mode. WAL is restored afterwards.
// RECON_BULK_JOURNAL_MIN_BYTES overrides the size (the crash-safety test kills imports in both
// modes).
qint64 rollbackJournalBytes()
{
    bool ok = false;
    const qint64 v = qEnvironmentVariable("RECON_BULK_JOURNAL_MIN_BYTES").toLongLong(&ok);
    return ok && v >= 0 ? v : qint64(16) * 1024 * 1024;
}

// The connection set up for one import, outside its transaction (neither pragma takes effect
// inside one), and put back afterwards:
// - foreign keys are not enforced: every row the inserter writes refers to the import row and
//   the statement rows it wrote itself in the same transaction, so the two parent lookups per
//   row (6% of a million-row import) can never fail;
// - a large file goes through a rollback journal (see rollbackJournalBytes()).
class BulkSession {
public:
    BulkSession(Workspace &ws, bool rollbackJournal)
        : m_db(ws.db())
    {
        if (m_db.scalarInt("PRAGMA foreign_keys") != 0) {
            m_db.exec("PRAGMA foreign_keys = OFF");
            m_foreignKeys = true;
        }
        if (!rollbackJournal)
            return;
        sqlite3_busy_timeout(m_db.handle(), 0); // never wait for other connections here
        try {
            m_journal = m_db.scalarText("PRAGMA journal_mode = DELETE")
                            .compare(QLatin1String("delete"), Qt::CaseInsensitive)
                == 0;
        } catch (const sql::Error &) {
            m_journal = false; // busy: another connection is open
        }
        sqlite3_busy_timeout(m_db.handle(), 5000);
        log::store()->debug("bulk import journal: {}", m_journal ? "rollback" : "wal");
    }
    ~BulkSession()
    {
        try {
            if (m_foreignKeys)
                m_db.exec("PRAGMA foreign_keys = ON");
            if (m_journal)
                m_db.exec("PRAGMA journal_mode = WAL");
        } catch (const sql::Error &e) {
            log::store()->warn("cannot restore the workspace connection: {}", e.what());
        }
    }
    BulkSession(const BulkSession &) = delete;
    BulkSession &operator=(const BulkSession &) = delete;

private:
    sql::Db &m_db;
    bool m_foreignKeys = false;
    bool m_journal = false;
};

} // namespace

namespace {
std::optional<MappingProfile> profileWhere(Workspace &ws, const char *sql, const QString &key)
{
    auto s = ws.db().prepare(sql);
    s.bind(1, key);
    if (!s.step())
        return std::nullopt;
    auto mapping = TabularMapping::fromJson(s.textAt(2));
    if (!mapping)
        return std::nullopt;
    return MappingProfile { s.textAt(0), s.textAt(1), *mapping };
}
} // namespace

std::optional<MappingProfile> profileByName(Workspace &ws, const QString &name)
{
    return profileWhere(
        ws, "SELECT name, header_signature, mapping FROM csv_profiles WHERE name = ?", name);
}

std::optional<MappingProfile> profileBySignature(Workspace &ws, const QString &signature)
{
    return profileWhere(ws,
        "SELECT name, header_signature, mapping FROM csv_profiles WHERE "
        "header_signature = ? ORDER BY created_at DESC, name LIMIT 1",
        signature);
}

QString fileSha256(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QString();
    QCryptographicHash h(QCryptographicHash::Sha256);
    if (!h.addData(&f))
        return QString();
    return QString::fromLatin1(h.result().toHex());
}

BulkInsertResult bulkInsert(Workspace &ws, const QUuid &importId, Side side,
    const QList<Statement> &statements, const ProgressFn &progress, const std::atomic<bool> *cancel)
{
    BulkInserter::Options o;
    o.side = side;
    o.progress = progress;
    o.cancel = cancel;
    BulkInserter ins(ws, importId, o);
    BulkInsertResult result;
    if (!ins.addStatements(statements) || ins.cancelled()) {
        result.cancelled = true;
        return result; // the caller rolls back: indices come back with it
    }
    ins.finish();
    result.inserted = ins.inserted();
    result.duplicates = ins.duplicates();
    return result;
}

void recordImport(Workspace &ws, const Import &import)
{
    auto s = ws.db().prepare(
        "INSERT INTO imports(id, file_name, sha256, format, encoding, side, imported_at, "
        "user_name, rows_read, rows_imported, rows_duplicate, rows_skipped) VALUES "
        "(?,?,?,?,?,?,?,?,?,?,?,?)");
    s.bindBlob(1, uuidBytes(import.id))
        .bind(2, import.fileName)
        .bind(3, import.sha256)
        .bind(4, import.format)
        .bind(5, import.encoding)
        .bind(6, static_cast<int>(import.side))
        .bind(7, import.importedAt.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ")))
        .bind(8, import.user)
        .bind(9, import.rowsRead)
        .bind(10, import.rowsImported)
        .bind(11, import.rowsDuplicate)
        .bind(12, import.rowsSkipped);
    s.run();
}

ImportReport importFile(Workspace &ws, const ImportRequest &req, const ProgressFn &progress,
    const std::atomic<bool> *cancel)
{
    ws.requireWritable(); // before any work: a read-only workspace cannot take an import
    ImportReport report;
    const QString fileName = QFileInfo(req.path).fileName();
    ReadOptions opts;
    opts.fileName = fileName;
    opts.account = req.account;
    opts.defaultCurrency = req.defaultCurrency;
    opts.skipBadLines = req.skipBadLines;
    opts.sheet = req.sheet;
    if (req.mapping)
        opts.mapping = req.mapping;

    if (!req.profile.isEmpty() && !req.mapping) {
        const auto profile = profileByName(ws, req.profile);
        if (!profile) {
            report.read.addError(
                { fileName, 0, QStringLiteral("profile"),
                    QStringLiteral("no saved profile named '%1'").arg(req.profile) },
                opts.maxErrors);
            return report;
        }
        opts.mapping = profile->mapping;
        report.profileApplied = profile->name;
    }

    // The file's SHA-256 (0.4 s for 170 MB) is computed on a thread of its own while the import
    // runs. A file imported before stops the import as soon as its hash is known, and nothing
    // is written; the earlier imports' hashes are few, so they are read up front.
    QHash<QString, QString> earlier; // sha256 -> refusal message
    {
        auto s = ws.db().prepare("SELECT sha256, file_name, imported_at, user_name FROM imports");
        while (s.step())
            earlier.insert(s.textAt(0),
                QStringLiteral("%1 was already imported (as %2 on %3 by %4); nothing written")
                    .arg(fileName, s.textAt(1), s.textAt(2), s.textAt(3)));
    }
    std::atomic<bool> refused { false };
    QString sha256;
    std::jthread hasher([&sha256, &refused, &earlier, path = req.path] {
        sha256 = fileSha256(path);
        if (earlier.contains(sha256))
            refused = true;
    });
    // Every way out of this function waits for the hash first; this one also checks it.
    const auto hashedAndNew = [&]() {
        if (hasher.joinable())
            hasher.join();
        report.sha256 = sha256;
        report.import.sha256 = sha256;
        if (const auto it = earlier.constFind(report.sha256); it != earlier.constEnd()) {
            report.refusal = it.value();
            return false;
        }
        if (report.sha256.isEmpty()) {
            if (report.read.ok())
                report.read.addError(
                    { fileName, 0, QString(), QStringLiteral("cannot read file") }, 1);
            return false;
        }
        return true;
    };

    // A tabular file whose header matches a saved profile is read with that mapping. The header
    // is known before the first booking, so a first pass that stops there finds it.
    if (!opts.mapping && ws.db().scalarInt("SELECT EXISTS (SELECT 1 FROM csv_profiles)") != 0
        && isTabular(req.path, req.format)) {
        ReadOptions probe = opts;
        probe.keepRawFields = false;
        probe.sink = [](const Statement &, Transaction &&) { return false; };
        const ReadResult head = readFile(req.path, req.format, probe);
        if (!head.headers.isEmpty()) {
            if (const auto profile = profileBySignature(ws, headerSignature(head.headers))) {
                opts.mapping = profile->mapping;
                report.profileApplied = profile->name;
            }
        }
    }

    Import &imp = report.import;
    imp.id = QUuid::createUuid();
    imp.fileName = fileName;
    imp.sha256 = QStringLiteral("pending ") + imp.id.toString(QUuid::WithoutBraces); // set last
    imp.side = req.side;
    imp.user = Workspace::currentUser();
    imp.importedAt = QDateTime::currentDateTimeUtc();

    // One transaction from the first row to the last: the reader streams every booking straight
    // into the insert, and anything short of a clean end (errors, cancel, dry run, an exception)
    // rolls all of it back.
    const BulkSession session(
        ws, !req.dryRun && QFileInfo(req.path).size() >= rollbackJournalBytes());
    sql::TxGuard tx(ws.db());
    recordImport(ws, imp); // the row the transactions refer to; its figures are set at the end
    BulkInserter::Options bo;
    bo.side = req.side;
    bo.account = req.account;
    bo.dryRun = req.dryRun;
    bo.cancel = cancel;
    if (!req.dryRun && progress) {
        bo.progress = progress;
        bo.expectedRows = estimateRows(req.path);
    }
    QElapsedTimer phase;
    phase.start();
    bo.stop = &refused;
    BulkInserter ins(ws, imp.id, bo);
    opts.sink = [&ins](const Statement &st, Transaction &&t) { return ins.add(st, std::move(t)); };
    report.read = readFile(req.path, req.format, opts);
    if (!hashedAndNew())
        return report; // rolled back
    if (ins.cancelled()) {
        report.cancelled = true;
        return report; // rolled back
    }
    const ReadResult &r = report.read;
    imp.format = r.format;
    imp.encoding = r.encoding;
    imp.rowsSkipped = r.skippedLines;
    // All or nothing: errors mean nothing is written. With --skip-bad-lines, line-level problems
    // (the reader dropped those lines) do not block; file-level ones still do.
    bool blocking = false;
    for (const ImportIssue &e : r.errors)
        blocking = blocking || !req.skipBadLines || e.line <= 0;
    if (r.errorCount > r.errors.size() && !req.skipBadLines)
        blocking = true;
    if (blocking || (!r.ok() && r.skippedLines == 0)) {
        imp.rowsRead = int(ins.seen() + r.transactionCount()) + r.skippedLines;
        return report; // rolled back
    }
    // Readers that do not stream hand their transactions over here; streamed statements get
    // their final period and balances.
    if (!ins.addStatements(r.statements)) {
        report.cancelled = true;
        return report; // rolled back
    }
    imp.rowsRead = int(ins.seen()) + r.skippedLines;
    imp.rowsImported = int(ins.inserted());
    imp.rowsDuplicate = int(ins.duplicates());
    report.duplicates = imp.rowsDuplicate;
    if (req.dryRun)
        return report; // TxGuard rolls back
    const qint64 readMs = phase.restart();
    ins.finish();
    const qint64 indexMs = phase.restart();
    auto u = ws.db().prepare(
        "UPDATE imports SET format = ?, encoding = ?, rows_read = ?, rows_imported = ?, "
        "rows_duplicate = ?, rows_skipped = ?, sha256 = ? WHERE id = ?");
    u.bind(1, imp.format)
        .bind(2, imp.encoding)
        .bind(3, imp.rowsRead)
        .bind(4, imp.rowsImported)
        .bind(5, imp.rowsDuplicate)
        .bind(6, imp.rowsSkipped)
        .bind(7, imp.sha256)
        .bindBlob(8, uuidBytes(imp.id));
    u.run();
    QJsonObject payload { { QStringLiteral("import_id"), imp.id.toString(QUuid::WithoutBraces) },
        { QStringLiteral("file"), imp.fileName }, { QStringLiteral("sha256"), imp.sha256 },
        { QStringLiteral("format"), imp.format }, { QStringLiteral("side"), sideName(imp.side) },
        { QStringLiteral("rows_read"), imp.rowsRead },
        { QStringLiteral("rows_imported"), imp.rowsImported },
        { QStringLiteral("rows_duplicate"), imp.rowsDuplicate },
        { QStringLiteral("rows_skipped"), imp.rowsSkipped } };
    if (r.skippedLines > 0) {
        QJsonArray skipped;
        for (const ImportIssue &e : r.errors)
            skipped.append(e.toString());
        for (const ImportIssue &w : r.warnings)
            skipped.append(w.toString());
        payload[QStringLiteral("skipped_lines")] = skipped;
    }
    if (!report.profileApplied.isEmpty())
        payload[QStringLiteral("profile")] = report.profileApplied;
    ws.audit().append(QStringLiteral("import"), payload, imp.user);
    if (!req.saveProfile.isEmpty() && r.mapping && !r.headers.isEmpty())
        saveProfile(ws, { req.saveProfile, headerSignature(r.headers), *r.mapping });
    tx.commit();
    report.written = true;
    log::store()->debug("import phases: read and insert {} ms, indices {} ms, commit {} ms", readMs,
        indexMs, phase.elapsed());
    log::store()->info("imported {}: {} rows, {} duplicates, {} skipped", fileName.toStdString(),
        imp.rowsImported, imp.rowsDuplicate, imp.rowsSkipped);
    return report;
}

} // namespace recon
