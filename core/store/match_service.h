#pragma once
// Runs the matching engine on a workspace's open items and records the outcome: match groups
// with members, rule, score and explanation; ambiguous items as exceptions with their
// alternatives; the rule set used; one audit entry. All inside one transaction.

#include "core/match/engine.h"
#include "core/store/workspace.h"

namespace recon {

struct MatchRunReport {
    match::MatchResult result;
    int leftOpen = 0; // open items the run looked at
    int rightOpen = 0;
    int groups = 0;
    int confirmed = 0;
    int proposed = 0;
    int exceptions = 0;
    bool written = false; // false for a dry run or a cancelled run
    // Human-readable lines: per rule "name: groups, items" (for --dry-run and the GUI preview).
    QStringList summaryLines() const;
};

// Throws WorkspaceError (read-only, or a rule set whose name and version already exist with
// different content) and sql::Error on storage failures; nothing is written then.
MatchRunReport runMatch(Workspace &ws, const match::RuleSet &rules, const QByteArray &rulesJson,
    bool dryRun, const match::MatchOptions &options = {});

} // namespace recon
