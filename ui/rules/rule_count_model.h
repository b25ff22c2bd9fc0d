#pragma once
// The preview's per-rule table: groups, items and exceptions each rule would produce, and the
// change in items against the workspace's current rule set.

#include "core/store/rule_preview.h"

#include <QAbstractTableModel>
#include <QHash>

namespace recon {

class RuleCountModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Rule, Groups, Items, Exceptions, Change, ColumnCount };

    explicit RuleCountModel(QObject *parent = nullptr);
    // `baseline` may be empty (no current rule set to compare with).
    void setCounts(const QList<RuleCount> &counts, const QList<RuleCount> &baseline);
    int totalItems() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;

private:
    QList<RuleCount> m_counts;
    QHash<QString, int> m_baseItems;
    bool m_hasBaseline = false;
};

} // namespace recon
