#pragma once
// What the rule builder's live preview needs from a workspace: the open items loaded once, a
// dry run of a rule set on them, the difference between two results on the same data (newly
// matched, no longer matched, changed groups), and the rule-set versions stored in the workspace
// (load one, save a new one, the one the last match run used).

#include "core/match/engine.h"
#include "core/store/workspace.h"

#include <QList>

#include <atomic>
#include <optional>
#include <vector>

namespace recon {

// The open items of both sides, in the order runMatch() sees them (indices in a result refer
// to these lists).
struct PreviewData {
    QList<Transaction> left;
    QList<Transaction> right;
};
PreviewData loadOpenItems(Workspace &ws);

// A dry run on `data` (one thread: the GUI keeps a core); `cancel` stops it early.
match::MatchResult previewMatch(
    const PreviewData &data, const match::RuleSet &rules, std::atomic<bool> *cancel = nullptr);

struct GroupChange {
    int base = -1; // index into base.groups
    int candidate = -1; // index into candidate.groups
};

// Difference of two results on the same items. A candidate group none of whose items the base
// matched is "newly matched"; a base group none of whose items the candidate matches is "no
// longer matched"; overlapping groups that differ in members or rule are "changed" (one entry per
// overlapping pair); identical groups (same members, same rule) are "unchanged".
struct MatchDiff {
    std::vector<int> newlyMatched; // candidate group indices
    std::vector<int> noLongerMatched; // base group indices
    std::vector<GroupChange> changed;
    int unchanged = 0;
    int itemsGained = 0; // items (both sides) matched by the candidate only
    int itemsLost = 0; // items matched by the base only
    bool isEmpty() const
    {
        return newlyMatched.empty() && noLongerMatched.empty() && changed.empty();
    }
};
MatchDiff diffResults(const match::MatchResult &base, const match::MatchResult &candidate);

// Items (left + right) matched per rule, in rule order.
struct RuleCount {
    QString rule;
    int groups = 0;
    int items = 0;
    int exceptions = 0;
};
QList<RuleCount> countsPerRule(const match::MatchResult &r);

// "2026-03-02  1,250.00 EUR  INV-2026-0042  ACME GmbH": one line naming an item.
QString itemSummary(const Transaction &t);

// --- stored rule-set versions ---------------------------------------------------------------

// The JSON stored with a rule set (id as in RuleSetInfo); empty when unknown.
QByteArray storedRuleSetJson(Workspace &ws, const QString &id);
// Stores a rule set without running it. An identical set already stored is returned as it is;
// the same name and version with other content raises WorkspaceError (as runMatch does).
RuleSetInfo saveRuleSetVersion(Workspace &ws, const match::RuleSet &rules, const QByteArray &json);
// The set the last match run used, else the newest stored one; none in a fresh workspace.
std::optional<RuleSetInfo> currentRuleSet(Workspace &ws);
// A version not yet stored for `name`: one above the highest numeric version, else "2".
QString nextFreeVersion(Workspace &ws, const QString &name);

} // namespace recon
