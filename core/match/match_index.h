#pragma once
// Prebuilt lookup structures over one MatchSide, reusable across rules and across suggestion
// calls: references by their rarest n-gram (found anywhere in the other side's text), amounts,
// dates, counterparty words and normalised keys.

#include "core/match/match_side.h"
#include "core/match/rules.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace recon::match {

// Upper-cased value of a field, as stored.
std::string_view fieldText(const MatchSide &s, size_t i, Field f);
// Letters and digits of the given fields, '|' between fields (so no key spans two fields).
void searchText(const MatchSide &s, size_t i, const QList<Field> &fields, std::string &out);

// Spreads a 64-bit key over the slots of an open-addressing table (murmur3's finaliser half).
inline size_t mixHash(uint64_t k)
{
    k ^= k >> 33;
    k *= 0xff51afd7ed558ccdull;
    k ^= k >> 33;
    return size_t(k);
}

// Open addressing map uint64 -> uint32 (value slots); keys never 0.
class FlatMap {
public:
    void reserve(size_t n);
    uint32_t *find(uint64_t key);
    const uint32_t *find(uint64_t key) const;
    uint32_t &insert(uint64_t key); // value 0 when new

private:
    std::vector<uint64_t> m_keys;
    std::vector<uint32_t> m_values;
    size_t m_mask = 0;
    size_t m_count = 0;
};

// References of one side, indexed by their rarest 4..6-character gram.
//
// Laid out for the search, which probes every position of a million texts: a bit filter in
// front, then one open-addressing table whose slot holds the gram's first posting with the
// reference's bytes located in the key column (a gram is chosen for being rare, so most have
// exactly one posting). A probe that hits thus costs two cache misses (slot, reference bytes)
// instead of the six of a map -> range -> posting -> offset -> bytes chain.
class RefGramIndex {
public:
    // threads: as MatchOptions::threads (0 = all cores)
    void build(const MatchSide &s, Field field, int minLength, int threads = 1);
    // Calls fn(item) for each item whose key occurs in `text` (alnum upper). May repeat items.
    template <class F> void find(std::string_view text, F &&fn) const
    {
        if (m_slots.empty())
            return;
        const char *const data = m_keys->data();
        auto check = [&](const Posting &ps, size_t p) {
            if (p < ps.offset || p - ps.offset + ps.keyLen > text.size())
                return;
            if (std::memcmp(text.data() + (p - ps.offset), data + ps.keyStart, ps.keyLen) == 0)
                fn(ps.item);
        };
        for (size_t p = 0; p < text.size(); ++p) {
            uint64_t word = 0; // up to 8 bytes from p, little-endian
            const size_t avail = std::min<size_t>(8, text.size() - p);
            std::memcpy(&word, text.data() + p, avail);
            for (int len = kMinGram; len <= kMaxGram; ++len) {
                if (!(m_lengths & (1u << len)) || size_t(len) > avail)
                    continue;
                const uint64_t key
                    = (word & ((uint64_t(1) << (8 * len)) - 1)) | (uint64_t(len) << 56);
                const uint64_t bit = (key * 0x9E3779B97F4A7C15ull) >> (64 - kFilterBits);
                if (!(m_filter[bit >> 6] >> (bit & 63) & 1))
                    continue; // cheap, cache-resident "certainly absent"
                const Slot *slot = lookup(key);
                if (!slot)
                    continue;
                check(slot->first, p);
                for (uint32_t k = slot->restBegin; k < slot->restEnd; ++k)
                    check(m_rest[k], p);
            }
        }
    }
    Field field() const { return m_field; }

private:
    struct Posting {
        uint32_t item;
        uint32_t keyStart; // the reference's bytes: m_keys->data() + keyStart
        uint32_t keyLen;
        uint32_t offset; // of the gram within the reference
    };
    struct Slot {
        uint64_t gram = 0; // 0 = empty (a packed gram carries its length in the top byte)
        Posting first {};
        uint32_t restBegin = 0, restEnd = 0; // further postings in m_rest
    };
    static constexpr int kFilterBits = 23; // 1 MiB bit filter in front of the table
    static constexpr int kMinGram = 4;
    static constexpr int kMaxGram = 6;
    static uint64_t pack(std::string_view g);
    const Slot *lookup(uint64_t gram) const
    {
        for (size_t i = mixHash(gram) & m_mask;; i = (i + 1) & m_mask) {
            const Slot &s = m_slots[i];
            if (s.gram == gram)
                return &s;
            if (s.gram == 0)
                return nullptr;
        }
    }

