#pragma once
// Evaluation of one rule condition on a pair of items (or on a group's sums for amounts), with
// a measure in 0..1 used for scoring and a human explanation on demand.

#include "core/match/match_index.h"
#include "core/match/match_side.h"
#include "core/match/rules.h"

#include <QString>

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace recon::match {

struct Eval {
    bool pass = false;
    double measure = 0.0; // 0..1, 1 = perfect
};

// Explanation of one condition for a matched pair or group.
struct ConditionOutcome {
    QString condition; // "amount", "date", "reference_in_text" ...
    QString leftValue;
    QString rightValue;
    QString measure; // "difference 0.50", "2 days", "0.93", "found" ...
    QString threshold; // "<= 0.50", "<= 3 days", ">= 0.85" ...
    bool pass = false;
};

// Allowed difference in minor units: max(absolute, percent of the larger |amount|), exact
// integer arithmetic (floor).
int64_t toleranceMinor(const Condition &c, int64_t a, int64_t b, int exponent);
// Amounts a and b already sign-adjusted (b negated for "opposite").
Eval evalAmount(const Condition &c, int64_t a, int64_t b, int exponent);

// Scratch space for one search loop (one thread, while the sides and the rule stay as they
// are): the searched text of a reference_in_text condition is built once per query, and the
// counterparty similarity of each pair of names (MatchSide::counterpartyId) is computed once:
// the candidates of a query are often many items of a few customers.
struct EvalScratch {
    const Condition *condition = nullptr;
    size_t item = SIZE_MAX;
    std::string text;
    FlatMap similarSlot; // (left name id, right name id) + 1 -> 1 + index in `similar`
    std::vector<double> similar;
};

// `opposite`: the rule says the sides carry opposite signs.
Eval evalCondition(const Condition &c, const MatchSide &L, size_t l, const MatchSide &R, size_t r,
    bool opposite, EvalScratch *scratch = nullptr);

ConditionOutcome explainCondition(
    const Condition &c, const MatchSide &L, size_t l, const MatchSide &R, size_t r, bool opposite);
ConditionOutcome explainAmountSums(
    const Condition &c, int64_t sumLeft, int64_t sumRight, int exponent, bool opposite);

} // namespace recon::match
