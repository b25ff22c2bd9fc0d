#pragma once
// The rules of the set being edited, in run order: name (checkable: enabled), kind, status they
// give, conditions. Checking a box or dropping a row is an undoable edit on the RuleSetEditor.

#include <QAbstractTableModel>

namespace recon {

class RuleSetEditor;

class RuleListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Kind, Confirm, Conditions, ColumnCount };

    explicit RuleListModel(RuleSetEditor *editor, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    Qt::DropActions supportedDropActions() const override { return Qt::MoveAction; }
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
        const QModelIndex &parent) override;

    // Undoable move of rule `from` to position `to` (both in run order).
    void moveRule(int from, int to);

private:
    void refresh();

    RuleSetEditor *m_editor;
    int m_rows = 0;
};

} // namespace recon
