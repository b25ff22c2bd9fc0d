#include "ui/import/role_delegate.h"

#include "ui/import/preview_model.h"

#include <QComboBox>

namespace recon {

QWidget *RoleDelegate::createEditor(
    QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (index.row() != PreviewModel::RoleRow || index.column() < PreviewModel::FirstSourceColumn)
        return QStyledItemDelegate::createEditor(parent, option, index);
    auto *combo = new QComboBox(parent);
    combo->setObjectName(
        QStringLiteral("roleCombo%1").arg(PreviewModel::sourceColumn(index.column())));
    combo->setToolTip(tr("What this column holds"));
    for (ColumnRole r : PreviewModel::allRoles())
        combo->addItem(PreviewModel::roleLabel(r), int(r));
    connect(combo, &QComboBox::activated, this,
        [this, combo] { Q_EMIT const_cast<RoleDelegate *>(this)->commitData(combo); });
    return combo;
}

void RoleDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = qobject_cast<QComboBox *>(editor);
    if (!combo)
        return QStyledItemDelegate::setEditorData(editor, index);
    const int i = combo->findData(index.data(PreviewModel::ColumnRoleData));
    const QSignalBlocker block(combo);
    combo->setCurrentIndex(std::max(0, i));
}

void RoleDelegate::setModelData(
    QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    auto *combo = qobject_cast<QComboBox *>(editor);
    if (!combo)
        return QStyledItemDelegate::setModelData(editor, model, index);
    model->setData(index, combo->currentData(), PreviewModel::ColumnRoleData);
}

void RoleDelegate::updateEditorGeometry(
    QWidget *editor, const QStyleOptionViewItem &option, const QModelIndex &) const
{
    editor->setGeometry(option.rect);
}

} // namespace recon
