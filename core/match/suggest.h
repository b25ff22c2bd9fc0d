#pragma once
// Suggestions for one open item: the best candidates on the other side (single items or small
// groups whose sum is exact), with scores and explanations. The indices are built once per pair
// of sides and reused across calls, so a call costs well under 50 ms on a million rows.

#include "core/match/conditions.h"
#include "core/match/match_index.h"
#include "core/match/match_side.h"

#include <vector>

namespace recon::match {

struct Suggestion {
    std::vector<uint32_t> left; // indices into the left side
    std::vector<uint32_t> right;
    double score = 0.0; // 0..1
    std::vector<ConditionOutcome> explanation;
};

class MatchIndex {
public:
    // Both sides must outlive the index.
    MatchIndex(const MatchSide &left, const MatchSide &right);

    // Top `k` candidates for `item` of `side`; items whose flag is 0 in the optional open masks
    // (one byte per item of that side) are skipped.
    std::vector<Suggestion> suggest(Side side, uint32_t item, int k = 5,
        const std::vector<uint8_t> *openLeft = nullptr,
        const std::vector<uint8_t> *openRight = nullptr) const;

private:
    const MatchSide &m_left;
    const MatchSide &m_right;
    RefGramIndex m_refs[2]; // references of each side
    AmountIndex m_amounts[2];
    CounterpartyDateIndex m_cptyDate[2];
    Condition m_refInLeft; // right reference in left text
    Condition m_refInRight; // left reference in right text
    Condition m_amount;
    Condition m_date;
    Condition m_counterparty;
};

} // namespace recon::match
