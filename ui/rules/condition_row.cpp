#include "ui/rules/condition_row.h"

#include "ui/rules/decimal_spin_box.h"
#include "ui/rules/rule_form.h"
#include "ui/rules/rule_set_editor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QSlider>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace recon {

using match::JNode;

namespace {

const char *const kFields[]
    = { "reference", "description", "counterparty", "counterparty_account", "external_id" };

QString fieldLabel(const QString &f)
{
    if (f == QLatin1String("reference"))
        return ConditionRow::tr("reference");
    if (f == QLatin1String("description"))
        return ConditionRow::tr("description");
    if (f == QLatin1String("counterparty"))
        return ConditionRow::tr("counterparty");
    if (f == QLatin1String("counterparty_account"))
        return ConditionRow::tr("counterparty account");
    return ConditionRow::tr("external id");
}

QString typeLabel(const QString &t)
{
    if (t == QLatin1String("amount"))
        return ConditionRow::tr("Amount");
    if (t == QLatin1String("sign"))
        return ConditionRow::tr("Sign");
    if (t == QLatin1String("date"))
        return ConditionRow::tr("Date");
    if (t == QLatin1String("equals"))
        return ConditionRow::tr("Equals");
    if (t == QLatin1String("text"))
        return ConditionRow::tr("Text");
    if (t == QLatin1String("regex"))
        return ConditionRow::tr("Regex");
    if (t == QLatin1String("reference_in_text"))
        return ConditionRow::tr("Reference in text");
    if (t == QLatin1String("counterparty"))
        return ConditionRow::tr("Counterparty");
    if (t == QLatin1String("currency"))
        return ConditionRow::tr("Same currency");
    return t;
}

void selectData(QComboBox *box, const QString &value)
{
    const QSignalBlocker b(box);
    const int i = box->findData(value);
    box->setCurrentIndex(i >= 0 ? i : 0);
}

} // namespace

ConditionRow::ConditionRow(RuleForm *form, int rule, const match::CondPath &path, QWidget *parent)
    : QFrame(parent)
    , m_form(form)
    , m_rule(rule)
    , m_path(path)
{
    const JNode *cond = form->editor()->document().condition(rule, path);
    m_type = cond ? match::conditionType(*cond) : QString();
    QStringList p;
    for (int i : path)
        p << QString::number(i);
    setObjectName(QStringLiteral("condition_") + p.join(QLatin1Char('_')));
    setFrameShape(QFrame::StyledPanel);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(8, 4, 4, 4);
    outer->setSpacing(4);
    m_row = new QHBoxLayout;
    m_row->setSpacing(6);
    outer->addLayout(m_row);
    auto *title = new QLabel(typeLabel(m_type), this);
    title->setMinimumWidth(110);
    QFont f = title->font();
    f.setBold(true);
    title->setFont(f);
    m_row->addWidget(title);

    if (m_type == QLatin1String("amount"))
        buildAmount();
    else if (m_type == QLatin1String("sign")) {
        m_sign = new QComboBox(this);
        m_sign->setObjectName(QStringLiteral("signValue"));
        m_sign->addItem(tr("same sign"), QStringLiteral("same"));
        m_sign->addItem(tr("opposite sign"), QStringLiteral("opposite"));
        connect(m_sign, &QComboBox::currentIndexChanged, this, [this] {
            const QString v = m_sign->currentData().toString();
            change(tr("Change sign"), QStringLiteral("value"), [v](JNode &c) {
                match::setMember(c, QStringLiteral("value"), match::jsonString(v));
            });
        });
        m_row->addWidget(m_sign);
    } else if (m_type == QLatin1String("date"))
        buildDate();
    else if (m_type == QLatin1String("equals"))
        buildFields(false);
    else if (m_type == QLatin1String("text")) {
        buildFields(true);
        buildSimilarity(true);
    } else if (m_type == QLatin1String("counterparty")) {
        m_row->addWidget(new QLabel(tr("names similar, at least"), this));
        buildSimilarity(false);
    } else if (m_type == QLatin1String("regex"))
        buildRegex();
    else if (m_type == QLatin1String("reference_in_text"))
        buildReferenceInText();
    else if (m_type == QLatin1String("any") || m_type == QLatin1String("all"))
        buildGroup();

    m_row->addStretch(1);
    auto *remove = new QToolButton(this);
    remove->setObjectName(QStringLiteral("removeCondition"));
    remove->setText(QStringLiteral("✕"));
    remove->setToolTip(tr("Remove this condition"));
    remove->setAutoRaise(true);
    connect(
        remove, &QToolButton::clicked, this, [this] { m_form->removeCondition(m_rule, m_path); });
    m_row->addWidget(remove);
    if (cond)
        load(*cond);
}

