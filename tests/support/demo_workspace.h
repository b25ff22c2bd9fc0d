#pragma once
// The demo month (resources/demo) as a workspace: the fixture several tests start from.

#include <QString>

namespace recon::test {

struct DemoWorkspace {
    bool ok = false;
    int left = 0; // bank items imported
    int right = 0; // ledger items imported
};

// Creates `path`, imports the demo bank statement (left) and ledger (right), optionally runs the
// built-in rules, and checkpoints the WAL so the file can be copied as it is.
DemoWorkspace makeDemoWorkspace(const QString &path, bool runRules);

} // namespace recon::test
