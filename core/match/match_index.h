#pragma once
// Prebuilt lookup structures over one MatchSide, reusable across rules and across suggestion
// calls: references by their rarest n-gram (found anywhere in the other side's text), amounts,
// dates, counterparty words and normalised keys.

#include "core/match/match_side.h"
#include "core/match/rules.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace recon::match {

// Upper-cased value of a field, as stored.
std::string_view fieldText(const MatchSide &s, size_t i, Field f);
// Letters and digits of the given fields, '|' between fields (so no key spans two fields).
void searchText(const MatchSide &s, size_t i, const QList<Field> &fields, std::string &out);

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
class RefGramIndex {
public:
    // threads: as MatchOptions::threads (0 = all cores)
    void build(const MatchSide &s, Field field, int minLength, int threads = 1);
    // Calls fn(item) for each item whose key occurs in `text` (alnum upper). May repeat items.
    template <class F> void find(std::string_view text, F &&fn) const
    {
        for (size_t p = 0; p < text.size(); ++p) {
            for (int len = kMinGram; len <= kMaxGram; ++len) {
                if (!(m_lengths & (1u << len)) || p + size_t(len) > text.size())
                    continue;
                const uint64_t key = pack(text.substr(p, size_t(len)));
                const uint64_t bit = (key * 0x9E3779B97F4A7C15ull) >> (64 - kFilterBits);
                if (!(m_filter[bit >> 6] >> (bit & 63) & 1))
                    continue; // cheap, cache-resident "certainly absent"
                const uint32_t *slot = m_map.find(key);
                if (!slot)
                    continue;
                const uint32_t begin = m_start[*slot - 1], end = m_start[*slot];
                for (uint32_t k = begin; k < end; ++k) {
                    const Posting &ps = m_postings[k];
                    if (p < ps.offset)
                        continue;
                    const std::string_view key = m_keys->at(ps.item);
                    const std::string_view ref = refOf(ps.item, key);
                    if (text.substr(p - ps.offset, ref.size()) == ref)
                        fn(ps.item);
                }
            }
        }
    }
    Field field() const { return m_field; }

private:
    struct Posting {
        uint32_t item;
        uint32_t offset;
    };
    static constexpr int kFilterBits = 23; // 1 MiB bit filter in front of the map
    static constexpr int kMinGram = 4;
    static constexpr int kMaxGram = 6;
    static uint64_t pack(std::string_view g);
    std::string_view refOf(uint32_t item, std::string_view stored) const;

    Field m_field = Field::Reference;
    const StringColumn *m_keys = nullptr; // refKey column when field is Reference
    StringColumn m_ownKeys; // alnum keys for other fields
    FlatMap m_map; // gram -> slot (1-based)
    std::vector<uint32_t> m_start; // slot -> postings range
    std::vector<Posting> m_postings;
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