void ConditionRow::change(const QString &text, const QString &key, const Change &fn)
{
    QStringList p;
    for (int i : m_path)
        p << QString::number(i);
    m_form->editCondition(m_rule, m_path, text,
        QStringLiteral("r%1/c%2/%3").arg(m_rule).arg(p.join(QLatin1Char('.')), key), fn);
}

QComboBox *ConditionRow::fieldCombo(const QString &objectName)
{
    auto *box = new QComboBox(this);
    box->setObjectName(objectName);
    for (const char *f : kFields)
        box->addItem(fieldLabel(QLatin1String(f)), QLatin1String(f));
    return box;
}

QWidget *ConditionRow::fieldSet(const QString &key, QList<QCheckBox *> *boxes)
{
    auto *w = new QWidget(this);
    auto *l = new QHBoxLayout(w);
    l->setContentsMargins(0, 0, 0, 0);
    l->setSpacing(4);
    for (const char *f : kFields) {
        auto *b = new QCheckBox(fieldLabel(QLatin1String(f)), w);
        b->setObjectName(key + QLatin1Char('_') + QLatin1String(f));
        b->setProperty("field", QLatin1String(f));
        boxes->append(b);
        l->addWidget(b);
        connect(b, &QCheckBox::toggled, this, [this, key, boxes] {
            QStringList on;
            for (QCheckBox *c : *boxes)
                if (c->isChecked())
                    on << c->property("field").toString();
            if (on.isEmpty())
                return; // at least one field: the checker would refuse an empty list
            change(tr("Change searched fields"), key,
                [key, on](JNode &c) { match::setMember(c, key, match::jsonArray(on)); });
        });
    }
    return w;
}

void ConditionRow::buildAmount()
{
    m_useAbs = new QCheckBox(tr("± absolute"), this);
    m_useAbs->setObjectName(QStringLiteral("useTolerance"));
    m_abs = new DecimalSpinBox(2, this);
    m_abs->setObjectName(QStringLiteral("tolerance"));
    m_abs->setMinimumWidth(90);
    m_usePct = new QCheckBox(tr("or percent"), this);
    m_usePct->setObjectName(QStringLiteral("usePercent"));
    m_pct = new DecimalSpinBox(2, this);
    m_pct->setObjectName(QStringLiteral("percent"));
    m_pct->setMaximumUnits(9999);
    m_pct->setMinimumWidth(70);
    for (QWidget *w : { static_cast<QWidget *>(m_useAbs), static_cast<QWidget *>(m_abs),
             static_cast<QWidget *>(m_usePct), static_cast<QWidget *>(m_pct) })
        m_row->addWidget(w);
    m_row->addWidget(new QLabel(QStringLiteral("%"), this));
    auto wire = [this](
                    QCheckBox *use, DecimalSpinBox *box, const QString &key, const QString &what) {
        connect(box, &DecimalSpinBox::valueChanged, this, [this, use, key, what](const QString &v) {
            if (!use->isChecked()) {
                const QSignalBlocker b(use);
                use->setChecked(true);
            }
            change(
                what, key, [key, v](JNode &c) { match::setMember(c, key, match::jsonString(v)); });
        });
        connect(use, &QCheckBox::toggled, this, [this, box, key, what](bool on) {
            const QString v = box->text();
            change(what, key, [key, v, on](JNode &c) {
                if (on)
                    match::setMember(c, key, match::jsonString(v));
                else
                    match::removeMember(c, key);
            });
        });
    };
    wire(m_useAbs, m_abs, QStringLiteral("tolerance"), tr("Change amount tolerance"));
    wire(m_usePct, m_pct, QStringLiteral("percent"), tr("Change percent tolerance"));
}

