#pragma once
// One CSV file per sheet (RFC 4180 quoting, UTF-8, optional BOM; optional ';' delimiter with a
// decimal comma). Totals are written as values.

#include "core/report/sink.h"

#include <QFile>
#include <QStringList>

namespace recon::report {

class CsvSink : public Sink {
public:
    CsvSink(const QString &dir, bool bom, bool semicolon);
    void beginSheet(const SheetSpec &spec) override;
    void row(const Row &cells) override;
    void totals(const QList<CurrencyTotal> &totals) override;
    void endSheet() override;
    // Written files (full paths) in order; throws std::runtime_error on a write error.
    const QStringList &files() const { return m_files; }
    static QByteArray quote(const QByteArray &field, char delimiter);

private:
    QByteArray field(const Cell &c) const;
    void flush(bool force);

    QString m_dir;
    bool m_bom;
    char m_delim;
    QChar m_decimal;
    SheetSpec m_spec;
    QFile m_file;
    QByteArray m_buf;
    QStringList m_files;
};

} // namespace recon::report
