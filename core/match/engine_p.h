#pragma once
// Internal: the engine's working state for one run (not installed API).

#include "core/match/engine.h"
#include "core/match/match_index.h"

#include <map>
#include <memory>
#include <optional>

namespace recon::match::detail {

struct Pair {
    uint32_t l;
    uint32_t r;
    double score;
};

class Engine {
public:
    Engine(const MatchSide &l, const MatchSide &r, const RuleSet &rs, const MatchOptions &o);
    MatchResult run();

    // Candidate pairs among open items passing every top-level condition (the amount condition
    // left out when `members`: grouped rules check it on sums). `one`: the side of the single
    // item of a one-to-many / many-to-one rule; with a sign condition, a member larger than the
    // single item (beyond the tolerance) can never be part of its sum and is left out.
    std::vector<Pair> pairs(const Rule &rule, bool members, std::optional<Side> one = {});
    Eval evalPair(const Rule &rule, bool members, uint32_t l, uint32_t r,
        EvalScratch *scratch = nullptr) const;

    void runOneToOne(int ri);
    void runOneToMany(int ri, bool oneIsLeft);
    void runManyToMany(int ri);

    void addGroup(int ri, std::vector<uint32_t> left, std::vector<uint32_t> right, double score);
    void addException(int ri, Side side, uint32_t item, const QString &reason,
        std::vector<Alternative> alternatives);
    bool cancelled() const { return m_opt.cancel && m_opt.cancel->load(); }
    std::string groupKey(const Rule &rule, const MatchSide &s, uint32_t i) const;

    const MatchSide &L;
    const MatchSide &R;
    const RuleSet &rs;
    MatchOptions m_opt;
    int threads = 1;
    std::vector<uint8_t> openL, openR;
    MatchResult res;

private:
    // Indices are built when a rule first needs them, over the items still open then (items
    // only ever close during a run), and kept for the later rules.
    const std::vector<uint8_t> *openOf(Side s) const { return s == Side::Left ? &openL : &openR; }
    const RefGramIndex &gramIndex(Side indexed, Field f, int minLength);
    const AmountIndex &amountIndex(Side s);
    const HashIndex &cptyIndex(Side s);
    const HashIndex &dateIndex(Side s);
    const CounterpartyDateIndex &cptyDateIndex(Side s);
    std::map<std::tuple<int, int, int>, std::unique_ptr<RefGramIndex>> m_grams;
    std::unique_ptr<AmountIndex> m_amount[2];
    std::unique_ptr<HashIndex> m_cpty[2];
    std::unique_ptr<HashIndex> m_date[2];
    std::unique_ptr<CounterpartyDateIndex> m_cptyDate[2];
};

} // namespace recon::match::detail
