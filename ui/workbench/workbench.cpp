#include "ui/workbench/workbench.h"

#include "core/log.h"
#include "core/store/item_query.h"
#include "core/store/resolution_service.h"
#include "core/store/workspace.h"
#include "ui/commands/resolution_commands.h"
#include "ui/models/transaction_filter_proxy.h"
#include "ui/models/transaction_table_model.h"
#include "ui/windows/side_panel.h"
#include "ui/workbench/detail_panel.h"
#include "ui/workbench/group_table_model.h"
#include "ui/workbench/item_filter_proxy.h"
#include "ui/workbench/reason_dialog.h"
#include "ui/workbench/suggestion_model.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSplitter>
#include <QTableView>
#include <QThread>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace recon {

namespace {

QString formatMoney(const Money &m)
{
    const QLocale locale;
    return m.format(locale.decimalPoint().front(), locale.groupSeparator().front())
        + QLatin1Char(' ') + m.currencyCode();
}

const QDate kNoDate(2000, 1, 1); // the date edits' "no bound" value

void setupTable(QTableView *v)
{
    v->setSelectionBehavior(QAbstractItemView::SelectRows);
    v->setSelectionMode(QAbstractItemView::ExtendedSelection);
    v->verticalHeader()->hide();
    v->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    v->verticalHeader()->setDefaultSectionSize(v->fontMetrics().height() + 8);
    v->horizontalHeader()->setStretchLastSection(true);
    v->setAlternatingRowColors(true);
}

} // namespace

// Everything the suggestion engine needs, built off the GUI thread.
struct Workbench::IndexData {
    QList<Transaction> items[2];
    QHash<QUuid, int> rowOf[2];
    std::unique_ptr<match::MatchSide> sides[2];
    std::vector<uint8_t> open[2];
    std::unique_ptr<match::MatchIndex> index;
};

Workbench::Workbench(ResolutionContext *context, QUndoStack *undo, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_undo(undo)
    , m_left(new SidePanel(Side::Left, this))
    , m_right(new SidePanel(Side::Right, this))
    , m_leftFilter(new ItemFilterProxy(this))
    , m_rightFilter(new ItemFilterProxy(this))
    , m_leftSum(new QLabel(this))
    , m_rightSum(new QLabel(this))
    , m_difference(new QLabel(this))
    , m_message(new QLabel(this))
    , m_suggestions(new SuggestionModel(this))
    , m_groups(new GroupTableModel(this))
{
    setObjectName(QStringLiteral("workbench"));
    m_left->setObjectName(QStringLiteral("workbenchLeft"));
    m_right->setObjectName(QStringLiteral("workbenchRight"));
    for (Side s : { Side::Left, Side::Right }) {
        SidePanel *p = side(s);
        ItemFilterProxy *f = filter(s);
        f->setSourceModel(p->proxy());
        p->view()->setModel(f);
        p->view()->setSelectionMode(QAbstractItemView::ExtendedSelection);
        connect(p->view()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &Workbench::updateSums);
        connect(p->view()->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this, s](const QModelIndex &cur) { currentChanged(s, cur); });
    }
    m_leftSum->setObjectName(QStringLiteral("leftSum"));
    m_rightSum->setObjectName(QStringLiteral("rightSum"));
    m_difference->setObjectName(QStringLiteral("difference"));
    m_difference->setAlignment(Qt::AlignCenter);
    m_rightSum->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    QFont bold = m_difference->font();
    bold.setBold(true);
    m_difference->setFont(bold);
    m_message->setObjectName(QStringLiteral("workbenchMessage"));
    m_message->setWordWrap(true);

    auto *sides = new QSplitter(Qt::Horizontal, this);
    sides->addWidget(m_left);
    sides->addWidget(m_right);
    sides->setChildrenCollapsible(false);
    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(buildFilterBar());
    topLayout->addWidget(sides, 1);
    auto *sums = new QHBoxLayout;
    sums->addWidget(m_leftSum, 1);
    sums->addWidget(m_difference, 1);
    sums->addWidget(m_rightSum, 1);
    topLayout->addLayout(sums);
    topLayout->addWidget(buildActionBar());
    auto *vsplit = new QSplitter(Qt::Vertical, this);
    vsplit->addWidget(top);
    vsplit->addWidget(buildBottom());
    vsplit->setStretchFactor(0, 3);
    vsplit->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(vsplit, 1);
    layout->addWidget(m_message);

    connect(m_context, &ResolutionContext::failed, this,
        [this](const QString &msg) { showMessage(msg, true); });
    connect(m_context, &ResolutionContext::itemsChanged, this, &Workbench::itemsChanged);

    applyFilters();
    updateSums();
}

