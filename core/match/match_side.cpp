#include "core/match/match_side.h"

#include "core/match/match_index.h"
#include "core/match/text_norm.h"

#include <algorithm>
#include <numeric>
#include <tuple>

namespace recon::match {

void StringColumn::append(std::string_view s)
{
    if (m_data.size() + s.size() > UINT32_MAX)
        throw std::length_error("match side text column over 4 GiB");
    m_data.append(s);
    m_off.push_back(uint32_t(m_data.size()));
}

namespace {

uint32_t packCurrency(const Money &m)
{
    const QString code = m.currencyCode();
    if (code.size() != 3)
        return 0;
    return uint32_t(code[0].toLatin1()) << 16 | uint32_t(code[1].toLatin1()) << 8
        | uint32_t(code[2].toLatin1());
}

int32_t julian(const QDate &d)
{
    return d.isValid() ? int32_t(d.toJulianDay()) : kNoDate;
}

} // namespace

void MatchSide::reserveForFile(qint64 fileBytes)
{
    if (fileBytes < (1 << 20))
        return;
    // a CSV ledger line is rarely under 48 bytes; the text columns hold at most the file's text
    const size_t bytes = size_t(std::min<qint64>(fileBytes, qint64(1) << 32));
    const size_t rows = bytes / 48;
    for (auto *v : { &booking, &value, &sourceLine })
        v->reserve(rows);
    amount.reserve(rows);
    currency.reserve(rows);
    exponent.reserve(rows);
    id.reserve(rows);
    externalId.reserve(rows, bytes / 8);
    reference.reserve(rows, bytes / 4);
    description.reserve(rows, bytes / 2);
    counterparty.reserve(rows, bytes / 4);
    counterpartyAccount.reserve(rows, bytes / 8);
    refKey.reserve(rows, bytes / 4);
}

void MatchSide::append(const Transaction &t)
{
    amount.push_back(t.amount.minor());
    currency.push_back(t.amount.currency().isValid() ? packCurrency(t.amount) : 0);
    exponent.push_back(int8_t(t.amount.currency().exponent()));
    booking.push_back(julian(t.bookingDate));
    value.push_back(julian(t.valueDate));
    id.push_back(t.id);
    sourceLine.push_back(t.sourceLine);
    externalId.append(t.externalId.toUtf8().toStdString());
    const std::string ref = upperCollapsed(t.reference);
    const std::string desc = upperCollapsed(t.description);
    reference.append(ref);
    description.append(desc);
    counterparty.append(counterpartyKey(upperCollapsed(t.counterparty)));
    counterpartyAccount.append(alnumKey(upperCollapsed(t.counterpartyAccount)));
    refKey.append(alnumKey(ref));
}

void MatchSide::finish()
{
    {
        // by content hash, verified against the first item with that hash (a different name
        // that collides simply gets an id of its own)
        FlatMap first; // hash -> 1 + first item
        first.reserve(size() / 2 + 16);
        counterpartyId.resize(size());
        uint32_t next = 0;
        for (size_t i = 0; i < size(); ++i) {
            const std::string_view name = counterparty.at(i);
            uint32_t &f = first.insert(hashBytes(name));
            if (!f) {
                f = uint32_t(i + 1);
                counterpartyId[i] = next++;
            } else if (counterparty.at(f - 1) == name) {
                counterpartyId[i] = counterpartyId[f - 1];
            } else {
                counterpartyId[i] = next++;
            }
        }
    }
    // Rank = position in content order: numbers first, strings only on ties. Sorted as compact
    // numeric keys (sequential memory), then each run of equal keys by its strings: a comparator
    // that reached into the columns for every comparison cost 0.4 s a side on 1M items.
    struct Key {
        int32_t date;
        int32_t value;
        int64_t amount;
        uint32_t currency;
        uint32_t item;
        bool operator<(const Key &o) const
        {
            return std::tie(date, amount, currency, value)
                < std::tie(o.date, o.amount, o.currency, o.value);
        }
    };
    std::vector<Key> keys(size());
    for (uint32_t i = 0; i < keys.size(); ++i)
        keys[i] = { date(i), value[i], amount[i], currency[i], i };
    std::sort(keys.begin(), keys.end(),
        [](const Key &a, const Key &b) { return a < b || (!(b < a) && a.item < b.item); });
    auto stringCmp = [this](uint32_t a, uint32_t b) {
        for (const StringColumn *c :
            { &externalId, &reference, &description, &counterparty, &counterpartyAccount }) {
            const int r = c->at(a).compare(c->at(b));
            if (r != 0)
                return r;
        }
        return 0;
    };
    rank.assign(size(), 0);
    std::vector<uint32_t> run;
    for (size_t b = 0; b < keys.size();) {
        size_t e = b + 1;
        while (e < keys.size() && !(keys[b] < keys[e])) // equal numbers (sorted: never e < b)
            ++e;
        if (e - b == 1) {
            rank[keys[b].item] = uint32_t(b);
        } else {
            run.clear();
            for (size_t k = b; k < e; ++k)
                run.push_back(keys[k].item);
            std::stable_sort(run.begin(), run.end(),
                [&](uint32_t x, uint32_t y) { return stringCmp(x, y) < 0; });
            uint32_t r = uint32_t(b);
            for (size_t k = 0; k < run.size(); ++k) {
                if (k > 0 && stringCmp(run[k - 1], run[k]) != 0)
                    r = uint32_t(b + k);
                rank[run[k]] = r;
            }
        }
        b = e;
    }
}

size_t MatchSide::memoryBytes() const
{
    return amount.capacity() * 8 + currency.capacity() * 4 + exponent.capacity()
        + booking.capacity() * 4 + value.capacity() * 4 + id.capacity() * sizeof(QUuid)
        + sourceLine.capacity() * 4 + externalId.bytes() + reference.bytes() + description.bytes()
        + counterparty.bytes() + counterpartyAccount.bytes() + refKey.bytes() + rank.capacity() * 4
        + counterpartyId.capacity() * 4;
}

QString MatchSide::currencyCode(size_t i) const
{
    const uint32_t c = currency[i];
    if (!c)
        return {};
    const char s[4] = { char(c >> 16), char((c >> 8) & 0xff), char(c & 0xff), 0 };
    return QString::fromLatin1(s);
}

QString MatchSide::outputId(size_t i) const
{
    const std::string_view e = externalId.at(i);
    if (!e.empty())
        return QString::fromUtf8(e.data(), qsizetype(e.size()));
    return QStringLiteral("line:%1").arg(sourceLine[i]);
}

MatchSide buildSide(const QList<Transaction> &items, Side side)
{
    MatchSide s;
    s.side = side;
    for (const Transaction &t : items)
        s.append(t);
    s.finish();
    return s;
}

} // namespace recon::match
