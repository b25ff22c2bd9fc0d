// verify-export: does an exported workbook still match its own content and the workspace?
#include "core/report/evidence.h"
#include "core/report/export_service.h"
#include "core/report/report_sheets.h"
#include "core/report/xlsx_readback.h"
#include "core/report/xlsx_sink.h"

#include <QSet>

namespace recon::report {

namespace {

QString shortHash(const QString &h)
{
    return h.left(12);
}

void compareInputs(const Evidence &ev, Workspace &ws, QStringList &diff)
{
    const QList<InputFile> now = workspaceInputs(ws);
    QSet<QString> inReport;
    QSet<QString> inWs;
    for (const InputFile &f : ev.inputs)
        inReport.insert(f.sha256);
    for (const InputFile &f : now)
        inWs.insert(f.sha256);
    for (const InputFile &f : ev.inputs)
        if (!inWs.contains(f.sha256))
            diff << QStringLiteral("input file %1 (SHA-256 %2) is no longer in the workspace")
                        .arg(f.name, shortHash(f.sha256));
    for (const InputFile &f : now)
        if (!inReport.contains(f.sha256))
            diff << QStringLiteral("input file %1 (SHA-256 %2) was imported after the export")
                        .arg(f.name, shortHash(f.sha256));
}

void compareRuleSets(const Evidence &ev, Workspace &ws, QStringList &diff)
{
    const QList<RuleSetRef> now = workspaceRuleSets(ws);
    for (const RuleSetRef &r : ev.ruleSets)
        if (!now.contains(r))
            diff << QStringLiteral("rule set %1 v%2 (hash %3) is no longer in the workspace")
                        .arg(r.name, r.version, shortHash(r.hash));
    for (const RuleSetRef &r : now)
        if (!ev.ruleSets.contains(r))
            diff << QStringLiteral("rule set %1 v%2 was added after the export")
                        .arg(r.name, r.version);
}

void compareAudit(
    const Evidence &ev, const QString &evidenceSheetHash, Workspace &ws, QStringList &diff)
{
    const AuditVerifyResult chain = ws.audit().verify();
    if (!chain.ok)
        diff << QStringLiteral("workspace audit log is broken: %1").arg(chain.message);
    const QList<AuditEntry> exportEntry = ws.audit().entries(ev.exportSeq, 1);
    if (exportEntry.isEmpty() || exportEntry.first().action != QLatin1String("export")
        || exportEntry.first().payload.value(QStringLiteral("export_id")).toString()
            != ev.exportId) {
        diff << QStringLiteral("the workspace has no audit entry for export %1 at seq %2")
                    .arg(ev.exportId)
                    .arg(ev.exportSeq);
    } else {
        const AuditEntry &e = exportEntry.first();
        if (e.prevHash != ev.auditHeadHash)
            diff << QStringLiteral("audit head differs: report %1, workspace %2 before the export")
                        .arg(shortHash(ev.auditHeadHash), shortHash(e.prevHash));
        if (e.payload.value(QStringLiteral("content_sha256")).toString() != ev.contentSha256)
            diff << QStringLiteral("content SHA-256 in the Evidence sheet differs from the one "
                                   "recorded in the audit log");
        if (e.payload.value(QStringLiteral("evidence_sha256")).toString() != evidenceSheetHash)
            diff << QStringLiteral("the Evidence sheet was edited after the export");
    }
    // Later exports do not change the data; anything else does.
    qint64 changes = 0;
    AuditEntry lastChange;
    for (const AuditEntry &e : ws.audit().entries(ev.exportSeq + 1)) {
        if (e.action == QLatin1String("export"))
            continue;
        ++changes;
        lastChange = e;
    }
    if (changes > 0) {
        diff << QStringLiteral("audit head differs: report %1, workspace %2 (last change: seq %3 "
                               "'%4' by %5)")
                    .arg(shortHash(ev.auditHeadHash), shortHash(lastChange.hash))
                    .arg(lastChange.seq)
                    .arg(lastChange.action, lastChange.user);
        diff << QStringLiteral("audit entry count differs: report %1, workspace %2 (exports not "
                               "counted)")
                    .arg(ev.auditCount)
                    .arg(ev.auditCount + changes);
    }
}

} // namespace

VerifyResult verifyExport(const QString &xlsxPath, Workspace &ws)
{
    VerifyResult res;
    const ReadWorkbook wb = readWorkbook(xlsxPath, { QStringLiteral("Evidence") });
    if (!wb.error.isEmpty()) {
        res.differences << wb.error;
        return res;
    }
    const ReadSheet *evSheet = wb.sheet(QStringLiteral("Evidence"));
    if (!evSheet) {
        res.differences << QStringLiteral("no Evidence sheet: not a recon export");
        return res;
    }
    QString error;
    const auto ev = Evidence::fromRows(evSheet->textRows, &error);
    if (!ev) {
        res.differences << error;
        return res;
    }
    res.readable = true;
    res.exportId = ev->exportId;
    QStringList &diff = res.differences;
    if (ev->workspaceId != ws.id())
        diff << QStringLiteral("workspace id differs: report %1, workspace %2")
                    .arg(ev->workspaceId, ws.id());

    // The file against its own evidence: edited afterwards?
    QSet<QString> recorded;
    for (const auto &[name, hash] : ev->sheetHashes) {
        recorded.insert(name);
        const ReadSheet *s = wb.sheet(name);
        if (!s)
            diff << QStringLiteral("sheet '%1' is missing from the file").arg(name);
        else if (s->sha256 != hash)
            diff << QStringLiteral("sheet '%1' was edited after the export (content SHA-256 %2, "
                                   "recorded %3)")
                        .arg(name, shortHash(s->sha256), shortHash(hash));
    }
    for (const ReadSheet &s : wb.sheets)
        if (s.name != QLatin1String("Evidence") && !recorded.contains(s.name))
            diff << QStringLiteral("sheet '%1' was added after the export").arg(s.name);
    if (contentHash(ev->sheetHashes) != ev->contentSha256)
        diff << QStringLiteral(
            "content SHA-256 in the Evidence sheet does not fit its sheet hashes");

    // The workspace against the evidence: changed since?
    compareAudit(*ev, evSheet->sha256, ws, diff);
    compareInputs(*ev, ws, diff);
    compareRuleSets(*ev, ws, diff);

    // The report's content recomputed from the workspace with the same filters and date.
    XlsxSink hashOnly(QString {}, ev->rowsPerSheet);
    Progress progress({}, nullptr, 0);
    writeDataSheets(ws, ev->filters, hashOnly, progress);
    QHash<QString, QString> recomputed;
    for (const QString &name : hashOnly.sheetNames())
        recomputed.insert(name, hashOnly.sheetHash(name));
    for (const auto &[name, hash] : ev->sheetHashes) {
        if (recomputed.contains(name) && recomputed.value(name) != hash)
            diff << QStringLiteral("sheet '%1' no longer matches the workspace (recomputed "
                                   "content differs)")
                        .arg(name);
    }
    return res;
}

} // namespace recon::report