Workbench::~Workbench()
{
    for (QThread *t : std::as_const(m_builders))
        t->wait();
}

QWidget *Workbench::buildFilterBar()
{
    auto *bar = new QWidget(this);
    auto *l = new QHBoxLayout(bar);
    l->setContentsMargins(0, 0, 0, 0);
    m_statusFilter = new QComboBox(bar);
    m_statusFilter->setObjectName(QStringLiteral("statusFilter"));
    m_statusFilter->addItem(
        tr("Open and exceptions"), ItemFilterProxy::maskOf({ Status::Open, Status::Exception }));
    m_statusFilter->addItem(tr("Open"), ItemFilterProxy::maskOf({ Status::Open }));
    m_statusFilter->addItem(tr("Exceptions"), ItemFilterProxy::maskOf({ Status::Exception }));
    m_statusFilter->addItem(tr("Proposed"), ItemFilterProxy::maskOf({ Status::Proposed }));
    m_statusFilter->addItem(tr("Matched or resolved"),
        ItemFilterProxy::maskOf({ Status::Confirmed, Status::Resolved }));
    m_statusFilter->addItem(tr("All"), 0x1fu);
    m_amountMin = new QLineEdit(bar);
    m_amountMin->setObjectName(QStringLiteral("amountMin"));
    m_amountMax = new QLineEdit(bar);
    m_amountMax->setObjectName(QStringLiteral("amountMax"));
    for (QLineEdit *e : { m_amountMin, m_amountMax }) {
        e->setClearButtonEnabled(true);
        e->setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('0')) * 16);
        connect(e, &QLineEdit::textChanged, this, &Workbench::applyFilters);
    }
    m_amountMin->setPlaceholderText(tr("min"));
    m_amountMax->setPlaceholderText(tr("max"));
    m_dateFrom = new QDateEdit(bar);
    m_dateFrom->setObjectName(QStringLiteral("dateFrom"));
    m_dateTo = new QDateEdit(bar);
    m_dateTo->setObjectName(QStringLiteral("dateTo"));
    for (QDateEdit *d : { m_dateFrom, m_dateTo }) {
        d->setCalendarPopup(true);
        d->setMinimumDate(kNoDate);
        d->setSpecialValueText(tr("any"));
        d->setDate(kNoDate);
        connect(d, &QDateEdit::dateChanged, this, &Workbench::applyFilters);
    }
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, &Workbench::applyFilters);
    m_ageFilter = new QComboBox(bar);
    m_ageFilter->setObjectName(QStringLiteral("ageFilter"));
    // Data: (min days, max days); -1 = unbounded.
    m_ageFilter->addItem(tr("any"), QPoint(-1, -1));
    m_ageFilter->addItem(tr("up to 30 days"), QPoint(-1, 30));
    m_ageFilter->addItem(tr("31–60 days"), QPoint(31, 60));
    m_ageFilter->addItem(tr("61–90 days"), QPoint(61, 90));
    m_ageFilter->addItem(tr("over 90 days"), QPoint(91, -1));
    connect(m_ageFilter, &QComboBox::currentIndexChanged, this, &Workbench::applyFilters);
    auto label = [bar](const QString &t, QWidget *buddy) {
        auto *lab = new QLabel(t, bar);
        lab->setBuddy(buddy);
        return lab;
    };
    l->addWidget(label(tr("&Status:"), m_statusFilter));
    l->addWidget(m_statusFilter);
    l->addSpacing(12);
    l->addWidget(label(tr("Amount (absolute):"), m_amountMin));
    l->addWidget(m_amountMin);
    l->addWidget(new QLabel(QStringLiteral("–"), bar));
    l->addWidget(m_amountMax);
    l->addSpacing(12);
    l->addWidget(label(tr("Date:"), m_dateFrom));
    l->addWidget(m_dateFrom);
    l->addWidget(new QLabel(QStringLiteral("–"), bar));
    l->addWidget(m_dateTo);
    l->addSpacing(12);
    l->addWidget(label(tr("A&ge:"), m_ageFilter));
    l->addWidget(m_ageFilter);
    l->addStretch(1);
    return bar;
}

