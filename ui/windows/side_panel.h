#pragma once
// One side of the workstation (bank or ledger): title, filter field and the grid. Over a
// workspace (setWorkspace) the grid reads page by page in SQL; typing in the filter field
// re-queries after a short pause (kFilterDelayMs), not on every key.

#include "core/model/transaction.h"

#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace recon {
class Workspace;
class TransactionTableModel;
class TransactionFilterProxy;
class TextIndex;

class SidePanel : public QWidget {
    Q_OBJECT
public:
    SidePanel(Side side, QWidget *parent = nullptr);
    void setTransactions(QList<Transaction> rows);
    // Browses this side of `ws` in SQL (keeps the filter text and the sort column).
    void setWorkspace(Workspace *ws);
    // The text filter searches this index instead of SQL LIKE (text_index.h).
    void setTextIndex(std::shared_ptr<const TextIndex> index);
    // Re-reads the loaded rows of these transactions (after an edit).
    void refreshItems(const QList<QUuid> &ids);
    static constexpr int kFilterDelayMs = 40;
    TransactionTableModel *model() const { return m_model; }
    TransactionFilterProxy *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }

private:
    void updateTitle();
    void sizeColumns();
    Side m_side;
    QLabel *m_title;
    QLineEdit *m_filter;
    QTableView *m_view;
    TransactionTableModel *m_model;
    TransactionFilterProxy *m_proxy;
    QTimer *m_filterTimer;
    bool m_sized = false;
};

} // namespace recon
