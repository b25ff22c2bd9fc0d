#pragma once
// The matching engine: runs a RuleSet over two sides and returns groups (with rule, score and
// per-condition explanation) and exceptions (ambiguous items with their alternatives).
// Deterministic: the same inputs and rules give the same result whatever the thread count or
// the order of the inputs (candidates are ordered by content, never by position).

#include "core/match/conditions.h"
#include "core/match/match_side.h"
#include "core/match/rules.h"

#include <QList>
#include <QString>

#include <atomic>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace recon::match {

struct MatchOptions {
    int threads = 0; // 0 = all cores
    std::atomic<bool> *cancel = nullptr; // set to true to stop early (result.cancelled)
    // Called from the calling thread between stages: (stage, done, total).
    std::function<void(const QString &, int, int)> progress;
    bool explain = true; // fill MatchGroup::explanation
};

struct MatchGroup {
    int ruleIndex = 0;
    QString rule;
    double score = 0.0; // 0..1
    Status status = Status::Proposed; // Proposed or Confirmed (auto_confirm)
    std::vector<uint32_t> left; // indices into the left side (= source list order)
    std::vector<uint32_t> right;
    int64_t difference = 0; // sum(left) - sum(right) in minor units (sign-adjusted)
    std::vector<ConditionOutcome> explanation;
};

struct Alternative {
    std::vector<uint32_t> left;
    std::vector<uint32_t> right;
    double score = 0.0;
};

struct MatchException {
    int ruleIndex = 0;
    QString rule;
    Side side = Side::Left; // the item that could not be matched without guessing
    uint32_t item = 0;
    QString reason; // "ambiguous", "conflict", "search_limit"
    std::vector<Alternative> alternatives; // best first
};

struct RuleStats {
    QString rule;
    QString status; // "confirmed" / "proposed"
    int groups = 0;
    int leftItems = 0;
    int rightItems = 0;
    int exceptions = 0;
    int64_t millis = 0;
};

struct MatchResult {
    QString ruleSetName;
    QString ruleSetVersion;
    QString ruleSetHash;
    std::vector<MatchGroup> groups; // in output order (by rule, then content)
    std::vector<MatchException> exceptions; // in output order
    std::vector<RuleStats> stats; // one per rule
    std::vector<Status> leftStatus; // per item: Open, Proposed, Confirmed or Exception
    std::vector<Status> rightStatus;
    bool cancelled = false;
    int64_t millis = 0;
};

MatchResult matchSides(const MatchSide &left, const MatchSide &right, const RuleSet &rules,
    const MatchOptions &options = {});
// Convenience for small inputs: builds both sides; indices in the result are list positions.
MatchResult matchTransactions(const QList<Transaction> &left, const QList<Transaction> &right,
    const RuleSet &rules, const MatchOptions &options = {});

// `group,side,id,rule,score,status` rows (groups numbered from 1), byte-identical for equal
// results. Ids are MatchSide::outputId().
QByteArray matchesCsv(const MatchResult &r, const MatchSide &left, const MatchSide &right);
// The same text in pieces (the header, then parts built side by side), for writing straight to
// a file: on 1M rows, joining them would copy 100+ MB once more.
std::vector<std::string> matchesCsvParts(
    const MatchResult &r, const MatchSide &left, const MatchSide &right);
// Matches plus exceptions with their alternatives: a stable text form for tests and audits.
QByteArray resultText(const MatchResult &r, const MatchSide &left, const MatchSide &right);

// Runs fn(begin, end) over [0, n) in chunks on up to `threads` threads (0 = all cores).
void parallelChunks(size_t n, int threads, const std::function<void(size_t, size_t)> &fn);
int effectiveThreads(int requested);

} // namespace recon::match
