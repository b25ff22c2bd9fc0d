#include "ui/rules/rule_form.h"

#include "ui/rules/condition_row.h"
#include "ui/rules/rule_set_editor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace recon {

using match::JNode;

namespace {

QString structureOf(const JNode &list)
{
    QStringList parts;
    for (const JNode &c : list.items) {
        QString s = match::conditionType(c);
        if (const JNode *g = c.member(s);
            g && g->isArray() && (s == QLatin1String("any") || s == QLatin1String("all")))
            s = QStringLiteral("group[") + structureOf(*g) + QLatin1Char(']');
        parts << s;
    }
    return parts.join(QLatin1Char(','));
}

bool manyLeft(const QString &kind)
{
    return kind == QLatin1String("many_to_one") || kind == QLatin1String("many_to_many");
}

bool manyRight(const QString &kind)
{
    return kind == QLatin1String("one_to_many") || kind == QLatin1String("many_to_many");
}

} // namespace

RuleForm::RuleForm(RuleSetEditor *editor, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_name(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_maxLeft(new QSpinBox(this))
    , m_maxRight(new QSpinBox(this))
    , m_autoConfirm(
          new QCheckBox(tr("Auto-confirm matches (otherwise they are proposed for review)"), this))
    , m_addCondition(new QToolButton(this))
    , m_description(new QLabel(this))
    , m_conditions(new QVBoxLayout)
{
    m_name->setObjectName(QStringLiteral("ruleName"));
    m_kind->setObjectName(QStringLiteral("ruleKind"));
    m_maxLeft->setObjectName(QStringLiteral("maxLeft"));
    m_maxRight->setObjectName(QStringLiteral("maxRight"));
    m_autoConfirm->setObjectName(QStringLiteral("autoConfirm"));
    m_addCondition->setObjectName(QStringLiteral("addCondition"));
    m_description->setObjectName(QStringLiteral("ruleDescription"));
    m_description->setWordWrap(true);
    m_description->setStyleSheet(QStringLiteral("QLabel { color: palette(mid); }"));
    m_kind->addItem(tr("one to one (1 : 1)"), QStringLiteral("one_to_one"));
    m_kind->addItem(tr("one to many (1 left : N right)"), QStringLiteral("one_to_many"));
    m_kind->addItem(tr("many to one (N left : 1 right)"), QStringLiteral("many_to_one"));
    m_kind->addItem(tr("many to many (N : M)"), QStringLiteral("many_to_many"));
    m_maxLeft->setRange(1, 50);
    m_maxRight->setRange(1, 50);
    m_maxLeft->setPrefix(tr("left up to "));
    m_maxRight->setPrefix(tr("right up to "));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(QString(), m_description);
    auto *kindRow = new QHBoxLayout;
    kindRow->addWidget(m_kind, 1);
    kindRow->addWidget(m_maxLeft);
    kindRow->addWidget(m_maxRight);
    form->addRow(tr("Kind:"), kindRow);
    form->addRow(QString(), m_autoConfirm);

    auto *condHeader = new QHBoxLayout;
    auto *condTitle
        = new QLabel(tr("<b>Conditions</b> — all must pass; use an any-group for OR"), this);
    condHeader->addWidget(condTitle);
    condHeader->addStretch(1);
    m_addCondition->setText(tr("Add condition"));
    m_addCondition->setPopupMode(QToolButton::InstantPopup);
    m_addCondition->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_addCondition->setMenu(conditionTypeMenu(
        m_addCondition, [this](const QString &t) { addCondition(m_rule, {}, t); }));
    condHeader->addWidget(m_addCondition);

    auto *outer = new QVBoxLayout(this);
    outer->addLayout(form);
    outer->addSpacing(6);
    outer->addLayout(condHeader);
    m_conditions->setSpacing(4);
    outer->addLayout(m_conditions);
    outer->addStretch(1);

    connect(m_name, &QLineEdit::textEdited, this, [this](const QString &n) {
        editRule(tr("Rename rule"), QStringLiteral("name"),
            [n](JNode &r) { match::setMember(r, QStringLiteral("name"), match::jsonString(n)); });
    });
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        const QString k = m_kind->currentData().toString();
        editRule(tr("Change rule kind"), QStringLiteral("kind"), [k](JNode &r) {
            match::setMember(r, QStringLiteral("kind"), match::jsonString(k));
            if (!manyLeft(k))
                match::removeMember(r, QStringLiteral("max_left"));
            if (!manyRight(k))
                match::removeMember(r, QStringLiteral("max_right"));
            if (k == QLatin1String("one_to_one"))
                match::removeMember(r, QStringLiteral("group_key"));
        });
    });
    auto sizeEdit = [this](QSpinBox *box, const QString &key) {
        connect(box, &QSpinBox::valueChanged, this, [this, key](int v) {
            editRule(tr("Change group size"), key, [key, v](JNode &r) {
                match::setMember(r, key, match::jsonNumber(QString::number(v)));
            });
        });
    };
    sizeEdit(m_maxLeft, QStringLiteral("max_left"));
    sizeEdit(m_maxRight, QStringLiteral("max_right"));
    connect(m_autoConfirm, &QCheckBox::toggled, this, [this](bool on) {
        editRule(on ? tr("Auto-confirm") : tr("Propose only"), QStringLiteral("auto_confirm"),
            [on](JNode &r) {
                match::setMember(r, QStringLiteral("auto_confirm"), match::jsonBool(on));
            });
    });
    connect(editor, &RuleSetEditor::changed, this, &RuleForm::onDocumentChanged);
    setRule(-1);
}

