#include "core/import/tabular_header_rows.h"

#include "core/import/header_synonyms.h"

#include <algorithm>

namespace recon::tabular::detail {

bool isAmountRole(ColumnRole r)
{
    return r == ColumnRole::Amount || r == ColumnRole::Debit || r == ColumnRole::Credit
        || r == ColumnRole::Balance;
}

bool looksDataLike(QStringView s)
{
    for (const DatePattern &p : kDateCandidates) {
        if (parseDate(s, p))
            return true;
    }
    return parseAmount(s, QLatin1Char('.')).ok || parseAmount(s, QLatin1Char(',')).ok;
}

int findHeaderRow(const QList<TabularRow> &rows)
{
    int best = -1, bestScore = 0;
    const int limit = std::min<int>(int(rows.size()), 60);
    for (int r = 0; r < limit; ++r) {
        int nonEmpty = 0, strong = 0, weak = 0, dataLike = 0;
        bool key = false;
        for (const QString &raw : rows[r].cells) {
            const QStringView c = QStringView(raw).trimmed();
            if (c.isEmpty())
                continue;
            ++nonEmpty;
            if (c.size() > 80)
                continue;
            if (looksDataLike(c)) {
                ++dataLike;
                continue;
            }
            const HeaderMatch m = matchHeader(c);
            if (m.kind == HeaderKind::Unknown)
                continue;
            (m.strength >= 2 ? strong : weak) += 1;
            if (m.kind == HeaderKind::Role
                && (m.role == ColumnRole::Date || m.role == ColumnRole::ValueDate
                    || isAmountRole(m.role)))
                key = true;
        }
        if (!key || strong < 2 || dataLike * 2 >= nonEmpty)
            continue;
        int score = strong * 2 + weak - dataLike * 2;
        if (r + 1 < rows.size() && rows[r + 1].cells.size() == rows[r].cells.size())
            score += 1;
        if (score > bestScore) {
            bestScore = score;
            best = r;
        }
    }
    return best;
}

int findUnnamedHeaderRow(const QList<TabularRow> &rows)
{
    const int limit = std::min<int>(int(rows.size()) - 1, 60);
    for (int r = 0; r < limit; ++r) {
        const QStringList &cells = rows[r].cells;
        if (cells.size() < 2)
            continue;
        const QStringList &next = rows[r + 1].cells;
        if (next.size() != cells.size())
            return -1;
        int nextData = 0;
        for (const QString &c : next) {
            if (!c.trimmed().isEmpty() && looksDataLike(QStringView(c).trimmed()))
                ++nextData;
        }
        if (nextData == 0)
            return -1;
        for (const QString &c : cells) {
            const QStringView v = QStringView(c).trimmed();
            if (v.isEmpty() || v.size() > 60 || looksDataLike(v))
                return -1;
        }
        return r;
    }
    return -1;
}

QString preambleCurrency(const QList<TabularRow> &rows, int from, int to, int headerRow)
{
    for (int r = from; r < to && r < rows.size(); ++r) {
        if (r == headerRow)
            continue;
        for (const QString &raw : rows[r].cells) {
            QStringView c = QStringView(raw).trimmed();
            if (c.isEmpty() || c.size() > 60)
                continue;
            // "EUR", ": EUR", "Währung: EUR"
            const qsizetype colon = c.lastIndexOf(QLatin1Char(':'));
            if (colon >= 0)
                c = c.sliced(colon + 1).trimmed();
            if (c.size() == 3 && isKnownCurrencyCode(c) && c.toString() == c.toString().toUpper())
                return c.toString();
        }
    }
    return {};
}

QString preambleAccount(const QList<TabularRow> &rows, int from, int to, int headerRow)
{
    static const QStringList labels
        = { QStringLiteral("iban"), QStringLiteral("account"), QStringLiteral("account number"),
              QStringLiteral("konto"), QStringLiteral("kontonummer"), QStringLiteral("rekening"),
              QStringLiteral("rekeningnummer"), QStringLiteral("numero de compte"),
              QStringLiteral("cuenta"), QStringLiteral("iban konto") };
    auto clean = [](QString v) {
        v = v.trimmed();
        QString compact = v;
        compact.remove(QLatin1Char(' '));
        return looksLikeIban(compact) ? compact : v;
    };
    for (int r = from; r < to && r < rows.size(); ++r) {
        if (r == headerRow)
            continue;
        const QStringList &cells = rows[r].cells;
        for (int i = 0; i < cells.size(); ++i) {
            const QString cell = cells[i].trimmed();
            if (cell.isEmpty() || cell.size() > 80)
                continue;
            const qsizetype colon = cell.indexOf(QLatin1Char(':'));
            if (colon > 0 && labels.contains(foldHeader(QStringView(cell).left(colon)))) {
                const QString v = clean(cell.mid(colon + 1));
                if (!v.isEmpty())
                    return v;
            }
            if (labels.contains(foldHeader(cell))) {
                for (int j = i + 1; j < cells.size(); ++j) {
                    if (!cells[j].trimmed().isEmpty())
                        return clean(cells[j]);
                }
            }
        }
    }
    return {};
}

} // namespace recon::tabular::detail
