#pragma once
// The workspace dashboard: four QCustomPlot charts over core's dashboard figures
// (core/store/dashboard_stats.h): matches per rule, open items by age and side, amounts still
// open per day, and progress over the workspace's history. The charts follow the palette
// (light/dark), refresh after every resolution or match run (lazily while hidden), and each
// exports as PNG (context menu, or all at once from the View menu).

#include "core/store/dashboard_stats.h"

#include <QWidget>

#include <array>

class QCustomPlot;
class QCPTextElement;
class QLabel;

namespace recon {
class ResolutionContext;

class Dashboard : public QWidget {
    Q_OBJECT
public:
    enum Chart { MatchRate, OpenAge, OpenPerDay, Progress };
    static constexpr int kChartCount = 4;

    explicit Dashboard(ResolutionContext *context, QWidget *parent = nullptr);

    QCustomPlot *chart(Chart c) const { return m_plots[static_cast<size_t>(c)]; }
    const DashboardStats &stats() const { return m_stats; }
    // The currency the open-amounts chart shows (the one with most open items).
    QString openAmountCurrency() const { return m_currency; }
    // A file name for the chart, e.g. "match-rate-by-rule.png".
    static QString chartFileName(Chart c);
    // Renders one chart to PNG; an empty size uses the chart's on-screen size.
    bool exportChart(Chart c, const QString &file, const QSize &size = {}) const;
    // Writes every chart into `dir`; returns how many files were written.
    int exportAll(const QString &dir, const QSize &size = {}) const;
    int refreshCount() const { return m_refreshes; }
    // A short name for an audit action on the progress chart ("match run", "reject (undone)").
    static QString eventLabel(const QString &action);

public Q_SLOTS:
    // Re-reads the figures now (when a workspace is open).
    void refresh();
    // Figures are stale: refresh soon when visible, otherwise when next shown.
    void markDirty();
    // Asks for a folder and exports every chart into it.
    void exportAllInteractive();

Q_SIGNALS:
    void refreshed();

protected:
    void showEvent(QShowEvent *e) override;
    void changeEvent(QEvent *e) override;

private:
    QCustomPlot *makePlot(Chart c);
    void retranslate();
    void applyPalette();
    void plotMatchRate();
    void plotOpenAge();
    void plotOpenPerDay();
    void plotProgress();
    void updateSummary();
    void exportInteractive(Chart c);

    ResolutionContext *m_context;
    QLabel *m_heading;
    QLabel *m_summary;
    std::array<QCustomPlot *, kChartCount> m_plots {};
    std::array<QCPTextElement *, kChartCount> m_titles {};
    DashboardStats m_stats;
    QString m_currency;
    bool m_dirty = true;
    bool m_pending = false;
    int m_refreshes = 0;
};

} // namespace recon
