#include "ui/rules/preview_panel.h"

#include "ui/rules/rule_count_model.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QLabel>
#include <QTabWidget>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace recon {

namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("recon::PreviewPanel", s);
}

QString members(const std::vector<uint32_t> &idx, const QList<Transaction> &side)
{
    QStringList out;
    for (size_t i = 0; i < idx.size() && i < 3; ++i)
        if (idx[i] < uint32_t(side.size()))
            out << itemSummary(side.at(idx[i]));
    if (idx.size() > 3)
        out << tr("… and %1 more").arg(idx.size() - 3);
    return out.join(QStringLiteral("\n"));
}

QTreeWidgetItem *groupItem(const match::MatchGroup &g, const PreviewData &data, bool explain)
{
    auto *item = new QTreeWidgetItem;
    item->setText(0, g.rule);
    item->setText(1, QString::number(g.score, 'f', 2));
    item->setText(2, members(g.left, data.left));
    item->setText(3, members(g.right, data.right));
    item->setToolTip(2, item->text(2));
    item->setToolTip(3, item->text(3));
    if (explain) {
        for (const auto &c : g.explanation) {
            auto *ci = new QTreeWidgetItem(item);
            ci->setText(0, (c.pass ? QStringLiteral("✓ ") : QStringLiteral("✗ ")) + c.condition);
            ci->setText(1, c.measure);
            ci->setText(2, c.leftValue);
            ci->setText(3,
                c.rightValue
                    + (c.threshold.isEmpty() ? QString()
                                             : QStringLiteral("   (%1)").arg(c.threshold)));
        }
    }
    return item;
}

QTreeWidget *makeTree(QWidget *parent, const QString &name)
{
    auto *t = new QTreeWidget(parent);
    t->setObjectName(name);
    t->setColumnCount(4);
    t->setHeaderLabels({ tr("Rule / condition"), tr("Score"), tr("Left"), tr("Right") });
    t->setAlternatingRowColors(true);
    t->setUniformRowHeights(false);
    t->header()->setStretchLastSection(true);
    t->setColumnWidth(0, 200);
    t->setColumnWidth(1, 60);
    t->setColumnWidth(2, 300);
    return t;
}

} // namespace

QString diffSummary(const MatchDiff &d)
{
    return tr("+%1 items newly matched, −%2 no longer matched; %3 new groups, %4 gone, %5 changed, "
              "%6 unchanged")
        .arg(d.itemsGained)
        .arg(d.itemsLost)
        .arg(d.newlyMatched.size())
        .arg(d.noLongerMatched.size())
        .arg(d.changed.size())
        .arg(d.unchanged);
}

void fillDiffTree(QTreeWidget *tree, const PreviewOutcome &o, int limit)
{
    tree->clear();
    if (!o.candidate || !o.data)
        return;
    const PreviewData &data = *o.data;
    auto branch = [&](const QString &title, size_t n) {
        auto *b = new QTreeWidgetItem(tree);
        b->setText(0, title.arg(n));
        QFont f = b->font(0);
        f.setBold(true);
        b->setFont(0, f);
        b->setFirstColumnSpanned(true);
        return b;
    };
    QTreeWidgetItem *added = branch(tr("Newly matched (%1)"), o.diff.newlyMatched.size());
    for (size_t i = 0; i < o.diff.newlyMatched.size() && int(i) < limit; ++i)
        added->addChild(groupItem(o.candidate->groups[size_t(o.diff.newlyMatched[i])], data, true));
    QTreeWidgetItem *gone = branch(tr("No longer matched (%1)"), o.diff.noLongerMatched.size());
    if (o.baseline)
        for (size_t i = 0; i < o.diff.noLongerMatched.size() && int(i) < limit; ++i)
            gone->addChild(
                groupItem(o.baseline->groups[size_t(o.diff.noLongerMatched[i])], data, false));
    QTreeWidgetItem *changed = branch(tr("Changed groups (%1)"), o.diff.changed.size());
    if (o.baseline) {
        for (size_t i = 0; i < o.diff.changed.size() && int(i) < limit; ++i) {
            const GroupChange &c = o.diff.changed[i];
            auto *pair = new QTreeWidgetItem(changed);
            pair->setText(0,
                tr("%1 → %2").arg(o.baseline->groups[size_t(c.base)].rule,
                    o.candidate->groups[size_t(c.candidate)].rule));
            QTreeWidgetItem *before = groupItem(o.baseline->groups[size_t(c.base)], data, false);
            before->setText(0, tr("before: %1").arg(before->text(0)));
            QTreeWidgetItem *after
                = groupItem(o.candidate->groups[size_t(c.candidate)], data, true);
            after->setText(0, tr("after: %1").arg(after->text(0)));
            pair->addChild(before);
            pair->addChild(after);
        }
    }
    added->setExpanded(true);
}

