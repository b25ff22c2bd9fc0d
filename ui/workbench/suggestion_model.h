#pragma once
// The top candidates for the current item (MatchIndex::suggest), with score and the outcome of
// each condition (tooltip and Explanation column).

#include "core/match/suggest.h"
#include "core/money.h"

#include <QAbstractTableModel>
#include <QUuid>

namespace recon {

struct SuggestionRow {
    QList<QUuid> left;
    QList<QUuid> right;
    double score = 0.0; // display only
    QString items; // the other side's items, short
    Money otherSum; // sum of the other side's items
    QString explanation; // one line per condition
};

class SuggestionModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Score, Items, Amount, Explanation, ColumnCount };

    explicit SuggestionModel(QObject *parent = nullptr);
    void setRows(QList<SuggestionRow> rows);
    const SuggestionRow *rowAt(int row) const;
    static QString explain(const std::vector<match::ConditionOutcome> &outcomes);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<SuggestionRow> m_rows;
};

} // namespace recon
