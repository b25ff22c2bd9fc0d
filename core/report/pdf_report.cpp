#include "core/report/pdf_report.h"

#include "core/report/report_charts.h"
#include "core/report/report_summary.h"

#include <QFile>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPdfWriter>
#include <QTextDocument>
#include <QUrl>

namespace recon::report {

namespace {

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString amount(qint64 minor, const QByteArray &currency)
{
    return esc(Money::fromMinor(minor, QString::fromUtf8(currency)).format());
}

QString statementHtml(const SummaryData &d)
{
    QString h;
    for (const CurrencyStatement &c : d.statements) {
        h += QStringLiteral("<h3>%1</h3><table width='100%' cellspacing='0' cellpadding='3'>")
                 .arg(esc(QString::fromUtf8(c.currency)));
        for (const auto &l : c.lines())
            h += QStringLiteral("<tr><td>%1</td><td align='right'>%2</td></tr>")
                     .arg(esc(l.label), amount(l.minor, c.currency));
        h += QStringLiteral(
            "<tr><td><b>= Adjusted bank balance</b></td><td align='right'><b>%1</b>"
            "</td></tr><tr><td>Balance per ledger</td><td align='right'>%2</td></tr>"
            "<tr><td><b>Unexplained difference</b></td><td align='right'><b>%3</b>"
            "</td></tr></table>")
                 .arg(amount(c.adjustedBank(), c.currency), amount(c.ledgerBalance, c.currency),
                     amount(c.unexplained(), c.currency));
        if (c.unexplained() != 0)
            h += QStringLiteral("<p><b>Not ready for sign-off: the unexplained difference is not "
                                "zero.</b></p>");
    }
    if (d.statements.isEmpty())
        h += QStringLiteral("<p>No items in the workspace.</p>");
    return h;
}

QString openItemsHtml(Workspace &ws, const ExportOptions &o)
{
    const qint64 asOf = o.filters.asOf.toJulianDay();
    auto count = ws.db().prepare(
        "SELECT COUNT(*) FROM transactions t WHERE t.status IN (0, 3) AND NOT EXISTS (SELECT 1 "
        "FROM match_members m JOIN match_groups g ON g.id = m.group_id WHERE m.tx_id = t.id AND "
        "g.active = 1)");
    count.step();
    const qint64 total = count.intAt(0);
    auto s = ws.db().prepare(
        "SELECT t.side, COALESCE(t.booking_date, t.value_date) AS d, t.amount_minor, t.currency, "
        "t.description, t.reference, t.status FROM transactions t WHERE t.status IN (0, 3) AND "
        "NOT EXISTS (SELECT 1 FROM match_members m JOIN match_groups g ON g.id = m.group_id WHERE "
        "m.tx_id = t.id AND g.active = 1) ORDER BY d, t.id LIMIT ?");
    s.bind(1, qint64(o.pdfMaxOpenItems));
    QString h = QStringLiteral("<h2>Open items (%1), oldest first</h2>").arg(total);
    h += QStringLiteral(
        "<table width='100%' cellspacing='0' cellpadding='2' border='0.5'><tr>"
        "<th>Side</th><th>Date</th><th>Age (days)</th><th>Amount</th><th>Status</th>"
        "<th>Description / reference</th></tr>");
    while (s.step()) {
        const QDate d = s.isNull(1) ? QDate() : QDate::fromJulianDay(s.intAt(1));
        h += QStringLiteral("<tr><td>%1</td><td>%2</td><td align='right'>%3</td>"
                            "<td align='right'>%4</td><td>%5</td><td>%6</td></tr>")
                 .arg(s.intAt(0) == 0 ? QStringLiteral("bank") : QStringLiteral("ledger"),
                     d.toString(Qt::ISODate),
                     s.isNull(1) ? QString() : QString::number(asOf - s.intAt(1)),
                     esc(Money::fromMinor(s.intAt(2), s.textAt(3)).format() + QLatin1Char(' ')
                         + s.textAt(3)),
                     statusName(static_cast<Status>(s.intAt(6))),
                     esc((s.textAt(4) + QLatin1Char(' ') + s.textAt(5)).left(120)));
    }
    h += QStringLiteral("</table>");
    if (total > o.pdfMaxOpenItems)
        h += QStringLiteral("<p>... and %1 more open item(s): see the Excel report's Unmatched "
                            "sheets.</p>")
                 .arg(total - o.pdfMaxOpenItems);
    return h;
}

// The dashboard's two charts, drawn at twice their printed size and embedded as images.
QString chartsHtml(QTextDocument &doc, Workspace &ws, const SummaryData &d, const QDate &asOf)
{
    const struct {
        const char *url;
        BarChart chart;
    } charts[] = { { "chart://match-rate", matchRateChart(d) },
        { "chart://open-age", openAgeChart(openItemsByAge(ws, asOf)) } };
    QString h = QStringLiteral("<h2>Charts</h2>");
    for (const auto &c : charts) {
        // As wide as the text; as tall as its bars need.
        const int perCategory = c.chart.values.size() > 1 ? 30 : 22;
        const QSize printed(540, 44 + perCategory * int(c.chart.categories.size()));
        doc.addResource(QTextDocument::ImageResource, QUrl(QString::fromLatin1(c.url)),
            renderBarChart(c.chart, printed * 2));
        h += QStringLiteral("<p><img src='%1' width='%2' height='%3'></p>")
                 .arg(QString::fromLatin1(c.url))
                 .arg(printed.width())
                 .arg(printed.height());
    }
    return h;
}

QString signOffHtml(const ExportOptions &o)
{
    auto line = [](const QString &role, const QString &name) {
        return QStringLiteral("<tr><td width='20%'><b>%1</b></td><td width='35%'>%2</td>"
                              "<td width='20%'>Date: ____________</td><td>Signature: "
                              "____________________</td></tr>")
            .arg(role, name.isEmpty() ? QStringLiteral("____________________") : esc(name));
    };
    return QStringLiteral("<h2>Sign-off</h2><table width='100%' cellpadding='8'>")
        + line(QStringLiteral("Prepared by"), o.preparer)
        + line(QStringLiteral("Reviewed by"), o.reviewer) + QStringLiteral("</table>");
}

QString evidenceHtml(const Evidence &ev)
{
    QString h = QStringLiteral("<h2>Evidence</h2><table cellpadding='2'>");
    auto row = [&h](const QString &k, const QString &v) {
        h += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>").arg(esc(k), esc(v));
    };
    row(QStringLiteral("Export id"), ev.exportId);
    row(QStringLiteral("Workspace id"), ev.workspaceId);
    row(QStringLiteral("Exported"), ev.exportedAt + QStringLiteral(" by ") + ev.exportedBy);
    row(QStringLiteral("Audit log"),
        QStringLiteral("%1 entries, head %2").arg(ev.auditCount).arg(ev.auditHeadHash));
    for (const InputFile &f : ev.inputs)
        row(QStringLiteral("Input (%1)").arg(f.side),
            f.name + QStringLiteral("  SHA-256 ") + f.sha256);
    for (const RuleSetRef &r : ev.ruleSets)
        row(QStringLiteral("Rule set"),
            QStringLiteral("%1 v%2  %3").arg(r.name, r.version, r.hash));
    h += QStringLiteral("</table>");
    return h;
}

} // namespace

QString writePdf(const QString &path, Workspace &ws, const Evidence &ev, const ExportOptions &o)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return QStringLiteral("PDF export needs the Qt GUI platform (a QGuiApplication); run it "
                              "from Recon Workstation or export --xlsx/--csv");
    const SummaryData d = computeSummary(ws);
    QString html = QStringLiteral("<html><body style='font-family: sans-serif; font-size: 9pt'>"
                                  "<h1>Bank reconciliation statement</h1>");
    html += QStringLiteral("<p>Workspace %1 &mdash; as of %2 &mdash; exported %3 by %4</p>")
                .arg(esc(ev.workspaceFile), o.filters.asOf.toString(Qt::ISODate),
                    esc(ev.exportedAt), esc(ev.exportedBy));
    QTextDocument doc;
    html += statementHtml(d);
    html += chartsHtml(doc, ws, d, o.filters.asOf);
    html += signOffHtml(o);
    html += openItemsHtml(ws, o);
    html += evidenceHtml(ev);
    html += QStringLiteral("</body></html>");

    QPdfWriter pdf(path);
    pdf.setTitle(QStringLiteral("Bank reconciliation statement"));
    pdf.setCreator(QStringLiteral("Recon Workstation ") + QStringLiteral(RECON_VERSION));
    pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
        QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
    pdf.setResolution(300);
    doc.setHtml(html);
    doc.print(&pdf);
    QFile check(path);
    if (!check.exists() || check.size() == 0)
        return QStringLiteral("cannot write %1").arg(path);
    return {};
}

} // namespace recon::report
