// recon export WS --xlsx OUT.xlsx | --csv DIR | --pdf OUT.pdf [--status ...] [--from --to]
// recon verify-export FILE.xlsx WS
#include "core/cli/cli_util.h"
#include "core/cli/commands.h"
#include "core/report/export_service.h"
#include "core/store/workspace.h"

namespace recon::cli {

namespace {

QDate parseDay(const QString &text, const char *option)
{
    const QDate d = QDate::fromString(text, Qt::ISODate);
    if (!d.isValid())
        throw UserError(QStringLiteral("--%1: '%2' is not a date (YYYY-MM-DD)")
                            .arg(QLatin1String(option), text));
    return d;
}

} // namespace

int cmdExport(const QStringList &args, Io &io)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("WS"), QStringLiteral("Workspace file."));
    const QCommandLineOption xlsx(QStringLiteral("xlsx"),
        QStringLiteral("Excel workbook to write."), QStringLiteral("OUT.xlsx"));
    const QCommandLineOption csv(QStringLiteral("csv"),
        QStringLiteral("Folder for one CSV file per sheet."), QStringLiteral("DIR"));
    const QCommandLineOption pdf(QStringLiteral("pdf"),
        QStringLiteral("PDF summary report to write."), QStringLiteral("OUT.pdf"));
    const QCommandLineOption status(QStringLiteral("status"),
        QStringLiteral(
            "Only items with these statuses (open,proposed,confirmed,exception,resolved)."),
        QStringLiteral("LIST"));
    const QCommandLineOption from(QStringLiteral("from"),
        QStringLiteral("Only items dated on or after."), QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption to(QStringLiteral("to"),
        QStringLiteral("Only items dated on or before."), QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption asOf(QStringLiteral("as-of"),
        QStringLiteral("Count ages to this day (default: today, UTC)."),
        QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption bom(
        QStringLiteral("bom"), QStringLiteral("CSV: start with a UTF-8 BOM."));
    const QCommandLineOption semicolon(
        QStringLiteral("semicolon"), QStringLiteral("CSV: ';' delimiter and decimal comma."));
    const QCommandLineOption preparer(QStringLiteral("preparer"),
        QStringLiteral("PDF sign-off: preparer's name."), QStringLiteral("NAME"));
    const QCommandLineOption reviewer(QStringLiteral("reviewer"),
        QStringLiteral("PDF sign-off: reviewer's name."), QStringLiteral("NAME"));
    p.addOptions({ xlsx, csv, pdf, status, from, to, asOf, bom, semicolon, preparer, reviewer });
    if (!parseArgs(p, args, io, 1, 1,
            QStringLiteral("WS --xlsx OUT.xlsx | --csv DIR | --pdf OUT.pdf [--status LIST] "
                           "[--from YYYY-MM-DD --to YYYY-MM-DD]")))
        return 0;
    const int targets = int(p.isSet(xlsx)) + int(p.isSet(csv)) + int(p.isSet(pdf));
    if (targets != 1)
        throw UserError(QStringLiteral("give exactly one of --xlsx, --csv or --pdf"));
    report::ExportOptions o;
    if (p.isSet(xlsx)) {
        o.format = report::Format::Xlsx;
        o.target = p.value(xlsx);
    } else if (p.isSet(csv)) {
        o.format = report::Format::Csv;
        o.target = p.value(csv);
    } else {
        o.format = report::Format::Pdf;
        o.target = p.value(pdf);
    }
    if (p.isSet(status)) {
        for (const QString &s : p.value(status).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const auto st = statusFromName(s.trimmed());
            if (!st)
                throw UserError(QStringLiteral("--status: unknown status '%1'").arg(s));
            if (!o.filters.statuses.contains(*st))
                o.filters.statuses.append(*st);
        }
    }
    if (p.isSet(from))
        o.filters.from = parseDay(p.value(from), "from");
    if (p.isSet(to))
        o.filters.to = parseDay(p.value(to), "to");
    if (o.filters.from.isValid() && o.filters.to.isValid() && o.filters.from > o.filters.to)
        throw UserError(QStringLiteral("--from is after --to"));
    if (p.isSet(asOf))
        o.filters.asOf = parseDay(p.value(asOf), "as-of");
    o.csvBom = p.isSet(bom);
    o.csvSemicolon = p.isSet(semicolon);
    o.preparer = p.value(preparer);
    o.reviewer = p.value(reviewer);

    auto ws = openWorkspace(p.positionalArguments().at(0));
    const report::ExportResult r = report::exportReport(*ws, o);
    if (!r.ok)
        throw UserError(r.error);
    io.out << "exported " << r.rows << " item row(s) to " << r.files.join(QStringLiteral(", "))
           << " (export " << r.exportId << ", content SHA-256 " << r.contentSha256 << ")\n";
    return 0;
}

int cmdVerifyExport(const QStringList &args, Io &io)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("Exported workbook (.xlsx)."));
    p.addPositionalArgument(QStringLiteral("WS"), QStringLiteral("Workspace file."));
    if (!parseArgs(p, args, io, 2, 2, QStringLiteral("FILE.xlsx WS")))
        return 0;
    auto ws = openWorkspace(p.positionalArguments().at(1), true);
    const report::VerifyResult r = report::verifyExport(p.positionalArguments().at(0), *ws);
    if (r.matches()) {
        io.out << "matches: export " << r.exportId
               << " agrees with its content and the workspace\n";
        return 0;
    }
    for (const QString &d : r.differences)
        io.out << d << "\n";
    return 1;
}

} // namespace recon::cli
