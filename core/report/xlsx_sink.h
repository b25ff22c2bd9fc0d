#pragma once
// Writes sheets into an XLSX workbook with libxlsxwriter in constant-memory mode (rows stream to
// disk), and hashes each sheet's canonical content as written. With no workbook (path empty) it
// only hashes: verify-export recomputes a report's content from the workspace that way.

#include "core/report/sink.h"

#include <QCryptographicHash>
#include <QHash>
#include <QStringList>

#include <memory>

struct lxw_workbook;
struct lxw_worksheet;
struct lxw_format;

namespace recon::report {

class XlsxSink : public Sink {
public:
    // `path` empty: hash only. Throws std::runtime_error when the workbook cannot be created.
    explicit XlsxSink(const QString &path, qint64 maxRowsPerSheet = 1048576);
    ~XlsxSink() override;

    void beginSheet(const SheetSpec &spec) override;
    void row(const Row &cells) override;
    void totals(const QList<CurrencyTotal> &totals) override;
    void endSheet() override;

    // Closes the workbook (writes the zip); returns an error message, empty on success.
    QString close();

    // Sheet (part) names in order, and each one's canonical SHA-256 (hex).
    const QStringList &sheetNames() const { return m_names; }
    QString sheetHash(const QString &name) const { return m_hashes.value(name); }
    // Rows written over all sheets (headers and totals included).
    qint64 rowsWritten() const { return m_rowsWritten; }

private:
    void startPart();
    void finishPart();
    void applyAutofilter();
    void writeCell(int row, int col, const Cell &c);
    lxw_format *moneyFormat(const QByteArray &currency, int exponent, bool bold);
    void hashRow(int row, const Row &cells);

    lxw_workbook *m_wb = nullptr;
    qint64 m_maxRows;
    SheetSpec m_spec;
    int m_part = 0;
    lxw_worksheet *m_ws = nullptr;
    int m_row = 0; // next row in the current part
    bool m_filterApplied = false;
    QCryptographicHash m_hash { QCryptographicHash::Sha256 };
    QString m_partName;
    struct PartRange {
        QString name;
        int lastDataRow; // 0-based, inclusive (0 = no data rows)
    };
    QList<PartRange> m_parts; // parts of the current sheet
    QStringList m_names;
    QHash<QString, QString> m_hashes;
    qint64 m_rowsWritten = 0;
    QByteArray m_scratch; // one row's canonical form
    lxw_format *m_bold = nullptr;
    lxw_format *m_header = nullptr;
    lxw_format *m_date = nullptr;
    lxw_format *m_dateTime = nullptr;
    lxw_format *m_int = nullptr;
    lxw_format *m_intBold = nullptr;
    lxw_format *m_percent = nullptr;
    lxw_format *m_wrap = nullptr;
    QHash<QByteArray, lxw_format *> m_money;
};

} // namespace recon::report
