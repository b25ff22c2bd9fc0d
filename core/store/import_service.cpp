#include "core/store/import_service.h"

#include "core/import/registry.h"
#include "core/import/tabular.h"
#include "core/log.h"
#include "core/store/fingerprint.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QSet>

namespace recon {

namespace {

constexpr qint64 kBulkIndexThreshold = 20000;

void appendJsonString(QByteArray &out, const QString &s)
{
    out += '"';
    const QByteArray u = s.toUtf8();
    for (char c : u) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (static_cast<uchar>(c) < 0x20) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<uchar>(c));
                out += buf;
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

// [["field","value"],...] without the cost of building a QJsonDocument per row.
QByteArray rawJson(const RawFields &raw)
{
    if (raw.isEmpty())
        return QByteArray();
    QByteArray out;
    out.reserve(64 * raw.size());
    out += '[';
    bool first = true;
    for (const auto &[k, v] : raw) {
        if (!first)
            out += ',';
        first = false;
        out += '[';
        appendJsonString(out, k);
        out += ',';
        appendJsonString(out, v);
        out += ']';
    }
    out += ']';
    return out;
}

void bindOptDate(sql::Stmt &s, int i, const QDate &d)
{
    if (d.isValid())
        s.bind(i, static_cast<qint64>(d.toJulianDay()));
    else
        s.bindNull(i);
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
    BulkInsertResult result;
    sql::Db &db = ws.db();
    const QByteArray importBytes = uuidBytes(importId);

    // What this side already holds: fingerprints and external ids (account-scoped).
    QSet<qint64> existingFingerprints;
    QSet<QString> existingExternal;
    {
        auto s = db.prepare("SELECT fingerprint, account, external_id FROM transactions WHERE "
                            "side = ?");
        s.bind(1, static_cast<int>(side));
        while (s.step()) {
            existingFingerprints.insert(s.intAt(0));
            const QString ext = s.textAt(2);
            if (!ext.isEmpty())
                existingExternal.insert(s.textAt(1) + QChar(0x1f) + ext);
        }
    }
    const bool checkDuplicates = !existingFingerprints.isEmpty();

    auto stStmt = db.prepare("INSERT INTO statements(import_id, statement_ref, account, currency, "
                             "period_from, period_to, opening_minor, closing_minor) VALUES "
                             "(?,?,?,?,?,?,?,?)");
    auto txStmt = db.prepare(
        "INSERT INTO transactions(uuid, side, import_id, statement_id, external_id, booking_date, "
        "value_date, amount_minor, currency, description, reference, counterparty, "
        "counterparty_account, account, bank_code, batch_id, raw, source_line, fingerprint, "
        "status) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,0)");

    qint64 total = 0;
    for (const Statement &st : statements)
        total += st.transactions.size();
    qint64 done = 0;

    // Large loads: maintaining five secondary indices row by row costs random page writes per
    // row; dropping them and building them again once (a sort) is an order of magnitude faster.
    // It all happens inside the caller's transaction, so a failure restores them untouched.
    QList<QByteArray> rebuild;
    if (total >= kBulkIndexThreshold) {
        auto q = db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND "
                            "tbl_name = 'transactions' AND sql IS NOT NULL");
        QList<QByteArray> names;
        while (q.step()) {
            names.append(q.textAt(0).toUtf8());
            rebuild.append(q.textAt(1).toUtf8());
        }
        for (const QByteArray &name : names)
            db.exec(QByteArray("DROP INDEX \"" + name + "\"").constData());
        db.exec("PRAGMA cache_size = -262144"); // 256 MiB while loading and sorting
    }
    auto restoreIndices = [&] {
        for (const QByteArray &sqlText : rebuild)
            db.exec(sqlText.constData());
        if (!rebuild.isEmpty())
            db.exec("PRAGMA cache_size = -65536");
    };
    FingerprintBuilder fingerprints;
    for (const Statement &st : statements) {
        stStmt.bindBlob(1, importBytes).bind(2, st.id).bind(3, st.account).bind(4, st.currency);
        bindOptDate(stStmt, 5, st.periodFrom);
        bindOptDate(stStmt, 6, st.periodTo);
        if (st.openingBalance)
            stStmt.bind(7, st.openingBalance->minor());
        else
            stStmt.bindNull(7);
        if (st.closingBalance)
            stStmt.bind(8, st.closingBalance->minor());
        else
            stStmt.bindNull(8);
        stStmt.run();
        const qint64 statementId = db.lastInsertRowId();
        for (const Transaction &t : st.transactions) {
            if ((++done & 0x3fff) == 0) {
                if (cancel && cancel->load()) {
                    result.cancelled = true;
                    return result; // the caller rolls back: indices come back with it
                }
                if (progress)
                    progress(done, total);
            }
            const qint64 fp = fingerprints.next(t);
            if (checkDuplicates) {
                const bool dup = t.externalId.isEmpty()
                    ? existingFingerprints.contains(fp)
                    : existingExternal.contains(t.account + QChar(0x1f) + t.externalId);
                if (dup) {
                    ++result.duplicates;
                    continue;
                }
            }
            const QUuid id = t.id.isNull() ? newUuidV7() : t.id;
            const QByteArray idBytes = uuidBytes(id);
            txStmt.bindBlob(1, idBytes)
                .bind(2, static_cast<int>(side))
                .bindBlob(3, importBytes)
                .bind(4, statementId)
                .bindStatic(5, t.externalId);
            bindOptDate(txStmt, 6, t.bookingDate);
            bindOptDate(txStmt, 7, t.valueDate);
            txStmt.bind(8, t.amount.minor())
                .bindText(9, t.amount.currencyCode().toLatin1())
                .bindStatic(10, t.description)
                .bindStatic(11, t.reference)
                .bindStatic(12, t.counterparty)
                .bindStatic(13, t.counterpartyAccount)
                .bindStatic(14, t.account)
                .bindStatic(15, t.bankCode)
                .bindStatic(16, t.batchId)
                .bindText(17, rawJson(t.raw))
                .bind(18, t.sourceLine)
                .bind(19, fp);
            txStmt.run();
            ++result.inserted;
        }
    }
    restoreIndices();
    if (progress)
        progress(total, total);
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
    report.sha256 = fileSha256(req.path);
    ReadOptions opts;
    opts.fileName = fileName;
    opts.account = req.account;
    opts.defaultCurrency = req.defaultCurrency;
    opts.skipBadLines = req.skipBadLines;

