<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AddCommentCommand</name>
    <message>
        <source>Add comment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfirmGroupsCommand</name>
    <message numerus="yes">
        <source>Confirm %n group(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ManualMatchCommand</name>
    <message numerus="yes">
        <source>Match %n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Match %n item(s) with reason %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MarkInvestigatedCommand</name>
    <message numerus="yes">
        <source>Mark %n item(s) investigated</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>No workspace is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QToolBar</name>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RejectGroupsCommand</name>
    <message numerus="yes">
        <source>Reject %n group(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SetReasonCodeCommand</name>
    <message numerus="yes">
        <source>Set reason %1 on %n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnmatchCommand</name>
    <message>
        <source>Un-match group</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>recon</name>
    <message>
        <source>… and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule / condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+%1 items newly matched, −%2 no longer matched; %3 new groups, %4 gone, %5 changed, %6 unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newly matched (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer matched (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed groups (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>recon::CompareDialog</name>
    <message>
        <source>&amp;Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare rule-set versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule / condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — version %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Before (A):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;After (B):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stored version could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running both versions on the open items…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A matches %1 items, B matches %2. B against A: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>recon::ConditionRow</name>
    <message>
        <source>reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counterparty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counterparty account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>external id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference in text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counterparty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opposite sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names similar, at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change searched fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>± absolute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change amount tolerance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change percent tolerance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change date window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>either date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>booking date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change date choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>right:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>like right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>= right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change compared fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jaro-Winkler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trigram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change similarity measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change similarity threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pattern with a capture group, e.g. INV-(\d+)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change regex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>searched on the left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>searched on the right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change searched side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>= other side&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change key field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try it: type a sample text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>captures appear here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad pattern: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>captures: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>right&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change reference side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change reference field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>min. length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change minimum length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>found in the other side&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any of (OR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all of (AND)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change group operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to group</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>recon::Dashboard</name>
    <message>
        <source>Export as &amp;PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;All Charts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Items matched by rule</source>
        <translation>Éléments rapprochés par règle</translation>
    </message>
    <message>
        <source>Open items by age</source>
        <translation>Éléments ouverts par ancienneté</translation>
    </message>
    <message>
        <source>Amounts still open per day</source>
        <translation>Montants encore ouverts par jour</translation>
    </message>
    <message>
        <source>Progress over time</source>
        <translation>Progression dans le temps</translation>
    </message>
    <message>
        <source>Open a workspace to see its figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 items, %2 % matched, %3 open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ages as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% of all items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left (bank)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right (ledger)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age in days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booking date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount (%1, absolute)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matched items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace event (import, match run, resolution)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export All Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 of %2 charts could be written to %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>recon::DetailPanel</name>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank (left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledger (right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booking date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counterparty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counterparty account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown import)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source fields</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>recon::FileListModel</name>
    <message>
        <source>Left (bank)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right (ledger)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no balances</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>✓ %n roll</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>✗ %1 of %2 do not roll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>analysing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ready, %n warning(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>recon::FilesPage</name>
    <message>
        <source>&amp;Add Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the statements and ledgers to import, or drop them here. Each file is checked before anything is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as stated in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Side of the selected file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own &amp;account override:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statements and ledgers (*.sta *.mt940 *.txt *.xml *.ofx *.qfx *.qif *.bai *.bai2 *.csv *.tsv *.xlsx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Checking %n file(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The workspace cannot take an import: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) checked.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>recon::GroupTableModel</name>
    <message>
        <source>%1 : %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank : Ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>recon::ImportWizard</name>
    <message>
        <source>Import Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>recon::MainWindow</name>
    <message>
        <source>Undo history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recon Workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;All Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Tableau de bord</translation>
    </message>
    <message>
        <source>Ctrl+4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Dashboard &amp;Charts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Recon Workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Recon Workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workspace open — File › Open Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 transactions, %2 open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recon workspaces (*.recon)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recon workspaces (*.recon);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or create a workspace first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Recon Workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Recon Workstation %1&lt;/h3&gt;&lt;p&gt;Reconcile bank statements against ledgers: import, match, resolve, report.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>recon::MappingPage</name>
    <message>
        <source>&amp;Invert signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell the importer what each column holds. The preview follows every change; cells that cannot be read are marked red (hover for the reason).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row that names the columns (0: the file has none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt date format: d day, M month, y year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>point: 1,234.56</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma: 1.234,56</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For files written from the other party&apos;s point of view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. EUR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile name, e.g. “Sparkasse CSV”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;heet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header &amp;row:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;cimal separator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot preview %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV, %1, columns separated by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook, sheet “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 rows shown parse; %3 with problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(first %1 rows of the file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign: from the amount column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign: debit and credit columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign: Dr/Cr indicator column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign: no amount column chosen yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile “%1” applied (matched by the header).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No header row: a profile needs one to be recognised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved profile matches this header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile needs a header row to be recognised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a date column and an amount (or debit/credit) column first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as profile “%1”: files with this header will use it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>recon::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème :</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Menus and dialogs opened before a language change keep their texts until the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>System (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>recon::PreviewModel</name>
    <message>
        <source>(ignore)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booking date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount (signed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debit (money out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit (money in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dr/Cr indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counterparty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counterparty account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not parsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>recon::PreviewPanel</name>
    <message>
        <source>Changes vs current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Live preview&lt;/b&gt; (dry run on the workspace&apos;s open items)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workspace open: open one to preview the rules on its data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 open items would be matched (%3 ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No current rule set to compare with.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>recon::ProblemsPage</name>
    <message>
        <source>&amp;Skip bad lines (import the good ones, report the rest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been written yet. A file with errors is not imported unless its bad lines are skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Checking %n file(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: … and %2 more errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) in %1 file(s): fix the mapping or the file, or skip bad lines.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ready: %1 new items from %n file(s), %2 duplicates skipped.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>recon::ReasonDialog</name>
    <message>
        <source>Reason code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>recon::RoleDelegate</name>
    <message>
        <source>What this column holds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>recon::RuleCountModel</name>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vs current</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>recon::RuleForm</name>
    <message>
        <source>Auto-confirm matches (otherwise they are proposed for review)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one to one (1 : 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one to many (1 left : N right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>many to one (N left : 1 right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>many to many (N : M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left up to </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>right up to </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Conditions&lt;/b&gt; — all must pass; use an any-group for OR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change rule kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change group size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount (with tolerance)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference in text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields equal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text similarity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counterparty similar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any of… (OR group)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All of… (AND group)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove condition</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>recon::RuleListModel</name>
    <message>
        <source>1 : N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N : 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N : M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 : 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>propose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable rule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable rule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move rule %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>recon::RulesView</name>
    <message>
        <source>Rule set:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename rule set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was left to match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate rule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Del</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete rule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as new version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare versions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b02418&apos;&gt;✗ %1: %2&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the rules to see a preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#1b7a2e&apos;&gt;✓ valid&lt;/span&gt;, %1 of %2 rules enabled, sha256 %3…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workspace open: open one to preview the rules on its data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot open (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule sets (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule sets (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a workspace first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version of &quot;%1&quot;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the rules first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;%1&quot; version %2 on the workspace&apos;s open items and record the matches?

%3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>recon::RunPage</name>
    <message>
        <source>&amp;Stop Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop and roll back the file being imported (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping: rolling back…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1 of %2 items…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: imported %2 items, %3 duplicates skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>, %n bad line(s) skipped</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> (profile “%1”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cancelled, nothing written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: refused: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: not imported, %n error(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled: the workspace is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) imported: %1 new items, %2 duplicates skipped.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>recon::SidePanel</name>
    <message>
        <source>Filter by text, reference, amount…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank (left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledger (right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>recon::SuggestionModel</name>
    <message>
        <source>%1 %2: %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>recon::TransactionTableModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counterparty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>recon::Workbench</name>
    <message>
        <source>Open and exceptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matched or resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount (absolute):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason &amp;code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;investigated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestions for the current item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show confirmed and resolved groups too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onfirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+J</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Un-match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+U</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: nothing selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n selected, %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>mixed currencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference: mixed currencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference: too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference: —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select at least one item on each side to match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sides differ by %1. Choose a reason code to accept the difference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No suggestion for the current item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the groups to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the groups to reject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a group, or an item that is matched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Un-match %n group(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Select an item or a group to comment on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the items to set a reason code on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Set a reason code on %n item(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Set reason %1 with comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the items to mark as investigated.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
