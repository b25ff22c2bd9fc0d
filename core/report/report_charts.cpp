#include "core/report/report_charts.h"

#include <QFont>
#include <QFontMetrics>
#include <QPainter>

#include <algorithm>

namespace recon::report {

namespace {

QString percentText(qint64 v) // v in 1/10000
{
    return QStringLiteral("%1.%2 %").arg(v / 100).arg(v % 100, 2, 10, QLatin1Char('0'));
}

QString countText(qint64 v)
{
    return QString::number(v);
}

const QColor kSeriesColors[] = { QColor(0x2f, 0x6f, 0xb3), QColor(0xe0, 0x8a, 0x1e) };

} // namespace

QString OpenAgeBuckets::label(int bucket)
{
    static const char *const labels[]
        = { "0–7 days", "8–30 days", "31–60 days", "61–90 days", "> 90 days" };
    return bucket >= 0 && bucket < kCount ? QString::fromUtf8(labels[bucket]) : QString();
}

OpenAgeBuckets openItemsByAge(Workspace &ws, const QDate &asOf)
{
    OpenAgeBuckets b;
    auto s = ws.db().prepare(
        "SELECT t.side, ? - COALESCE(t.booking_date, t.value_date) FROM transactions t WHERE "
        "t.status IN (0, 3) AND NOT EXISTS (SELECT 1 FROM match_members m JOIN match_groups g ON "
        "g.id = m.group_id WHERE m.tx_id = t.id AND g.active = 1)");
    s.bind(1, asOf.toJulianDay());
    while (s.step()) {
        if (s.isNull(1)) {
            ++b.undated;
            continue;
        }
        const qint64 age = s.intAt(1);
        const int k = age <= 7 ? 0 : age <= 30 ? 1 : age <= 60 ? 2 : age <= 90 ? 3 : 4;
        ++(s.intAt(0) == 0 ? b.bank : b.ledger)[size_t(k)];
    }
    return b;
}

BarChart matchRateChart(const SummaryData &d)
{
    BarChart c;
    c.title = QStringLiteral("Match rate by rule (share of all %1 items)").arg(d.totalItems);
    c.series = { QStringLiteral("Items matched") };
    c.values.resize(1);
    c.scale = 10000;
    c.format = percentText;
    qint64 matched = 0;
    for (const RuleRate &r : d.rules) {
        c.categories << (r.rule.isEmpty() ? QStringLiteral("(none)") : r.rule);
        const qint64 share
            = d.totalItems > 0 ? (r.items * 10000 + d.totalItems / 2) / d.totalItems : 0;
        c.values[0] << share;
        matched += r.items;
    }
    c.categories << QStringLiteral("Not matched");
    c.values[0] << (d.totalItems > 0
            ? ((d.totalItems - matched) * 10000 + d.totalItems / 2) / d.totalItems
            : 0);
    return c;
}

BarChart openAgeChart(const OpenAgeBuckets &b)
{
    BarChart c;
    qint64 total = b.undated;
    for (int k = 0; k < OpenAgeBuckets::kCount; ++k) {
        c.categories << OpenAgeBuckets::label(k);
        total += b.bank[size_t(k)] + b.ledger[size_t(k)];
    }
    c.title = QStringLiteral("Open items by age (%1 open)").arg(total);
    c.series = { QStringLiteral("Bank"), QStringLiteral("Ledger") };
    c.values = { QList<qint64>(b.bank.begin(), b.bank.end()),
        QList<qint64>(b.ledger.begin(), b.ledger.end()) };
    c.format = countText;
    return c;
}

QImage renderBarChart(const BarChart &chart, const QSize &size)
{
    QImage img(size, QImage::Format_ARGB32_Premultiplied);
    img.fill(Qt::white);
    QPainter p(&img);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    const qreal unit = size.width() / 94.0; // scales fonts and gaps with the image
    QFont font(QStringLiteral("sans-serif"));
    font.setPixelSize(std::max(8, int(unit * 1.6)));
    QFont bold = font;
    bold.setBold(true);
    bold.setPixelSize(std::max(9, int(unit * 1.9)));
    const QFontMetricsF fm(font);

    // Title and legend.
    p.setFont(bold);
    p.setPen(QColor(0x22, 0x22, 0x22));
    const qreal margin = unit * 1.2;
    QRectF titleRect(margin, margin, size.width() - 2 * margin, unit * 3);
    p.drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter, chart.title);
    p.setFont(font);
    qreal lx = size.width() - margin;
    for (qsizetype s = chart.series.size() - 1; s >= 0 && chart.series.size() > 1; --s) {
        const qreal w = fm.horizontalAdvance(chart.series.at(s));
        lx -= w;
        p.setPen(QColor(0x33, 0x33, 0x33));
        p.drawText(QRectF(lx, titleRect.top(), w + 2, titleRect.height()), Qt::AlignVCenter,
            chart.series.at(s));
        lx -= unit * 1.8;
        p.fillRect(QRectF(lx, titleRect.center().y() - unit * 0.6, unit * 1.2, unit * 1.2),
            kSeriesColors[s % 2]);
        lx -= unit * 1.5;
    }

