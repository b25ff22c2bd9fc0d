#include "ui/windows/side_panel.h"

#include "ui/models/transaction_filter_proxy.h"
#include "ui/models/transaction_table_model.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
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
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &TransactionFilterProxy::setText);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &SidePanel::updateTitle);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &SidePanel::updateTitle);
    updateTitle();
}

void SidePanel::setTransactions(QList<Transaction> rows)
{
    m_model->setTransactions(std::move(rows));
    for (int c : {TransactionTableModel::Date, TransactionTableModel::Amount,
                  TransactionTableModel::Currency, TransactionTableModel::Status})
        m_view->resizeColumnToContents(c);
    const int textWidth = m_view->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 11;
    m_view->setColumnWidth(TransactionTableModel::Reference, textWidth);
    m_view->setColumnWidth(TransactionTableModel::Counterparty, textWidth);
    m_view->sortByColumn(TransactionTableModel::Date, Qt::AscendingOrder);
    updateTitle();
}

void SidePanel::updateTitle()
{
    const QString name = m_side == Side::Left ? tr("Bank (left)") : tr("Ledger (right)");
    m_title->setText(tr("%1 — %n item(s)", nullptr, m_model->totalCount()).arg(name));
}

} // namespace recon