void ConditionRow::buildDate()
{
    m_row->addWidget(new QLabel(tr("within"), this));
    m_days = new QSpinBox(this);
    m_days->setObjectName(QStringLiteral("days"));
    m_days->setRange(0, 3660);
    m_days->setSuffix(tr(" days"));
    m_row->addWidget(m_days);
    connect(m_days, &QSpinBox::valueChanged, this, [this](int d) {
        change(tr("Change date window"), QStringLiteral("days"), [d](JNode &c) {
            match::setMember(c, QStringLiteral("days"), match::jsonNumber(QString::number(d)));
        });
    });
    auto dateBox = [this](const QString &name, const QString &key) {
        auto *b = new QComboBox(this);
        b->setObjectName(name);
        b->addItem(tr("either date"), QStringLiteral("either"));
        b->addItem(tr("booking date"), QStringLiteral("booking"));
        b->addItem(tr("value date"), QStringLiteral("value"));
        connect(b, &QComboBox::currentIndexChanged, this, [this, b, key] {
            const QString v = b->currentData().toString();
            change(tr("Change date choice"), key,
                [key, v](JNode &c) { match::setMember(c, key, match::jsonString(v)); });
        });
        return b;
    };
    m_row->addWidget(new QLabel(tr("left:"), this));
    m_leftDate = dateBox(QStringLiteral("leftDate"), QStringLiteral("left_date"));
    m_row->addWidget(m_leftDate);
    m_row->addWidget(new QLabel(tr("right:"), this));
    m_rightDate = dateBox(QStringLiteral("rightDate"), QStringLiteral("right_date"));
    m_row->addWidget(m_rightDate);
}

void ConditionRow::buildFields(bool text)
{
    m_leftField = fieldCombo(QStringLiteral("leftField"));
    m_rightField = fieldCombo(QStringLiteral("rightField"));
    m_row->addWidget(new QLabel(tr("left"), this));
    m_row->addWidget(m_leftField);
    m_row->addWidget(new QLabel(text ? tr("like right") : tr("= right"), this));
    m_row->addWidget(m_rightField);
    auto update = [this] {
        const QString l = m_leftField->currentData().toString();
        const QString r = m_rightField->currentData().toString();
        change(tr("Change compared fields"), QStringLiteral("fields"), [l, r](JNode &c) {
            match::removeMember(c, QStringLiteral("field"));
            match::removeMember(c, QStringLiteral("left"));
            match::removeMember(c, QStringLiteral("right"));
            if (l == r) {
                match::setMember(c, QStringLiteral("field"), match::jsonString(l));
            } else {
                match::setMember(c, QStringLiteral("left"), match::jsonString(l));
                match::setMember(c, QStringLiteral("right"), match::jsonString(r));
            }
        });
    };
    connect(m_leftField, &QComboBox::currentIndexChanged, this, update);
    connect(m_rightField, &QComboBox::currentIndexChanged, this, update);
}

void ConditionRow::buildSimilarity(bool withMethod)
{
    if (withMethod) {
        m_method = new QComboBox(this);
        m_method->setObjectName(QStringLiteral("method"));
        m_method->addItem(tr("Jaro-Winkler"), QStringLiteral("jaro_winkler"));
        m_method->addItem(tr("token set"), QStringLiteral("token_set"));
        m_method->addItem(tr("trigram"), QStringLiteral("trigram"));
        m_method->addItem(tr("contains"), QStringLiteral("contains"));
        m_row->addWidget(m_method);
        connect(m_method, &QComboBox::currentIndexChanged, this, [this] {
            const QString v = m_method->currentData().toString();
            change(tr("Change similarity measure"), QStringLiteral("method"), [v](JNode &c) {
                match::setMember(c, QStringLiteral("method"), match::jsonString(v));
            });
        });
    }
    m_slider = new QSlider(Qt::Horizontal, this);
    m_slider->setObjectName(QStringLiteral("thresholdSlider"));
    m_slider->setRange(0, 100);
    m_slider->setMinimumWidth(120);
    m_threshold = new QDoubleSpinBox(this);
    m_threshold->setObjectName(QStringLiteral("threshold"));
    m_threshold->setRange(0.0, 1.0);
    m_threshold->setDecimals(2);
    m_threshold->setSingleStep(0.01);
    m_row->addWidget(m_slider);
    m_row->addWidget(m_threshold);
    // A similarity threshold is a score, not an amount: a double is right here.
    auto write = [this](int hundredths) {
        const QString v = QString::number(hundredths / 100) + QLatin1Char('.')
            + QStringLiteral("%1").arg(hundredths % 100, 2, 10, QLatin1Char('0'));
        change(tr("Change similarity threshold"), QStringLiteral("threshold"), [v](JNode &c) {
            match::setMember(c, QStringLiteral("threshold"), match::jsonNumber(v));
        });
    };
    connect(m_slider, &QSlider::valueChanged, this, [this, write](int v) {
        const QSignalBlocker b(m_threshold);
        m_threshold->setValue(v / 100.0);
        write(v);
    });
    connect(m_threshold, &QDoubleSpinBox::valueChanged, this, [this, write](double v) {
        const int h = qRound(v * 100.0);
        const QSignalBlocker b(m_slider);
        m_slider->setValue(h);
        write(h);
    });
}

