#pragma once
// How a transaction's raw source fields (Transaction::raw) are stored in `transactions.raw`, a
// JSON array in file order:
// - the field names are stored once per import (`imports.raw_keys`, a JSON array of names in
//   order of first appearance, see KeyDictionary). A row whose names are the first n of them
//   in order holds its values only: [v0, v1, ...]; any other row holds [[k, v], ...] with k the
//   name's number. Rows of workspaces before schema 7 hold [["name", v], ...];
// - a value that is exactly the text a typed column of the same row already holds is stored as
//   that column's number (a JSON integer, see RawRef) instead of a second copy: in a ledger
//   export the id, description, reference, counterparty, currency and often the ISO date and
//   plain amount are such copies.
// A million-row ledger CSV writes 18 bytes of raw fields a row instead of 263.

#include "core/model/transaction.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QStringList>

#include <vector>

namespace recon::sql {
class Db;
}

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

// The field names of one import, numbered in order of first appearance.
class KeyDictionary {
public:
    // The numbers of `raw`'s names into `out`, adding new names; true when they are 0..n-1.
    bool number(const RawFields &raw, std::vector<int> &out);
    const QStringList &keys() const { return m_keys; }
    QByteArray toJson() const; // as imports.raw_keys holds it

private:
    QStringList m_keys;
    QHash<QString, int> m_index;
};

// `t.raw` as stored (cleared first; empty when there are no raw fields).
void encode(QByteArray &out, const Transaction &t, KeyDictionary &keys);

// The raw fields of a stored row; `t` holds that row's typed columns, `keys` its import's names.
RawFields decode(QByteArrayView json, const Transaction &t, const QStringList &keys = {});

// imports.raw_keys of each import, read once per import.
class ImportKeys {
public:
    explicit ImportKeys(sql::Db &db)
        : m_db(db)
    {
    }
    const QStringList &of(const QUuid &importId);

private:
    sql::Db &m_db;
    QHash<QUuid, QStringList> m_cache;
};

} // namespace recon::rawfields