QMenu *RuleForm::conditionTypeMenu(
    QWidget *parent, const std::function<void(const QString &)> &chosen)
{
    auto *menu = new QMenu(parent);
    const std::pair<QString, QString> types[] = {
        { QStringLiteral("amount"), tr("Amount (with tolerance)") },
        { QStringLiteral("date"), tr("Date window") },
        { QStringLiteral("sign"), tr("Sign") },
        { QStringLiteral("currency"), tr("Same currency") },
        { QStringLiteral("reference_in_text"), tr("Reference in text") },
        { QStringLiteral("equals"), tr("Fields equal") },
        { QStringLiteral("text"), tr("Text similarity") },
        { QStringLiteral("counterparty"), tr("Counterparty similar") },
        { QStringLiteral("regex"), tr("Regular expression") },
        { QStringLiteral("any"), tr("Any of… (OR group)") },
        { QStringLiteral("all"), tr("All of… (AND group)") },
    };
    for (const auto &[type, label] : types) {
        QAction *a = menu->addAction(label);
        a->setObjectName(QStringLiteral("addCondition_") + type);
        const QString t = type;
        connect(a, &QAction::triggered, this, [chosen, t] { chosen(t); });
    }
    return menu;
}

void RuleForm::setRule(int rule)
{
    m_rule = rule < m_editor->document().ruleCount() ? rule : -1;
    m_structure.clear();
    rebuild();
}

QString RuleForm::structure() const
{
    if (m_rule < 0)
        return {};
    const JNode *list = m_editor->document().conditionList(m_rule, {});
    return QString::number(m_rule) + QLatin1Char(':') + (list ? structureOf(*list) : QString());
}

void RuleForm::onDocumentChanged()
{
    if (m_rule >= m_editor->document().ruleCount())
        m_rule = m_editor->document().ruleCount() - 1;
    if (structure() != m_structure)
        rebuild();
    else
        load();
}

