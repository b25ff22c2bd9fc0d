#pragma once
// The open sync conflicts (SyncStore::conflicts()), one row each: the item (a transaction by its
// description), the fields where mine and theirs differ, both values, and when it was found.

#include "core/sync/sync_store.h"

#include <QAbstractTableModel>
#include <QList>

namespace recon {
class Workspace;

class ConflictTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Item, Field, Mine, Theirs, When, ColumnCount };
    enum Role { ConflictIdRole = Qt::UserRole + 1 };

    explicit ConflictTableModel(QObject *parent = nullptr);

    void setWorkspace(Workspace *ws);
    void reload();
    const sync::ConflictRecord *conflictAt(int row) const;

    // The payload keys whose values differ between mine and theirs (action, author and
    // created_at skipped: they say who and how, not what).
    static QStringList differingFields(const QJsonObject &mine, const QJsonObject &theirs);
    static QString valueText(const QJsonValue &v);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Workspace *m_ws = nullptr;
    QList<sync::ConflictRecord> m_rows;
    QList<QStringList> m_fields;
    QStringList m_labels; // what the Item column shows
};

} // namespace recon