void ConditionRow::buildRegex()
{
    m_pattern = new QLineEdit(this);
    m_pattern->setObjectName(QStringLiteral("pattern"));
    m_pattern->setPlaceholderText(tr("pattern with a capture group, e.g. INV-(\\d+)"));
    m_pattern->setMinimumWidth(220);
    m_row->addWidget(m_pattern, 2);
    connect(m_pattern, &QLineEdit::textEdited, this, [this](const QString &p) {
        updateCaptures();
        change(tr("Change regex"), QStringLiteral("pattern"), [p](JNode &c) {
            match::setMember(c, QStringLiteral("pattern"), match::jsonString(p));
        });
    });
    m_searchSide = new QComboBox(this);
    m_searchSide->setObjectName(QStringLiteral("searchSide"));
    m_searchSide->addItem(tr("searched on the left"), QStringLiteral("left"));
    m_searchSide->addItem(tr("searched on the right"), QStringLiteral("right"));
    m_row->addWidget(m_searchSide);
    connect(m_searchSide, &QComboBox::currentIndexChanged, this, [this] {
        const QString v = m_searchSide->currentData().toString();
        change(tr("Change searched side"), QStringLiteral("search"),
            [v](JNode &c) { match::setMember(c, QStringLiteral("search"), match::jsonString(v)); });
    });
    m_key = fieldCombo(QStringLiteral("key"));
    m_row->addWidget(new QLabel(tr("= other side's"), this));
    m_row->addWidget(m_key);
    connect(m_key, &QComboBox::currentIndexChanged, this, [this] {
        const QString v = m_key->currentData().toString();
        change(tr("Change key field"), QStringLiteral("key"),
            [v](JNode &c) { match::setMember(c, QStringLiteral("key"), match::jsonString(v)); });
    });
    auto *second = new QHBoxLayout;
    second->setSpacing(6);
    second->addSpacing(116);
    second->addWidget(new QLabel(tr("in"), this));
    second->addWidget(fieldSet(QStringLiteral("in"), &m_in));
    second->addStretch(1);
    static_cast<QVBoxLayout *>(layout())->addLayout(second);
    auto *third = new QHBoxLayout;
    third->setSpacing(6);
    third->addSpacing(116);
    m_test = new QLineEdit(this);
    m_test->setObjectName(QStringLiteral("regexTest"));
    m_test->setPlaceholderText(tr("Try it: type a sample text"));
    m_test->setMinimumWidth(220);
    m_captures = new QLabel(this);
    m_captures->setObjectName(QStringLiteral("regexCaptures"));
    m_captures->setTextInteractionFlags(Qt::TextSelectableByMouse);
    third->addWidget(m_test, 1);
    third->addWidget(m_captures, 1);
    static_cast<QVBoxLayout *>(layout())->addLayout(third);
    connect(m_test, &QLineEdit::textChanged, this, &ConditionRow::updateCaptures);
}

