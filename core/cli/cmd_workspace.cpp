// recon init / info / audit: the workspace file itself.
#include "core/cli/cli_util.h"
#include "core/cli/commands.h"
#include "core/store/workspace.h"

#include <QJsonArray>

namespace recon::cli {

int cmdInit(const QStringList &args, Io &io)
{
    QCommandLineParser p;
    p.addPositionalArgument(
        QStringLiteral("WS"), QStringLiteral("Workspace file to create (*.recon)."));
    if (!parseArgs(p, args, io, 1, 1, QStringLiteral("WS")))
        return 0;
    const QString path = p.positionalArguments().at(0);
    try {
        auto ws = Workspace::create(path);
        io.out << "created workspace " << ws->path() << " (id " << ws->id() << ", schema "
               << ws->schemaVersion() << ")\n";
    } catch (const WorkspaceError &e) {
        throw UserError(QString::fromUtf8(e.what()));
    }
    return 0;
}

int cmdInfo(const QStringList &args, Io &io)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("WS"), QStringLiteral("Workspace file."));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON."));
    p.addOption(json);
    if (!parseArgs(p, args, io, 1, 1, QStringLiteral("WS [--json]")))
        return 0;
    auto ws = openWorkspace(p.positionalArguments().at(0), true);
    const auto counts = ws->statusCounts();
    const auto imports = ws->imports();
    const auto rules = ws->ruleSets();
    const AuditHead head = ws->audit().head();

    QJsonObject sides;
    for (Side side : { Side::Left, Side::Right }) {
        QJsonObject perStatus;
        qint64 total = 0;
        for (Status st : { Status::Open, Status::Proposed, Status::Confirmed, Status::Exception,
                 Status::Resolved }) {
            qint64 n = 0;
            for (const StatusCount &c : counts) {
                if (c.side == side && c.status == st)
                    n = c.count;
            }
            perStatus[statusName(st)] = n;
            total += n;
        }
        perStatus[QStringLiteral("total")] = total;
        sides[sideName(side)] = perStatus;
    }
    QJsonArray imp;
    for (const Import &i : imports) {
        imp.append(QJsonObject { { QStringLiteral("id"), i.id.toString(QUuid::WithoutBraces) },
            { QStringLiteral("file"), i.fileName }, { QStringLiteral("sha256"), i.sha256 },
            { QStringLiteral("format"), i.format }, { QStringLiteral("side"), sideName(i.side) },
            { QStringLiteral("imported_at"), i.importedAt.toString(Qt::ISODateWithMs) },
            { QStringLiteral("user"), i.user }, { QStringLiteral("rows_imported"), i.rowsImported },
            { QStringLiteral("rows_duplicate"), i.rowsDuplicate },
            { QStringLiteral("rows_skipped"), i.rowsSkipped } });
    }
    QJsonArray rs;
    for (const RuleSetInfo &r : rules) {
        rs.append(QJsonObject { { QStringLiteral("name"), r.name },
            { QStringLiteral("version"), r.version }, { QStringLiteral("hash"), r.hash } });
    }
    if (p.isSet(json)) {
        printJson(io,
            { { QStringLiteral("workspace_id"), ws->id() }, { QStringLiteral("path"), ws->path() },
                { QStringLiteral("schema_version"), ws->schemaVersion() },
                { QStringLiteral("read_only"), ws->isReadOnly() },
                { QStringLiteral("transactions"), sides }, { QStringLiteral("imports"), imp },
                { QStringLiteral("rule_sets"), rs },
                { QStringLiteral("audit_entries"), head.count },
                { QStringLiteral("audit_head"), head.hash } });
        return 0;
    }
    io.out << "workspace " << ws->path() << "\n  id " << ws->id() << ", schema "
           << ws->schemaVersion() << "\n";
    for (Side side : { Side::Left, Side::Right }) {
        const QJsonObject s = sides[sideName(side)].toObject();
        io.out << "  " << sideName(side).leftJustified(6) << s[QStringLiteral("total")].toInteger()
               << " transactions:";
        for (Status st : { Status::Open, Status::Proposed, Status::Confirmed, Status::Exception,
                 Status::Resolved })
            io.out << " " << statusName(st) << " " << s[statusName(st)].toInteger();
        io.out << "\n";
    }
    io.out << "  imports: " << imports.size() << "\n";
    for (const Import &i : imports)
        io.out << "    " << sideName(i.side) << "  " << i.fileName << "  " << i.format << "  "
               << i.rowsImported << " rows  " << i.importedAt.toString(Qt::ISODate) << "\n";
    io.out << "  rule sets: " << rules.size() << "\n";
    for (const RuleSetInfo &r : rules)
        io.out << "    " << r.name << " v" << r.version << "  " << r.hash.left(12) << "\n";
    io.out << "  audit log: " << head.count << " entries, head " << head.hash.left(16) << "\n";
    return 0;
}

int cmdAudit(const QStringList &args, Io &io)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("verify"), QStringLiteral("Sub-command: verify."));
    p.addPositionalArgument(QStringLiteral("WS"), QStringLiteral("Workspace file."));
    if (!parseArgs(p, args, io, 2, 2, QStringLiteral("verify WS")))
        return 0;
    if (p.positionalArguments().at(0) != QLatin1String("verify"))
        throw UserError(QStringLiteral("unknown audit sub-command '%1' (expected: verify)")
                            .arg(p.positionalArguments().at(0)));
    auto ws = openWorkspace(p.positionalArguments().at(1), true);
    const AuditVerifyResult r = ws->audit().verify();
    if (!r.ok) {
        io.err << "audit chain BROKEN at seq " << r.firstBadSeq << ": " << r.message << "\n";
        return 1;
    }
    io.out << "audit chain ok: " << r.entries << " entries, head " << ws->audit().head().hash
           << "\n";
    return 0;
}

} // namespace recon::cli