QAction *Workbench::addShortcut(
    const QString &text, const QKeySequence &key, const QString &name, void (Workbench::*slot)())
{
    auto *a = new QAction(text, this);
    a->setObjectName(name);
    a->setShortcut(key);
    a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    a->setToolTip(QStringLiteral("%1 (%2)").arg(text, key.toString(QKeySequence::NativeText)));
    if (slot)
        connect(a, &QAction::triggered, this, slot);
    addAction(a);
    return a;
}

QWidget *Workbench::buildActionBar()
{
    auto *bar = new QWidget(this);
    auto *l = new QHBoxLayout(bar);
    l->setContentsMargins(0, 0, 0, 0);
    auto button = [&](QAction *a, const QString &name) {
        auto *b = new QToolButton(bar);
        b->setDefaultAction(a);
        b->setObjectName(name);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        l->addWidget(b);
    };
    button(addShortcut(tr("&Match"), QKeySequence(tr("Ctrl+M")), QStringLiteral("actionMatch"),
               &Workbench::matchSelection),
        QStringLiteral("matchButton"));
    button(addShortcut(tr("Reason &code…"), QKeySequence(tr("Ctrl+E")),
               QStringLiteral("actionReason"), &Workbench::reasonForSelection),
        QStringLiteral("reasonButton"));
    button(addShortcut(tr("Mark &investigated"), QKeySequence(tr("Ctrl+Shift+I")),
               QStringLiteral("actionInvestigated"), &Workbench::investigateSelection),
        QStringLiteral("investigatedButton"));
    button(addShortcut(tr("Co&mment…"), QKeySequence(tr("Ctrl+Shift+M")),
               QStringLiteral("actionComment"), &Workbench::commentCurrent),
        QStringLiteral("commentButton"));
    l->addStretch(1);
    return bar;
}

