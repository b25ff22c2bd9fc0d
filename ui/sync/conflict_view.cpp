#include "ui/sync/conflict_view.h"

#include "core/store/workspace.h"
#include "core/sync/conflicts.h"
#include "ui/sync/conflict_table_model.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace recon {

namespace {

// One payload as an HTML table, the differing fields in bold on a tinted row.
QString payloadHtml(const QJsonObject &o, const QStringList &differing)
{
    QString html = QStringLiteral("<table cellspacing=0 cellpadding=3 width='100%'>");
    for (const QString &k : o.keys()) {
        const bool diff = differing.contains(k);
        html += diff ? QStringLiteral("<tr style='background:#fff3cd'>") : QStringLiteral("<tr>");
        const QString v = ConflictTableModel::valueText(o.value(k)).toHtmlEscaped();
        html += QStringLiteral("<td>%1</td><td>%2</td></tr>")
                    .arg(k.toHtmlEscaped(), diff ? QStringLiteral("<b>%1</b>").arg(v) : v);
    }
    return html + QStringLiteral("</table>");
}

} // namespace

ConflictView::ConflictView(QWidget *parent)
    : QDialog(parent)
    , m_model(new ConflictTableModel(this))
    , m_table(new QTableView(this))
    , m_mineTitle(new QLabel(this))
    , m_theirsTitle(new QLabel(this))
    , m_mine(new QTextBrowser(this))
    , m_theirs(new QTextBrowser(this))
    , m_message(new QLabel(this))
    , m_keepMine(new QPushButton(tr("Keep &Mine"), this))
    , m_takeTheirs(new QPushButton(tr("Take &Theirs"), this))
    , m_merge(new QPushButton(tr("Merge &Comment"), this))
{
    setObjectName(QStringLiteral("conflictView"));
    setWindowTitle(tr("Sync Conflicts"));
    m_table->setObjectName(QStringLiteral("conflictTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    QHeaderView *header = m_table->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(ConflictTableModel::Item, QHeaderView::Stretch);
    header->setSectionResizeMode(ConflictTableModel::Field, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ConflictTableModel::When, QHeaderView::ResizeToContents);
    header->resizeSection(ConflictTableModel::Mine, 200);
    header->resizeSection(ConflictTableModel::Theirs, 200);
    m_table->setAlternatingRowColors(true);
    m_mine->setObjectName(QStringLiteral("mineText"));
    m_theirs->setObjectName(QStringLiteral("theirsText"));
    m_mineTitle->setObjectName(QStringLiteral("mineTitle"));
    m_theirsTitle->setObjectName(QStringLiteral("theirsTitle"));
    m_message->setObjectName(QStringLiteral("conflictMessage"));
    m_message->setWordWrap(true);
    m_keepMine->setObjectName(QStringLiteral("keepMineButton"));
    m_takeTheirs->setObjectName(QStringLiteral("takeTheirsButton"));
    m_merge->setObjectName(QStringLiteral("mergeCommentButton"));
    m_keepMine->setToolTip(tr("Send my version again on top of theirs with the next sync"));
    m_takeTheirs->setToolTip(tr("Apply their version here and drop my waiting change"));
    m_merge->setToolTip(tr("Join both comments (mine first) and send the result"));

    auto *detail = new QWidget(this);
    auto *grid = new QGridLayout(detail);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_mineTitle, 0, 0);
    grid->addWidget(m_theirsTitle, 0, 1);
    grid->addWidget(m_mine, 1, 0);
    grid->addWidget(m_theirs, 1, 1);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(detail);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_message, 1);
    buttons->addWidget(m_keepMine);
    buttons->addWidget(m_takeTheirs);
    buttons->addWidget(m_merge);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    buttons->addWidget(close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    layout->addLayout(buttons);

    connect(m_keepMine, &QPushButton::clicked, this, [this] { resolveSelected(Action::KeepMine); });
    connect(
        m_takeTheirs, &QPushButton::clicked, this, [this] { resolveSelected(Action::TakeTheirs); });
    connect(
        m_merge, &QPushButton::clicked, this, [this] { resolveSelected(Action::MergeComment); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_model->rowCount() > 0)
            m_table->selectRow(0);
        showSelected();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &ConflictView::showSelected);
    resize(900, 560);
    showSelected();
}

void ConflictView::setWorkspace(Workspace *ws)
{
    m_ws = ws;
    m_model->setWorkspace(ws);
}

void ConflictView::reload()
{
    m_model->reload();
}

qint64 ConflictView::selectedId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return 0;
    const auto *c = m_model->conflictAt(rows.first().row());
    return c ? c->id : 0;
}

void ConflictView::showSelected()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const sync::ConflictRecord *c
        = rows.isEmpty() ? nullptr : m_model->conflictAt(rows.first().row());
    const bool writable = m_ws && !m_ws->isReadOnly();
    m_keepMine->setEnabled(c && writable);
    m_takeTheirs->setEnabled(c && writable);
    m_merge->setEnabled(c && writable && c->entity == QLatin1String("comment"));
    if (!c) {
        m_mineTitle->setText(tr("<b>Mine</b>"));
        m_theirsTitle->setText(tr("<b>Theirs</b>"));
        m_mine->clear();
        m_theirs->clear();
        if (m_model->rowCount() == 0)
            m_message->setText(tr("No open conflicts."));
        return;
    }
    const QStringList diff = ConflictTableModel::differingFields(c->mine, c->theirs);
    m_mineTitle->setText(tr("<b>Mine</b> (made on version %1)").arg(c->baseVersion));
    m_theirsTitle->setText(tr("<b>Theirs</b> (version %1 by %2)")
                               .arg(c->theirVersion)
                               .arg(c->theirAuthor.toHtmlEscaped()));
    m_mine->setHtml(payloadHtml(c->mine, diff));
    m_theirs->setHtml(payloadHtml(c->theirs, diff));
    m_message->setText(tr("%n open conflict(s)", nullptr, m_model->rowCount()));
}

void ConflictView::resolveSelected(Action action)
{
    const qint64 id = selectedId();
    if (!m_ws || id == 0)
        return;
    sync::ConflictResolver resolver(*m_ws, Workspace::currentUser());
    sync::ResolveResult r;
    switch (action) {
    case Action::KeepMine:
        r = resolver.keepMine(id);
        break;
    case Action::TakeTheirs:
        r = resolver.takeTheirs(id);
        break;
    case Action::MergeComment:
        r = resolver.mergeComment(id);
        break;
    }
    m_model->reload();
    if (!r.ok) {
        m_message->setText(QStringLiteral("<span style='color:#b00020'>%1</span>")
                               .arg(tr("Not resolved: %1").arg(r.error).toHtmlEscaped()));
        return;
    }
    Q_EMIT resolved();
}

} // namespace recon