void ConditionRow::updateCaptures()
{
    if (!m_captures)
        return;
    if (m_test->text().isEmpty()) {
        m_captures->setText(tr("captures appear here"));
        return;
    }
    QString error;
    const QStringList caps = match::regexCaptures(m_pattern->text(), m_test->text(), &error);
    if (!error.isEmpty())
        m_captures->setText(tr("bad pattern: %1").arg(error));
    else if (caps.isEmpty())
        m_captures->setText(tr("no match"));
    else {
        QStringList parts;
        for (int i = 0; i < caps.size(); ++i)
            parts << QStringLiteral("%1 = \u201c%2\u201d").arg(i + 1).arg(caps.at(i));
        m_captures->setText(tr("captures: %1").arg(parts.join(QStringLiteral(", "))));
    }
}

void ConditionRow::buildReferenceInText()
{
    m_refSide = new QComboBox(this);
    m_refSide->setObjectName(QStringLiteral("referenceSide"));
    m_refSide->addItem(tr("right's"), QStringLiteral("right"));
    m_refSide->addItem(tr("left's"), QStringLiteral("left"));
    m_row->addWidget(m_refSide);
    connect(m_refSide, &QComboBox::currentIndexChanged, this, [this] {
        const QString v = m_refSide->currentData().toString();
        change(tr("Change reference side"), QStringLiteral("reference"), [v](JNode &c) {
            match::setMember(c, QStringLiteral("reference"), match::jsonString(v));
        });
    });
    m_key = fieldCombo(QStringLiteral("referenceField"));
    m_row->addWidget(m_key);
    connect(m_key, &QComboBox::currentIndexChanged, this, [this] {
        const QString v = m_key->currentData().toString();
        change(tr("Change reference field"), QStringLiteral("field"),
            [v](JNode &c) { match::setMember(c, QStringLiteral("field"), match::jsonString(v)); });
    });
    m_row->addWidget(new QLabel(tr("min. length"), this));
    m_minLength = new QSpinBox(this);
    m_minLength->setObjectName(QStringLiteral("minLength"));
    m_minLength->setRange(4, 64);
    m_row->addWidget(m_minLength);
    connect(m_minLength, &QSpinBox::valueChanged, this, [this](int v) {
        change(tr("Change minimum length"), QStringLiteral("min_length"), [v](JNode &c) {
            match::setMember(
                c, QStringLiteral("min_length"), match::jsonNumber(QString::number(v)));
        });
    });
    auto *second = new QHBoxLayout;
    second->addSpacing(116);
    second->addWidget(new QLabel(tr("found in the other side's"), this));
    second->addWidget(fieldSet(QStringLiteral("in"), &m_in));
    second->addStretch(1);
    static_cast<QVBoxLayout *>(layout())->addLayout(second);
}

void ConditionRow::buildGroup()
{
    m_groupOp = new QComboBox(this);
    m_groupOp->setObjectName(QStringLiteral("groupOperator"));
    m_groupOp->addItem(tr("any of (OR)"), QStringLiteral("any"));
    m_groupOp->addItem(tr("all of (AND)"), QStringLiteral("all"));
    m_row->addWidget(m_groupOp);
    connect(m_groupOp, &QComboBox::currentIndexChanged, this, [this] {
        const QString op = m_groupOp->currentData().toString();
        change(tr("Change group operator"), QStringLiteral("group"), [op](JNode &c) {
            for (auto &m : c.members)
                if (m.first == QLatin1String("any") || m.first == QLatin1String("all"))
                    m.first = op;
        });
    });
    auto *add = new QToolButton(this);
    add->setObjectName(QStringLiteral("addToGroup"));
    add->setText(tr("Add to group"));
    add->setPopupMode(QToolButton::InstantPopup);
    add->setMenu(m_form->conditionTypeMenu(
        add, [this](const QString &t) { m_form->addCondition(m_rule, m_path, t); }));
    m_row->addWidget(add);
    m_childLayout = new QVBoxLayout;
    m_childLayout->setContentsMargins(24, 0, 0, 0);
    static_cast<QVBoxLayout *>(layout())->addLayout(m_childLayout);
    const JNode *list = m_form->editor()->document().conditionList(m_rule, m_path);
    if (!list)
        return;
    for (size_t i = 0; i < list->items.size(); ++i) {
        auto *row = new ConditionRow(m_form, m_rule, m_path + match::CondPath { int(i) }, this);
        m_children << row;
        m_childLayout->addWidget(row);
    }
}