PreviewPanel::PreviewPanel(QWidget *parent)
    : QWidget(parent)
    , m_status(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_counts(new RuleCountModel(this))
    , m_countView(new QTableView(this))
    , m_tabs(new QTabWidget(this))
    , m_samples(makeTree(this, QStringLiteral("sampleTree")))
    , m_changes(makeTree(this, QStringLiteral("diffTree")))
{
    m_status->setObjectName(QStringLiteral("previewStatus"));
    m_summary->setObjectName(QStringLiteral("diffSummary"));
    m_summary->setWordWrap(true);
    QFont f = m_status->font();
    f.setPointSizeF(f.pointSizeF() * 1.15);
    f.setBold(true);
    m_status->setFont(f);
    m_countView->setObjectName(QStringLiteral("ruleCounts"));
    m_countView->setModel(m_counts);
    m_countView->verticalHeader()->hide();
    m_countView->verticalHeader()->setDefaultSectionSize(m_countView->fontMetrics().height() + 6);
    m_countView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_countView->horizontalHeader()->setSectionResizeMode(
        RuleCountModel::Rule, QHeaderView::Stretch);
    m_countView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_countView->setAlternatingRowColors(true);
    m_tabs->setObjectName(QStringLiteral("previewTabs"));
    m_tabs->addTab(m_changes, tr("Changes vs current"));
    m_tabs->addTab(m_samples, tr("Sample matches"));
    auto *l = new QVBoxLayout(this);
    l->setContentsMargins(0, 0, 0, 0);
    auto *title
        = new QLabel(tr("<b>Live preview</b> (dry run on the workspace's open items)"), this);
    l->addWidget(title);
    l->addWidget(m_status);
    l->addWidget(m_countView, 2);
    l->addWidget(m_summary);
    l->addWidget(m_tabs, 3);
    showMessage(tr("No workspace open: open one to preview the rules on its data."));
}

void PreviewPanel::showRunning()
{
    m_status->setText(tr("Running…"));
}

void PreviewPanel::showMessage(const QString &message)
{
    m_status->setText(message);
}

void PreviewPanel::showOutcome(const PreviewOutcome &o)
{
    m_matched = o.matchedItems();
    const int open = o.data ? int(o.data->left.size() + o.data->right.size()) : 0;
    m_status->setText(
        tr("%1 of %2 open items would be matched (%3 ms)").arg(m_matched).arg(open).arg(o.millis));
    m_counts->setCounts(o.candidate ? countsPerRule(*o.candidate) : QList<RuleCount> {},
        o.baseline ? countsPerRule(*o.baseline) : QList<RuleCount> {});
    m_summary->setText(
        o.baseline ? diffSummary(o.diff) : tr("No current rule set to compare with."));
    fillDiffTree(m_changes, o);
    m_samples->clear();
    if (o.candidate && o.data) {
        for (size_t i = 0; i < o.candidate->groups.size() && i < 200; ++i)
            m_samples->addTopLevelItem(groupItem(o.candidate->groups[i], *o.data, true));
    }
}

} // namespace recon
