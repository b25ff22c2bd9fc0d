#include "core/match/match_index.h"

#include "core/match/engine.h"
#include "core/match/text_norm.h"

#include <algorithm>
#include <atomic>
#include <thread>
#include <tuple>

namespace recon::match {

std::string_view fieldText(const MatchSide &s, size_t i, Field f)
{
    switch (f) {
    case Field::Reference:
        return s.reference.at(i);
    case Field::Description:
        return s.description.at(i);
    case Field::Counterparty:
        return s.counterparty.at(i);
    case Field::CounterpartyAccount:
        return s.counterpartyAccount.at(i);
    case Field::ExternalId:
        return s.externalId.at(i);
    }
    return {};
}

void searchText(const MatchSide &s, size_t i, const QList<Field> &fields, std::string &out)
{
    out.clear();
    for (const Field f : fields) {
        if (!out.empty())
            out.push_back('|');
        if (f == Field::Reference) {
            out.append(s.refKey.at(i));
            continue;
        }
        for (const char ch : fieldText(s, i, f)) {
            const unsigned char c = (unsigned char)ch;
            if ((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || c >= 0x80)
                out.push_back(ch);
            else if (c >= 'a' && c <= 'z')
                out.push_back(char(c - 'a' + 'A'));
        }
    }
}

uint64_t hashBytes(std::string_view s)
{
    uint64_t h = 1469598103934665603ull;
    for (const char c : s) {
        h ^= (unsigned char)c;
        h *= 1099511628211ull;
    }
    h ^= h >> 29;
    return h ? h : 1;
}

void FlatMap::reserve(size_t n)
{
    size_t cap = 16;
    while (cap < n * 2)
        cap <<= 1;
    m_keys.assign(cap, 0);
    m_values.assign(cap, 0);
    m_mask = cap - 1;
    m_count = 0;
}

uint32_t *FlatMap::find(uint64_t key)
{
    if (m_keys.empty())
        return nullptr;
    for (size_t i = mixHash(key) & m_mask;; i = (i + 1) & m_mask) {
        if (m_keys[i] == key)
            return &m_values[i];
        if (m_keys[i] == 0)
            return nullptr;
    }
}

const uint32_t *FlatMap::find(uint64_t key) const
{
    return const_cast<FlatMap *>(this)->find(key);
}

uint32_t &FlatMap::insert(uint64_t key)
{
    if ((m_count + 1) * 2 > m_keys.size()) {
        std::vector<uint64_t> keys = std::move(m_keys);
        std::vector<uint32_t> values = std::move(m_values);
        reserve(std::max<size_t>(keys.size(), 8));
        for (size_t i = 0; i < keys.size(); ++i)
            if (keys[i])
                insert(keys[i]) = values[i];
    }
    for (size_t i = mixHash(key) & m_mask;; i = (i + 1) & m_mask) {
        if (m_keys[i] == key)
            return m_values[i];
        if (m_keys[i] == 0) {
            m_keys[i] = key;
            ++m_count;
            return m_values[i];
        }
    }
}

uint64_t RefGramIndex::pack(std::string_view g)
{
    uint64_t k = uint64_t(g.size()) << 56;
    for (size_t i = 0; i < g.size(); ++i)
        k |= uint64_t((unsigned char)g[i]) << (8 * i);
    return k;
}

void RefGramIndex::build(const MatchSide &s, Field field, int minLength, int threads)
{
    m_field = field;
    if (field == Field::Reference) {
        m_keys = &s.refKey;
    } else {
        m_ownKeys = StringColumn();
        std::string buf;
        for (size_t i = 0; i < s.size(); ++i) {
            searchText(s, i, { field }, buf);
            m_ownKeys.append(buf);
        }
        m_keys = &m_ownKeys;
    }
    const size_t n = s.size();
    // 1. gram frequencies, approximately (a saturating counter per hash bucket is enough to pick
    //    a rare gram, and deterministic: the counts do not depend on the order of increments)
    int sketchBits = 12;
    while (sketchBits < 24 && (size_t(1) << sketchBits) < n * 16)
        ++sketchBits;
    std::vector<uint16_t> freq(size_t(1) << sketchBits, 0);
    auto bucket = [sketchBits](uint64_t g) {
        return size_t((g * 0xD6E8FEB86659FD93ull) >> (64 - sketchBits));
    };
    auto usable = [&](std::string_view k) { return k.size() >= size_t(std::max(minLength, 4)); };
    auto gramLen = [](std::string_view k) { return int(std::min<size_t>(k.size(), kMaxGram)); };
    parallelChunks(n, threads, [&](size_t b, size_t e) {
        for (size_t i = b; i < e; ++i) {
            const std::string_view k = m_keys->at(i);
            if (!usable(k))
                continue;
            const int g = gramLen(k);
            for (size_t p = 0; p + size_t(g) <= k.size(); ++p) {
                std::atomic_ref<uint16_t> c(freq[bucket(pack(k.substr(p, size_t(g))))]);
                uint16_t v = c.load(std::memory_order_relaxed);
                while (v != UINT16_MAX
                    && !c.compare_exchange_weak(v, uint16_t(v + 1), std::memory_order_relaxed)) { }
            }
        }
    });
    // 2. each reference registers under its rarest gram (first such on ties)
    struct Chosen {
        uint64_t gram;
        uint32_t item;
        uint32_t offset; // of the gram within the reference
        bool operator<(const Chosen &o) const
        {
            return gram != o.gram ? gram < o.gram : item < o.item;
        }
    };
    std::vector<Chosen> chosen(n);
    std::atomic<unsigned> lengths { 0 };
    parallelChunks(n, threads, [&](size_t b, size_t e) {
        unsigned seen = 0;
        for (size_t i = b; i < e; ++i) {
            const std::string_view k = m_keys->at(i);
            if (!usable(k)) {
                chosen[i].gram = 0; // packed grams are never 0 (the length is in the top byte)
                continue;
            }
            const int g = gramLen(k);
            uint32_t best = UINT32_MAX;
            size_t bestPos = 0;
            for (size_t p = 0; p + size_t(g) <= k.size(); ++p) {
                const uint32_t f = freq[bucket(pack(k.substr(p, size_t(g))))];
                if (f < best) {
                    best = f;
                    bestPos = p;
                }
            }
            chosen[i] = { pack(k.substr(bestPos, size_t(g))), uint32_t(i), uint32_t(bestPos) };
            seen |= 1u << g;
        }
        lengths.fetch_or(seen, std::memory_order_relaxed);
    });
    m_lengths = lengths.load();
    chosen.erase(
        std::remove_if(chosen.begin(), chosen.end(), [](const Chosen &c) { return c.gram == 0; }),
        chosen.end());
    freq = {};
    // (gram, item) is a total order: the two halves sorted side by side, then merged
    const auto mid = chosen.begin() + std::ptrdiff_t(chosen.size() / 2);
    if (effectiveThreads(threads) > 1 && chosen.size() > 65536) {
        std::thread other([&] { std::sort(mid, chosen.end()); });
        std::sort(chosen.begin(), mid);
        other.join();
        std::inplace_merge(chosen.begin(), mid, chosen.end());
    } else {
        std::sort(chosen.begin(), chosen.end());
    }
    m_filter.assign(size_t(1) << (kFilterBits - 6), 0);
    for (const Chosen &c : chosen) {
        const uint64_t bit = (c.gram * 0x9E3779B97F4A7C15ull) >> (64 - kFilterBits);
        m_filter[bit >> 6] |= uint64_t(1) << (bit & 63);
    }
    size_t distinct = 0;
    for (size_t i = 0; i < chosen.size(); ++i)
        distinct += i == 0 || chosen[i].gram != chosen[i - 1].gram;
    size_t cap = 16;
    while (cap < distinct * 2)
        cap <<= 1;
    m_slots.assign(cap, Slot {});
    m_mask = cap - 1;
    m_rest.clear();
    auto posting = [&](const Chosen &c) {
        return Posting { c.item, m_keys->offset(c.item), m_keys->length(c.item), c.offset };
    };
    for (size_t i = 0; i < chosen.size();) {
        size_t e = i + 1;
        while (e < chosen.size() && chosen[e].gram == chosen[i].gram)
            ++e;
        size_t at = mixHash(chosen[i].gram) & m_mask;
        while (m_slots[at].gram != 0)
            at = (at + 1) & m_mask;
        Slot &slot = m_slots[at];
        slot.gram = chosen[i].gram;
        slot.first = posting(chosen[i]);
        slot.restBegin = uint32_t(m_rest.size());
        for (size_t k = i + 1; k < e; ++k)
            m_rest.push_back(posting(chosen[k]));
        slot.restEnd = uint32_t(m_rest.size());
        i = e;
    }
}

void AmountIndex::build(const MatchSide &s, const std::vector<uint8_t> *include)
{
    m_entries.clear();
    m_entries.reserve(s.size());
    for (size_t i = 0; i < s.size(); ++i)
        if (!include || (*include)[i])
            m_entries.push_back({ s.currency[i], s.amount[i], s.date(i), uint32_t(i) });
    std::sort(m_entries.begin(), m_entries.end(), [&s](const Entry &a, const Entry &b) {
        if (a.currency != b.currency)
            return a.currency < b.currency;
        if (a.amount != b.amount)
            return a.amount < b.amount;
        if (a.date != b.date)
            return a.date < b.date;
        return s.rank[a.item] != s.rank[b.item] ? s.rank[a.item] < s.rank[b.item] : a.item < b.item;
    });
}

void HashIndex::finish()
{
    std::sort(m_entries.begin(), m_entries.end());
    m_first = FlatMap();
    m_first.reserve(m_entries.size() / 2 + 16);
    for (size_t k = 0; k < m_entries.size(); ++k)
        if (k == 0 || m_entries[k].first != m_entries[k - 1].first)
            m_first.insert(m_entries[k].first ? m_entries[k].first : 1) = uint32_t(k + 1);
}

size_t HashIndex::count(uint64_t hash) const
{
    return find(hash, SIZE_MAX, [](uint32_t) {});
}

void buildCounterpartyIndex(
    const MatchSide &s, HashIndex &index, const std::vector<uint8_t> *include)
{
    for (size_t i = 0; i < s.size(); ++i) {
        if (include && !(*include)[i])
            continue;
        for (const auto w : splitWords(s.counterparty.at(i)))
            if (w.size() >= 3)
                index.add(hashBytes(w), uint32_t(i));
    }
    index.finish();
}

uint64_t counterpartyPrefixHash(std::string_view key)
{
    if (key.empty())
        return 0;
    return hashBytes(key.substr(0, kCptyPrefix));
}

std::array<uint64_t, 2> counterpartyBlockHashes(std::string_view key)
{
    const uint64_t h = counterpartyPrefixHash(key);
    auto words = splitWords(key);
    if (words.size() < 2)
        return { h, 0 };
    std::sort(words.begin(), words.end());
    std::string sorted;
    for (const auto w : words) {
        if (!sorted.empty())
            sorted.push_back(' ');
        sorted.append(w);
    }
    const uint64_t h2 = counterpartyPrefixHash(sorted);
    return { h, h2 == h ? 0 : h2 };
}

void CounterpartyDateIndex::build(const MatchSide &s, const std::vector<uint8_t> *include)
{
    struct Keyed {
        uint64_t hash;
        int32_t date;
        uint32_t item;
    };
    std::vector<Keyed> all;
    all.reserve(s.size());
    for (size_t i = 0; i < s.size(); ++i) {
        if (include && !(*include)[i])
            continue;
        const int32_t d = s.date(i);
        if (d == kNoDate)
            continue;
        for (const uint64_t h : counterpartyBlockHashes(s.counterparty.at(i)))
            if (h)
                all.push_back({ h, d, uint32_t(i) });
    }
    std::sort(all.begin(), all.end(), [](const Keyed &a, const Keyed &b) {
        return std::tie(a.hash, a.date, a.item) < std::tie(b.hash, b.date, b.item);
    });
    m_entries.clear();
    m_entries.reserve(all.size());
    m_start.assign(1, 0);
    m_first = FlatMap();
    m_first.reserve(all.size() / 2 + 16);
    for (size_t k = 0; k < all.size(); ++k) {
        if (k == 0 || all[k].hash != all[k - 1].hash) {
            if (k > 0)
                m_start.push_back(uint32_t(k));
            m_first.insert(all[k].hash) = uint32_t(m_start.size());
        }
        m_entries.push_back({ all[k].date, all[k].item });
    }
    m_start.push_back(uint32_t(m_entries.size()));
}

void buildDateIndex(const MatchSide &s, HashIndex &index, const std::vector<uint8_t> *include)
{
    for (size_t i = 0; i < s.size(); ++i) {
        if (include && !(*include)[i])
            continue;
        if (s.booking[i] != kNoDate)
            index.add(uint64_t(uint32_t(s.booking[i])), uint32_t(i));
        if (s.value[i] != kNoDate && s.value[i] != s.booking[i])
            index.add(uint64_t(uint32_t(s.value[i])), uint32_t(i));
    }
    index.finish();
}

} // namespace recon::match