    // Plot area: category labels on the left, bars to the right with their value at the end.
    qreal labelWidth = 0;
    for (const QString &c : chart.categories)
        labelWidth = std::max(labelWidth, fm.horizontalAdvance(c));
    labelWidth = std::min(labelWidth + unit, size.width() * 0.4);
    const qreal top = titleRect.bottom() + unit;
    const qreal bottom = size.height() - margin;
    const qreal left = margin + labelWidth;
    const qreal valueRoom = fm.horizontalAdvance(QStringLiteral("100.00 %  ")) + unit;
    const qreal right = size.width() - margin - valueRoom;
    qint64 maxValue = 1;
    for (const auto &series : chart.values)
        for (qint64 v : series)
            maxValue = std::max(maxValue, v);
    const qsizetype n = std::max<qsizetype>(1, chart.categories.size());
    const qreal band = (bottom - top) / qreal(n);
    const qsizetype seriesCount = std::max<qsizetype>(1, chart.values.size());
    const qreal barHeight = std::min(band * 0.7 / qreal(seriesCount), unit * 2.6);
    p.setPen(QPen(QColor(0xbb, 0xbb, 0xbb), 1));
    p.drawLine(QPointF(left, top), QPointF(left, bottom));
    for (qsizetype i = 0; i < chart.categories.size(); ++i) {
        const qreal y0 = top + band * qreal(i);
        const qreal groupTop = y0 + (band - barHeight * qreal(seriesCount)) / 2;
        p.setPen(QColor(0x33, 0x33, 0x33));
        p.drawText(QRectF(margin, y0, labelWidth - unit * 0.5, band),
            Qt::AlignRight | Qt::AlignVCenter,
            fm.elidedText(chart.categories.at(i), Qt::ElideRight, labelWidth - unit * 0.5));
        for (qsizetype s = 0; s < chart.values.size(); ++s) {
            const qint64 v = chart.values.at(s).value(i);
            const qreal w = (right - left) * qreal(v) / qreal(maxValue); // plotting only
            const QRectF bar(left, groupTop + barHeight * qreal(s), std::max<qreal>(w, v ? 1 : 0),
                barHeight * 0.9);
            p.fillRect(bar, kSeriesColors[s % 2]);
            p.setPen(QColor(0x22, 0x22, 0x22));
            p.drawText(QRectF(bar.right() + unit * 0.5, bar.top(), valueRoom, bar.height()),
                Qt::AlignLeft | Qt::AlignVCenter, chart.format ? chart.format(v) : countText(v));
        }
    }
    if (chart.categories.isEmpty()) {
        p.setPen(QColor(0x77, 0x77, 0x77));
        p.drawText(QRectF(left, top, right - left, bottom - top), Qt::AlignCenter,
            QStringLiteral("No data"));
    }
    p.end();
    return img;
}

} // namespace recon::report
