#include "ui/dashboard/dashboard.h"

#include "core/log.h"
#include "core/money.h"
#include "core/store/workspace.h"
#include "ui/commands/resolution_context.h"

#include <qcustomplot.h>

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QGridLayout>
#include <QHash>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QTimer>
#include <QVBoxLayout>

#include <cmath>

namespace recon {

namespace {

// One qualitative palette for every chart: readable on light and dark backgrounds.
const QColor kLeft(0x3b, 0x7d, 0xd8);
const QColor kRight(0xe0, 0x8a, 0x2c);
const QColor kConfirmed(0x3a, 0x9d, 0x5d);
const QColor kProposed(0xd9, 0xa9, 0x3b);
const QColor kOpen(0xc8, 0x55, 0x3d);

QCPBars *makeBars(QCPAxis *key, QCPAxis *value, const QColor &color, const QString &name)
{
    auto *b = new QCPBars(key, value);
    b->setName(name);
    b->setPen(QPen(color.darker(115)));
    b->setBrush(color);
    return b;
}

void styleAxis(QCPAxis *axis, const QColor &text, const QColor &grid)
{
    axis->setBasePen(QPen(text));
    axis->setTickPen(QPen(text));
    axis->setSubTickPen(QPen(text));
    axis->setTickLabelColor(text);
    axis->setLabelColor(text);
    axis->grid()->setPen(QPen(grid, 0, Qt::DotLine));
    axis->grid()->setZeroLinePen(QPen(grid));
}

// Plotting needs floating point; the figures stay exact until this last step.
double majorUnits(qint64 minor, const QString &currency)
{
    return static_cast<double>(minor) / std::pow(10.0, Currency::exponentFor(currency));
}

} // namespace

Dashboard::Dashboard(ResolutionContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_heading(new QLabel(this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("dashboard"));
    auto *layout = new QVBoxLayout(this);
    m_heading->setObjectName(QStringLiteral("dashboardHeading"));
    QFont f = m_heading->font();
    f.setPointSizeF(f.pointSizeF() * 1.3);
    f.setBold(true);
    m_heading->setFont(f);
    m_summary->setObjectName(QStringLiteral("dashboardSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_heading);
    layout->addWidget(m_summary);
    auto *grid = new QGridLayout;
    for (int i = 0; i < kChartCount; ++i)
        grid->addWidget(makePlot(static_cast<Chart>(i)), i / 2, i % 2);
    layout->addLayout(grid, 1);
    retranslate();
    applyPalette();
    connect(m_context, &ResolutionContext::changed, this, &Dashboard::markDirty);
}

QString Dashboard::chartFileName(Chart c)
{
    switch (c) {
    case MatchRate:
        return QStringLiteral("match-rate-by-rule.png");
    case OpenAge:
        return QStringLiteral("open-items-by-age.png");
    case OpenPerDay:
        return QStringLiteral("open-amounts-per-day.png");
    case Progress:
        return QStringLiteral("progress.png");
    }
    return {};
}

QCustomPlot *Dashboard::makePlot(Chart c)
{
    auto *plot = new QCustomPlot(this);
    static const char *const names[]
        = { "chartMatchRate", "chartOpenAge", "chartOpenPerDay", "chartProgress" };
    plot->setObjectName(QLatin1String(names[c]));
    plot->setMinimumSize(320, 220);
    plot->setNoAntialiasingOnDrag(true);
    plot->plotLayout()->insertRow(0);
    auto *title = new QCPTextElement(plot, QString(), QFont(font().family(), -1, QFont::Bold));
    plot->plotLayout()->addElement(0, 0, title);
    plot->legend->setVisible(true);
    plot->legend->setBorderPen(Qt::NoPen);
    plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
    plot->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(plot, &QWidget::customContextMenuRequested, this, [this, c, plot](const QPoint &pos) {
        QMenu menu(this);
        menu.addAction(tr("Export as &PNG…"), this, [this, c] { exportInteractive(c); });
        menu.addAction(tr("Export &All Charts…"), this, &Dashboard::exportAllInteractive);
        menu.exec(plot->mapToGlobal(pos));
    });
    m_plots[static_cast<size_t>(c)] = plot;
    m_titles[static_cast<size_t>(c)] = title;
    return plot;
}

void Dashboard::retranslate()
{
    m_heading->setText(tr("Dashboard"));
    m_titles[MatchRate]->setText(tr("Items matched by rule"));
    m_titles[OpenAge]->setText(tr("Open items by age"));
    m_titles[OpenPerDay]->setText(tr("Amounts still open per day"));
    m_titles[Progress]->setText(tr("Progress over time"));
    if (m_context->workspace())
        refresh();
    else
        updateSummary();
}

void Dashboard::applyPalette()
{
    const QPalette pal = palette();
    const QColor bg = pal.color(QPalette::Base);
    const QColor text = pal.color(QPalette::Text);
    QColor grid = pal.color(QPalette::Mid);
    grid.setAlpha(160);
    for (int i = 0; i < kChartCount; ++i) {
        QCustomPlot *p = m_plots[static_cast<size_t>(i)];
        p->setBackground(bg);
        p->axisRect()->setBackground(bg);
        for (QCPAxis *a : p->axisRect()->axes())
            styleAxis(a, text, grid);
        p->legend->setBrush(bg);
        p->legend->setTextColor(text);
        m_titles[static_cast<size_t>(i)]->setTextColor(text);
        p->replot();
    }
}

void Dashboard::markDirty()
{
    m_dirty = true;
    if (!isVisible() || m_pending)
        return;
    m_pending = true; // several changes in one event loop turn refresh once
    QTimer::singleShot(0, this, [this] {
        m_pending = false;
        if (m_dirty && isVisible())
            refresh();
    });
}

void Dashboard::showEvent(QShowEvent *e)
{
    QWidget::showEvent(e);
    if (m_dirty)
        refresh();
}

void Dashboard::changeEvent(QEvent *e)
{
    QWidget::changeEvent(e);
    if (e->type() == QEvent::LanguageChange)
        retranslate();
    else if (e->type() == QEvent::PaletteChange)
        applyPalette();
}

void Dashboard::refresh()
{
    Workspace *ws = m_context->workspace();
    m_dirty = false;
    m_stats = {};
    if (ws) {
        try {
            m_stats = dashboardStats(*ws);
        } catch (const std::exception &e) {
            log::ui()->warn("dashboard figures failed: {}", e.what());
        }
    }
    QHash<QString, qint64> perCurrency;
    for (const OpenDayAmount &d : m_stats.openPerDay)
        perCurrency[d.currency] += d.count;
    m_currency.clear();
    for (auto it = perCurrency.cbegin(); it != perCurrency.cend(); ++it) {
        if (m_currency.isEmpty() || it.value() > perCurrency.value(m_currency)
            || (it.value() == perCurrency.value(m_currency) && it.key() < m_currency))
            m_currency = it.key();
    }
    plotMatchRate();
    plotOpenAge();
    plotOpenPerDay();
    plotProgress();
    updateSummary();
    ++m_refreshes;
    Q_EMIT refreshed();
}

void Dashboard::updateSummary()
{
    if (!m_context->workspace()) {
        m_summary->setText(tr("Open a workspace to see its figures."));
        return;
    }
    const MatchRateStats &m = m_stats.matchRate;
    const QLocale loc;
    const double pct
        = m.totalItems > 0 ? 100.0 * static_cast<double>(m.matchedItems()) / m.totalItems : 0.0;
    QString text = tr("%1 items, %2 % matched, %3 open")
                       .arg(loc.toString(m.totalItems), loc.toString(pct, 'f', 1),
                           loc.toString(m.totalItems - m.matchedItems()));
    if (m_stats.openAge.asOf.isValid()) {
        text += QStringLiteral(" · ")
            + tr("ages as of %1").arg(loc.toString(m_stats.openAge.asOf, QLocale::ShortFormat));
    }
    m_summary->setText(text);
}

void Dashboard::plotMatchRate()
{
    QCustomPlot *p = chart(MatchRate);
    p->clearPlottables();
    const MatchRateStats &m = m_stats.matchRate;
    // Horizontal bars (rule names can be long): the key axis is the left one.
    auto *confirmed = makeBars(p->yAxis, p->xAxis, kConfirmed, tr("Confirmed"));
    auto *proposed = makeBars(p->yAxis, p->xAxis, kProposed, tr("Proposed"));
    proposed->moveAbove(confirmed);
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    const double total = m.totalItems > 0 ? static_cast<double>(m.totalItems) : 1.0;
    // Most items at the top.
    const int n = static_cast<int>(m.rules.size());
    for (int i = 0; i < n; ++i) {
        const RuleMatchStat &r = m.rules.at(i);
        const double key = n - i;
        confirmed->addData(key, 100.0 * static_cast<double>(r.confirmedItems) / total);
        proposed->addData(key, 100.0 * static_cast<double>(r.proposedItems) / total);
        ticker->addTick(key, r.rule);
    }
    p->yAxis->setTicker(ticker);
    p->yAxis->setRange(0.4, std::max(n, 1) + 0.6);
    p->xAxis->setLabel(tr("% of all items"));
    double maxPct = 0;
    for (const RuleMatchStat &r : m.rules)
        maxPct = std::max(maxPct, 100.0 * static_cast<double>(r.items()) / total);
    p->xAxis->setRange(0, std::max(10.0, std::min(100.0, maxPct * 1.1)));
    p->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignBottom | Qt::AlignRight);
    p->replot();
}

void Dashboard::plotOpenAge()
{
    QCustomPlot *p = chart(OpenAge);
    p->clearPlottables();
    auto *group = new QCPBarsGroup(p);
    auto *left = makeBars(p->xAxis, p->yAxis, kLeft, tr("Left (bank)"));
    auto *right = makeBars(p->xAxis, p->yAxis, kRight, tr("Right (ledger)"));
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    double maxCount = 0;
    for (int b = 0; b < kAgeBucketCount; ++b) {
        const double l = static_cast<double>(m_stats.openAge.left[static_cast<size_t>(b)]);
        const double r = static_cast<double>(m_stats.openAge.right[static_cast<size_t>(b)]);
        left->addData(b + 1, l);
        right->addData(b + 1, r);
        maxCount = std::max({ maxCount, l, r });
        ticker->addTick(b + 1, ageBucketLabel(static_cast<AgeBucket>(b)));
    }
    for (QCPBars *bars : { left, right }) {
        bars->setWidth(0.35);
        bars->setBarsGroup(group);
    }
    p->xAxis->setTicker(ticker);
    p->xAxis->setRange(0.4, kAgeBucketCount + 0.6);
    p->xAxis->setLabel(tr("Age in days"));
    p->yAxis->setLabel(tr("Open items"));
    p->yAxis->setRange(0, std::max(5.0, maxCount * 1.15));
    p->replot();
}

void Dashboard::plotOpenPerDay()
{
    QCustomPlot *p = chart(OpenPerDay);
    p->clearPlottables();
    auto *group = new QCPBarsGroup(p);
    auto *left = makeBars(p->xAxis, p->yAxis, kLeft, tr("Left (bank)"));
    auto *right = makeBars(p->xAxis, p->yAxis, kRight, tr("Right (ledger)"));
    constexpr double kDay = 24 * 3600;
    double lo = 0, hi = 0, maxAmount = 0;
    for (const OpenDayAmount &d : m_stats.openPerDay) {
        if (d.currency != m_currency)
            continue;
        const double key = QCPAxisTickerDateTime::dateTimeToKey(d.date, Qt::UTC);
        const double value = majorUnits(d.absMinor, d.currency);
        (d.side == Side::Left ? left : right)->addData(key, value);
        lo = lo == 0 ? key : std::min(lo, key);
        hi = std::max(hi, key);
        maxAmount = std::max(maxAmount, value);
    }
    for (QCPBars *bars : { left, right }) {
        bars->setWidth(kDay * 0.38);
        bars->setBarsGroup(group);
    }
    QSharedPointer<QCPAxisTickerDateTime> ticker(new QCPAxisTickerDateTime);
    ticker->setDateTimeSpec(Qt::UTC);
    ticker->setDateTimeFormat(QStringLiteral("d MMM"));
    p->xAxis->setTicker(ticker);
    if (lo == 0) {
        const double today = QCPAxisTickerDateTime::dateTimeToKey(QDate::currentDate(), Qt::UTC);
        lo = hi = today;
    }
    // At least a week wide, so ticks fall on whole days.
    lo = std::min(lo, hi - 6 * kDay);
    ticker->setTickCount(std::min(8, static_cast<int>((hi - lo) / kDay) + 2));
    p->xAxis->setRange(lo - kDay, hi + kDay);
    p->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);
    p->xAxis->setLabel(tr("Booking date"));
    p->yAxis->setLabel(
        m_currency.isEmpty() ? tr("Amount") : tr("Amount (%1, absolute)").arg(m_currency));
    p->yAxis->setRange(0, std::max(1.0, maxAmount * 1.15));
    p->replot();
}

QString Dashboard::eventLabel(const QString &action)
{
    QString base = action;
    QString suffix;
    if (base.endsWith(QLatin1String(".undo"))) {
        base.chop(5);
        suffix = tr(" (undone)");
    } else if (base.endsWith(QLatin1String(".redo"))) {
        base.chop(5);
        suffix = tr(" (redone)");
    }
    QString label;
    if (base == QLatin1String("import"))
        label = tr("import");
    else if (base == QLatin1String("match.run"))
        label = tr("match run");
    else if (base == QLatin1String("resolve.match"))
        label = tr("manual match");
    else if (base == QLatin1String("resolve.reject"))
        label = tr("reject");
    else if (base == QLatin1String("resolve.unmatch"))
        label = tr("un-match");
    else
        label = base;
    return label + suffix;
}

void Dashboard::plotProgress()
{
    QCustomPlot *p = chart(Progress);
    p->clearPlottables();
    auto *matched = p->addGraph();
    matched->setName(tr("Matched items"));
    matched->setPen(QPen(kConfirmed, 2));
    matched->setBrush(QColor(kConfirmed.red(), kConfirmed.green(), kConfirmed.blue(), 50));
    auto *open = p->addGraph();
    open->setName(tr("Open items"));
    open->setPen(QPen(kOpen, 2));
    const QList<ProgressPoint> &pts = m_stats.progress;
    double maxItems = 0;
    for (int i = 0; i < pts.size(); ++i) {
        matched->addData(i + 1, static_cast<double>(pts.at(i).matchedItems));
        open->addData(i + 1, static_cast<double>(pts.at(i).openItems()));
        maxItems = std::max(maxItems, static_cast<double>(pts.at(i).totalItems));
    }
    for (QCPGraph *g : { matched, open })
        g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, 7));
    if (pts.size() <= 12) {
        // Few events: name each one.
        QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
        for (int i = 0; i < pts.size(); ++i)
            ticker->addTick(i + 1, eventLabel(pts.at(i).action));
        p->xAxis->setTicker(ticker);
    } else {
        QSharedPointer<QCPAxisTicker> ticker(new QCPAxisTicker);
        ticker->setTickStepStrategy(QCPAxisTicker::tssReadability);
        p->xAxis->setTicker(ticker);
    }
    p->xAxis->setRange(0.5, std::max<double>(pts.size(), 1) + 0.5);
    p->xAxis->setLabel(tr("Workspace events"));
    p->yAxis->setLabel(tr("Items"));
    p->yAxis->setRange(0, std::max(5.0, maxItems * 1.1));
    p->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);
    p->replot();
}

