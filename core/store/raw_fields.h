#pragma once
// How a transaction's raw source fields (Transaction::raw) are stored in `transactions.raw`: a
// JSON array of [field, value] pairs in file order. A value that is exactly the text a typed
// column of the same row already holds is stored as that column's number (a JSON integer, see
// RawRef) instead of a second copy: in a ledger export the id, description, reference,
// counterparty, currency and often the ISO date and plain amount are such copies, and a
// million-row import then writes about 160 MB less. Rows written before this (strings only)
// decode unchanged.

#include "core/model/transaction.h"

#include <QByteArray>
#include <QByteArrayView>

namespace recon::rawfields {

// The typed value a JSON integer stands for. The numbers are stored in workspaces: never
// renumber, only append.
enum RawRef : int {
    ExternalId = 1,
    Description = 2,
    Reference = 3,
    Counterparty = 4,
    CounterpartyAccount = 5,
    Account = 6,
    BankCode = 7,
    BatchId = 8,
    CurrencyCode = 9,
    BookingDateIso = 10, // yyyy-MM-dd
    ValueDateIso = 11,
    AmountPlain = 12, // Money::toPlainString(): "-1234.56"
};

// The text RawRef `ref` stands for in `t` (empty for an unknown number).
QString typedText(const Transaction &t, int ref);

// `t.raw` as stored (cleared first; empty when there are no raw fields).
void encode(QByteArray &out, const Transaction &t);

// The raw fields of a stored row; `t` holds that row's typed columns.
RawFields decode(QByteArrayView json, const Transaction &t);

} // namespace recon::rawfields
