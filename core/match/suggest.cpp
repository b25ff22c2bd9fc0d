#include "core/match/suggest.h"

#include "core/match/text_norm.h"

#include <algorithm>
#include <set>

namespace recon::match {

namespace {

constexpr int kWindowDays = 30;
constexpr size_t kCap = 300;

} // namespace

MatchIndex::MatchIndex(const MatchSide &left, const MatchSide &right)
    : m_left(left)
    , m_right(right)
{
    const MatchSide *sides[2] = { &left, &right };
    for (int s = 0; s < 2; ++s) {
        m_refs[s].build(*sides[s], Field::Reference, 5);
        m_amounts[s].build(*sides[s]);
        m_cptyDate[s].build(*sides[s]);
    }
    m_refInLeft.kind = m_refInRight.kind = CondKind::ReferenceInText;
    m_refInLeft.label = m_refInRight.label = QStringLiteral("reference_in_text");
    m_refInLeft.textFields = m_refInRight.textFields = { Field::Description, Field::Reference };
    m_refInLeft.searchSide = Side::Left;
    m_refInRight.searchSide = Side::Right;
    m_amount.kind = CondKind::Amount;
    m_amount.label = QStringLiteral("amount");
    m_amount.absTolerance = { 2500, 2 };
    m_amount.pctTolerance = { 2, 0 };
    m_date.kind = CondKind::Date;
    m_date.label = QStringLiteral("date");
    m_date.days = kWindowDays;
    m_counterparty.kind = CondKind::Counterparty;
    m_counterparty.label = QStringLiteral("counterparty");
    m_counterparty.threshold = 0.85;
}

std::vector<Suggestion> MatchIndex::suggest(Side side, uint32_t item, int k,
    const std::vector<uint8_t> *openLeft, const std::vector<uint8_t> *openRight) const
{
    const bool fromLeft = side == Side::Left;
    const MatchSide &Q = fromLeft ? m_left : m_right;
    const int o = fromLeft ? 1 : 0;
    const MatchSide &O = fromLeft ? m_right : m_left;
    const std::vector<uint8_t> *openO = fromLeft ? openRight : openLeft;
    if (item >= Q.size())
        return {};
    std::vector<uint32_t> cand;
    auto push = [&](uint32_t c) {
        if ((!openO || (*openO)[c]) && cand.size() < 4 * kCap)
            cand.push_back(c);
    };
    // 1. the other side's references in this item's text
    std::string text;
    searchText(Q, item, { Field::Description, Field::Reference }, text);
    m_refs[o].find(text, push);
    // 2. the other side's texts containing this item's reference: through the amount/date
    //    candidates below (checked by the reference condition when scored)
    const int32_t d = Q.date(item);
    const int32_t d0 = d == kNoDate ? kNoDate : d - kWindowDays;
    const int32_t d1 = d == kNoDate ? kNoDate : d + kWindowDays;
    const int64_t a = Q.amount[item];
    const int64_t tol = toleranceMinor(m_amount, a, a, Q.exponent[item]);
    m_amounts[o].find(Q.currency[item], a - tol, a + tol, d0, d1, kCap, push);
    std::vector<uint32_t> sameParty;
    for (const uint64_t h : counterpartyBlockHashes(Q.counterparty.at(item))) {
        if (d == kNoDate || !h)
            continue;
        m_cptyDate[o].find(h, d0, d1, SIZE_MAX, [&](uint32_t c) {
            if ((!openO || (*openO)[c]) && sameParty.size() < kCap)
                sameParty.push_back(c);
        });
    }
    std::sort(sameParty.begin(), sameParty.end());
    sameParty.erase(std::unique(sameParty.begin(), sameParty.end()), sameParty.end());
    for (const uint32_t c : sameParty)
        push(c);
    std::sort(cand.begin(), cand.end());
    cand.erase(std::unique(cand.begin(), cand.end()), cand.end());

    const MatchSide &L = m_left;
    const MatchSide &R = m_right;
    auto pairScore = [&](uint32_t l, uint32_t r, double *refHit) {
        const Eval ref1 = evalCondition(m_refInLeft, L, l, R, r, false);
        const Eval ref2 = evalCondition(m_refInRight, L, l, R, r, false);
        const Eval amt = evalCondition(m_amount, L, l, R, r, false);
        const Eval date = evalCondition(m_date, L, l, R, r, false);
        const double cp = counterpartySimilarity(L.counterparty.at(l), R.counterparty.at(r));
        const double ref = (ref1.pass || ref2.pass) ? 1.0 : 0.0;
        if (refHit)
            *refHit = ref;
        return 0.4 * ref + 0.3 * (amt.pass ? amt.measure : 0.0)
            + 0.15 * (date.pass ? date.measure : 0.0) + 0.15 * cp;
    };
    auto explain = [&](Suggestion &s) {
        for (const uint32_t l : s.left)
            for (const uint32_t r : s.right)
                for (const Condition *c :
                    { &m_refInLeft, &m_refInRight, &m_amount, &m_date, &m_counterparty })
                    s.explanation.push_back(explainCondition(*c, L, l, R, r, false));
    };
    std::vector<Suggestion> out;
    for (const uint32_t c : cand) {
        Suggestion s;
        const uint32_t l = fromLeft ? item : c, r = fromLeft ? c : item;
        s.left = { l };
        s.right = { r };
        s.score = pairScore(l, r, nullptr);
        if (s.score >= 0.3)
            out.push_back(std::move(s));
    }
    // small groups: 2 or 3 items of the same counterparty summing exactly to this item
    std::vector<uint32_t> parts;
    for (const uint32_t c : sameParty)
        if ((O.amount[c] > 0) == (a > 0) && O.currency[c] == Q.currency[item])
            parts.push_back(c);
    std::sort(parts.begin(), parts.end(), [&](uint32_t x, uint32_t y) {
        const int dx = std::abs(O.date(x) - d), dy = std::abs(O.date(y) - d);
        return dx != dy ? dx < dy : O.rank[x] != O.rank[y] ? O.rank[x] < O.rank[y] : x < y;
    });
    if (parts.size() > 14)
        parts.resize(14);
    auto addGroup = [&](std::vector<uint32_t> members) {
        Suggestion s;
        double sum = 0.0;
        for (const uint32_t m : members)
            sum += pairScore(fromLeft ? item : m, fromLeft ? m : item, nullptr);
        // the exact sum stands in for the amount part of the score
        s.score = std::min(1.0, sum / double(members.size()) + 0.3 * 0.5);
        std::sort(members.begin(), members.end(), [&](uint32_t x, uint32_t y) {
            return O.rank[x] != O.rank[y] ? O.rank[x] < O.rank[y] : x < y;
        });
        (fromLeft ? s.left : s.right) = { item };
        (fromLeft ? s.right : s.left) = std::move(members);
        out.push_back(std::move(s));
    };
    for (size_t i = 0; i < parts.size(); ++i)
        for (size_t j = i + 1; j < parts.size(); ++j) {
            const int64_t s2 = O.amount[parts[i]] + O.amount[parts[j]];
            if (s2 == a)
                addGroup({ parts[i], parts[j] });
            for (size_t m = j + 1; m < parts.size(); ++m)
                if (s2 + O.amount[parts[m]] == a)
                    addGroup({ parts[i], parts[j], parts[m] });
        }
    auto firstRank = [&](const Suggestion &s) {
        const uint32_t x = fromLeft ? s.right.front() : s.left.front();
        return std::make_pair(O.rank[x], x);
    };
    std::sort(out.begin(), out.end(), [&](const Suggestion &x, const Suggestion &y) {
        if (x.score != y.score)
            return x.score > y.score;
        const size_t nx = x.left.size() + x.right.size(), ny = y.left.size() + y.right.size();
        return nx != ny ? nx < ny : firstRank(x) < firstRank(y);
    });
    if (out.size() > size_t(std::max(k, 0)))
        out.resize(size_t(std::max(k, 0)));
    for (Suggestion &s : out)
        explain(s);
    return out;
}

} // namespace recon::match
