#pragma once
// One side of the workstation (bank or ledger): title, filter field and the grid.

#include "core/model/transaction.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QTableView;

namespace recon {
class TransactionTableModel;
class TransactionFilterProxy;

class SidePanel : public QWidget {
    Q_OBJECT
public:
    SidePanel(Side side, QWidget *parent = nullptr);
    void setTransactions(QList<Transaction> rows);
    TransactionTableModel *model() const { return m_model; }
    TransactionFilterProxy *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }

private:
    void updateTitle();
    Side m_side;
    QLabel *m_title;
    QLineEdit *m_filter;
    QTableView *m_view;
    TransactionTableModel *m_model;
    TransactionFilterProxy *m_proxy;
};

} // namespace recon
