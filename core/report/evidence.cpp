#include "core/report/evidence.h"

#include "core/report/report_sheets.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QUuid>

namespace recon::report {

namespace {

Row kv(const QString &key, const QString &value, const QStringList &more = {})
{
    Row r { Cell::str(key), Cell::str(cleanText(value)) };
    for (const QString &m : more)
        r.push_back(Cell::str(cleanText(m)));
    return r;
}

QString dateText(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

} // namespace

SheetSpec Evidence::sheetSpec()
{
    return { QStringLiteral("Evidence"), QStringLiteral("evidence"),
        { { QStringLiteral("Key"), 20 }, { QStringLiteral("Value"), 40 },
            { QStringLiteral("Detail"), 66 }, { QStringLiteral("Detail 2"), 10 },
            { QStringLiteral("Detail 3"), 12 }, { QStringLiteral("Detail 4"), 26 } },
        true, -1, -1, false };
}

QList<Row> Evidence::rows() const
{
    QList<Row> out;
    out << kv(QStringLiteral("export_id"), exportId)
        << kv(QStringLiteral("workspace_id"), workspaceId)
        << kv(QStringLiteral("workspace_file"), workspaceFile)
        << kv(QStringLiteral("exported_at"), exportedAt)
        << kv(QStringLiteral("exported_by"), exportedBy)
        << kv(QStringLiteral("recon_version"), reconVersion) << kv(QStringLiteral("format"), format)
        << kv(QStringLiteral("filter_status"), statusFilterText(filters))
        << kv(QStringLiteral("filter_from"), dateText(filters.from))
        << kv(QStringLiteral("filter_to"), dateText(filters.to))
        << kv(QStringLiteral("as_of"), dateText(filters.asOf))
        << kv(QStringLiteral("audit_entry_count"), QString::number(auditCount))
        << kv(QStringLiteral("audit_head_sha256"), auditHeadHash)
        << kv(QStringLiteral("audit_export_seq"), QString::number(exportSeq))
        << kv(QStringLiteral("rows_per_sheet"), QString::number(rowsPerSheet));
    for (const InputFile &f : inputs)
        out << kv(
            QStringLiteral("input_file"), f.name, { f.sha256, f.side, f.format, f.importedAt });
    for (const RuleSetRef &r : ruleSets)
        out << kv(QStringLiteral("rule_set"), r.name, { r.hash, r.version });
    for (const auto &[name, hash] : sheetHashes)
        out << kv(QStringLiteral("sheet_sha256"), name, { hash });
    out << kv(QStringLiteral("content_sha256"), contentSha256);
    return out;
}

std::optional<Evidence> Evidence::fromRows(const QList<QStringList> &rows, QString *error)
{
    Evidence e;
    QHash<QString, QString> single;
    bool ok = true;
    for (qsizetype i = 1; i < rows.size(); ++i) {
        QStringList r = rows.at(i);
        while (r.size() < 6)
            r.append(QString());
        const QString &key = r.at(0);
        if (key == QLatin1String("input_file"))
            e.inputs.append({ r.at(1), r.at(2), r.at(3), r.at(4), r.at(5) });
        else if (key == QLatin1String("rule_set"))
            e.ruleSets.append({ r.at(1), r.at(3), r.at(2) });
        else if (key == QLatin1String("sheet_sha256"))
            e.sheetHashes.append({ r.at(1), r.at(2) });
        else if (!key.isEmpty())
            single.insert(key, r.at(1));
    }
    const char *required[] = { "export_id", "workspace_id", "audit_entry_count",
        "audit_head_sha256", "audit_export_seq", "content_sha256", "filter_status" };
    for (const char *k : required) {
        if (!single.contains(QLatin1String(k))) {
            if (error)
                *error = QStringLiteral("the Evidence sheet has no '%1'").arg(QLatin1String(k));
            return std::nullopt;
        }
    }
    e.exportId = single.value(QStringLiteral("export_id"));
    e.workspaceId = single.value(QStringLiteral("workspace_id"));
    e.workspaceFile = single.value(QStringLiteral("workspace_file"));
    e.exportedAt = single.value(QStringLiteral("exported_at"));
    e.exportedBy = single.value(QStringLiteral("exported_by"));
    e.reconVersion = single.value(QStringLiteral("recon_version"));
    e.format = single.value(QStringLiteral("format"));
    e.auditCount = single.value(QStringLiteral("audit_entry_count")).toLongLong(&ok);
    bool ok2 = true;
    e.exportSeq = single.value(QStringLiteral("audit_export_seq")).toLongLong(&ok2);
    e.auditHeadHash = single.value(QStringLiteral("audit_head_sha256"));
    if (single.contains(QStringLiteral("rows_per_sheet")))
        e.rowsPerSheet = single.value(QStringLiteral("rows_per_sheet")).toLongLong();
    e.contentSha256 = single.value(QStringLiteral("content_sha256"));
    const QString st = single.value(QStringLiteral("filter_status"));
    if (st != QLatin1String("all")) {
        for (const QString &name : st.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const auto s = statusFromName(name);
            if (!s) {
                ok = false;
                break;
            }
            e.filters.statuses.append(*s);
        }
    }
    e.filters.from = QDate::fromString(single.value(QStringLiteral("filter_from")), Qt::ISODate);
    e.filters.to = QDate::fromString(single.value(QStringLiteral("filter_to")), Qt::ISODate);
    e.filters.asOf = QDate::fromString(single.value(QStringLiteral("as_of")), Qt::ISODate);
    if (!ok || !ok2) {
        if (error)
            *error = QStringLiteral("the Evidence sheet has a malformed value");
        return std::nullopt;
    }
    return e;
}

QList<InputFile> workspaceInputs(Workspace &ws)
{
    QList<InputFile> out;
    auto s = ws.db().prepare("SELECT file_name, sha256, side, format, imported_at FROM imports "
                             "ORDER BY imported_at, file_name, sha256");
    while (s.step())
        out.append({ s.textAt(0), s.textAt(1), sideName(static_cast<Side>(s.intAt(2))), s.textAt(3),
            s.textAt(4) });
    return out;
}

QList<RuleSetRef> workspaceRuleSets(Workspace &ws)
{
    QList<RuleSetRef> out;
    auto s = ws.db().prepare("SELECT name, version, hash FROM rule_sets ORDER BY name, version");
    while (s.step())
        out.append({ s.textAt(0), QString::number(s.intAt(1)), s.textAt(2) });
    return out;
}

Evidence collectEvidence(Workspace &ws, const Filters &filters, const QString &format)
{
    Evidence e;
    e.exportId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    e.workspaceId = ws.id();
    e.workspaceFile = QFileInfo(ws.path()).fileName();
    e.exportedAt = Workspace::nowUtc();
    e.exportedBy = Workspace::currentUser();
    e.reconVersion = QStringLiteral(RECON_VERSION);
    e.format = format;
    e.filters = filters;
    const AuditHead head = ws.audit().head();
    e.auditCount = head.count;
    e.auditHeadHash = head.hash;
    e.exportSeq = head.lastSeq + 1;
    e.inputs = workspaceInputs(ws);
    e.ruleSets = workspaceRuleSets(ws);
    return e;
}

QString contentHash(const QList<std::pair<QString, QString>> &sheetHashes)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    for (const auto &[name, hash] : sheetHashes) {
        h.addData(name.toUtf8());
        h.addData(QByteArrayView("\x1f"));
        h.addData(hash.toLatin1());
        h.addData(QByteArrayView("\x1e"));
    }
    return QString::fromLatin1(h.result().toHex());
}

} // namespace recon::report