QWidget *Workbench::buildBottom()
{
    auto *split = new QSplitter(Qt::Horizontal, this);
    auto *sugBox = new QGroupBox(tr("Suggestions for the current item"), split);
    auto *sl = new QVBoxLayout(sugBox);
    m_suggestView = new QTableView(sugBox);
    m_suggestView->setObjectName(QStringLiteral("suggestionsView"));
    setupTable(m_suggestView);
    m_suggestView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_suggestView->setModel(m_suggestions);
    connect(m_suggestView, &QAbstractItemView::activated, this,
        [this](const QModelIndex &i) { acceptSuggestion(i.row()); });
    sl->addWidget(m_suggestView);
    QAction *accept = addShortcut(tr("&Accept suggestion"), QKeySequence(tr("Ctrl+Return")),
        QStringLiteral("actionAcceptSuggestion"), nullptr);
    connect(accept, &QAction::triggered, this, [this] { acceptSuggestion(0); });
    auto *acceptButton = new QToolButton(sugBox);
    acceptButton->setDefaultAction(accept);
    sl->addWidget(acceptButton);

    auto *grpBox = new QGroupBox(tr("Match groups"), split);
    auto *gl = new QVBoxLayout(grpBox);
    m_groupsView = new QTableView(grpBox);
    m_groupsView->setObjectName(QStringLiteral("groupsView"));
    setupTable(m_groupsView);
    m_groupsView->setModel(m_groups);
    m_allGroups = new QCheckBox(tr("Show confirmed and resolved groups too"), grpBox);
    m_allGroups->setObjectName(QStringLiteral("allGroups"));
    connect(m_allGroups, &QCheckBox::toggled, this, &Workbench::reloadGroups);
    gl->addWidget(m_allGroups);
    gl->addWidget(m_groupsView, 1);
    auto *buttons = new QHBoxLayout;
    auto groupButton = [&](QAction *a, const QString &name) {
        auto *b = new QToolButton(grpBox);
        b->setDefaultAction(a);
        b->setObjectName(name);
        buttons->addWidget(b);
    };
    groupButton(addShortcut(tr("C&onfirm"), QKeySequence(tr("Ctrl+Shift+C")),
                    QStringLiteral("actionConfirm"), &Workbench::confirmSelectedGroups),
        QStringLiteral("confirmButton"));
    groupButton(addShortcut(tr("&Reject"), QKeySequence(tr("Ctrl+Shift+J")),
                    QStringLiteral("actionReject"), &Workbench::rejectSelectedGroups),
        QStringLiteral("rejectButton"));
    groupButton(addShortcut(tr("&Un-match"), QKeySequence(tr("Ctrl+Shift+U")),
                    QStringLiteral("actionUnmatch"), &Workbench::unmatchSelected),
        QStringLiteral("unmatchButton"));
    buttons->addStretch(1);
    gl->addLayout(buttons);

    auto *detBox = new QGroupBox(tr("Item detail"), split);
    auto *dl = new QVBoxLayout(detBox);
    m_detail = new DetailPanel(detBox);
    dl->addWidget(m_detail);
    split->addWidget(sugBox);
    split->addWidget(grpBox);
    split->addWidget(detBox);
    return split;
}

void Workbench::reload()
{
    Workspace *ws = m_context->workspace();
    ++m_generation;
    m_index = nullptr;
    m_data.reset();
    m_changedWhileBuilding.clear();
    m_imports.clear();
    for (Side s : { Side::Left, Side::Right })
        side(s)->setWorkspace(ws);
    applyFilters();
    if (ws) {
        for (const Import &imp : ws->imports())
            m_imports.insert(imp.id, imp);
        auto result = std::make_shared<std::shared_ptr<IndexData>>();
        const QString path = ws->path();
        QThread *t = QThread::create([result, path] { *result = buildIndex(path); });
        t->setParent(this);
        m_builders.append(t);
        const int generation = m_generation;
        connect(t, &QThread::finished, this, [this, t, result, generation] {
            m_builders.removeOne(t);
            t->deleteLater();
            if (generation == m_generation)
                installIndex(*result);
        });
        t->start(QThread::LowPriority);
    }
    reloadGroups();
    // Keep the current item when it is still shown.
    if (!m_current.isNull() && !selectItem(m_currentSide, m_current)) {
        m_current = QUuid();
        m_detail->showTransaction(nullptr, nullptr);
    }
    updateSuggestions();
    updateSums();
}

std::shared_ptr<Workbench::IndexData> Workbench::buildIndex(const QString &path)
{
    // A second connection: the GUI thread keeps using its own meanwhile (WAL readers).
    auto data = std::make_shared<IndexData>();
    try {
        auto ws = Workspace::open(path, true);
        for (Side s : { Side::Left, Side::Right }) {
            const int i = static_cast<int>(s);
            data->items[i] = ws->transactions(s);
            data->open[i].assign(static_cast<size_t>(data->items[i].size()), 0);
            for (int r = 0; r < data->items[i].size(); ++r) {
                const Transaction &t = data->items[i].at(r);
                data->rowOf[i].insert(t.id, r);
                data->open[i][static_cast<size_t>(r)]
                    = t.status == Status::Open || t.status == Status::Exception;
            }
            data->sides[i]
                = std::make_unique<match::MatchSide>(match::buildSide(data->items[i], s));
        }
        data->index = std::make_unique<match::MatchIndex>(*data->sides[0], *data->sides[1]);
    } catch (const std::exception &e) {
        log::ui()->warn("cannot build the suggestion index: {}", e.what());
        return {};
    }
    return data;
}

