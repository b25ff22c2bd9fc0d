#pragma once
// The PDF report's charts, drawn with QPainter (no widgets): match rate by rule, and open items
// by age (bank and ledger side by side). The figures come from the workspace exactly (counts);
// they become floating point only for the bar lengths. Needs a QGuiApplication (fonts).

#include "core/report/report_summary.h"

#include <QDate>
#include <QImage>
#include <QList>
#include <QString>

#include <array>

namespace recon::report {

// Open items (status open or exception, not in an active group) per age bucket on `asOf`.
struct OpenAgeBuckets {
    static constexpr int kCount = 5; // 0–7, 8–30, 31–60, 61–90, > 90 days
    std::array<qint64, kCount> bank {};
    std::array<qint64, kCount> ledger {};
    qint64 undated = 0;
    static QString label(int bucket);
};
OpenAgeBuckets openItemsByAge(Workspace &ws, const QDate &asOf);

// A horizontal bar chart: one bar per category and series (one or two series).
struct BarChart {
    QString title;
    QStringList categories;
    QStringList series; // legend names
    QList<QList<qint64>> values; // values[series][category]
    qint64 scale = 1; // a bar's length is value / scale (e.g. 10000 for a share in 1/10000)
    QString (*format)(qint64 value) = nullptr; // the label at a bar's end
};

BarChart matchRateChart(const SummaryData &d);
BarChart openAgeChart(const OpenAgeBuckets &b);

// Renders `chart` at `size` pixels (draw at twice the printed size for a crisp PDF).
QImage renderBarChart(const BarChart &chart, const QSize &size);

} // namespace recon::report
