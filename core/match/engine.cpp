#include "core/match/engine.h"

#include "core/log.h"
#include "core/match/engine_p.h"
#include "core/match/text_norm.h"

#include <QElapsedTimer>

#include <algorithm>
#include <thread>
#include <tuple>

namespace recon::match {

int effectiveThreads(int requested)
{
    if (requested > 0)
        return std::min(requested, 64);
    return std::max(1, int(std::thread::hardware_concurrency()));
}

void parallelChunks(size_t n, int threads, const std::function<void(size_t, size_t)> &fn)
{
    const int t = effectiveThreads(threads);
    if (t <= 1 || n < 256) {
        if (n)
            fn(0, n);
        return;
    }
    const size_t chunks = std::min<size_t>(n, size_t(t) * 16);
    const size_t per = (n + chunks - 1) / chunks;
    std::atomic<size_t> next { 0 };
    auto worker = [&] {
        for (;;) {
            const size_t c = next.fetch_add(1);
            const size_t b = c * per;
            if (b >= n)
                return;
            fn(b, std::min(n, b + per));
        }
    };
    std::vector<std::thread> pool;
    for (int i = 1; i < t; ++i)
        pool.emplace_back(worker);
    worker();
    for (auto &th : pool)
        th.join();
}

namespace detail {

Engine::Engine(const MatchSide &l, const MatchSide &r, const RuleSet &set, const MatchOptions &o)
    : L(l)
    , R(r)
    , rs(set)
    , m_opt(o)
    , threads(effectiveThreads(o.threads))
{
    openL.assign(L.size(), 1);
    openR.assign(R.size(), 1);
    res.ruleSetName = rs.name;
    res.ruleSetVersion = rs.version;
    res.ruleSetHash = rs.hash;
    res.leftStatus.assign(L.size(), Status::Open);
    res.rightStatus.assign(R.size(), Status::Open);
    // every group closes at least one item of each side: never more groups than this, and
    // no copies of ~1M groups as the vector grows
    res.groups.reserve(std::min(L.size(), R.size()));
}

namespace {
// Builds an index on first use and keeps it for the rest of the run.
template <typename Index, typename Build>
const Index &lazyIndex(std::unique_ptr<Index> &slot, Build &&build)
{
    if (!slot) {
        slot = std::make_unique<Index>();
        build(*slot);
    }
    return *slot;
}
} // namespace

const RefGramIndex &Engine::gramIndex(Side indexed, Field f, int minLength)
{
    return lazyIndex(m_grams[{ int(indexed), int(f), minLength }],
        [&](RefGramIndex &i) { i.build(indexed == Side::Left ? L : R, f, minLength, threads); });
}

const AmountIndex &Engine::amountIndex(Side s)
{
    return lazyIndex(
        m_amount[int(s)], [&](AmountIndex &i) { i.build(s == Side::Left ? L : R, openOf(s)); });
}

const HashIndex &Engine::cptyIndex(Side s)
{
    return lazyIndex(m_cpty[int(s)],
        [&](HashIndex &i) { buildCounterpartyIndex(s == Side::Left ? L : R, i, openOf(s)); });
}

const HashIndex &Engine::dateIndex(Side s)
{
    return lazyIndex(m_date[int(s)],
        [&](HashIndex &i) { buildDateIndex(s == Side::Left ? L : R, i, openOf(s)); });
}

const CounterpartyDateIndex &Engine::cptyDateIndex(Side s)
{
    return lazyIndex(m_cptyDate[int(s)],
        [&](CounterpartyDateIndex &i) { i.build(s == Side::Left ? L : R, openOf(s)); });
}

Eval Engine::evalPair(
    const Rule &rule, bool members, uint32_t l, uint32_t r, EvalScratch *scratch) const
{
    // cheap conditions first; the measures are summed in rule order for a stable score
    static constexpr auto cheap = [](CondKind k) {
        return k == CondKind::Sign || k == CondKind::Currency || k == CondKind::Date
            || k == CondKind::Amount;
    };
    const bool opp = rule.oppositeSign();
    double measures[32];
    const size_t nc = std::min<size_t>(rule.conditions.size(), 32);
    for (int pass = 0; pass < 2; ++pass) {
        for (size_t i = 0; i < nc; ++i) {
            const Condition &c = rule.conditions[i];
            if ((members && c.kind == CondKind::Amount) || cheap(c.kind) != (pass == 0))
                continue;
            const Eval e = evalCondition(c, L, l, R, r, opp, scratch);
            if (!e.pass)
                return {};
            measures[i] = e.measure;
        }
    }
    double sum = 0.0;
    int n = 0;
    for (size_t i = 0; i < nc; ++i) {
        if (members && rule.conditions[i].kind == CondKind::Amount)
            continue;
        sum += measures[i];
        ++n;
    }
    return { true, n ? sum / n : 1.0 };
}

std::string Engine::groupKey(const Rule &rule, const MatchSide &s, uint32_t i) const
{
    std::string key;
    for (const Field f : rule.groupKey) {
        key += normalise(fieldText(s, i, f), NormAll);
        key.push_back('|');
    }
    return key;
}

namespace {

int blockerPriority(const Condition &c, bool members)
{
    switch (c.kind) {
    case CondKind::ReferenceInText:
        return 0;
    case CondKind::Regex:
        return 1;
    case CondKind::Equals:
        return 2;
    case CondKind::Amount: // exact amounts are selective; a wide tolerance less so
        if (members)
            return 99;
        return c.absTolerance.units == 0 && c.pctTolerance.units == 0 ? 3 : 5;
    case CondKind::Counterparty:
        return 4;
    case CondKind::Date:
        return 6;
    default:
        return 99;
    }
}

std::string regexSearchKey(const Condition &c, const MatchSide &s, uint32_t i)
{
    for (const Field f : c.textFields) {
        const std::string_view t = fieldText(s, i, f);
        if (t.empty())
            continue;
        const QRegularExpressionMatch m
            = c.regex.match(QString::fromUtf8(t.data(), qsizetype(t.size())));
        if (!m.hasMatch())
            continue;
        std::string key;
        for (int g = 1; g <= c.regex.captureCount(); ++g) {
            if (g > 1)
                key.push_back('|');
            key += normalise(m.captured(g).toUpper().toStdString(), c.normalise);
        }
        return key;
    }
    return {};
}

std::string regexOtherKey(const Condition &c, const MatchSide &s, uint32_t i)
{
    const std::string_view t = fieldText(s, i, c.leftField);
    if (t.empty())
        return {};
    const QRegularExpressionMatch m
        = c.regex.match(QString::fromUtf8(t.data(), qsizetype(t.size())));
    if (!m.hasMatch())
        return normalise(t, c.normalise);
    std::string key;
    for (int g = 1; g <= c.regex.captureCount(); ++g) {
        if (g > 1)
            key.push_back('|');
        key += normalise(m.captured(g).toUpper().toStdString(), c.normalise);
    }
    return key;
}

} // namespace

std::vector<Pair> Engine::pairs(const Rule &rule, bool members, std::optional<Side> one)
{
    const Condition *blk = nullptr;
    const Condition *dateCond = nullptr;
    for (const Condition &c : rule.conditions) {
        if (c.kind == CondKind::Date && !dateCond)
            dateCond = &c;
        if (blockerPriority(c, members) < 99
            && (!blk || blockerPriority(c, members) < blockerPriority(*blk, members)))
            blk = &c;
    }
    if (!blk)
        return {};
    const bool queryLeft = (blk->kind == CondKind::ReferenceInText || blk->kind == CondKind::Regex)
        ? blk->searchSide == Side::Left
        : true;
    const Side otherSide = queryLeft ? Side::Right : Side::Left;
    const MatchSide &Q = queryLeft ? L : R;
    const MatchSide &O = queryLeft ? R : L;
    const std::vector<uint8_t> &openQ = queryLeft ? openL : openR;
    const std::vector<uint8_t> &openO = queryLeft ? openR : openL;
    const bool opp = rule.oppositeSign();
    // Members of a sum whose signs the rule fixes (all the same as, or all opposite to, the
    // single item's) are each no larger than the sum, which is within the tolerance of the
    // single item: larger ones are never in a group. The tolerance is taken on twice the single
    // amount, which covers a percentage up to 50 %.
    const Condition *sumCond = nullptr;
    bool signFixed = false;
    for (const Condition &c : rule.conditions) {
        signFixed = signFixed || c.kind == CondKind::Sign;
        if (c.kind == CondKind::Amount && !sumCond)
            sumCond = &c;
    }
    auto pctAtMost50 = [](const Decimal &p) {
        int64_t limit = 50;
        for (int i = 0; i < p.scale && limit <= INT64_MAX / 10; ++i)
            limit *= 10;
        return p.units <= limit;
    };
    const bool pruneMembers
        = members && one && signFixed && sumCond && pctAtMost50(sumCond->pctTolerance);
    auto tooLarge = [&](uint32_t l, uint32_t r) {
        const bool oneLeft = *one == Side::Left;
        const int64_t single = oneLeft ? L.amount[l] : R.amount[r];
        const int64_t member = oneLeft ? R.amount[r] : L.amount[l];
        const int64_t tol = toleranceMinor(
            *sumCond, single * 2, single * 2, oneLeft ? L.exponent[l] : R.exponent[r]);
        const uint64_t s = single < 0 ? uint64_t(0) - uint64_t(single) : uint64_t(single);
        const uint64_t m = member < 0 ? uint64_t(0) - uint64_t(member) : uint64_t(member);
        return m > s + uint64_t(tol);
    };

    // Build (or fetch) the index before going parallel.
    QElapsedTimer phase;
    phase.start();
    const RefGramIndex *grams = nullptr;
    const AmountIndex *amounts = nullptr;
    const HashIndex *hashes = nullptr;
    const CounterpartyDateIndex *cptyDates = nullptr;
    HashIndex local;
    switch (blk->kind) {
    case CondKind::ReferenceInText:
        grams = &gramIndex(otherSide, blk->leftField, blk->minLength);
        break;
    case CondKind::Regex:
        for (uint32_t i = 0; i < O.size(); ++i)
            if (openO[i])
                if (const std::string k = regexOtherKey(*blk, O, i); !k.empty())
                    local.add(hashBytes(k), i);
        local.finish();
        hashes = &local;
        break;
    case CondKind::Equals:
        for (uint32_t i = 0; i < O.size(); ++i)
            if (openO[i])
                if (const std::string k
                    = normalise(fieldText(O, i, blk->rightField), blk->normalise);
                    !k.empty())
                    local.add(hashBytes(k), i);
        local.finish();
        hashes = &local;
        break;
    case CondKind::Amount:
        amounts = &amountIndex(otherSide);
        break;
    case CondKind::Counterparty: {
        // with a date window, dated items go through the (name, date) index; the word index is
        // only for undated ones
        bool undated = !dateCond;
        for (uint32_t i = 0; i < Q.size() && !undated; ++i)
            undated = openQ[i] && Q.date(i) == kNoDate;
        if (undated)
            hashes = &cptyIndex(otherSide);
        if (dateCond)
            cptyDates = &cptyDateIndex(otherSide);
        break;
    }
    case CondKind::Date:
        hashes = &dateIndex(otherSide);
        break;
    default:
        return {};
    }

    const qint64 indexMs = phase.restart();
    std::vector<uint32_t> queries;
    for (uint32_t i = 0; i < Q.size(); ++i)
        if (openQ[i])
            queries.push_back(i);

    const size_t nChunks
        = std::max<size_t>(1, std::min<size_t>(queries.size(), size_t(threads) * 16));
    const size_t per = (queries.size() + nChunks - 1) / std::max<size_t>(nChunks, 1);
    std::vector<std::vector<Pair>> out(nChunks);
    constexpr size_t kCap = 4000;
    parallelChunks(nChunks, threads, [&](size_t cb, size_t ce) {
        std::vector<uint32_t> cand;
        std::string text;
        EvalScratch scratch;
        for (size_t chunk = cb; chunk < ce; ++chunk) {
            std::vector<Pair> &dst = out[chunk];
            const size_t b = chunk * per, e = std::min(queries.size(), b + per);
            for (size_t k = b; k < e; ++k) {
                if ((k & 1023) == 0 && cancelled())
                    return;
                const uint32_t q = queries[k];
                cand.clear();
                int32_t d0 = kNoDate, d1 = kNoDate;
                if (dateCond && Q.date(q) != kNoDate) {
                    d0 = Q.date(q) - dateCond->days - 7;
                    d1 = Q.date(q) + dateCond->days + 7;
                }
                auto push = [&](uint32_t o) {
                    if (openO[o] && cand.size() < kCap)
                        cand.push_back(o);
                };
                switch (blk->kind) {
                case CondKind::ReferenceInText:
                    searchText(Q, q, blk->textFields, text);
                    grams->find(text, push);
                    break;
                case CondKind::Regex:
                    if (const std::string key = regexSearchKey(*blk, Q, q); !key.empty())
                        hashes->find(hashBytes(key), kCap, push);
                    break;
                case CondKind::Equals:
                    if (const std::string key
                        = normalise(fieldText(Q, q, blk->leftField), blk->normalise);
                        !key.empty())
                        hashes->find(hashBytes(key), kCap, push);
                    break;
                case CondKind::Amount: {
                    const int64_t a = opp ? -Q.amount[q] : Q.amount[q];
                    const int64_t tol = toleranceMinor(*blk, a * 2, a * 2, Q.exponent[q]);
                    amounts->find(Q.currency[q], a - tol, a + tol, d0, d1, kCap, push);
                    break;
                }
                case CondKind::Counterparty:
                    if (cptyDates && Q.date(q) != kNoDate) {
                        // same name prefix, on each day of the window
                        const int32_t qd = Q.date(q);
                        for (const uint64_t h : counterpartyBlockHashes(Q.counterparty.at(q)))
                            if (h)
                                cptyDates->find(h, qd - dateCond->days - 2, qd + dateCond->days + 2,
                                    kCap, push);
                        break;
                    }
                    for (const auto w : splitWords(Q.counterparty.at(q))) {
                        if (w.size() < 3)
                            continue;
                        const uint64_t h = hashBytes(w);
                        if (hashes->count(h) > 20000)
                            continue;
                        hashes->find(h, 20000, [&](uint32_t o) {
                            if (d0 == kNoDate || (O.date(o) >= d0 && O.date(o) <= d1))
                                push(o);
                        });
                    }
                    break;
                case CondKind::Date:
                    for (const int32_t qd : { Q.booking[q], Q.value[q] }) {
                        if (qd == kNoDate)
                            continue;
                        for (int32_t d = qd - blk->days; d <= qd + blk->days; ++d)
                            hashes->find(uint64_t(uint32_t(d)), kCap, push);
                    }
                    break;
                default:
                    break;
                }
                std::sort(cand.begin(), cand.end());
                cand.erase(std::unique(cand.begin(), cand.end()), cand.end());
                for (const uint32_t o : cand) {
                    if (!openO[o])
                        continue;
                    const uint32_t l = queryLeft ? q : o, r = queryLeft ? o : q;
                    if (pruneMembers && tooLarge(l, r))
                        continue;
                    const Eval ev = evalPair(rule, members, l, r, &scratch);
                    if (ev.pass)
                        dst.push_back({ l, r, ev.measure });
                }
            }
        }
    });
    std::vector<Pair> all;
    size_t total = 0;
    for (const auto &v : out)
        total += v.size();
    all.reserve(total);
    for (auto &v : out)
        all.insert(all.end(), v.begin(), v.end());
    log::match()->debug("rule '{}': index {} ms, {} queries -> {} pairs in {} ms",
        rule.name.toStdString(), indexMs, queries.size(), all.size(), phase.elapsed());
    return all;
}

void Engine::addGroup(int ri, std::vector<uint32_t> left, std::vector<uint32_t> right, double score)
{
    const Rule &rule = rs.rules[size_t(ri)];
    MatchGroup g;
    g.ruleIndex = ri;
    g.rule = rule.name;
    g.score = std::clamp(score, 0.0, 1.0);
    g.status = rule.autoConfirm ? Status::Confirmed : Status::Proposed;
    std::sort(left.begin(), left.end(), [&](uint32_t a, uint32_t b) {
        return L.rank[a] != L.rank[b] ? L.rank[a] < L.rank[b] : a < b;
    });
    std::sort(right.begin(), right.end(), [&](uint32_t a, uint32_t b) {
        return R.rank[a] != R.rank[b] ? R.rank[a] < R.rank[b] : a < b;
    });
    int64_t sl = 0, sr = 0;
    for (const uint32_t i : left) {
        sl += L.amount[i];
        openL[i] = 0;
        res.leftStatus[i] = g.status;
    }
    for (const uint32_t i : right) {
        sr += R.amount[i];
        openR[i] = 0;
        res.rightStatus[i] = g.status;
    }
    g.difference = sl - (rule.oppositeSign() ? -sr : sr);
    g.left = std::move(left);
    g.right = std::move(right);
    res.groups.push_back(std::move(g));
}

void Engine::addException(
    int ri, Side side, uint32_t item, const QString &reason, std::vector<Alternative> alternatives)
{
    MatchException e;
    e.ruleIndex = ri;
    e.rule = rs.rules[size_t(ri)].name;
    e.side = side;
    e.item = item;
    e.reason = reason;
    for (Alternative &a : alternatives) {
        std::sort(a.left.begin(), a.left.end(), [&](uint32_t x, uint32_t y) {
            return L.rank[x] != L.rank[y] ? L.rank[x] < L.rank[y] : x < y;
        });
        std::sort(a.right.begin(), a.right.end(), [&](uint32_t x, uint32_t y) {
            return R.rank[x] != R.rank[y] ? R.rank[x] < R.rank[y] : x < y;
        });
    }
    e.alternatives = std::move(alternatives);
    if (side == Side::Left) {
        openL[item] = 0;
        res.leftStatus[item] = Status::Exception;
    } else {
        openR[item] = 0;
        res.rightStatus[item] = Status::Exception;
    }
    res.exceptions.push_back(std::move(e));
}

void Engine::runOneToOne(int ri)
{
    const Rule &rule = rs.rules[size_t(ri)];
    std::vector<Pair> byL = pairs(rule, false);
    if (cancelled())
        return;
    const double eps = 1e-9 + rule.minMargin;
    auto sortBy = [&](std::vector<Pair> &v, bool leftMajor) {
        std::sort(v.begin(), v.end(), [&](const Pair &a, const Pair &b) {
            const uint32_t ka = leftMajor ? a.l : a.r, kb = leftMajor ? b.l : b.r;
            if (ka != kb)
                return ka < kb;
            if (a.score != b.score)
                return a.score > b.score;
            const uint32_t ra = leftMajor ? R.rank[a.r] : L.rank[a.l];
            const uint32_t rb = leftMajor ? R.rank[b.r] : L.rank[b.l];
            if (ra != rb)
                return ra < rb;
            return leftMajor ? a.r < b.r : a.l < b.l;
        });
    };
    QElapsedTimer phase;
    phase.start();
    std::vector<Pair> byR = byL;
    if (threads > 1 && byL.size() > 4096) {
        // the two orders are independent: one on each core
        std::thread other([&] { sortBy(byR, false); });
        sortBy(byL, true);
        other.join();
    } else {
        sortBy(byL, true);
        sortBy(byR, false);
    }
    // CSR offsets
    auto offsets = [](const std::vector<Pair> &v, size_t n, bool leftMajor) {
        std::vector<uint32_t> off(n + 1, 0);
        for (const Pair &p : v)
            ++off[(leftMajor ? p.l : p.r) + 1];
        for (size_t i = 0; i < n; ++i)
            off[i + 1] += off[i];
        return off;
    };
    const std::vector<uint32_t> offL = offsets(byL, L.size(), true);
    const std::vector<uint32_t> offR = offsets(byR, R.size(), false);

    // best open candidate of an item; tie = the runner-up is as good (within the margin)
    struct Best {
        int64_t other = -1;
        bool tie = false;
    };
    auto bestOf = [&](const std::vector<Pair> &v, const std::vector<uint32_t> &off, uint32_t i,
                      bool leftMajor) {
        Best b;
        double top = 0.0;
        for (uint32_t k = off[i]; k < off[i + 1]; ++k) {
            const Pair &p = v[k];
            const uint32_t o = leftMajor ? p.r : p.l;
            if (!(leftMajor ? openR[o] : openL[o]))
                continue;
            if (b.other < 0) {
                b.other = o;
                top = p.score;
            } else {
                b.tie = top - p.score <= eps;
                break;
            }
        }
        return b;
    };

    const qint64 sortMs = phase.restart();
    std::vector<uint32_t> lefts;
    for (uint32_t i = 0; i < L.size(); ++i)
        if (offL[i + 1] > offL[i])
            lefts.push_back(i);
    for (int round = 0; round < 8 && !cancelled(); ++round) {
        std::vector<std::pair<uint32_t, uint32_t>> accept;
        for (const uint32_t l : lefts) {
            if (!openL[l])
                continue;
            const Best bl = bestOf(byL, offL, l, true);
            if (bl.other < 0 || bl.tie)
                continue;
            const Best br = bestOf(byR, offR, uint32_t(bl.other), false);
            if (br.other == int64_t(l) && !br.tie)
                accept.push_back({ l, uint32_t(bl.other) });
        }
        if (accept.empty())
            break;
        for (const auto &[l, r] : accept) {
            double score = 0.0;
            for (uint32_t k = offL[l]; k < offL[l + 1]; ++k)
                if (byL[k].r == r)
                    score = byL[k].score;
            addGroup(ri, { l }, { r }, score);
        }
    }
    const qint64 roundsMs = phase.restart();
    // Whatever is still tied is reported, never resolved by chance.
    auto report = [&](const std::vector<Pair> &v, const std::vector<uint32_t> &off, size_t n,
                      bool leftMajor) {
        for (uint32_t i = 0; i < n; ++i) {
            if (!(leftMajor ? openL[i] : openR[i]))
                continue;
            const Best b = bestOf(v, off, i, leftMajor);
            if (b.other < 0 || !b.tie)
                continue;
            std::vector<Alternative> alts;
            double top = -1.0;
            for (uint32_t k = off[i]; k < off[i + 1] && alts.size() < 5; ++k) {
                const Pair &p = v[k];
                const uint32_t o = leftMajor ? p.r : p.l;
                if (!(leftMajor ? openR[o] : openL[o]))
                    continue;
                if (top < 0)
                    top = p.score;
                alts.push_back({ { p.l }, { p.r }, p.score });
            }
            addException(ri, leftMajor ? Side::Left : Side::Right, i, QStringLiteral("ambiguous"),
                std::move(alts));
        }
    };
    report(byL, offL, L.size(), true);
    report(byR, offR, R.size(), false);
    log::match()->debug("rule '{}': resolved {} pairs: sorts {} ms, rounds {} ms, ties {} ms",
        rule.name.toStdString(), byL.size(), sortMs, roundsMs, phase.elapsed());
}

MatchResult Engine::run()
{
    QElapsedTimer total;
    total.start();
    for (size_t ri = 0; ri < rs.rules.size(); ++ri) {
        if (cancelled()) {
            res.cancelled = true;
            break;
        }
        const Rule &rule = rs.rules[ri];
        if (m_opt.progress)
            m_opt.progress(rule.name, int(ri), int(rs.rules.size()));
        QElapsedTimer t;
        t.start();
        const size_t groupsBefore = res.groups.size();
        const size_t excBefore = res.exceptions.size();
        switch (rule.kind) {
        case RuleKind::OneToOne:
            runOneToOne(int(ri));
            break;
        case RuleKind::OneToMany:
            runOneToMany(int(ri), true);
            break;
        case RuleKind::ManyToOne:
            runOneToMany(int(ri), false);
            break;
        case RuleKind::ManyToMany:
            runManyToMany(int(ri));
            break;
        }
        RuleStats st;
        st.rule = rule.name;
        st.status = rule.autoConfirm ? QStringLiteral("confirmed") : QStringLiteral("proposed");
        st.groups = int(res.groups.size() - groupsBefore);
        for (size_t g = groupsBefore; g < res.groups.size(); ++g) {
            st.leftItems += int(res.groups[g].left.size());
            st.rightItems += int(res.groups[g].right.size());
        }
        st.exceptions = int(res.exceptions.size() - excBefore);
        st.millis = t.elapsed();
        log::match()->info("rule '{}': {} groups, {} exceptions, {} ms", rule.name.toStdString(),
            st.groups, st.exceptions, st.millis);
        res.stats.push_back(st);
    }
    if (cancelled())
        res.cancelled = true;

    // Output order: by rule, then by content of the members (never by input position). Sorted
    // as small keys and permuted once: moving ~1M MatchGroups through a sort costs seconds.
    auto minRank = [](const MatchSide &s, const std::vector<uint32_t> &v) {
        return v.empty() ? UINT32_MAX : s.rank[v.front()];
    };
    struct GroupKey {
        int rule;
        uint32_t left, right, index;
    };
    std::vector<GroupKey> keys(res.groups.size());
    for (size_t g = 0; g < keys.size(); ++g)
        keys[g] = { res.groups[g].ruleIndex, minRank(L, res.groups[g].left),
            minRank(R, res.groups[g].right), uint32_t(g) };
    std::sort(keys.begin(), keys.end(), [](const GroupKey &a, const GroupKey &b) {
        return std::tie(a.rule, a.left, a.right, a.index)
            < std::tie(b.rule, b.left, b.right, b.index);
    });
    // in place, cycle by cycle (a second vector of ~1M groups would be 100+ MB more)
    for (size_t start = 0; start < keys.size(); ++start) {
        if (keys[start].index == UINT32_MAX || keys[start].index == start)
            continue;
        MatchGroup held = std::move(res.groups[start]);
        size_t at = start;
        for (;;) {
            const size_t from = keys[at].index;
            keys[at].index = UINT32_MAX;
            if (from == start) {
                res.groups[at] = std::move(held);
                break;
            }
            res.groups[at] = std::move(res.groups[from]);
            at = from;
        }
    }
    std::sort(res.exceptions.begin(), res.exceptions.end(),
        [&](const MatchException &a, const MatchException &b) {
            if (a.ruleIndex != b.ruleIndex)
                return a.ruleIndex < b.ruleIndex;
            if (a.side != b.side)
                return a.side < b.side;
            const MatchSide &s = a.side == Side::Left ? L : R;
            return s.rank[a.item] < s.rank[b.item];
        });
    if (m_opt.explain) {
        for (MatchGroup &g : res.groups) {
            const Rule &rule = rs.rules[size_t(g.ruleIndex)];
            const bool opp = rule.oppositeSign();
            const bool single = g.left.size() == 1 && g.right.size() == 1;
            for (const Condition &c : rule.conditions) {
                if (c.kind == CondKind::Amount && !single) {
                    int64_t sl = 0, sr = 0;
                    for (const uint32_t i : g.left)
                        sl += L.amount[i];
                    for (const uint32_t i : g.right)
                        sr += R.amount[i];
                    g.explanation.push_back(
                        explainAmountSums(c, sl, sr, L.exponent[g.left.front()], opp));
                    continue;
                }
                for (const uint32_t l : g.left) {
                    for (const uint32_t r : g.right) {
                        ConditionOutcome o = explainCondition(c, L, l, R, r, opp);
                        if (!single)
                            o.condition
                                += QStringLiteral(" [%1 / %2]").arg(L.outputId(l), R.outputId(r));
                        g.explanation.push_back(std::move(o));
                    }
                }
            }
        }
    }
    res.millis = total.elapsed();
    return std::move(res);
}

} // namespace detail

MatchResult matchSides(const MatchSide &left, const MatchSide &right, const RuleSet &rules,
    const MatchOptions &options)
{
    detail::Engine e(left, right, rules, options);
    return e.run();
}

MatchResult matchTransactions(const QList<Transaction> &left, const QList<Transaction> &right,
    const RuleSet &rules, const MatchOptions &options)
{
    const MatchSide l = buildSide(left, Side::Left);
    const MatchSide r = buildSide(right, Side::Right);
    return matchSides(l, r, rules, options);
}

} // namespace recon::match
