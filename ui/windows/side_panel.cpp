#include "ui/windows/side_panel.h"

#include "ui/models/transaction_filter_proxy.h"
#include "ui/models/transaction_table_model.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace recon {

SidePanel::SidePanel(Side side, QWidget *parent)
    : QWidget(parent)
    , m_side(side)
    , m_title(new QLabel(this))
    , m_filter(new QLineEdit(this))
    , m_view(new QTableView(this))
    , m_model(new TransactionTableModel(this))
    , m_proxy(new TransactionFilterProxy(this))
    , m_filterTimer(new QTimer(this))
{
    setObjectName(side == Side::Left ? QStringLiteral("leftPanel") : QStringLiteral("rightPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    QFont f = m_title->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.15);
    m_title->setFont(f);
    m_filter->setPlaceholderText(tr("Filter by text, reference, amount…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setObjectName(QStringLiteral("filter"));
    m_proxy->setSourceModel(m_model);
    m_view->setModel(m_proxy);
    m_view->setObjectName(QStringLiteral("grid"));
    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(
        TransactionTableModel::Description, QHeaderView::Stretch);
    m_view->setColumnHidden(TransactionTableModel::ExternalId, true);
    layout->addWidget(m_title);
    layout->addWidget(m_filter);
    layout->addWidget(m_view, 1);
    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(kFilterDelayMs);
    connect(m_filter, &QLineEdit::textChanged, m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_filterTimer, &QTimer::timeout, this, [this] { m_proxy->setText(m_filter->text()); });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &SidePanel::updateTitle);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &SidePanel::updateTitle);
    updateTitle();
}

void SidePanel::setTransactions(QList<Transaction> rows)
{
    m_model->setTransactions(std::move(rows));
    sizeColumns();
    m_view->sortByColumn(TransactionTableModel::Date, Qt::AscendingOrder);
    updateTitle();
}

void SidePanel::setTextIndex(std::shared_ptr<const TextIndex> index)
{
    m_model->setTextIndex(std::move(index));
}

void SidePanel::setWorkspace(Workspace *ws)
{
    m_filterTimer->stop();
    const int column = m_view->horizontalHeader()->sortIndicatorSection();
    const Qt::SortOrder order = m_view->horizontalHeader()->sortIndicatorOrder();
    m_model->setWorkspace(ws, m_side); // first page of the unfiltered side
    m_proxy->setText(m_filter->text());
    if (!m_sized && m_model->rowCount() > 0) {
        sizeColumns();
        m_sized = true;
    }
    if (column >= 0 && column < TransactionTableModel::ColumnCount)
        m_view->sortByColumn(column, order);
    else
        m_view->sortByColumn(TransactionTableModel::Date, Qt::AscendingOrder);
    updateTitle();
}

void SidePanel::refreshItems(const QList<QUuid> &ids)
{
    m_model->refreshItems(ids);
}

void SidePanel::sizeColumns()
{
    for (int c : { TransactionTableModel::Date, TransactionTableModel::Amount,
             TransactionTableModel::Currency, TransactionTableModel::Status })
        m_view->resizeColumnToContents(c);
    const int textWidth = m_view->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 11;
    m_view->setColumnWidth(TransactionTableModel::Reference, textWidth);
    m_view->setColumnWidth(TransactionTableModel::Counterparty, textWidth);
}

void SidePanel::updateTitle()
{
    const QString name = m_side == Side::Left ? tr("Bank (left)") : tr("Ledger (right)");
    m_title->setText(tr("%1 — %n item(s)", nullptr, m_model->totalCount()).arg(name));
}

} // namespace recon
