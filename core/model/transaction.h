#pragma once
// The domain's central records: one booked item on either side of a reconciliation, the
// statement it came in, and the import that brought it.

#include "core/money.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <optional>
#include <utility>

namespace recon {

enum class Side { Left = 0, Right = 1 };

// Lifecycle of an item (see DOMAIN.md): open -> proposed -> confirmed, or open -> exception ->
// resolved. Un-matching returns an item to Open.
enum class Status { Open = 0, Proposed = 1, Confirmed = 2, Exception = 3, Resolved = 4 };

QString sideName(Side s); // "left" / "right"
std::optional<Side> sideFromName(QStringView s); // accepts left/right/bank/ledger
QString statusName(Status s); // "open", "proposed", ...
std::optional<Status> statusFromName(QStringView s);

// Original fields of the source record, in file order (column header or tag -> text).
using RawFields = QList<std::pair<QString, QString>>;

struct Transaction {
    QUuid id; // crosses the sync boundary: never a rowid
    Side side = Side::Left;
    QUuid importId; // the Import that brought it (null before it is stored)
    QString externalId; // FITID, AcctSvcrRef, bank reference, ledger id ...
    QDate bookingDate;
    QDate valueDate; // invalid when the source has none
    Money amount; // signed from the account holder's view: money out is negative
    QString description; // free text / remittance information
    QString reference; // structured reference (end-to-end id, invoice number ...)
    QString counterparty;
    QString counterpartyAccount; // IBAN or account number of the other party
    QString account; // own account (IBAN, account number) the item was booked on
    QString bankCode; // transaction type code (SWIFT, BAI, BTC ...) where given
    // Items split out of one booked batch entry (camt Ntry with several TxDtls, ...) share a
    // batchId and carry the entry's booked total; single entries leave both empty.
    QString batchId;
    std::optional<Money> batchAmount;
    RawFields raw; // every source field, for the detail panel and audit
    int sourceLine = 0; // 1-based line (or record) in the source file
    Status status = Status::Open;

    QDate effectiveDate() const { return bookingDate.isValid() ? bookingDate : valueDate; }
};

struct Statement {
    QString id; // statement number / reference as the file states it
    QString account; // IBAN or account number
    QString currency;
    QDate periodFrom;
    QDate periodTo;
    std::optional<Money> openingBalance;
    std::optional<Money> closingBalance;
    std::optional<Money> availableBalance;
    QList<Transaction> transactions;
};

struct Import {
    QUuid id;
    QString fileName;
    QString sha256; // hex
    QString format; // "mt940", "camt053", "csv", ...
    QString encoding;
    Side side = Side::Left;
    QDateTime importedAt; // UTC
    QString user;
    int rowsRead = 0;
    int rowsImported = 0;
    int rowsDuplicate = 0;
    int rowsSkipped = 0;
};

} // namespace recon