    if (!req.profile.isEmpty()) {
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

    if (report.sha256.isEmpty()) {
        report.read = readFile(req.path, req.format, opts); // yields the open error
        if (report.read.ok())
            report.read.addError({ fileName, 0, QString(), QStringLiteral("cannot read file") }, 1);
        return report;
    }
    {
        auto s = ws.db().prepare("SELECT file_name, imported_at, user_name FROM imports WHERE "
                                 "sha256 = ?");
        s.bind(1, report.sha256);
        if (s.step()) {
            report.refusal = QStringLiteral("%1 was already imported (as %2 on %3 by %4); "
                                            "nothing written")
                                 .arg(fileName, s.textAt(0), s.textAt(1), s.textAt(2));
            return report;
        }
    }

    report.read = readFile(req.path, req.format, opts);
    // A tabular file whose header matches a saved profile is read again with that mapping.
    if (!opts.mapping && !report.read.headers.isEmpty()) {
        if (const auto profile = profileBySignature(ws, headerSignature(report.read.headers))) {
            opts.mapping = profile->mapping;
            report.read = readFile(req.path, req.format, opts);
            report.profileApplied = profile->name;
        }
    }
    const ReadResult &r = report.read;
    Import &imp = report.import;
    imp.id = QUuid::createUuid();
    imp.fileName = fileName;
    imp.sha256 = report.sha256;
    imp.format = r.format;
    imp.encoding = r.encoding;
    imp.side = req.side;
    imp.user = Workspace::currentUser();
    imp.importedAt = QDateTime::currentDateTimeUtc();
    imp.rowsRead = r.transactionCount() + r.skippedLines;
    imp.rowsSkipped = r.skippedLines;
    // All or nothing: errors mean nothing is written. With --skip-bad-lines, line-level problems
    // (the reader dropped those lines) do not block; file-level ones still do.
    bool blocking = false;
    for (const ImportIssue &e : r.errors)
        blocking = blocking || !req.skipBadLines || e.line <= 0;
    if (r.errorCount > r.errors.size() && !req.skipBadLines)
        blocking = true;
    if (blocking || (!r.ok() && r.skippedLines == 0))
        return report;

    QList<Statement> statements = r.statements;
    if (!req.account.isEmpty()) {
        for (Statement &st : statements) {
            st.account = req.account;
            for (Transaction &t : st.transactions)
                t.account = req.account;
        }
    }
    if (req.dryRun) {
        // Count duplicates without writing: run the insert in a transaction and roll it back.
        ws.requireWritable();
        sql::TxGuard tx(ws.db());
        recordImport(ws, imp);
        const auto res = bulkInsert(ws, imp.id, req.side, statements, {}, cancel);
        report.duplicates = static_cast<int>(res.duplicates);
        imp.rowsDuplicate = report.duplicates;
        imp.rowsImported = static_cast<int>(res.inserted);
        return report; // TxGuard rolls back
    }

    ws.requireWritable();
    sql::TxGuard tx(ws.db());
    recordImport(ws, imp);
    const auto res = bulkInsert(ws, imp.id, req.side, statements, progress, cancel);
    if (res.cancelled) {
        report.cancelled = true;
        return report; // rolled back
    }
    imp.rowsImported = static_cast<int>(res.inserted);
    imp.rowsDuplicate = static_cast<int>(res.duplicates);
    report.duplicates = imp.rowsDuplicate;
    auto u
        = ws.db().prepare("UPDATE imports SET rows_imported = ?, rows_duplicate = ? WHERE id = ?");
    u.bind(1, imp.rowsImported).bind(2, imp.rowsDuplicate).bindBlob(3, uuidBytes(imp.id));
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
    log::store()->info("imported {}: {} rows, {} duplicates, {} skipped", fileName.toStdString(),
        imp.rowsImported, imp.rowsDuplicate, imp.rowsSkipped);
    return report;
}

} // namespace recon
