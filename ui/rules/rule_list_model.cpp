#include "ui/rules/rule_list_model.h"

#include "ui/rules/rule_set_editor.h"

#include <QFont>
#include <QMimeData>
#include <QPalette>

namespace recon {

namespace {
const QString kMime = QStringLiteral("application/x-recon-rule-row");
}

RuleListModel::RuleListModel(RuleSetEditor *editor, QObject *parent)
    : QAbstractTableModel(parent)
    , m_editor(editor)
    , m_rows(editor->document().ruleCount())
{
    connect(editor, &RuleSetEditor::changed, this, &RuleListModel::refresh);
}

void RuleListModel::refresh()
{
    const int n = m_editor->document().ruleCount();
    if (n != m_rows) {
        beginResetModel();
        m_rows = n;
        endResetModel();
        return;
    }
    if (n > 0)
        Q_EMIT dataChanged(index(0, 0), index(n - 1, ColumnCount - 1));
}

int RuleListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int RuleListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RuleListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows)
        return {};
    const match::RuleDocument &d = m_editor->document();
    const int r = index.row();
    const match::JNode &rule = d.rule(r);
    const bool on = d.isEnabled(r);
    if (role == Qt::CheckStateRole && index.column() == Name)
        return on ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::ForegroundRole && !on)
        return QPalette().brush(QPalette::Disabled, QPalette::Text);
    if (role == Qt::FontRole && !on) {
        QFont f;
        f.setItalic(true);
        return f;
    }
    if (role == Qt::ToolTipRole)
        return match::memberText(rule, QStringLiteral("description"));
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name:
        return d.ruleName(r);
    case Kind: {
        const QString k
            = match::memberText(rule, QStringLiteral("kind"), QStringLiteral("one_to_one"));
        if (k == QLatin1String("one_to_many"))
            return tr("1 : N");
        if (k == QLatin1String("many_to_one"))
            return tr("N : 1");
        if (k == QLatin1String("many_to_many"))
            return tr("N : M");
        return tr("1 : 1");
    }
    case Confirm:
        return match::memberText(rule, QStringLiteral("auto_confirm")) == QLatin1String("true")
            ? tr("confirm")
            : tr("propose");
    case Conditions: {
        const match::JNode *list = d.conditionList(r, {});
        QStringList parts;
        if (list)
            for (const match::JNode &c : list->items)
                parts << match::conditionType(c);
        return parts.join(QStringLiteral(", "));
    }
    default:
        return {};
    }
}

QVariant RuleListModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, o, role);
    switch (section) {
    case Name:
        return tr("Rule");
    case Kind:
        return tr("Kind");
    case Confirm:
        return tr("Matches");
    case Conditions:
        return tr("Conditions");
    default:
        return {};
    }
}

Qt::ItemFlags RuleListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
    if (index.column() == Name)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

bool RuleListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.column() != Name || role != Qt::CheckStateRole)
        return false;
    const bool on = value.toInt() == Qt::Checked;
    const int r = index.row();
    m_editor->edit(
        on ? tr("Enable rule %1").arg(m_editor->document().ruleName(r))
           : tr("Disable rule %1").arg(m_editor->document().ruleName(r)),
        [&](match::RuleDocument &d) { d.setEnabled(r, on); }, QString(), r);
    return true;
}

QStringList RuleListModel::mimeTypes() const
{
    return { kMime };
}

QMimeData *RuleListModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.isEmpty())
        return nullptr;
    auto *m = new QMimeData;
    m->setData(kMime, QByteArray::number(indexes.first().row()));
    return m;
}

bool RuleListModel::dropMimeData(
    const QMimeData *data, Qt::DropAction action, int row, int, const QModelIndex &parent)
{
    if (action != Qt::MoveAction || !data || !data->hasFormat(kMime))
        return false;
    bool ok = false;
    const int from = data->data(kMime).toInt(&ok);
    if (!ok || from < 0 || from >= m_rows)
        return false;
    int to = row >= 0 ? row : (parent.isValid() ? parent.row() : m_rows);
    if (to > from)
        --to; // the row leaves its old place first
    moveRule(from, std::clamp(to, 0, m_rows - 1));
    return false; // we moved it ourselves: the view must not remove the source row
}

void RuleListModel::moveRule(int from, int to)
{
    if (from == to || from < 0 || to < 0 || from >= m_rows || to >= m_rows)
        return;
    m_editor->edit(
        tr("Move rule %1").arg(m_editor->document().ruleName(from)),
        [&](match::RuleDocument &d) { d.moveRule(from, to); }, QString(), to);
}

} // namespace recon
