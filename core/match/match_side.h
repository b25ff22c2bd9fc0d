#pragma once
// The compact form one side of a reconciliation is matched in: int64 amounts, julian days and
// upper-cased / normalised UTF-8 strings packed in one arena per column. A 1M-row side costs a
// few hundred bytes per row instead of the kilobytes a QList<Transaction> needs, so the
// Transactions can be freed as soon as the side is built.

#include "core/model/transaction.h"

#include <QList>
#include <QUuid>

#include <climits>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace recon::match {

// Strings of one column, back to back.
class StringColumn {
public:
    void append(std::string_view s);
    std::string_view at(size_t i) const
    {
        return std::string_view(m_data).substr(m_off[i], m_off[i + 1] - m_off[i]);
    }
    size_t size() const { return m_off.size() - 1; }
    // Raw access for indices that keep byte positions: at(i) is data() + offset(i), length(i).
    const char *data() const { return m_data.data(); }
    uint32_t offset(size_t i) const { return m_off[i]; }
    uint32_t length(size_t i) const { return m_off[i + 1] - m_off[i]; }
    void reserve(size_t rows, size_t bytes)
    {
        m_off.reserve(rows + 1);
        m_data.reserve(bytes);
    }
    size_t bytes() const { return m_data.capacity() + m_off.capacity() * sizeof(uint32_t); }

private:
    std::string m_data;
    std::vector<uint32_t> m_off { 0 };
};

constexpr int32_t kNoDate = INT32_MIN;

struct MatchSide {
    Side side = Side::Left;
    std::vector<int64_t> amount; // minor units
    std::vector<uint32_t> currency; // 3 ASCII letters packed; 0 = none
    std::vector<int8_t> exponent; // currency minor-unit exponent
    std::vector<int32_t> booking; // julian day or kNoDate
    std::vector<int32_t> value;
    std::vector<QUuid> id;
    std::vector<int32_t> sourceLine;
    StringColumn externalId; // as in the file
    StringColumn reference; // upper-cased, spaces collapsed
    StringColumn description; // upper-cased, spaces collapsed
    StringColumn counterparty; // counterpartyKey()
    StringColumn counterpartyAccount; // alnum key
    StringColumn refKey; // alnumKey(reference)
    std::vector<uint32_t> rank; // content order: equal content, equal rank
    // Equal counterparty keys, equal id (dense, per side; set by finish()): lets a search
    // remember a similarity per pair of names instead of per pair of items.
    std::vector<uint32_t> counterpartyId;

    size_t size() const { return amount.size(); }
    // Room for the rows of a file of `fileBytes` (a hint: columns still grow past it), so that
    // the columns are not copied as they double while a large file is read. Reserved memory
    // that no row reaches is never touched, so it costs address space, not RAM.
    void reserveForFile(qint64 fileBytes);
    void append(const Transaction &t);
    // Computes rank and counterpartyId; call once after the last append.
    void finish();
    size_t memoryBytes() const;
    // Best single date (booking, else value).
    int32_t date(size_t i) const { return booking[i] != kNoDate ? booking[i] : value[i]; }
    QString currencyCode(size_t i) const;
    // The id written to match files: external id, else "line:N".
    QString outputId(size_t i) const;
};

MatchSide buildSide(const QList<Transaction> &items, Side side);

} // namespace recon::match
