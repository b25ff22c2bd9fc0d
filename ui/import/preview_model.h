#pragma once
// The mapping page's grid: the first rows of a CSV/XLSX file as the mapping reads them. Row 0
// holds each source column's role (edited through a combo box, see RoleDelegate); the three
// leading columns show what was parsed (date, amount, description); cells that fail to parse are
// highlighted and carry the message as a tooltip.

#include "core/import/preview.h"

#include <QAbstractTableModel>

namespace recon {

class PreviewModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { ParsedDate, ParsedAmount, ParsedDescription, FirstSourceColumn };
    static constexpr int RoleRow = 0;
    static constexpr int ColumnRoleData = Qt::UserRole + 1; // int(ColumnRole) on the role row

    explicit PreviewModel(QObject *parent = nullptr);

    void setGrid(const PreviewGrid &grid);
    const PreviewGrid &grid() const { return m_grid; }
    static int sourceColumn(int column) { return column - FirstSourceColumn; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    static QString roleLabel(ColumnRole r);
    static QList<ColumnRole> allRoles();

Q_SIGNALS:
    // The user picked another role for a source column (the page re-previews).
    void roleEdited(int sourceColumn, recon::ColumnRole role);

private:
    QVariant sourceCell(const PreviewRow &row, int col, int role) const;
    QVariant parsedCell(const PreviewRow &row, int col, int role) const;

    PreviewGrid m_grid;
};

} // namespace recon