void Workbench::installIndex(std::shared_ptr<IndexData> data)
{
    if (!data || !m_context->workspace())
        return;
    m_data = std::move(data);
    m_index = m_data->index.get();
    // Edits made while it was being built: read those items' statuses now.
    if (!m_changedWhileBuilding.isEmpty()) {
        const QList<QUuid> ids(m_changedWhileBuilding.begin(), m_changedWhileBuilding.end());
        m_changedWhileBuilding.clear();
        itemsChanged(ids);
    }
    updateSuggestions();
    Q_EMIT suggestionIndexReady();
}

void Workbench::itemsChanged(const QList<QUuid> &items)
{
    Workspace *ws = m_context->workspace();
    if (!ws)
        return;
    for (Side s : { Side::Left, Side::Right })
        side(s)->refreshItems(items);
    if (m_data) {
        for (Side s : { Side::Left, Side::Right }) {
            const int i = static_cast<int>(s);
            ItemFilter f;
            f.side = s;
            for (const ItemRow &r : ItemQuery(ws->db(), f).byIds(items)) {
                const auto it = m_data->rowOf[i].constFind(r.tx.id);
                if (it == m_data->rowOf[i].constEnd())
                    continue;
                m_data->items[i][*it].status = r.tx.status;
                m_data->open[i][static_cast<size_t>(*it)]
                    = r.tx.status == Status::Open || r.tx.status == Status::Exception;
            }
        }
    } else {
        m_changedWhileBuilding.unite(QSet<QUuid>(items.begin(), items.end()));
    }
    reloadGroups();
    if (items.contains(m_current))
        showCurrentDetail();
    updateSuggestions();
    updateSums();
}

void Workbench::reloadGroups()
{
    Workspace *ws = m_context->workspace();
    if (!ws) {
        m_groups->setGroups({});
        return;
    }
    ResolutionService svc(*ws);
    QList<GroupInfo> groups = svc.groups(
        m_allGroups->isChecked() ? std::nullopt : std::optional<Status>(Status::Proposed));
    std::stable_sort(groups.begin(), groups.end(), [](const GroupInfo &a, const GroupInfo &b) {
        return (a.status == Status::Proposed) > (b.status == Status::Proposed);
    });
    m_groups->setGroups(std::move(groups));
}

const Transaction *Workbench::item(Side s, const QUuid &id) const
{
    if (const Transaction *t = side(s)->model()->transactionById(id))
        return t;
    if (!m_data)
        return nullptr;
    const int i = static_cast<int>(s);
    const auto it = m_data->rowOf[i].constFind(id);
    return it == m_data->rowOf[i].constEnd() ? nullptr : &m_data->items[i].at(*it);
}

bool Workbench::selectItem(Side s, const QUuid &id, bool extend)
{
    QTableView *v = side(s)->view();
    QAbstractItemModel *m = v->model();
    for (int r = 0; r < m->rowCount(); ++r) {
        const QModelIndex idx = m->index(r, 0);
        if (idx.data(TransactionTableModel::TransactionIdRole).toUuid() != id)
            continue;
        v->selectionModel()->setCurrentIndex(idx,
            (extend ? QItemSelectionModel::Select : QItemSelectionModel::ClearAndSelect)
                | QItemSelectionModel::Rows);
        v->scrollTo(idx);
        return true;
    }
    return false;
}