void RuleForm::rebuild()
{
    qDeleteAll(m_rows);
    m_rows.clear();
    m_structure = structure();
    const bool on = m_rule >= 0;
    for (QWidget *w : { static_cast<QWidget *>(m_name), static_cast<QWidget *>(m_kind),
             static_cast<QWidget *>(m_autoConfirm), static_cast<QWidget *>(m_addCondition) })
        w->setEnabled(on);
    if (on) {
        const JNode *list = m_editor->document().conditionList(m_rule, {});
        for (size_t i = 0; list && i < list->items.size(); ++i) {
            auto *row = new ConditionRow(this, m_rule, { int(i) }, this);
            m_rows << row;
            m_conditions->addWidget(row);
        }
    }
    load();
}

void RuleForm::load()
{
    if (m_rule < 0) {
        const QSignalBlocker b(m_name);
        m_name->clear();
        m_description->clear();
        m_maxLeft->setEnabled(false);
        m_maxRight->setEnabled(false);
        return;
    }
    const JNode &r = m_editor->document().rule(m_rule);
    const QString name = match::memberText(r, QStringLiteral("name"));
    if (m_name->text() != name) {
        const QSignalBlocker b(m_name);
        m_name->setText(name);
    }
    m_description->setText(match::memberText(r, QStringLiteral("description")));
    m_description->setVisible(!m_description->text().isEmpty());
    const QString kind = match::memberText(r, QStringLiteral("kind"), QStringLiteral("one_to_one"));
    {
        const QSignalBlocker b1(m_kind), b2(m_maxLeft), b3(m_maxRight), b4(m_autoConfirm);
        m_kind->setCurrentIndex(std::max(0, m_kind->findData(kind)));
        m_maxLeft->setEnabled(manyLeft(kind));
        m_maxRight->setEnabled(manyRight(kind));
        m_maxLeft->setValue(match::memberText(r, QStringLiteral("max_left"),
            manyLeft(kind) ? QStringLiteral("5") : QStringLiteral("1"))
                                .toInt());
        m_maxRight->setValue(match::memberText(r, QStringLiteral("max_right"),
            manyRight(kind) ? QStringLiteral("5") : QStringLiteral("1"))
                                 .toInt());
        m_autoConfirm->setChecked(
            match::memberText(r, QStringLiteral("auto_confirm")) == QLatin1String("true"));
    }
    const JNode *list = m_editor->document().conditionList(m_rule, {});
    for (int i = 0; list && i < m_rows.size() && size_t(i) < list->items.size(); ++i)
        m_rows.at(i)->load(list->items[size_t(i)]);
}

void RuleForm::editRule(
    const QString &text, const QString &key, const std::function<void(JNode &)> &fn)
{
    if (m_rule < 0)
        return;
    const int r = m_rule;
    m_editor->edit(
        text, [&](match::RuleDocument &d) { fn(d.rule(r)); },
        QStringLiteral("r%1/%2").arg(r).arg(key), r);
}

void RuleForm::editCondition(int rule, const match::CondPath &path, const QString &text,
    const QString &mergeKey, const std::function<void(JNode &)> &fn)
{
    m_editor->edit(
        text,
        [&](match::RuleDocument &d) {
            if (JNode *c = d.condition(rule, path))
                fn(*c);
        },
        mergeKey, rule);
}

void RuleForm::addCondition(int rule, const match::CondPath &parent, const QString &type)
{
    if (rule < 0)
        return;
    // A group row's own menu may ask: the rebuild deletes that row, so leave its handler first.
    QMetaObject::invokeMethod(
        this,
        [this, rule, parent, type] {
            m_editor->edit(
                tr("Add %1 condition").arg(type),
                [&](match::RuleDocument &d) { d.addCondition(rule, parent, type); }, QString(),
                rule);
        },
        Qt::QueuedConnection);
}

void RuleForm::removeCondition(int rule, const match::CondPath &path)
{
    // The row that asked is deleted by the rebuild: leave the event handler first.
    QMetaObject::invokeMethod(
        this,
        [this, rule, path] {
            m_editor->edit(
                tr("Remove condition"),
                [&](match::RuleDocument &d) { d.removeCondition(rule, path); }, QString(), rule);
        },
        Qt::QueuedConnection);
}

} // namespace recon
