#include "support/demo_workspace.h"

#include "core/store/import_service.h"
#include "core/store/match_service.h"

namespace recon::test {

DemoWorkspace makeDemoWorkspace(const QString &path, bool runRules)
{
    DemoWorkspace demo;
    auto ws = Workspace::create(path);
    const QString src = QStringLiteral(RECON_SOURCE_DIR) + QStringLiteral("/resources/demo/");
    ImportRequest bank;
    bank.path = src + QStringLiteral("bank_statement_2026-10.sta");
    bank.side = Side::Left;
    const ImportReport b = importFile(*ws, bank);
    ImportRequest ledger;
    ledger.path = src + QStringLiteral("ledger_2026-10.csv");
    ledger.side = Side::Right;
    const ImportReport l = importFile(*ws, ledger);
    if (!b.written || !l.written)
        return demo;
    demo.left = b.import.rowsImported;
    demo.right = l.import.rowsImported;
    if (runRules
        && !runMatch(*ws, match::defaultRuleSet(), match::defaultRuleSetJson(), false).written)
        return demo;
    ws->db().exec("PRAGMA wal_checkpoint(TRUNCATE)");
    demo.ok = true;
    return demo;
}

} // namespace recon::test