void Workbench::applyFilters()
{
    const unsigned mask = m_statusFilter->currentData().toUInt();
    // Bounds are typed in the side's currency; the exponent of the first item decides.
    auto bound = [](QLineEdit *e, int exponent) -> std::optional<qint64> {
        const DecimalParse p = parseDecimal(e->text().trimmed(), DecimalSeparator::Auto);
        if (e->text().trimmed().isEmpty() || !p.value)
            return std::nullopt;
        const auto m = Money::fromDecimal(*p.value, Currency::withExponent(u"XXX", exponent));
        return m ? std::optional<qint64>(qAbs(m->minor())) : std::nullopt;
    };
    const QPoint age = m_ageFilter->currentData().toPoint();
    for (Side s : { Side::Left, Side::Right }) {
        const Transaction *first = side(s)->model()->transactionAt(0);
        const int exp = first ? first->amount.currency().exponent() : 2;
        ItemFilterProxy::Criteria c;
        c.statuses = mask;
        c.minAbs = bound(m_amountMin, exp);
        c.maxAbs = bound(m_amountMax, exp);
        c.from = m_dateFrom->date() == kNoDate ? QDate() : m_dateFrom->date();
        c.to = m_dateTo->date() == kNoDate ? QDate() : m_dateTo->date();
        if (age.x() >= 0)
            c.minAgeDays = age.x();
        if (age.y() >= 0)
            c.maxAgeDays = age.y();
        filter(s)->setCriteria(c);
    }
    updateSums();
}

QList<QUuid> Workbench::selectedIds(Side s) const
{
    QList<QUuid> out;
    const QModelIndexList rows = side(s)->view()->selectionModel()->selectedRows();
    for (const QModelIndex &i : rows)
        out.append(i.data(TransactionTableModel::TransactionIdRole).toUuid());
    return out;
}

void Workbench::updateSums()
{
    std::optional<Money> sums[2];
    bool mixed = false;
    int counts[2] = { 0, 0 };
    for (Side s : { Side::Left, Side::Right }) {
        const int i = static_cast<int>(s);
        for (const QUuid &id : selectedIds(s)) {
            const Transaction *t = item(s, id);
            if (!t)
                continue;
            ++counts[i];
            if (!sums[i]) {
                sums[i] = t->amount;
            } else if (auto next = sums[i]->checkedAdd(t->amount)) {
                sums[i] = next;
            } else {
                mixed = true;
            }
        }
    }
    auto text = [&](Side s, const QString &name) {
        const int i = static_cast<int>(s);
        if (!counts[i])
            return tr("%1: nothing selected").arg(name);
        return tr("%1: %n selected, %2", nullptr, counts[i])
            .arg(name, mixed ? tr("mixed currencies") : formatMoney(*sums[i]));
    };
    m_leftSum->setText(text(Side::Left, tr("Bank")));
    m_rightSum->setText(text(Side::Right, tr("Ledger")));
    if (mixed || (sums[0] && sums[1] && sums[0]->currency() != sums[1]->currency())) {
        m_difference->setText(tr("Difference: mixed currencies"));
    } else if (sums[0] || sums[1]) {
        const Money l = sums[0].value_or(Money(0, sums[1] ? sums[1]->currency() : Currency()));
        const Money r = sums[1].value_or(Money(0, l.currency()));
        const auto d = l.checkedSub(r);
        m_difference->setText(
            d ? tr("Difference: %1").arg(formatMoney(*d)) : tr("Difference: too large"));
    } else {
        m_difference->setText(tr("Difference: —"));
    }
}

void Workbench::currentChanged(Side s, const QModelIndex &current)
{
    if (!current.isValid())
        return;
    m_currentSide = s;
    m_current = current.data(TransactionTableModel::TransactionIdRole).toUuid();
    showCurrentDetail();
    updateSuggestions();
}

void Workbench::showCurrentDetail()
{
    const Side s = m_currentSide;
    // The grid's rows carry no source fields: read this one item with them.
    std::optional<Transaction> full;
    if (Workspace *ws = m_context->workspace()) {
        ItemFilter f;
        f.side = s;
        const QList<ItemRow> rows = ItemQuery(ws->db(), f).byIds({ m_current }, true);
        if (!rows.isEmpty())
            full = rows.first().tx;
    }
    const Transaction *t = full ? &*full : item(s, m_current);
    m_detail->showTransaction(
        t, t ? (m_imports.contains(t->importId) ? &m_imports[t->importId] : nullptr) : nullptr);
}

