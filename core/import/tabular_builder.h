#pragma once
// The row-by-row half of the tabular engine: after detectLayout() on a sample, every row of the
// file is fed through addRow() in order (readers may stream them: the CSV reader never holds the
// whole grid). finish() groups the bookings into statements and derives the balances.

#include "core/import/tabular_detect.h"

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
    const QList<Transaction> &transactions() const { return m_tx; }
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
    void dropZeroEchoes();
    void buildStatements();

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
    QList<Transaction> m_tx;
    std::vector<qint64> m_bal; // balance in minor units per transaction
    std::vector<char> m_hasBal;
    bool m_anyZero = false;
    std::optional<Money> m_statedOpening, m_statedClosing;
    QList<ImportIssue> m_rowIssues;
};

} // namespace recon::tabular