bool Dashboard::exportChart(Chart c, const QString &file, const QSize &size) const
{
    QCustomPlot *p = chart(c);
    const QSize s = size.isValid() && !size.isEmpty() ? size : p->size();
    const bool ok = p->savePng(file, s.width(), s.height(), 1.0);
    if (!ok)
        log::ui()->warn("cannot write chart {}", file.toStdString());
    return ok;
}

int Dashboard::exportAll(const QString &dir, const QSize &size) const
{
    int written = 0;
    for (int i = 0; i < kChartCount; ++i) {
        const auto c = static_cast<Chart>(i);
        if (exportChart(c, QDir(dir).filePath(chartFileName(c)), size))
            ++written;
    }
    return written;
}

void Dashboard::exportInteractive(Chart c)
{
    const QString file = QFileDialog::getSaveFileName(this, tr("Export Chart"),
        QDir::home().filePath(chartFileName(c)), tr("PNG images (*.png)"));
    if (file.isEmpty())
        return;
    if (!exportChart(c, file))
        QMessageBox::warning(this, tr("Export Chart"), tr("Cannot write %1.").arg(file));
}

void Dashboard::exportAllInteractive()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Export All Charts"));
    if (dir.isEmpty())
        return;
    const int n = exportAll(dir);
    if (n != kChartCount) {
        QMessageBox::warning(this, tr("Export All Charts"),
            tr("Only %1 of %2 charts could be written to %3.").arg(n).arg(kChartCount).arg(dir));
    }
}

} // namespace recon