void Workbench::updateSuggestions()
{
    QList<SuggestionRow> rows;
    const int si = static_cast<int>(m_currentSide);
    const auto it
        = m_data ? m_data->rowOf[si].constFind(m_current) : QHash<QUuid, int>::const_iterator();
    if (m_index && it != m_data->rowOf[si].constEnd()
        && m_data->open[si][static_cast<size_t>(*it)]) {
        const auto found = m_index->suggest(
            m_currentSide, static_cast<uint32_t>(*it), 5, &m_data->open[0], &m_data->open[1]);
        const Side other = m_currentSide == Side::Left ? Side::Right : Side::Left;
        for (const match::Suggestion &sg : found) {
            SuggestionRow r;
            for (uint32_t i : sg.left)
                r.left.append(m_data->items[0].at(static_cast<qsizetype>(i)).id);
            for (uint32_t i : sg.right)
                r.right.append(m_data->items[1].at(static_cast<qsizetype>(i)).id);
            r.score = sg.score;
            r.explanation = SuggestionModel::explain(sg.explanation);
            QStringList names;
            for (const QUuid &id : other == Side::Left ? r.left : r.right) {
                const Transaction *t = item(other, id);
                names << QStringLiteral("%1 %2").arg(
                    QLocale().toString(t->effectiveDate(), QLocale::ShortFormat),
                    t->description.left(40));
                r.otherSum = r.otherSum.currency().isValid()
                    ? r.otherSum.checkedAdd(t->amount).value_or(r.otherSum)
                    : t->amount;
            }
            r.items = names.join(QStringLiteral(" + "));
            rows.append(r);
        }
    }
    m_suggestions->setRows(std::move(rows));
}

void Workbench::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("QLabel { color: #b02020; }") : QString());
}

void Workbench::push(QUndoCommand *cmd)
{
    const QString text = cmd->text();
    const int before = m_undo->count();
    m_undo->push(cmd); // runs redo(); a refused command is dropped and reports through failed
    if (m_undo->count() > before)
        showMessage(tr("Done: %1").arg(text), false);
}

void Workbench::matchIds(const QList<QUuid> &left, const QList<QUuid> &right)
{
    if (!m_context->workspace())
        return;
    if (left.isEmpty() || right.isEmpty()) {
        showMessage(tr("Select at least one item on each side to match."), true);
        return;
    }
    std::optional<Money> sums[2];
    bool sameCurrency = true;
    for (Side s : { Side::Left, Side::Right }) {
        for (const QUuid &id : s == Side::Left ? left : right) {
            const Transaction *t = item(s, id);
            if (!t)
                continue;
            auto next = sums[int(s)] ? sums[int(s)]->checkedAdd(t->amount) : t->amount;
            if (!next)
                sameCurrency = false;
            else
                sums[int(s)] = next;
        }
    }
    std::optional<Money> diff;
    if (sameCurrency && sums[0] && sums[1])
        diff = sums[0]->checkedSub(*sums[1]);
    if (!diff || diff->isZero()) { // zero, or let the service name the problem
        push(new ManualMatchCommand(m_context, { left, right, {}, {} }));
        return;
    }
    ResolutionService svc(*m_context->workspace());
    auto *dlg = new ReasonDialog(svc.reasonCodes(),
        tr("The sides differ by %1. Choose a reason code to accept the difference.")
            .arg(formatMoney(*diff)),
        this);
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    connect(dlg, &QDialog::accepted, this, [this, dlg, left, right] {
        push(new ManualMatchCommand(m_context, { left, right, dlg->code(), dlg->comment() }));
    });
    dlg->open();
}

void Workbench::matchSelection()
{
    matchIds(selectedIds(Side::Left), selectedIds(Side::Right));
}

