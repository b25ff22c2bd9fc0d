#pragma once
// The row-by-row half of the tabular engine: after detectLayout() on a sample, every row of the
// file is fed through addRow() in order (readers may stream them: the CSV reader never holds the
// whole grid). Bookings are grouped into statements (one per account and currency) as they come;
// with ReadOptions::sink set each one goes to the sink instead of being kept, so memory stays
// flat. finish() derives the balances and returns the statements.

#include "core/import/tabular_detect.h"

#include <memory>
#include <vector>

namespace recon::tabular {

class TabularBuilder {
public:
    TabularBuilder(const ReadOptions &options, const QString &format, const QString &encoding);

    // Detects the layout on the first rows of the file. False when the file cannot be read as a
    // statement (the reason is an error in the result).
    bool detect(const QList<TabularRow> &sample, QChar decimalHint = QChar());
    const Layout &layout() const { return m_layout; }
    void reserve(qsizetype rows);

    // Every row of the file in order, starting with row index 0.
    void addRow(int line, const QString *cells, int count);
    void addRow(const TabularRow &row)
    {
        addRow(row.line, row.cells.constData(), int(row.cells.size()));
    }
    // A record the container could not even split (unterminated quote, oversized line ...).
    void addBrokenRow(int line, const QString &message);

    // False for columns whose text is only parsed (dates, amounts, ignored columns without raw
    // fields): a streaming reader may then reuse that cell's buffer from row to row.
    bool keepsCellText(int col) const
    {
        return col < 0 || col >= int(m_keep.size()) || m_keep[size_t(col)];
    }

    int dataRowsSeen() const { return m_dataRows; }
    // True once the sink asked to stop (cancel): further rows are ignored.
    bool stopped() const { return m_stopped; }
    // Without a sink: the bookings accepted so far, in file order (preview).
    QList<Transaction> transactions() const;
    // With collectIssues on, every row problem is also kept here (preview), without the cap.
    void setCollectIssues(bool on) { m_collect = on; }
    const QList<ImportIssue> &rowIssues() const { return m_rowIssues; }

    ReadResult finish();

private:
    struct Issue {
        int col;
        QString message;
    };
    void report(int line, const std::vector<Issue> &issues);
    void scanLabelledBalance(const QString *cells, int count);
    void scanBalanceColumns(const QString *cells, int count);
    std::optional<QDate> parseDateCell(QStringView s, int col) const;
    std::optional<Money> statedMoney(QStringView s, QChar decimal) const;
    // A booking that passed the row checks: zero-amount echoes wait for the next booking.
    void take(Transaction &&t, std::optional<qint64> balance);
    void resolvePending(const Transaction *next);
    void accept(Transaction &&t, std::optional<qint64> balance);
    void buildStatements();

    // One statement per (account, currency), in order of first appearance, with the running
    // figures its balances are derived from at the end.
    struct Group {
        Statement statement; // transactions stay empty when streaming
        Currency currency;
        QList<qsizetype> idx; // without a sink: indices into m_tx
        qint64 sum = 0; // sum of the amounts in minor units
        bool sumOverflow = false;
        bool allBal = true; // every booking so far had a running balance
        std::vector<qint64> amounts, balances; // while allBal
    };
    struct Pending {
        Transaction t;
        std::optional<qint64> balance;
    };
    // The booking before the pending one, as far as the echo test needs it.
    struct Prev {
        bool valid = false;
        bool nonZero = false;
        QDate date;
        QString description, counterparty;
        int line = 0;
    };

    ReadOptions m_opt;
    ReadResult m_res;
    Layout m_layout;
    bool m_ok = false;
    bool m_collect = false;
    int m_rowIndex = 0;
    int m_dataRows = 0;
    int m_dateCol = -1, m_valueDateCol = -1, m_amountCol = -1, m_debitCol = -1, m_creditCol = -1;
    int m_indCol = -1, m_curCol = -1, m_balCol = -1, m_refCol = -1, m_cpCol = -1;
    int m_cpAccCol = -1, m_accCol = -1, m_idCol = -1, m_codeCol = -1;
    std::vector<int> m_descCols, m_openCols, m_closeCols;
    std::vector<char> m_keep;
    QStringList m_fieldNames;
    QString m_lastCurCode;
    Currency m_lastCur;
    Currency m_fileCur;
    QList<Transaction> m_tx; // without a sink: accepted bookings in file order
    std::vector<std::unique_ptr<Group>> m_groups;
    size_t m_lastGroup = 0;
    std::optional<Pending> m_pending;
    Prev m_prev;
    QList<ImportIssue> m_echoWarnings; // appended after the row warnings, as before streaming
    bool m_stopped = false;
    std::optional<Money> m_statedOpening, m_statedClosing;
    QList<ImportIssue> m_rowIssues;
};

} // namespace recon::tabular
