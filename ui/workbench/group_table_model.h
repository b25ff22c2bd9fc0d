#pragma once
// Active match groups (proposed first) for the workbench's group list.

#include "core/store/resolution_service.h"

#include <QAbstractTableModel>

namespace recon {

class GroupTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { StatusCol, Rule, Score, Items, Difference, Reason, ColumnCount };
    enum Role { GroupIdRole = Qt::UserRole + 1 };

    explicit GroupTableModel(QObject *parent = nullptr);
    void setGroups(QList<GroupInfo> groups);
    const GroupInfo *groupAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<GroupInfo> m_groups;
};

} // namespace recon
