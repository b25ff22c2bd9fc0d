#include "ui/sync/conflict_table_model.h"

#include "core/store/sqlite.h"
#include "core/store/workspace.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QUuid>

namespace recon {

ConflictTableModel::ConflictTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ConflictTableModel::setWorkspace(Workspace *ws)
{
    m_ws = ws;
    reload();
}

void ConflictTableModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_fields.clear();
    m_labels.clear();
    if (m_ws) {
        m_rows = sync::SyncStore(*m_ws).conflicts(true);
        auto tx = m_ws->db().prepare("SELECT description FROM transactions WHERE uuid = ?");
        for (const auto &c : m_rows) {
            m_fields.append(differingFields(c.mine, c.theirs));
            QString label = tr("%1 %2").arg(c.entity, c.entityId.left(8));
            if (c.entity == QLatin1String("transaction")) {
                tx.reset();
                tx.bindBlob(1, uuidBytes(QUuid::fromString(c.entityId)));
                if (tx.step())
                    label = tx.textAt(0);
            }
            m_labels.append(label);
        }
    }
    endResetModel();
}

const sync::ConflictRecord *ConflictTableModel::conflictAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

QStringList ConflictTableModel::differingFields(const QJsonObject &mine, const QJsonObject &theirs)
{
    // Who and how rather than what: shown in the detail, not listed as a differing field.
    static const QSet<QString> bookkeeping { QStringLiteral("action"), QStringLiteral("author"),
        QStringLiteral("created_at") };
    QStringList keys = mine.keys();
    for (const QString &k : theirs.keys())
        if (!mine.contains(k))
            keys.append(k);
    keys.sort();
    QStringList out;
    for (const QString &k : keys)
        if (!bookkeeping.contains(k) && mine.value(k) != theirs.value(k))
            out.append(k);
    return out;
}

QString ConflictTableModel::valueText(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Undefined:
    case QJsonValue::Null:
        return QStringLiteral("—");
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(v.toInteger());
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

int ConflictTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ConflictTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConflictTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const sync::ConflictRecord &c = m_rows.at(index.row());
    const QStringList &fields = m_fields.at(index.row());
    if (role == ConflictIdRole)
        return c.id;
    if (role == Qt::ToolTipRole && index.column() == Item)
        return c.entityId;
    if (role != Qt::DisplayRole)
        return {};
    auto joined = [&](const QJsonObject &o) {
        QStringList parts;
        for (const QString &f : fields)
            parts.append(valueText(o.value(f)));
        return parts.join(QStringLiteral(", "));
    };
    switch (Column(index.column())) {
    case Item:
        return m_labels.at(index.row());
    case Field:
        return fields.isEmpty() ? tr("(same values)") : fields.join(QStringLiteral(", "));
    case Mine:
        return joined(c.mine);
    case Theirs:
        return joined(c.theirs);
    case When: {
        const QDateTime t = QDateTime::fromString(c.createdAt, Qt::ISODateWithMs);
        return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                           : c.createdAt;
    }
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ConflictTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Item:
        return tr("Item");
    case Field:
        return tr("Field");
    case Mine:
        return tr("Mine");
    case Theirs:
        return tr("Theirs");
    case When:
        return tr("When");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace recon