void ConditionRow::load(const JNode &cond)
{
    using match::memberText;
    if (m_abs) {
        const QString tol = memberText(cond, QStringLiteral("tolerance"));
        const QString pct = memberText(cond, QStringLiteral("percent"));
        const QSignalBlocker b1(m_useAbs), b2(m_usePct), b3(m_abs), b4(m_pct);
        m_useAbs->setChecked(!tol.isEmpty());
        m_usePct->setChecked(!pct.isEmpty());
        if (!tol.isEmpty() && tol != m_abs->text())
            m_abs->setText(tol);
        if (!pct.isEmpty() && pct != m_pct->text())
            m_pct->setText(pct);
    }
    if (m_sign)
        selectData(m_sign, memberText(cond, QStringLiteral("value"), QStringLiteral("same")));
    if (m_days) {
        const QSignalBlocker b(m_days);
        m_days->setValue(memberText(cond, QStringLiteral("days")).toInt());
        selectData(
            m_leftDate, memberText(cond, QStringLiteral("left_date"), QStringLiteral("either")));
        selectData(
            m_rightDate, memberText(cond, QStringLiteral("right_date"), QStringLiteral("either")));
    }
    if (m_leftField) {
        const QString def = m_type == QLatin1String("text") ? QStringLiteral("description")
                                                            : QStringLiteral("reference");
        const QStringList both = match::memberStrings(cond, QStringLiteral("field"));
        const QString b = both.value(0, def);
        selectData(m_leftField, match::memberStrings(cond, QStringLiteral("left")).value(0, b));
        selectData(m_rightField, match::memberStrings(cond, QStringLiteral("right")).value(0, b));
    }
    if (m_method)
        selectData(
            m_method, memberText(cond, QStringLiteral("method"), QStringLiteral("jaro_winkler")));
    if (m_threshold) {
        const QString def = memberText(cond, QStringLiteral("method")) == QLatin1String("contains")
            ? QStringLiteral("1")
            : QStringLiteral("0.85");
        const double t = memberText(cond, QStringLiteral("threshold"), def).toDouble();
        const QSignalBlocker b1(m_threshold), b2(m_slider);
        m_threshold->setValue(t);
        m_slider->setValue(qRound(t * 100.0));
    }
    if (m_pattern) {
        const QString p = memberText(cond, QStringLiteral("pattern"));
        if (p != m_pattern->text()) {
            const QSignalBlocker b(m_pattern);
            m_pattern->setText(p);
        }
        selectData(
            m_searchSide, memberText(cond, QStringLiteral("search"), QStringLiteral("left")));
        selectData(m_key,
            match::memberStrings(cond, QStringLiteral("key"))
                .value(0, QStringLiteral("reference")));
        updateCaptures();
    }
    if (m_refSide) {
        selectData(
            m_refSide, memberText(cond, QStringLiteral("reference"), QStringLiteral("right")));
        selectData(m_key,
            match::memberStrings(cond, QStringLiteral("field"))
                .value(0, QStringLiteral("reference")));
        const QSignalBlocker b(m_minLength);
        m_minLength->setValue(
            memberText(cond, QStringLiteral("min_length"), QStringLiteral("5")).toInt());
    }
    if (!m_in.isEmpty()) {
        QStringList in = match::memberStrings(cond, QStringLiteral("in"));
        if (in.isEmpty()) // the engine's default for both regex and reference_in_text
            in = QStringList { QStringLiteral("description"), QStringLiteral("reference") };
        for (QCheckBox *c : std::as_const(m_in)) {
            const QSignalBlocker b(c);
            c->setChecked(in.contains(c->property("field").toString()));
        }
    }
    if (m_groupOp) {
        selectData(m_groupOp, match::conditionType(cond));
        const JNode *list = m_form->editor()->document().conditionList(m_rule, m_path);
        for (int i = 0; list && i < m_children.size() && size_t(i) < list->items.size(); ++i)
            m_children.at(i)->load(list->items[size_t(i)]);
    }
}

} // namespace recon
