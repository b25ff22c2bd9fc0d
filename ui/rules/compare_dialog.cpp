#include "ui/rules/compare_dialog.h"

#include "core/store/rule_preview.h"
#include "ui/rules/preview_panel.h"
#include "ui/rules/preview_runner.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace recon {

CompareDialog::CompareDialog(Workspace *ws, PreviewRunner *runner, QWidget *parent)
    : QDialog(parent)
    , m_ws(ws)
    , m_runner(runner)
    , m_a(new QComboBox(this))
    , m_b(new QComboBox(this))
    , m_compare(new QPushButton(tr("&Compare"), this))
    , m_summary(new QLabel(this))
    , m_tree(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("compareDialog"));
    setWindowTitle(tr("Compare rule-set versions"));
    m_a->setObjectName(QStringLiteral("versionA"));
    m_b->setObjectName(QStringLiteral("versionB"));
    m_compare->setObjectName(QStringLiteral("compareButton"));
    m_summary->setObjectName(QStringLiteral("compareSummary"));
    m_summary->setWordWrap(true);
    m_tree->setObjectName(QStringLiteral("compareTree"));
    m_tree->setColumnCount(4);
    m_tree->setHeaderLabels({ tr("Rule / condition"), tr("Score"), tr("Left"), tr("Right") });
    m_tree->setColumnWidth(0, 220);
    m_tree->setColumnWidth(2, 320);
    const QList<RuleSetInfo> sets = ws ? ws->ruleSets() : QList<RuleSetInfo> {};
    for (const RuleSetInfo &s : sets) {
        const QString label
            = tr("%1 — version %2 (%3)").arg(s.name, s.version, s.createdAt.left(16));
        m_a->addItem(label, s.id);
        m_b->addItem(label, s.id);
    }
    if (m_b->count() > 1)
        m_b->setCurrentIndex(m_b->count() - 1);
    m_compare->setEnabled(!sets.isEmpty());
    auto *form = new QFormLayout;
    form->addRow(tr("&Before (A):"), m_a);
    form->addRow(tr("&After (B):"), m_b);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_compare, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_compare, &QPushButton::clicked, this, &CompareDialog::compare);
    connect(runner, &PreviewRunner::compared, this, &CompareDialog::onCompared);
    connect(runner, &PreviewRunner::failed, this, [this](const QString &m) {
        m_summary->setText(tr("Comparison failed: %1").arg(m));
        m_compare->setEnabled(true);
    });
    auto *l = new QVBoxLayout(this);
    l->addLayout(form);
    l->addWidget(m_summary);
    l->addWidget(m_tree, 1);
    l->addWidget(buttons);
    resize(900, 600);
}

void CompareDialog::compare()
{
    if (!m_ws)
        return;
    auto parse = [this](const QString &id) -> std::optional<match::RuleSet> {
        return match::parseRuleSet(storedRuleSetJson(*m_ws, id)).ruleSet;
    };
    const auto a = parse(m_a->currentData().toString());
    const auto b = parse(m_b->currentData().toString());
    if (!a || !b) {
        m_summary->setText(tr("A stored version could not be read."));
        return;
    }
    m_summary->setText(tr("Running both versions on the open items…"));
    m_compare->setEnabled(false);
    m_runner->compare(*a, *b);
}

void CompareDialog::onCompared(const PreviewOutcome &o)
{
    m_compare->setEnabled(true);
    const int a = [&] {
        int n = 0;
        if (o.baseline)
            for (const auto &g : o.baseline->groups)
                n += int(g.left.size() + g.right.size());
        return n;
    }();
    m_summary->setText(tr("A matches %1 items, B matches %2. B against A: %3")
                           .arg(a)
                           .arg(o.matchedItems())
                           .arg(diffSummary(o.diff)));
    fillDiffTree(m_tree, o);
}

} // namespace recon