    Field m_field = Field::Reference;
    const StringColumn *m_keys = nullptr; // refKey column when field is Reference
    StringColumn m_ownKeys; // alnum keys for other fields
    std::vector<Slot> m_slots;
    size_t m_mask = 0;
    std::vector<Posting> m_rest;
    std::vector<uint64_t> m_filter;
    unsigned m_lengths = 0;
};

// Items sorted by (currency, amount, date, rank).
class AmountIndex {
public:
    struct Entry {
        uint32_t currency;
        int64_t amount;
        int32_t date;
        uint32_t item;
    };
    void build(const MatchSide &s, const std::vector<uint8_t> *include = nullptr);
    // Entries with currency equal and amount in [lo, hi], date in [d0, d1] (kNoDate = any),
    // at most `cap` items scanned.
    template <class F>
    void find(
        uint32_t currency, int64_t lo, int64_t hi, int32_t d0, int32_t d1, size_t cap, F &&fn) const
    {
        auto it = std::lower_bound(m_entries.begin(), m_entries.end(), std::make_pair(currency, lo),
            [](const Entry &e, const std::pair<uint32_t, int64_t> &k) {
                return std::make_pair(e.currency, e.amount) < k;
            });
        size_t scanned = 0;
        for (; it != m_entries.end() && it->currency == currency && it->amount <= hi; ++it) {
            if (d0 != kNoDate && (it->date < d0 || it->date > d1))
                continue;
            if (++scanned > cap)
                break;
            fn(it->item);
        }
    }

private:
    std::vector<Entry> m_entries;
};

// (hash of a key, item) sorted: counterparty words, dates, normalised equality keys.
class HashIndex {
public:
    void add(uint64_t hash, uint32_t item) { m_entries.push_back({ hash, item }); }
    void finish(); // sorts
    template <class F> size_t find(uint64_t hash, size_t cap, F &&fn) const
    {
        const uint32_t *start = m_first.find(hash ? hash : 1);
        if (!start)
            return 0;
        size_t n = 0;
        for (size_t k = *start - 1; k < m_entries.size() && m_entries[k].first == hash && n < cap;
             ++k, ++n)
            fn(m_entries[k].second);
        return n;
    }
    size_t count(uint64_t hash) const;

private:
    std::vector<std::pair<uint64_t, uint32_t>> m_entries;
    FlatMap m_first; // hash -> 1 + index of its first entry
};

uint64_t hashBytes(std::string_view s);

// Counterparty words of 3+ characters. Items whose byte in `include` is 0 are left out (the
// engine indexes only what is still open when a rule first needs the index).
void buildCounterpartyIndex(
    const MatchSide &s, HashIndex &index, const std::vector<uint8_t> *include = nullptr);
// Counterparty name prefix (first kCptyPrefix bytes of the counterpartyKey, which survives
// upper-casing, dropped legal forms and truncation).
constexpr size_t kCptyPrefix = 10;
uint64_t counterpartyPrefixHash(std::string_view counterpartyKey); // 0 when empty
// The prefix hashes of the name as written and with its words sorted (word order changed);
// the second is 0 when both are the same.
std::array<uint64_t, 2> counterpartyBlockHashes(std::string_view counterpartyKey);

// Dated items by counterparty block hash, then date: one lookup and one binary search give every
// item of a name within a date window (a day-by-day probe cost 2 x 125 lookups a query for a
// 60-day window).
class CounterpartyDateIndex {
public:
    void build(const MatchSide &s, const std::vector<uint8_t> *include = nullptr);
    // Items with the block hash `hash` and a date in [d0, d1], by (date, item); at most `cap`.
    template <class F> size_t find(uint64_t hash, int32_t d0, int32_t d1, size_t cap, F &&fn) const
    {
        const uint32_t *slot = m_first.find(hash ? hash : 1);
        if (!slot)
            return 0;
        const uint32_t begin = m_start[*slot - 1], end = m_start[*slot];
        auto it = std::lower_bound(m_entries.begin() + begin, m_entries.begin() + end, d0,
            [](const Entry &e, int32_t d) { return e.date < d; });
        size_t n = 0;
        for (; it != m_entries.begin() + end && it->date <= d1 && n < cap; ++it, ++n)
            fn(it->item);
        return n;
    }

private:
    struct Entry {
        int32_t date;
        uint32_t item;
    };
    std::vector<Entry> m_entries; // grouped by hash, each group sorted by (date, item)
    std::vector<uint32_t> m_start; // slot -> entries range
    FlatMap m_first; // hash -> slot (1-based)
};

// Dates (booking and value) of every item.
void buildDateIndex(
    const MatchSide &s, HashIndex &index, const std::vector<uint8_t> *include = nullptr);

} // namespace recon::match
