#pragma once
// One reader per file format behind one interface; the registry picks a reader by content.

#include "core/model/transaction.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>
#include <memory>

namespace recon {

// A problem the user can fix: shown as "file:line: field: message".
struct ImportIssue {
    QString file;
    int line = 0; // 1-based; 0 when the problem concerns the whole file
    QString field;
    QString message;
    QString toString() const;
};

// Column roles a tabular (CSV/XLSX) mapping can assign.
enum class ColumnRole {
    Ignore,
    Date, // booking date
    ValueDate,
    Amount, // one signed amount column
    Debit, // money out (unsigned or signed)
    Credit, // money in
    DebitCreditIndicator, // "D"/"C", "Dr"/"Cr", "Af"/"Bij", "S"/"H", "Debit"/"Credit"
    Currency,
    Description,
    Reference,
    Counterparty,
    CounterpartyAccount,
    Account,
    ExternalId,
    Balance,
    BankCode,
};
QString columnRoleName(ColumnRole r);
std::optional<ColumnRole> columnRoleFromName(QStringView s);

// How a tabular file maps to transactions. Detected automatically; the user (or a saved
// profile) may override any part of it.
struct TabularMapping {
    int headerRow = -1; // 0-based row index of the header; -1 = no header
    QList<ColumnRole> roles; // one per column
    QString dateFormat; // Qt format, e.g. "dd.MM.yyyy"; empty = detect
    DecimalSeparator decimal = DecimalSeparator::Auto;
    bool invertSign = false; // e.g. a ledger exported from the bank's viewpoint
    QString currency; // default currency where the file has no column
    bool isValid() const;
    QString toJson() const;
    static std::optional<TabularMapping> fromJson(const QString &json, QString *error = nullptr);
};

struct ReadOptions {
    QString fileName; // for messages only
    QString defaultCurrency; // used when the file states none
    QString account; // own account override
    std::optional<TabularMapping> mapping; // CSV/XLSX override (profile / wizard correction)
    QString sheet; // XLSX sheet name; empty = first
    QString csvDelimiter; // override, e.g. ";"
    QString encoding; // override, e.g. "windows-1252"
    bool skipBadLines = false; // keep good lines, report the bad ones as skipped
    bool keepRawFields = true; // false: leave Transaction::raw empty (bulk matching saves memory)
    int maxErrors = 100; // stop collecting after this many (count continues)
    // Streaming: when set, a reader that supports it hands each parsed transaction to the sink
    // (with the statement it belongs to, whose transaction list stays empty) instead of collecting
    // it in ReadResult::statements; memory then stays flat on big files. Returning false stops the
    // read (cancel). Readers that do not stream ignore it and fill the statements as usual, so a
    // caller must also take whatever transactions the statements still hold.
    std::function<bool(const Statement &statement, Transaction &&t)> sink;
};

struct ReadResult {
    QString format; // registry name of the reader
    QString encoding; // as detected ("utf-8", "windows-1252", "utf-16le" ...)
    QList<Statement> statements;
    QList<ImportIssue> warnings; // e.g. balances that do not roll
    QList<ImportIssue> errors; // any error means: nothing may be written
    int errorCount = 0; // total, also past maxErrors
    int skippedLines = 0; // with skipBadLines: lines dropped
    std::optional<TabularMapping> mapping; // CSV/XLSX: the mapping that was used
    QStringList headers; // CSV/XLSX: header cells (empty when none)

    int transactionCount() const;
    bool ok() const { return errors.isEmpty(); }
    void addError(const ImportIssue &issue, int maxErrors);
};

class Reader {
public:
    virtual ~Reader() = default;
    virtual QString name() const = 0; // "mt940", "camt053", "csv" ...
    // Every format name this reader answers to in --format (e.g. mt940 and mt942).
    virtual QStringList names() const { return { name() }; }
    virtual QString description() const = 0; // user-visible, e.g. "SWIFT MT940 statement"
    // Confidence 0..100 that `head` (the first 64 KiB of the file) is this format.
    virtual int detect(const QByteArray &head) const = 0;
    // Parses the whole file. Never throws on bad input; never crashes; bounded memory.
    virtual ReadResult read(const QByteArray &data, const ReadOptions &options) const = 0;
};

} // namespace recon
