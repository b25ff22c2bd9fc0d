#include "core/match/match_side.h"

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
    std::vector<uint32_t> order(size());
    std::iota(order.begin(), order.end(), 0u);
    // numbers first (cheap), strings only on ties
    auto less = [this](uint32_t a, uint32_t b) {
        if (date(a) != date(b))
            return date(a) < date(b);
        if (amount[a] != amount[b])
            return amount[a] < amount[b];
        if (currency[a] != currency[b])
            return currency[a] < currency[b];
        if (value[a] != value[b])
            return value[a] < value[b];
        for (const StringColumn *c :
            { &externalId, &reference, &description, &counterparty, &counterpartyAccount }) {
            const int r = c->at(a).compare(c->at(b));
            if (r != 0)
                return r < 0;
        }
        return false;
    };
    std::sort(order.begin(), order.end(), less);
    rank.assign(size(), 0);
    uint32_t r = 0;
    for (size_t k = 0; k < order.size(); ++k) {
        if (k > 0 && less(order[k - 1], order[k]))
            r = uint32_t(k);
        rank[order[k]] = r;
    }
}

size_t MatchSide::memoryBytes() const
{
    return amount.capacity() * 8 + currency.capacity() * 4 + exponent.capacity()
        + booking.capacity() * 4 + value.capacity() * 4 + id.capacity() * sizeof(QUuid)
        + sourceLine.capacity() * 4 + externalId.bytes() + reference.bytes() + description.bytes()
        + counterparty.bytes() + counterpartyAccount.bytes() + refKey.bytes() + rank.capacity() * 4;
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