void Workbench::acceptSuggestion(int row)
{
    const SuggestionRow *r = m_suggestions->rowAt(row);
    if (!r) {
        showMessage(tr("No suggestion for the current item."), true);
        return;
    }
    matchIds(r->left, r->right);
}

QList<QUuid> Workbench::selectedGroups() const
{
    QList<QUuid> out;
    for (const QModelIndex &i : m_groupsView->selectionModel()->selectedRows())
        out.append(i.data(GroupTableModel::GroupIdRole).toUuid());
    return out;
}

void Workbench::confirmSelectedGroups()
{
    const QList<QUuid> ids = selectedGroups();
    if (ids.isEmpty())
        return showMessage(tr("Select the groups to confirm."), true);
    push(new ConfirmGroupsCommand(m_context, ids));
}

void Workbench::rejectSelectedGroups()
{
    const QList<QUuid> ids = selectedGroups();
    if (ids.isEmpty())
        return showMessage(tr("Select the groups to reject."), true);
    push(new RejectGroupsCommand(m_context, ids));
}

void Workbench::unmatchSelected()
{
    QList<QUuid> ids = selectedGroups();
    if (ids.isEmpty() && !m_current.isNull() && m_context->workspace()) {
        const QUuid g = ResolutionService(*m_context->workspace()).groupOf(m_current);
        if (!g.isNull())
            ids.append(g);
    }
    if (ids.isEmpty())
        return showMessage(tr("Select a group, or an item that is matched."), true);
    if (ids.size() == 1)
        return push(new UnmatchCommand(m_context, ids.first()));
    m_undo->beginMacro(tr("Un-match %n group(s)", nullptr, static_cast<int>(ids.size())));
    for (const QUuid &g : ids)
        m_undo->push(new UnmatchCommand(m_context, g));
    m_undo->endMacro();
}

void Workbench::commentCurrent()
{
    QUuid target = m_current;
    const QList<QUuid> groups = selectedGroups();
    if (m_groupsView->hasFocus() && !groups.isEmpty())
        target = groups.first();
    if (target.isNull() && !groups.isEmpty())
        target = groups.first();
    if (target.isNull())
        return showMessage(tr("Select an item or a group to comment on."), true);
    auto *dlg = new QInputDialog(this);
    dlg->setObjectName(QStringLiteral("commentDialog"));
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    dlg->setWindowTitle(tr("Comment"));
    dlg->setLabelText(tr("Comment:"));
    connect(dlg, &QInputDialog::textValueSelected, this, [this, target](const QString &text) {
        push(new AddCommentCommand(m_context, { target, text }));
    });
    dlg->open();
}

void Workbench::reasonForSelection()
{
    const QList<QUuid> ids = selectedIds(Side::Left) + selectedIds(Side::Right);
    if (ids.isEmpty() || !m_context->workspace())
        return showMessage(tr("Select the items to set a reason code on."), true);
    auto *dlg = new ReasonDialog(ResolutionService(*m_context->workspace()).reasonCodes(),
        tr("Set a reason code on %n item(s).", nullptr, static_cast<int>(ids.size())), this);
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    connect(dlg, &QDialog::accepted, this, [this, dlg, ids] {
        const QString comment = dlg->comment().trimmed();
        if (comment.isEmpty())
            return push(new SetReasonCodeCommand(m_context, { ids, dlg->code() }));
        m_undo->beginMacro(tr("Set reason %1 with comment").arg(dlg->code()));
        push(new SetReasonCodeCommand(m_context, { ids, dlg->code() }));
        for (const QUuid &id : ids)
            push(new AddCommentCommand(m_context, { id, comment }));
        m_undo->endMacro();
    });
    dlg->open();
}

void Workbench::investigateSelection()
{
    const QList<QUuid> ids = selectedIds(Side::Left) + selectedIds(Side::Right);
    if (ids.isEmpty())
        return showMessage(tr("Select the items to mark as investigated."), true);
    push(new MarkInvestigatedCommand(m_context, ids));
}

} // namespace recon
