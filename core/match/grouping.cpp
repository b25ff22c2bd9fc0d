// Grouped rules: one_to_many / many_to_one by bounded subset-sum search, many_to_many by
// connected components of the candidate graph.
#include "core/match/engine_p.h"

#include <QElapsedTimer>

#include <algorithm>
#include <map>
#include <numeric>

namespace recon::match::detail {

namespace {

const Condition *amountCondition(const Rule &rule)
{
    for (const Condition &c : rule.conditions)
        if (c.kind == CondKind::Amount)
            return &c;
    return nullptr;
}

struct Member {
    uint32_t item;
    int64_t amount; // sign-adjusted to be comparable with the single item
    double score;
};

struct Solution {
    std::vector<uint32_t> items;
    double score;
};

struct SearchOutcome {
    std::vector<Solution> solutions;
    bool limitHit = false;
};

// Every subset of `m` (size 1..maxSize) whose sum satisfies the amount condition against
// `target`; stops after `maxSolutions` (enough to know it is ambiguous) or at the limits.
SearchOutcome subsetSearch(const Condition &amount, int64_t target, bool manyIsLeft, int exponent,
    std::vector<Member> m, int maxSize, const SearchLimits &lim, size_t maxSolutions)
{
    SearchOutcome out;
    // Largest magnitude first (ties by the caller's content order): partial sums grow fast,
    // so pruning bites early when every member has the target's sign.
    std::stable_sort(m.begin(), m.end(), [](const Member &a, const Member &b) {
        const int64_t aa = a.amount < 0 ? -a.amount : a.amount;
        const int64_t bb = b.amount < 0 ? -b.amount : b.amount;
        return aa > bb;
    });
    bool sameSign = true;
    for (const Member &x : m)
        sameSign = sameSign && ((x.amount >= 0) == (target >= 0));
    const int64_t absT = target < 0 ? -target : target;
    const int64_t tolBound = toleranceMinor(amount, absT * 2, absT * 2, exponent);
    // suffix sums of magnitudes, to prune branches that cannot reach the target
    std::vector<int64_t> suffix(m.size() + 1, 0);
    for (size_t i = m.size(); i-- > 0;)
        suffix[i] = suffix[i + 1] + (m[i].amount < 0 ? -m[i].amount : m[i].amount);

    QElapsedTimer timer;
    timer.start();
    int64_t combos = 0;
    std::vector<size_t> chosen;
    std::function<void(size_t, int64_t)> dfs = [&](size_t start, int64_t sum) {
        for (size_t i = start; i < m.size(); ++i) {
            if (out.limitHit || out.solutions.size() >= maxSolutions)
                return;
            if (++combos > lim.maxCombinations
                || ((combos & 1023) == 0 && timer.elapsed() > lim.maxMillis)) {
                out.limitHit = true;
                return;
            }
            const int64_t s = sum + m[i].amount;
            const int64_t absS = s < 0 ? -s : s;
            if (sameSign && absS > absT + tolBound)
                continue; // too big already; smaller members follow
            if (sameSign && absS + suffix[i + 1] + tolBound < absT)
                return; // even all the rest cannot reach it
            chosen.push_back(i);
            const Eval e = manyIsLeft ? evalAmount(amount, s, target, exponent)
                                      : evalAmount(amount, target, s, exponent);
            if (e.pass) {
                Solution sol;
                double ms = 0.0;
                for (const size_t c : chosen) {
                    sol.items.push_back(m[c].item);
                    ms += m[c].score;
                }
                sol.score = 0.5 * e.measure + 0.5 * ms / double(chosen.size());
                out.solutions.push_back(std::move(sol));
            }
            if (int(chosen.size()) < maxSize)
                dfs(i + 1, s);
            chosen.pop_back();
        }
    };
    dfs(0, 0);
    return out;
}

} // namespace

void Engine::runOneToMany(int ri, bool oneIsLeft)
{
    const Rule &rule = rs.rules[size_t(ri)];
    const Condition *amount = amountCondition(rule);
    if (!amount)
        return;
    std::vector<Pair> ps = pairs(rule, true, oneIsLeft ? Side::Left : Side::Right);
    if (cancelled())
        return;
    const MatchSide &One = oneIsLeft ? L : R;
    const MatchSide &Many = oneIsLeft ? R : L;
    const int maxSize = oneIsLeft ? rule.maxRight : rule.maxLeft;
    const bool opp = rule.oppositeSign();
    // group candidates by the single item, best first, ties by content
    std::sort(ps.begin(), ps.end(), [&](const Pair &a, const Pair &b) {
        const uint32_t ka = oneIsLeft ? a.l : a.r, kb = oneIsLeft ? b.l : b.r;
        if (ka != kb)
            return ka < kb;
        if (a.score != b.score)
            return a.score > b.score;
        const uint32_t ma = oneIsLeft ? a.r : a.l, mb = oneIsLeft ? b.r : b.l;
        return Many.rank[ma] != Many.rank[mb] ? Many.rank[ma] < Many.rank[mb] : ma < mb;
    });
    std::vector<std::pair<uint32_t, uint32_t>> ranges; // [begin, end) per single item
    for (uint32_t k = 0; k < ps.size();) {
        const uint32_t key = oneIsLeft ? ps[k].l : ps[k].r;
        uint32_t e = k;
        while (e < ps.size() && (oneIsLeft ? ps[e].l : ps[e].r) == key)
            ++e;
        ranges.push_back({ k, e });
        k = e;
    }
    std::vector<SearchOutcome> outcomes(ranges.size());
    parallelChunks(ranges.size(), threads, [&](size_t b, size_t e) {
        for (size_t g = b; g < e && !cancelled(); ++g) {
            const auto [pb, pe] = ranges[g];
            const uint32_t one = oneIsLeft ? ps[pb].l : ps[pb].r;
            std::vector<Member> members;
            for (uint32_t k = pb; k < pe && int(members.size()) < rule.search.maxItems; ++k) {
                const uint32_t o = oneIsLeft ? ps[k].r : ps[k].l;
                int64_t a = Many.amount[o];
                if (opp)
                    a = -a;
                members.push_back({ o, a, ps[k].score });
            }
            // content order before the search, so the search order never depends on input order
            std::sort(members.begin(), members.end(), [&](const Member &x, const Member &y) {
                return Many.rank[x.item] != Many.rank[y.item]
                    ? Many.rank[x.item] < Many.rank[y.item]
                    : x.item < y.item;
            });
            const int64_t target = One.amount[one];
            if (rule.groupKey.isEmpty()) {
                outcomes[g] = subsetSearch(*amount, target, !oneIsLeft, One.exponent[one], members,
                    maxSize, rule.search, 6);
                continue;
            }
            std::map<std::string, std::vector<Member>> parts;
            for (const Member &x : members)
                parts[groupKey(rule, Many, x.item)].push_back(x);
            SearchOutcome merged;
            for (auto &[key, part] : parts) {
                SearchOutcome so = subsetSearch(
                    *amount, target, !oneIsLeft, One.exponent[one], part, maxSize, rule.search, 6);
                merged.limitHit = merged.limitHit || so.limitHit;
                for (Solution &s : so.solutions)
                    merged.solutions.push_back(std::move(s));
            }
            outcomes[g] = std::move(merged);
        }
    });
    if (cancelled())
        return;
    auto alternativesOf = [&](uint32_t one, const std::vector<Solution> &sols) {
        std::vector<Alternative> alts;
        for (const Solution &s : sols) {
            Alternative a;
            a.score = s.score;
            (oneIsLeft ? a.left : a.right).push_back(one);
            (oneIsLeft ? a.right : a.left) = s.items;
            alts.push_back(std::move(a));
        }
        std::stable_sort(alts.begin(), alts.end(),
            [](const Alternative &x, const Alternative &y) { return x.score > y.score; });
        if (alts.size() > 5)
            alts.resize(5);
        return alts;
    };
    // Process single items in content order; a member claimed by two unique solutions is a
    // conflict: neither is taken.
    std::vector<size_t> order(ranges.size());
    std::iota(order.begin(), order.end(), size_t(0));
    auto oneOf
        = [&](size_t g) { return oneIsLeft ? ps[ranges[g].first].l : ps[ranges[g].first].r; };
    std::sort(order.begin(), order.end(), [&](size_t a, size_t b) {
        return One.rank[oneOf(a)] != One.rank[oneOf(b)] ? One.rank[oneOf(a)] < One.rank[oneOf(b)]
                                                        : oneOf(a) < oneOf(b);
    });
    std::map<uint32_t, int> claims;
    for (const size_t g : order)
        if (outcomes[g].solutions.size() == 1 && !outcomes[g].limitHit)
            for (const uint32_t m : outcomes[g].solutions.front().items)
                ++claims[m];
    const Side oneSide = oneIsLeft ? Side::Left : Side::Right;
    for (const size_t g : order) {
        const uint32_t one = oneOf(g);
        const SearchOutcome &so = outcomes[g];
        if (so.solutions.empty())
            continue;
        if (so.limitHit) {
            addException(ri, oneSide, one, QStringLiteral("search_limit"),
                alternativesOf(one, so.solutions));
            continue;
        }
        if (so.solutions.size() > 1) {
            addException(
                ri, oneSide, one, QStringLiteral("ambiguous"), alternativesOf(one, so.solutions));
            continue;
        }
        const Solution &s = so.solutions.front();
        bool conflict = false;
        for (const uint32_t m : s.items)
            conflict = conflict || claims[m] > 1;
        if (conflict) {
            addException(
                ri, oneSide, one, QStringLiteral("conflict"), alternativesOf(one, so.solutions));
            continue;
        }
        if (oneIsLeft)
            addGroup(ri, { one }, s.items, s.score);
        else
            addGroup(ri, s.items, { one }, s.score);
    }
}

void Engine::runManyToMany(int ri)
{
    const Rule &rule = rs.rules[size_t(ri)];
    const Condition *amount = amountCondition(rule);
    if (!amount)
        return;
    std::vector<Pair> ps = pairs(rule, true);
    if (cancelled())
        return;
    // union-find over left items [0, nL) and right items [nL, nL + nR)
    const size_t nL = L.size();
    std::map<uint32_t, uint32_t> parent;
    std::function<uint32_t(uint32_t)> find = [&](uint32_t x) {
        auto it = parent.find(x);
        if (it == parent.end()) {
            parent[x] = x;
            return x;
        }
        if (it->second == x)
            return x;
        const uint32_t root = find(it->second);
        parent[x] = root;
        return root;
    };
    std::map<uint32_t, double> pairScore;
    for (const Pair &p : ps) {
        const uint32_t a = find(p.l), b = find(uint32_t(nL + p.r));
        if (a != b)
            parent[std::max(a, b)] = std::min(a, b);
    }
    std::map<uint32_t, std::pair<std::vector<uint32_t>, std::vector<uint32_t>>> comps;
    std::map<uint32_t, std::pair<double, int>> scores;
    for (const Pair &p : ps) {
        auto &s = scores[find(p.l)];
        s.first += p.score;
        ++s.second;
    }
    for (const auto &[node, _] : std::map<uint32_t, uint32_t>(parent)) {
        const uint32_t root = find(node);
        if (node < nL)
            comps[root].first.push_back(node);
        else
            comps[root].second.push_back(uint32_t(node - nL));
    }
    const bool opp = rule.oppositeSign();
    for (auto &[root, comp] : comps) {
        auto &[ls, rsIdx] = comp;
        if (ls.empty() || rsIdx.empty() || int(ls.size()) > rule.maxLeft
            || int(rsIdx.size()) > rule.maxRight)
            continue;
        bool sameKey = true;
        for (size_t i = 1; i < ls.size(); ++i)
            sameKey = sameKey && groupKey(rule, L, ls[i]) == groupKey(rule, L, ls[0]);
        for (size_t i = 1; i < rsIdx.size(); ++i)
            sameKey = sameKey && groupKey(rule, R, rsIdx[i]) == groupKey(rule, R, rsIdx[0]);
        if (!sameKey)
            continue;
        int64_t sl = 0, sr = 0;
        for (const uint32_t i : ls)
            sl += L.amount[i];
        for (const uint32_t i : rsIdx)
            sr += R.amount[i];
        const Eval e = evalAmount(*amount, sl, opp ? -sr : sr, L.exponent[ls.front()]);
        if (!e.pass)
            continue;
        const auto &sc = scores[root];
        addGroup(ri, ls, rsIdx, 0.5 * e.measure + 0.5 * (sc.second ? sc.first / sc.second : 1.0));
    }
}

} // namespace recon::match::detail
