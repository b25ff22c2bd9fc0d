<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AddCommentCommand</name>
    <message>
        <source>Add comment</source>
        <translation>Kommentar hinzufügen</translation>
    </message>
</context>
<context>
    <name>ConfirmGroupsCommand</name>
    <message numerus="yes">
        <source>Confirm %n group(s)</source>
        <translation>
            <numerusform>%n Gruppe bestätigen</numerusform>
            <numerusform>%n Gruppen bestätigen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ManualMatchCommand</name>
    <message numerus="yes">
        <source>Match %n item(s)</source>
        <translation>
            <numerusform>%n Posten abgleichen</numerusform>
            <numerusform>%n Posten abgleichen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Match %n item(s) with reason %1</source>
        <translation>
            <numerusform>%n Posten mit Grund %1 abgleichen</numerusform>
            <numerusform>%n Posten mit Grund %1 abgleichen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MarkInvestigatedCommand</name>
    <message numerus="yes">
        <source>Mark %n item(s) investigated</source>
        <translation>
            <numerusform>%n Posten als geprüft markieren</numerusform>
            <numerusform>%n Posten als geprüft markieren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>No workspace is open.</source>
        <translation>Kein Arbeitsbereich geöffnet.</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Nichts rückgängig zu machen.</translation>
    </message>
</context>
<context>
    <name>RejectGroupsCommand</name>
    <message numerus="yes">
        <source>Reject %n group(s)</source>
        <translation>
            <numerusform>%n Gruppe ablehnen</numerusform>
            <numerusform>%n Gruppen ablehnen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SetReasonCodeCommand</name>
    <message numerus="yes">
        <source>Set reason %1 on %n item(s)</source>
        <translation>
            <numerusform>Grund %1 für %n Posten setzen</numerusform>
            <numerusform>Grund %1 für %n Posten setzen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnmatchCommand</name>
    <message>
        <source>Un-match group</source>
        <translation>Abgleich der Gruppe aufheben</translation>
    </message>
</context>
<context>
    <name>recon</name>
    <message>
        <source>… and %1 more</source>
        <translation>… und %1 weitere</translation>
    </message>
    <message>
        <source>Rule / condition</source>
        <translation>Regel / Bedingung</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <source>+%1 items newly matched, −%2 no longer matched; %3 new groups, %4 gone, %5 changed, %6 unchanged</source>
        <translation>+%1 Posten neu abgeglichen, −%2 nicht mehr abgeglichen; %3 neue Gruppen, %4 entfallen, %5 geändert, %6 unverändert</translation>
    </message>
    <message>
        <source>Newly matched (%1)</source>
        <translation>Neu abgeglichen (%1)</translation>
    </message>
    <message>
        <source>No longer matched (%1)</source>
        <translation>Nicht mehr abgeglichen (%1)</translation>
    </message>
    <message>
        <source>Changed groups (%1)</source>
        <translation>Geänderte Gruppen (%1)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>before: %1</source>
        <translation>vorher: %1</translation>
    </message>
    <message>
        <source>after: %1</source>
        <translation>nachher: %1</translation>
    </message>
</context>
<context>
    <name>recon::CompareDialog</name>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Vergleichen</translation>
    </message>
    <message>
        <source>Compare rule-set versions</source>
        <translation>Regelwerk-Versionen vergleichen</translation>
    </message>
    <message>
        <source>Rule / condition</source>
        <translation>Regel / Bedingung</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <source>%1 — version %2 (%3)</source>
        <translation>%1 — Version %2 (%3)</translation>
    </message>
    <message>
        <source>&amp;Before (A):</source>
        <translation>&amp;Vorher (A):</translation>
    </message>
    <message>
        <source>&amp;After (B):</source>
        <translation>&amp;Nachher (B):</translation>
    </message>
    <message>
        <source>Comparison failed: %1</source>
        <translation>Vergleich fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>A stored version could not be read.</source>
        <translation>Eine gespeicherte Version konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Running both versions on the open items…</source>
        <translation>Beide Versionen laufen über die offenen Posten…</translation>
    </message>
    <message>
        <source>A matches %1 items, B matches %2. B against A: %3</source>
        <translation>A gleicht %1 Posten ab, B %2. B gegenüber A: %3</translation>
    </message>
</context>
<context>
    <name>recon::ConditionRow</name>
    <message>
        <source>reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>description</source>
        <translation>Buchungstext</translation>
    </message>
    <message>
        <source>counterparty</source>
        <translation>Gegenpartei</translation>
    </message>
    <message>
        <source>counterparty account</source>
        <translation>Konto der Gegenpartei</translation>
    </message>
    <message>
        <source>external id</source>
        <translation>externe ID</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Vorzeichen</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Equals</source>
        <translation>Gleich</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Regex</source>
        <translation>Regex</translation>
    </message>
    <message>
        <source>Reference in text</source>
        <translation>Referenz im Text</translation>
    </message>
    <message>
        <source>Counterparty</source>
        <translation>Gegenpartei</translation>
    </message>
    <message>
        <source>Same currency</source>
        <translation>Gleiche Währung</translation>
    </message>
    <message>
        <source>same sign</source>
        <translation>gleiches Vorzeichen</translation>
    </message>
    <message>
        <source>opposite sign</source>
        <translation>entgegengesetztes Vorzeichen</translation>
    </message>
    <message>
        <source>Change sign</source>
        <translation>Vorzeichen ändern</translation>
    </message>
    <message>
        <source>names similar, at least</source>
        <translation>Namen ähnlich, mindestens</translation>
    </message>
    <message>
        <source>Remove this condition</source>
        <translation>Diese Bedingung entfernen</translation>
    </message>
    <message>
        <source>Change searched fields</source>
        <translation>Durchsuchte Felder ändern</translation>
    </message>
    <message>
        <source>± absolute</source>
        <translation>± absolut</translation>
    </message>
    <message>
        <source>or percent</source>
        <translation>oder Prozent</translation>
    </message>
    <message>
        <source>Change amount tolerance</source>
        <translation>Betragstoleranz ändern</translation>
    </message>
    <message>
        <source>Change percent tolerance</source>
        <translation>Prozenttoleranz ändern</translation>
    </message>
    <message>
        <source>within</source>
        <translation>innerhalb von</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tagen</translation>
    </message>
    <message>
        <source>Change date window</source>
        <translation>Datumsfenster ändern</translation>
    </message>
    <message>
        <source>either date</source>
        <translation>beliebiges Datum</translation>
    </message>
    <message>
        <source>booking date</source>
        <translation>Buchungsdatum</translation>
    </message>
    <message>
        <source>value date</source>
        <translation>Valutadatum</translation>
    </message>
    <message>
        <source>Change date choice</source>
        <translation>Datumswahl ändern</translation>
    </message>
    <message>
        <source>left:</source>
        <translation>links:</translation>
    </message>
    <message>
        <source>right:</source>
        <translation>rechts:</translation>
    </message>
    <message>
        <source>left</source>
        <translation>links</translation>
    </message>
    <message>
        <source>like right</source>
        <translation>ähnlich rechts</translation>
    </message>
    <message>
        <source>= right</source>
        <translation>= rechts</translation>
    </message>
    <message>
        <source>Change compared fields</source>
        <translation>Verglichene Felder ändern</translation>
    </message>
    <message>
        <source>Jaro-Winkler</source>
        <translation>Jaro-Winkler</translation>
    </message>
    <message>
        <source>token set</source>
        <translation>Wortmenge</translation>
    </message>
    <message>
        <source>trigram</source>
        <translation>Trigramm</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>enthält</translation>
    </message>
    <message>
        <source>Change similarity measure</source>
        <translation>Ähnlichkeitsmaß ändern</translation>
    </message>
    <message>
        <source>Change similarity threshold</source>
        <translation>Ähnlichkeitsschwelle ändern</translation>
    </message>
    <message>
        <source>pattern with a capture group, e.g. INV-(\d+)</source>
        <translation>Muster mit einer Erfassungsgruppe, z. B. INV-(\d+)</translation>
    </message>
    <message>
        <source>Change regex</source>
        <translation>Regex ändern</translation>
    </message>
    <message>
        <source>searched on the left</source>
        <translation>links gesucht</translation>
    </message>
    <message>
        <source>searched on the right</source>
        <translation>rechts gesucht</translation>
    </message>
    <message>
        <source>Change searched side</source>
        <translation>Durchsuchte Seite ändern</translation>
    </message>
    <message>
        <source>= other side&apos;s</source>
        <translation>= Feld der Gegenseite</translation>
    </message>
    <message>
        <source>Change key field</source>
        <translation>Schlüsselfeld ändern</translation>
    </message>
    <message>
        <source>in</source>
        <translation>in</translation>
    </message>
    <message>
        <source>Try it: type a sample text</source>
        <translation>Ausprobieren: Beispieltext eingeben</translation>
    </message>
    <message>
        <source>captures appear here</source>
        <translation>Erfassungen erscheinen hier</translation>
    </message>
    <message>
        <source>bad pattern: %1</source>
        <translation>ungültiges Muster: %1</translation>
    </message>
    <message>
        <source>no match</source>
        <translation>kein Treffer</translation>
    </message>
    <message>
        <source>captures: %1</source>
        <translation>Erfassungen: %1</translation>
    </message>
    <message>
        <source>right&apos;s</source>
        <translation>rechts:</translation>
    </message>
    <message>
        <source>left&apos;s</source>
        <translation>links:</translation>
    </message>
    <message>
        <source>Change reference side</source>
        <translation>Referenzseite ändern</translation>
    </message>
    <message>
        <source>Change reference field</source>
        <translation>Referenzfeld ändern</translation>
    </message>
    <message>
        <source>min. length</source>
        <translation>Mindestlänge</translation>
    </message>
    <message>
        <source>Change minimum length</source>
        <translation>Mindestlänge ändern</translation>
    </message>
    <message>
        <source>found in the other side&apos;s</source>
        <translation>gefunden auf der Gegenseite in</translation>
    </message>
    <message>
        <source>any of (OR)</source>
        <translation>eine davon (ODER)</translation>
    </message>
    <message>
        <source>all of (AND)</source>
        <translation>alle (UND)</translation>
    </message>
    <message>
        <source>Change group operator</source>
        <translation>Gruppenoperator ändern</translation>
    </message>
    <message>
        <source>Add to group</source>
        <translation>Zur Gruppe hinzufügen</translation>
    </message>
</context>
<context>
    <name>recon::ConflictTableModel</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>(same values)</source>
        <translation>(gleiche Werte)</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Posten</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Meine</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Andere</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
</context>
<context>
    <name>recon::ConflictView</name>
    <message>
        <source>Keep &amp;Mine</source>
        <translation>&amp;Meine behalten</translation>
    </message>
    <message>
        <source>Take &amp;Theirs</source>
        <translation>&amp;Andere übernehmen</translation>
    </message>
    <message>
        <source>Merge &amp;Comment</source>
        <translation>&amp;Kommentare zusammenführen</translation>
    </message>
    <message>
        <source>Sync Conflicts</source>
        <translation>Synchronisierungskonflikte</translation>
    </message>
    <message>
        <source>Send my version again on top of theirs with the next sync</source>
        <translation>Meine Version bei der nächsten Synchronisierung erneut über deren Version senden</translation>
    </message>
    <message>
        <source>Apply their version here and drop my waiting change</source>
        <translation>Deren Version hier übernehmen und meine wartende Änderung verwerfen</translation>
    </message>
    <message>
        <source>Join both comments (mine first) and send the result</source>
        <translation>Beide Kommentare zusammenführen (meiner zuerst) und das Ergebnis senden</translation>
    </message>
    <message>
        <source>&lt;b&gt;Mine&lt;/b&gt;</source>
        <translation>&lt;b&gt;Meine&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Theirs&lt;/b&gt;</source>
        <translation>&lt;b&gt;Andere&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No open conflicts.</source>
        <translation>Keine offenen Konflikte.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Mine&lt;/b&gt; (made on version %1)</source>
        <translation>&lt;b&gt;Meine&lt;/b&gt; (auf Version %1 erstellt)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Theirs&lt;/b&gt; (version %1 by %2)</source>
        <translation>&lt;b&gt;Andere&lt;/b&gt; (Version %1 von %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n open conflict(s)</source>
        <translation>
            <numerusform>%n offener Konflikt</numerusform>
            <numerusform>%n offene Konflikte</numerusform>
        </translation>
    </message>
    <message>
        <source>Not resolved: %1</source>
        <translation>Nicht gelöst: %1</translation>
    </message>
</context>
<context>
    <name>recon::Dashboard</name>
    <message>
        <source>Export as &amp;PNG…</source>
        <translation>Als &amp;PNG exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;All Charts…</source>
        <translation>&amp;Alle Diagramme exportieren…</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Items matched by rule</source>
        <translation>Abgeglichene Posten je Regel</translation>
    </message>
    <message>
        <source>Open items by age</source>
        <translation>Offene Posten nach Alter</translation>
    </message>
    <message>
        <source>Amounts still open per day</source>
        <translation>Noch offene Beträge je Tag</translation>
    </message>
    <message>
        <source>Progress over time</source>
        <translation>Fortschritt im Zeitverlauf</translation>
    </message>
    <message>
        <source>Open a workspace to see its figures.</source>
        <translation>Öffnen Sie einen Arbeitsbereich, um seine Kennzahlen zu sehen.</translation>
    </message>
    <message>
        <source>%1 items, %2 % matched, %3 open</source>
        <translation>%1 Posten, %2 % abgeglichen, %3 offen</translation>
    </message>
    <message>
        <source>ages as of %1</source>
        <translation>Alter zum %1</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Vorgeschlagen</translation>
    </message>
    <message>
        <source>% of all items</source>
        <translation>% aller Posten</translation>
    </message>
    <message>
        <source>Left (bank)</source>
        <translation>Links (Bank)</translation>
    </message>
    <message>
        <source>Right (ledger)</source>
        <translation>Rechts (Hauptbuch)</translation>
    </message>
    <message>
        <source>Age in days</source>
        <translation>Alter in Tagen</translation>
    </message>
    <message>
        <source>Open items</source>
        <translation>Offene Posten</translation>
    </message>
    <message>
        <source>Booking date</source>
        <translation>Buchungsdatum</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Amount (%1, absolute)</source>
        <translation>Betrag (%1, absolut)</translation>
    </message>
    <message>
        <source>Matched items</source>
        <translation>Abgeglichene Posten</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Posten</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Export All Charts</source>
        <translation>Alle Diagramme exportieren</translation>
    </message>
    <message>
        <source>Only %1 of %2 charts could be written to %3.</source>
        <translation>Nur %1 von %2 Diagrammen konnten nach %3 geschrieben werden.</translation>
    </message>
    <message>
        <source> (undone)</source>
        <translation> (rückgängig gemacht)</translation>
    </message>
    <message>
        <source> (redone)</source>
        <translation> (wiederhergestellt)</translation>
    </message>
    <message>
        <source>import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>match run</source>
        <translation>Abgleichlauf</translation>
    </message>
    <message>
        <source>manual match</source>
        <translation>manueller Abgleich</translation>
    </message>
    <message>
        <source>reject</source>
        <translation>Ablehnung</translation>
    </message>
    <message>
        <source>un-match</source>
        <translation>Abgleich aufgehoben</translation>
    </message>
    <message>
        <source>Workspace events</source>
        <translation>Ereignisse im Arbeitsbereich</translation>
    </message>
</context>
<context>
    <name>recon::DetailPanel</name>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Posten</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Bank (left)</source>
        <translation>Bank (links)</translation>
    </message>
    <message>
        <source>Ledger (right)</source>
        <translation>Hauptbuch (rechts)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Booking date</source>
        <translation>Buchungsdatum</translation>
    </message>
    <message>
        <source>Value date</source>
        <translation>Valutadatum</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Buchungstext</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Counterparty</source>
        <translation>Gegenpartei</translation>
    </message>
    <message>
        <source>Counterparty account</source>
        <translation>Konto der Gegenpartei</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Transaction code</source>
        <translation>Buchungsschlüssel</translation>
    </message>
    <message>
        <source>External id</source>
        <translation>Externe ID</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Sammelbuchung</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>(unknown import)</source>
        <translation>(unbekannter Import)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Source fields</source>
        <translation>Quellfelder</translation>
    </message>
</context>
<context>
    <name>recon::ExportDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>CSV options</source>
        <translation>CSV-Optionen</translation>
    </message>
    <message>
        <source>UTF-8 with &amp;BOM (for Excel)</source>
        <translation>UTF-8 mit &amp;BOM (für Excel)</translation>
    </message>
    <message>
        <source>&amp;Semicolon separator and decimal comma</source>
        <translation>&amp;Semikolon als Trennzeichen und Dezimalkomma</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Bis</translation>
    </message>
    <message>
        <source>PDF sign-off</source>
        <translation>PDF-Freigabe</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Open &amp;Folder</source>
        <translation>&amp;Ordner öffnen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Posten</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel-Arbeitsmappe (.xlsx)</translation>
    </message>
    <message>
        <source>CSV files, one per sheet (folder)</source>
        <translation>CSV-Dateien, eine je Blatt (Ordner)</translation>
    </message>
    <message>
        <source>PDF summary report (.pdf)</source>
        <translation>PDF-Zusammenfassung (.pdf)</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat:</translation>
    </message>
    <message>
        <source>Ta&amp;rget:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <source>Name of the preparer</source>
        <translation>Name des Erstellers</translation>
    </message>
    <message>
        <source>Name of the reviewer</source>
        <translation>Name des Prüfers</translation>
    </message>
    <message>
        <source>&amp;Prepared by:</source>
        <translation>&amp;Erstellt von:</translation>
    </message>
    <message>
        <source>Re&amp;viewed by:</source>
        <translation>&amp;Geprüft von:</translation>
    </message>
    <message>
        <source>Folder for the CSV files</source>
        <translation>Ordner für die CSV-Dateien</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>Zu schreibende Datei</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-Arbeitsmappen (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Choose where to write the report first.</source>
        <translation>Wählen Sie zuerst, wohin der Bericht geschrieben werden soll.</translation>
    </message>
    <message>
        <source>The date range is empty: “From” is after “To”.</source>
        <translation>Der Zeitraum ist leer: „Von“ liegt nach „Bis“.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export läuft…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n item row(s) to %1.</source>
        <translation>
            <numerusform>%n Postenzeile nach %1 exportiert.</numerusform>
            <numerusform>%n Postenzeilen nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Export abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>With no status ticked, items of every status are exported.</source>
        <translation>Ist kein Status angehakt, werden Posten jedes Status exportiert.</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
</context>
<context>
    <name>recon::FileListModel</name>
    <message>
        <source>Left (bank)</source>
        <translation>Links (Bank)</translation>
    </message>
    <message>
        <source>Right (ledger)</source>
        <translation>Rechts (Hauptbuch)</translation>
    </message>
    <message>
        <source>no balances</source>
        <translation>keine Salden</translation>
    </message>
    <message numerus="yes">
        <source>✓ %n roll</source>
        <translation>
            <numerusform>✓ %n Saldo stimmt</numerusform>
            <numerusform>✓ %n Salden stimmen</numerusform>
        </translation>
    </message>
    <message>
        <source>analysing…</source>
        <translation>wird analysiert…</translation>
    </message>
    <message>
        <source>already imported</source>
        <translation>bereits importiert</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ready, %n warning(s)</source>
        <translation>
            <numerusform>bereit, %n Warnung</numerusform>
            <numerusform>bereit, %n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>ready</source>
        <translation>bereit</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Kodierung</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>Kontoauszüge</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Posten</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Duplikate</translation>
    </message>
    <message>
        <source>Balances</source>
        <translation>Salden</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message numerus="yes">
        <source>✗ %n problem(s)</source>
        <translation>
            <numerusform>✗ %n Problem</numerusform>
            <numerusform>✗ %n Probleme</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>recon::FilesPage</name>
    <message>
        <source>&amp;Add Files…</source>
        <translation>Dateien &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>Choose the statements and ledgers to import, or drop them here. Each file is checked before anything is written.</source>
        <translation>Wählen Sie die zu importierenden Kontoauszüge und Hauptbücher oder ziehen Sie sie hierher. Jede Datei wird geprüft, bevor etwas geschrieben wird.</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>as stated in the file</source>
        <translation>wie in der Datei angegeben</translation>
    </message>
    <message>
        <source>&amp;Side of the selected file:</source>
        <translation>&amp;Seite der gewählten Datei:</translation>
    </message>
    <message>
        <source>Own &amp;account override:</source>
        <translation>Eigenes &amp;Konto überschreiben:</translation>
    </message>
    <message>
        <source>Import Files</source>
        <translation>Dateien importieren</translation>
    </message>
    <message>
        <source>Statements and ledgers (*.sta *.mt940 *.txt *.xml *.ofx *.qfx *.qif *.bai *.bai2 *.csv *.tsv *.xlsx);;All files (*)</source>
        <translation>Kontoauszüge und Hauptbücher (*.sta *.mt940 *.txt *.xml *.ofx *.qfx *.qif *.bai *.bai2 *.csv *.tsv *.xlsx);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n file(s)…</source>
        <translation>
            <numerusform>%n Datei wird geprüft…</numerusform>
            <numerusform>%n Dateien werden geprüft…</numerusform>
        </translation>
    </message>
    <message>
        <source>The workspace cannot take an import: %1</source>
        <translation>Der Arbeitsbereich kann keinen Import aufnehmen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) checked.</source>
        <translation>
            <numerusform>%n Datei geprüft.</numerusform>
            <numerusform>%n Dateien geprüft.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>recon::GroupTableModel</name>
    <message>
        <source>%1 : %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Bank : Ledger</source>
        <translation>Bank : Hauptbuch</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Abweichung</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>recon::ImportWizard</name>
    <message>
        <source>Import Files</source>
        <translation>Dateien importieren</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
</context>
<context>
    <name>recon::MainToolBar</name>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
</context>
<context>
    <name>recon::MainWindow</name>
    <message>
        <source>Undo history</source>
        <translation>Bearbeitungsverlauf</translation>
    </message>
    <message>
        <source>Recon Workstation</source>
        <translation>Recon Workstation</translation>
    </message>
    <message>
        <source>All items</source>
        <translation>Alle Posten</translation>
    </message>
    <message>
        <source>Workbench</source>
        <translation>Klärung</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;geöffnet&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Neuer Arbeitsbereich…</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>Arbeitsbereich ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Import File…</source>
        <translation>Datei &amp;importieren…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Ak&amp;tualisieren</translation>
    </message>
    <message>
        <source>&amp;All Items</source>
        <translation>&amp;Alle Posten</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>&amp;Workbench</source>
        <translation>&amp;Klärung</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>&amp;Rules</source>
        <translation>&amp;Regeln</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Übersicht</translation>
    </message>
    <message>
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
    <message>
        <source>Export Dashboard &amp;Charts…</source>
        <translation>Übersichts&amp;diagramme exportieren…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Recon Workstation</source>
        <translation>Ü&amp;ber Recon Workstation</translation>
    </message>
    <message>
        <source>Cannot open workspace</source>
        <translation>Arbeitsbereich kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>%1 — Recon Workstation</source>
        <translation>%1 — Recon Workstation</translation>
    </message>
    <message>
        <source>No workspace open — File › Open Workspace…</source>
        <translation>Kein Arbeitsbereich geöffnet — Datei › Arbeitsbereich öffnen…</translation>
    </message>
    <message>
        <source>%1 transactions, %2 open</source>
        <translation>%1 Buchungen, %2 offen</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>Schreibgeschützt: %1</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>Neuer Arbeitsbereich</translation>
    </message>
    <message>
        <source>Recon workspaces (*.recon)</source>
        <translation>Recon-Arbeitsbereiche (*.recon)</translation>
    </message>
    <message>
        <source>Cannot create workspace</source>
        <translation>Arbeitsbereich kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>Recon workspaces (*.recon);;All files (*)</source>
        <translation>Recon-Arbeitsbereiche (*.recon);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Open or create a workspace first.</source>
        <translation>Öffnen oder erstellen Sie zuerst einen Arbeitsbereich.</translation>
    </message>
    <message>
        <source>About Recon Workstation</source>
        <translation>Über Recon Workstation</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Recon Workstation %1&lt;/h3&gt;&lt;p&gt;Reconcile bank statements against ledgers: import, match, resolve, report.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Recon Workstation %1&lt;/h3&gt;&lt;p&gt;Kontoauszüge mit dem Hauptbuch abstimmen: importieren, abgleichen, klären, berichten.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <translation>Bericht &amp;exportieren…</translation>
    </message>
    <message>
        <source>Ctrl+Alt+E</source>
        <translation>Ctrl+Alt+E</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Open a workspace first.</source>
        <translation>Öffnen Sie zuerst einen Arbeitsbereich.</translation>
    </message>
</context>
<context>
    <name>recon::MappingPage</name>
    <message>
        <source>&amp;Invert signs</source>
        <translation>Vorzeichen &amp;umkehren</translation>
    </message>
    <message>
        <source>Save as &amp;Profile</source>
        <translation>Als &amp;Profil speichern</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Spaltenzuordnung</translation>
    </message>
    <message>
        <source>Tell the importer what each column holds. The preview follows every change; cells that cannot be read are marked red (hover for the reason).</source>
        <translation>Legen Sie fest, was jede Spalte enthält. Die Vorschau folgt jeder Änderung; nicht lesbare Zellen sind rot markiert (Mauszeiger darüber zeigt den Grund).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>The row that names the columns (0: the file has none)</source>
        <translation>Die Zeile mit den Spaltennamen (0: die Datei hat keine)</translation>
    </message>
    <message>
        <source>detect</source>
        <translation>erkennen</translation>
    </message>
    <message>
        <source>Qt date format: d day, M month, y year</source>
        <translation>Qt-Datumsformat: d Tag, M Monat, y Jahr</translation>
    </message>
    <message>
        <source>point: 1,234.56</source>
        <translation>Punkt: 1,234.56</translation>
    </message>
    <message>
        <source>comma: 1.234,56</source>
        <translation>Komma: 1.234,56</translation>
    </message>
    <message>
        <source>For files written from the other party&apos;s point of view</source>
        <translation>Für Dateien aus Sicht der Gegenpartei</translation>
    </message>
    <message>
        <source>e.g. EUR</source>
        <translation>z. B. EUR</translation>
    </message>
    <message>
        <source>profile name, e.g. “Sparkasse CSV”</source>
        <translation>Profilname, z. B. „Sparkasse CSV“</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Aufbau</translation>
    </message>
    <message>
        <source>S&amp;heet:</source>
        <translation>&amp;Blatt:</translation>
    </message>
    <message>
        <source>Header &amp;row:</source>
        <translation>&amp;Kopfzeile:</translation>
    </message>
    <message>
        <source>&amp;Date format:</source>
        <translation>Datums&amp;format:</translation>
    </message>
    <message>
        <source>De&amp;cimal separator:</source>
        <translation>Dezimal&amp;trennzeichen:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Währung:</translation>
    </message>
    <message>
        <source>Cannot preview %1: %2</source>
        <translation>Keine Vorschau für %1: %2</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>CSV, %1, columns separated by %2</source>
        <translation>CSV, %1, Spalten getrennt durch %2</translation>
    </message>
    <message>
        <source>Excel workbook, sheet “%1”</source>
        <translation>Excel-Arbeitsmappe, Blatt „%1“</translation>
    </message>
    <message>
        <source>%1 of %2 rows shown parse; %3 with problems.</source>
        <translation>%1 von %2 angezeigten Zeilen lesbar; %3 mit Problemen.</translation>
    </message>
    <message>
        <source>(first %1 rows of the file)</source>
        <translation>(erste %1 Zeilen der Datei)</translation>
    </message>
    <message>
        <source>Sign: from the amount column</source>
        <translation>Vorzeichen: aus der Betragsspalte</translation>
    </message>
    <message>
        <source>Sign: debit and credit columns</source>
        <translation>Vorzeichen: Soll- und Haben-Spalten</translation>
    </message>
    <message>
        <source>Sign: Dr/Cr indicator column</source>
        <translation>Vorzeichen: Spalte mit Soll/Haben-Kennzeichen</translation>
    </message>
    <message>
        <source>Sign: no amount column chosen yet</source>
        <translation>Vorzeichen: noch keine Betragsspalte gewählt</translation>
    </message>
    <message>
        <source>Profile “%1” applied (matched by the header).</source>
        <translation>Profil „%1“ angewendet (anhand der Kopfzeile erkannt).</translation>
    </message>
    <message>
        <source>No header row: a profile needs one to be recognised.</source>
        <translation>Keine Kopfzeile: ein Profil braucht eine, um erkannt zu werden.</translation>
    </message>
    <message>
        <source>No saved profile matches this header.</source>
        <translation>Kein gespeichertes Profil passt zu dieser Kopfzeile.</translation>
    </message>
    <message>
        <source>No file is shown.</source>
        <translation>Keine Datei angezeigt.</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>Geben Sie dem Profil einen Namen.</translation>
    </message>
    <message>
        <source>A profile needs a header row to be recognised.</source>
        <translation>Ein Profil braucht eine Kopfzeile, um erkannt zu werden.</translation>
    </message>
    <message>
        <source>Choose a date column and an amount (or debit/credit) column first.</source>
        <translation>Wählen Sie zuerst eine Datumsspalte und eine Betragsspalte (oder Soll/Haben-Spalten).</translation>
    </message>
    <message>
        <source>Saved as profile “%1”: files with this header will use it.</source>
        <translation>Als Profil „%1“ gespeichert: Dateien mit dieser Kopfzeile verwenden es.</translation>
    </message>
</context>
<context>
    <name>recon::MatchController</name>
    <message>
        <source>Rule %1 of %2: %3</source>
        <translation>Regel %1 von %2: %3</translation>
    </message>
    <message>
        <source>&amp;Reconcile</source>
        <translation>Ab&amp;stimmen</translation>
    </message>
    <message>
        <source>Run &amp;Matching</source>
        <translation>&amp;Abgleich starten</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Run the rules of the Rules tab on the open items (Ctrl+R)</source>
        <translation>Die Regeln des Regel-Reiters auf die offenen Posten anwenden (Ctrl+R)</translation>
    </message>
    <message>
        <source>Run Matching</source>
        <translation>Abgleich starten</translation>
    </message>
    <message>
        <source>Open a workspace first.</source>
        <translation>Öffnen Sie zuerst einen Arbeitsbereich.</translation>
    </message>
    <message>
        <source>The workspace is read-only: %1</source>
        <translation>Der Arbeitsbereich ist schreibgeschützt: %1</translation>
    </message>
    <message>
        <source>The rules in the Rules tab have errors; fix them first.</source>
        <translation>Die Regeln im Regel-Reiter enthalten Fehler; beheben Sie diese zuerst.</translation>
    </message>
    <message>
        <source>Matching…</source>
        <translation>Abgleich läuft…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Matching with &quot;%1&quot; version %2…</source>
        <translation>Abgleich mit „%1“ Version %2…</translation>
    </message>
    <message>
        <source>Matching failed: %1</source>
        <translation>Abgleich fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Matching cancelled: nothing was recorded.</source>
        <translation>Abgleich abgebrochen: nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>Matching: %1 group(s) (%2 confirmed, %3 proposed), %4 exception(s) from %5 + %6 open items in %7 ms</source>
        <translation>Abgleich: %1 Gruppe(n) (%2 bestätigt, %3 vorgeschlagen), %4 Ausnahme(n) aus %5 + %6 offenen Posten in %7 ms</translation>
    </message>
</context>
<context>
    <name>recon::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Menus and dialogs opened before a language change keep their texts until the next start.</source>
        <translation>Menüs und Dialoge, die vor einem Sprachwechsel geöffnet wurden, behalten ihre Texte bis zum nächsten Start.</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>System (%1)</source>
        <translation>System (%1)</translation>
    </message>
</context>
<context>
    <name>recon::PreviewModel</name>
    <message>
        <source>(ignore)</source>
        <translation>(ignorieren)</translation>
    </message>
    <message>
        <source>Booking date</source>
        <translation>Buchungsdatum</translation>
    </message>
    <message>
        <source>Value date</source>
        <translation>Valutadatum</translation>
    </message>
    <message>
        <source>Amount (signed)</source>
        <translation>Betrag (mit Vorzeichen)</translation>
    </message>
    <message>
        <source>Debit (money out)</source>
        <translation>Soll (Abgang)</translation>
    </message>
    <message>
        <source>Credit (money in)</source>
        <translation>Haben (Eingang)</translation>
    </message>
    <message>
        <source>Dr/Cr indicator</source>
        <translation>Soll/Haben-Kennzeichen</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Buchungstext</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Counterparty</source>
        <translation>Gegenpartei</translation>
    </message>
    <message>
        <source>Counterparty account</source>
        <translation>Konto der Gegenpartei</translation>
    </message>
    <message>
        <source>Own account</source>
        <translation>Eigenes Konto</translation>
    </message>
    <message>
        <source>Transaction id</source>
        <translation>Buchungs-ID</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Bank code</source>
        <translation>Bankleitzahl</translation>
    </message>
    <message>
        <source>not parsed</source>
        <translation>nicht gelesen</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>→ Date</source>
        <translation>→ Datum</translation>
    </message>
    <message>
        <source>→ Amount</source>
        <translation>→ Betrag</translation>
    </message>
    <message>
        <source>→ Text</source>
        <translation>→ Text</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Spalte %1</translation>
    </message>
</context>
<context>
    <name>recon::PreviewPanel</name>
    <message>
        <source>Changes vs current</source>
        <translation>Änderungen gegenüber aktuell</translation>
    </message>
    <message>
        <source>Sample matches</source>
        <translation>Beispiel-Abgleiche</translation>
    </message>
    <message>
        <source>&lt;b&gt;Live preview&lt;/b&gt; (dry run on the workspace&apos;s open items)</source>
        <translation>&lt;b&gt;Live-Vorschau&lt;/b&gt; (Probelauf auf den offenen Posten des Arbeitsbereichs)</translation>
    </message>
    <message>
        <source>No workspace open: open one to preview the rules on its data.</source>
        <translation>Kein Arbeitsbereich geöffnet: Öffnen Sie einen, um die Regeln an seinen Daten zu testen.</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Läuft…</translation>
    </message>
    <message>
        <source>%1 of %2 open items would be matched (%3 ms)</source>
        <translation>%1 von %2 offenen Posten würden abgeglichen (%3 ms)</translation>
    </message>
    <message>
        <source>No current rule set to compare with.</source>
        <translation>Kein aktuelles Regelwerk zum Vergleich.</translation>
    </message>
</context>
<context>
    <name>recon::ProblemsPage</name>
    <message>
        <source>&amp;Skip bad lines (import the good ones, report the rest)</source>
        <translation>Fehlerhafte Zeilen ü&amp;berspringen (gute importieren, Rest melden)</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Nothing has been written yet. A file with errors is not imported unless its bad lines are skipped.</source>
        <translation>Es wurde noch nichts geschrieben. Eine Datei mit Fehlern wird nur importiert, wenn ihre fehlerhaften Zeilen übersprungen werden.</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n file(s)…</source>
        <translation>
            <numerusform>%n Datei wird geprüft…</numerusform>
            <numerusform>%n Dateien werden geprüft…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: … and %2 more errors</source>
        <translation>%1: … und %2 weitere Fehler</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) in %1 file(s): fix the mapping or the file, or skip bad lines.</source>
        <translation>
            <numerusform>%n Fehler in %1 Datei(en): Korrigieren Sie die Zuordnung oder die Datei, oder überspringen Sie fehlerhafte Zeilen.</numerusform>
            <numerusform>%n Fehler in %1 Datei(en): Korrigieren Sie die Zuordnung oder die Datei, oder überspringen Sie fehlerhafte Zeilen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ready: %1 new items from %n file(s), %2 duplicates skipped.</source>
        <translation>
            <numerusform>Bereit: %1 neue Posten aus %n Datei, %2 Duplikate übersprungen.</numerusform>
            <numerusform>Bereit: %1 neue Posten aus %n Dateien, %2 Duplikate übersprungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s).</source>
        <translation>
            <numerusform>%n Warnung.</numerusform>
            <numerusform>%n Warnungen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>recon::ReasonCode</name>
    <message>
        <source>Bank fee</source>
        <translation>Bankgebühr</translation>
    </message>
    <message>
        <source>FX difference</source>
        <translation>Kursdifferenz</translation>
    </message>
    <message>
        <source>Rounding</source>
        <translation>Rundung</translation>
    </message>
    <message>
        <source>Short payment</source>
        <translation>Minderzahlung</translation>
    </message>
    <message>
        <source>Overpayment</source>
        <translation>Überzahlung</translation>
    </message>
    <message>
        <source>Write-off</source>
        <translation>Ausbuchung</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Zeitliche Abgrenzung</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dublette</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
</context>
<context>
    <name>recon::ReasonDialog</name>
    <message>
        <source>Reason code</source>
        <translation>Begründungscode</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Optional comment</source>
        <translation>Optionaler Kommentar</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Kommentar:</translation>
    </message>
</context>
<context>
    <name>recon::RoleDelegate</name>
    <message>
        <source>What this column holds</source>
        <translation>Was diese Spalte enthält</translation>
    </message>
</context>
<context>
    <name>recon::RuleCountModel</name>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Posten</translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation>Ausnahmen</translation>
    </message>
    <message>
        <source>vs current</source>
        <translation>ggü. aktuell</translation>
    </message>
</context>
<context>
    <name>recon::RuleForm</name>
    <message>
        <source>Auto-confirm matches (otherwise they are proposed for review)</source>
        <translation>Abgleiche automatisch bestätigen (sonst zur Prüfung vorgeschlagen)</translation>
    </message>
    <message>
        <source>one to one (1 : 1)</source>
        <translation>eins zu eins (1 : 1)</translation>
    </message>
    <message>
        <source>one to many (1 left : N right)</source>
        <translation>eins zu vielen (1 links : N rechts)</translation>
    </message>
    <message>
        <source>many to one (N left : 1 right)</source>
        <translation>viele zu eins (N links : 1 rechts)</translation>
    </message>
    <message>
        <source>many to many (N : M)</source>
        <translation>viele zu vielen (N : M)</translation>
    </message>
    <message>
        <source>left up to </source>
        <translation>links bis zu </translation>
    </message>
    <message>
        <source>right up to </source>
        <translation>rechts bis zu </translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Conditions&lt;/b&gt; — all must pass; use an any-group for OR</source>
        <translation>&lt;b&gt;Bedingungen&lt;/b&gt; — alle müssen erfüllt sein; für ODER eine „eine davon“-Gruppe verwenden</translation>
    </message>
    <message>
        <source>Add condition</source>
        <translation>Bedingung hinzufügen</translation>
    </message>
    <message>
        <source>Rename rule</source>
        <translation>Regel umbenennen</translation>
    </message>
    <message>
        <source>Change rule kind</source>
        <translation>Regelart ändern</translation>
    </message>
    <message>
        <source>Change group size</source>
        <translation>Gruppengröße ändern</translation>
    </message>
    <message>
        <source>Auto-confirm</source>
        <translation>Automatisch bestätigen</translation>
    </message>
    <message>
        <source>Propose only</source>
        <translation>Nur vorschlagen</translation>
    </message>
    <message>
        <source>Amount (with tolerance)</source>
        <translation>Betrag (mit Toleranz)</translation>
    </message>
    <message>
        <source>Date window</source>
        <translation>Datumsfenster</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Vorzeichen</translation>
    </message>
    <message>
        <source>Same currency</source>
        <translation>Gleiche Währung</translation>
    </message>
    <message>
        <source>Reference in text</source>
        <translation>Referenz im Text</translation>
    </message>
    <message>
        <source>Fields equal</source>
        <translation>Felder gleich</translation>
    </message>
    <message>
        <source>Text similarity</source>
        <translation>Textähnlichkeit</translation>
    </message>
    <message>
        <source>Counterparty similar</source>
        <translation>Gegenpartei ähnlich</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>Regulärer Ausdruck</translation>
    </message>
    <message>
        <source>Any of… (OR group)</source>
        <translation>Eine davon… (ODER-Gruppe)</translation>
    </message>
    <message>
        <source>All of… (AND group)</source>
        <translation>Alle… (UND-Gruppe)</translation>
    </message>
    <message>
        <source>Add %1 condition</source>
        <translation>Bedingung „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Remove condition</source>
        <translation>Bedingung entfernen</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
</context>
<context>
    <name>recon::RuleListModel</name>
    <message>
        <source>1 : N</source>
        <translation>1 : N</translation>
    </message>
    <message>
        <source>N : 1</source>
        <translation>N : 1</translation>
    </message>
    <message>
        <source>N : M</source>
        <translation>N : M</translation>
    </message>
    <message>
        <source>1 : 1</source>
        <translation>1 : 1</translation>
    </message>
    <message>
        <source>confirm</source>
        <translation>bestätigen</translation>
    </message>
    <message>
        <source>propose</source>
        <translation>vorschlagen</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Abgleiche</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Bedingungen</translation>
    </message>
    <message>
        <source>Enable rule %1</source>
        <translation>Regel %1 aktivieren</translation>
    </message>
    <message>
        <source>Disable rule %1</source>
        <translation>Regel %1 deaktivieren</translation>
    </message>
    <message>
        <source>Move rule %1</source>
        <translation>Regel %1 verschieben</translation>
    </message>
</context>
<context>
    <name>recon::RulesView</name>
    <message>
        <source>Rule set:</source>
        <translation>Regelwerk:</translation>
    </message>
    <message>
        <source>Rename rule set</source>
        <translation>Regelwerk umbenennen</translation>
    </message>
    <message>
        <source>Preview failed: %1</source>
        <translation>Vorschau fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Rules applied</source>
        <translation>Regeln angewendet</translation>
    </message>
    <message>
        <source>Nothing was left to match.</source>
        <translation>Es war nichts mehr abzugleichen.</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>Regel hinzufügen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Duplicate rule %1</source>
        <translation>Regel %1 duplizieren</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Ctrl+Del</source>
        <translation>Ctrl+Del</translation>
    </message>
    <message>
        <source>Delete rule %1</source>
        <translation>Regel %1 löschen</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Alt+Down</source>
        <translation>Alt+Down</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Save as new version…</source>
        <translation>Als neue Version speichern…</translation>
    </message>
    <message>
        <source>Ctrl+Alt+S</source>
        <translation>Ctrl+Alt+S</translation>
    </message>
    <message>
        <source>Compare versions…</source>
        <translation>Versionen vergleichen…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Apply…</source>
        <translation>Anwenden…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Return</source>
        <translation>Ctrl+Shift+Return</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b02418&apos;&gt;✗ %1: %2&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#b02418&apos;&gt;✗ %1: %2&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Fix the rules to see a preview.</source>
        <translation>Korrigieren Sie die Regeln, um eine Vorschau zu sehen.</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#1b7a2e&apos;&gt;✓ valid&lt;/span&gt;, %1 of %2 rules enabled, sha256 %3…</source>
        <translation>&lt;span style=&apos;color:#1b7a2e&apos;&gt;✓ gültig&lt;/span&gt;, %1 von %2 Regeln aktiv, sha256 %3…</translation>
    </message>
    <message>
        <source>Waiting…</source>
        <translation>Warten…</translation>
    </message>
    <message>
        <source>No workspace open: open one to preview the rules on its data.</source>
        <translation>Kein Arbeitsbereich geöffnet: Öffnen Sie einen, um die Regeln an seinen Daten zu testen.</translation>
    </message>
    <message>
        <source>%1: cannot open (%2)</source>
        <translation>%1: kann nicht geöffnet werden (%2)</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message>
        <source>%1: cannot write (%2)</source>
        <translation>%1: kann nicht geschrieben werden (%2)</translation>
    </message>
    <message>
        <source>Import Rules</source>
        <translation>Regeln importieren</translation>
    </message>
    <message>
        <source>Rule sets (*.json);;All files (*)</source>
        <translation>Regelwerke (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot import rules</source>
        <translation>Regeln können nicht importiert werden</translation>
    </message>
    <message>
        <source>Export Rules</source>
        <translation>Regeln exportieren</translation>
    </message>
    <message>
        <source>Rule sets (*.json)</source>
        <translation>Regelwerke (*.json)</translation>
    </message>
    <message>
        <source>Cannot export rules</source>
        <translation>Regeln können nicht exportiert werden</translation>
    </message>
    <message>
        <source>Open a workspace first.</source>
        <translation>Öffnen Sie zuerst einen Arbeitsbereich.</translation>
    </message>
    <message>
        <source>rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <source>Set version %1</source>
        <translation>Version %1 setzen</translation>
    </message>
    <message>
        <source>Save rules</source>
        <translation>Regeln speichern</translation>
    </message>
    <message>
        <source>Save as new version</source>
        <translation>Als neue Version speichern</translation>
    </message>
    <message>
        <source>Version of &quot;%1&quot;:</source>
        <translation>Version von „%1“:</translation>
    </message>
    <message>
        <source>Cannot save rules</source>
        <translation>Regeln können nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Apply rules</source>
        <translation>Regeln anwenden</translation>
    </message>
    <message>
        <source>Fix the rules first.</source>
        <translation>Korrigieren Sie zuerst die Regeln.</translation>
    </message>
    <message>
        <source>Run &quot;%1&quot; version %2 on the workspace&apos;s open items and record the matches?

%3</source>
        <translation>„%1“ Version %2 auf die offenen Posten des Arbeitsbereichs anwenden und die Abgleiche speichern?

%3</translation>
    </message>
</context>
<context>
    <name>recon::RunPage</name>
    <message>
        <source>&amp;Stop Import</source>
        <translation>Import &amp;stoppen</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Stop and roll back the file being imported (Esc)</source>
        <translation>Import der aktuellen Datei stoppen und zurücknehmen (Esc)</translation>
    </message>
    <message>
        <source>Stopping: rolling back…</source>
        <translation>Wird gestoppt: Rücknahme läuft…</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <source>File %1 of %2: %3</source>
        <translation>Datei %1 von %2: %3</translation>
    </message>
    <message>
        <source>Writing %1 of %2 items…</source>
        <translation>%1 von %2 Posten werden geschrieben…</translation>
    </message>
    <message>
        <source>%1: imported %2 items, %3 duplicates skipped</source>
        <translation>%1: %2 Posten importiert, %3 Duplikate übersprungen</translation>
    </message>
    <message numerus="yes">
        <source>, %n bad line(s) skipped</source>
        <translation>
            <numerusform>, %n fehlerhafte Zeile übersprungen</numerusform>
            <numerusform>, %n fehlerhafte Zeilen übersprungen</numerusform>
        </translation>
    </message>
    <message>
        <source> (profile “%1”)</source>
        <translation> (Profil „%1“)</translation>
    </message>
    <message>
        <source>%1: cancelled, nothing written</source>
        <translation>%1: abgebrochen, nichts geschrieben</translation>
    </message>
    <message>
        <source>%1: refused: %2</source>
        <translation>%1: abgelehnt: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: not imported, %n error(s)</source>
        <translation>
            <numerusform>%1: nicht importiert, %n Fehler</numerusform>
            <numerusform>%1: nicht importiert, %n Fehler</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled: the workspace is unchanged.</source>
        <translation>Import abgebrochen: der Arbeitsbereich ist unverändert.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) imported: %1 new items, %2 duplicates skipped.</source>
        <translation>
            <numerusform>%n Datei importiert: %1 neue Posten, %2 Duplikate übersprungen.</numerusform>
            <numerusform>%n Dateien importiert: %1 neue Posten, %2 Duplikate übersprungen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>recon::ServerSettingsDialog</name>
    <message>
        <source>Server Settings</source>
        <translation>Servereinstellungen</translation>
    </message>
    <message>
        <source>https://recon.example.com:8443</source>
        <translation>https://recon.example.com:8443</translation>
    </message>
    <message>
        <source>Optional: the server&apos;s certificate (PEM) if self-signed</source>
        <translation>Optional: das Zertifikat des Servers (PEM), falls selbstsigniert</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Server &amp;URL:</source>
        <translation>Server-&amp;URL:</translation>
    </message>
    <message>
        <source>&amp;CA certificate:</source>
        <translation>&amp;CA-Zertifikat:</translation>
    </message>
    <message>
        <source>User &amp;name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>The password is asked when you sign in and is never saved.</source>
        <translation>Das Passwort wird bei der Anmeldung abgefragt und nie gespeichert.</translation>
    </message>
    <message>
        <source>The server URL must look like https://host:port.</source>
        <translation>Die Server-URL muss die Form https://host:port haben.</translation>
    </message>
    <message>
        <source>The CA certificate file cannot be read: %1</source>
        <translation>Die CA-Zertifikatsdatei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Enter your user name on the server.</source>
        <translation>Geben Sie Ihren Benutzernamen auf dem Server ein.</translation>
    </message>
    <message>
        <source>CA Certificate</source>
        <translation>CA-Zertifikat</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>recon::SidePanel</name>
    <message>
        <source>Filter by text, reference, amount…</source>
        <translation>Nach Text, Referenz, Betrag filtern…</translation>
    </message>
    <message>
        <source>Bank (left)</source>
        <translation>Bank (links)</translation>
    </message>
    <message>
        <source>Ledger (right)</source>
        <translation>Hauptbuch (rechts)</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n item(s)</source>
        <translation>
            <numerusform>%1 — %n Posten</numerusform>
            <numerusform>%1 — %n Posten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>recon::SignInDialog</name>
    <message>
        <source>Sign In</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Sign &amp;In</source>
        <translation>&amp;Anmelden</translation>
    </message>
</context>
<context>
    <name>recon::Status</name>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>vorgeschlagen</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>bestätigt</translation>
    </message>
    <message>
        <source>exception</source>
        <translation>Ausnahme</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>geklärt</translation>
    </message>
</context>
<context>
    <name>recon::SuggestionModel</name>
    <message>
        <source>%1 %2: %3 (%4)</source>
        <translation>%1 %2: %3 (%4)</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Kandidat</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Begründung</translation>
    </message>
</context>
<context>
    <name>recon::SyncController</name>
    <message>
        <source>Pushing… %1</source>
        <translation>Senden… %1</translation>
    </message>
    <message>
        <source>Pulling… %1</source>
        <translation>Abrufen… %1</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <source>Server &amp;Settings…</source>
        <translation>Server&amp;einstellungen…</translation>
    </message>
    <message>
        <source>Sign &amp;In…</source>
        <translation>&amp;Anmelden…</translation>
    </message>
    <message>
        <source>S&amp;ync Now</source>
        <translation>Jetzt &amp;synchronisieren</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisieren</translation>
    </message>
    <message>
        <source>Push my resolutions to the server and pull the others&apos;</source>
        <translation>Meine Klärungen an den Server senden und die der anderen abrufen</translation>
    </message>
    <message>
        <source>&amp;Cancel Sync</source>
        <translation>Synchronisierung a&amp;bbrechen</translation>
    </message>
    <message>
        <source>C&amp;onflicts…</source>
        <translation>K&amp;onflikte…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+K</source>
        <translation>Ctrl+Shift+K</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>Ab&amp;melden</translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation>Abgemeldet.</translation>
    </message>
    <message>
        <source>Last sync: —</source>
        <translation>Letzte Synchronisierung: —</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Letzte Synchronisierung: %1</translation>
    </message>
    <message>
        <source>Last sync: never</source>
        <translation>Letzte Synchronisierung: nie</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n wartend</numerusform>
            <numerusform>%n wartend</numerusform>
        </translation>
    </message>
    <message>
        <source>Local changes not yet pushed to the server</source>
        <translation>Lokale Änderungen, die noch nicht an den Server gesendet wurden</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n Konflikt</numerusform>
            <numerusform>%n Konflikte</numerusform>
        </translation>
    </message>
    <message>
        <source>Set the server first (Tools › Server Settings…).</source>
        <translation>Richten Sie zuerst den Server ein (Extras › Servereinstellungen…).</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Sync done: pushed %1, pulled %2, %3 open conflict(s).</source>
        <translation>Synchronisierung fertig: %1 gesendet, %2 abgerufen, %3 offene(r) Konflikt(e).</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Synchronisierung fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>recon::SyncJob</name>
    <message>
        <source>Sync cancelled; the next sync resumes where this one stopped.</source>
        <translation>Synchronisierung abgebrochen; die nächste setzt dort fort, wo diese aufgehört hat.</translation>
    </message>
</context>
<context>
    <name>recon::TransactionTableModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Buchungstext</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Counterparty</source>
        <translation>Gegenpartei</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
</context>
<context>
    <name>recon::Workbench</name>
    <message>
        <source>Open and exceptions</source>
        <translation>Offen und Ausnahmen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation>Ausnahmen</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Vorgeschlagen</translation>
    </message>
    <message>
        <source>Matched or resolved</source>
        <translation>Abgeglichen oder geklärt</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>max</source>
        <translation>max</translation>
    </message>
    <message>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Amount (absolute):</source>
        <translation>Betrag (absolut):</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <source>&amp;Match</source>
        <translation>Abgl&amp;eichen</translation>
    </message>
    <message>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <source>Reason &amp;code…</source>
        <translation>Begründungs&amp;code…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Mark &amp;investigated</source>
        <translation>Als &amp;geprüft markieren</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>Co&amp;mment…</source>
        <translation>&amp;Kommentar…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <source>Suggestions for the current item</source>
        <translation>Vorschläge für den aktuellen Posten</translation>
    </message>
    <message>
        <source>&amp;Accept suggestion</source>
        <translation>&amp;Vorschlag übernehmen</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>Match groups</source>
        <translation>Abgleichgruppen</translation>
    </message>
    <message>
        <source>Show confirmed and resolved groups too</source>
        <translation>Auch bestätigte und geklärte Gruppen zeigen</translation>
    </message>
    <message>
        <source>C&amp;onfirm</source>
        <translation>Bestät&amp;igen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>Ab&amp;lehnen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+J</source>
        <translation>Ctrl+Shift+J</translation>
    </message>
    <message>
        <source>&amp;Un-match</source>
        <translation>Abgleich a&amp;ufheben</translation>
    </message>
    <message>
        <source>Ctrl+Shift+U</source>
        <translation>Ctrl+Shift+U</translation>
    </message>
    <message>
        <source>Item detail</source>
        <translation>Postendetails</translation>
    </message>
    <message>
        <source>%1: nothing selected</source>
        <translation>%1: nichts ausgewählt</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n selected, %2</source>
        <translation>
            <numerusform>%1: %n ausgewählt, %2</numerusform>
            <numerusform>%1: %n ausgewählt, %2</numerusform>
        </translation>
    </message>
    <message>
        <source>mixed currencies</source>
        <translation>gemischte Währungen</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>Hauptbuch</translation>
    </message>
    <message>
        <source>Difference: mixed currencies</source>
        <translation>Abweichung: gemischte Währungen</translation>
    </message>
    <message>
        <source>Difference: %1</source>
        <translation>Abweichung: %1</translation>
    </message>
    <message>
        <source>Difference: too large</source>
        <translation>Abweichung: zu groß</translation>
    </message>
    <message>
        <source>Difference: —</source>
        <translation>Abweichung: —</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Erledigt: %1</translation>
    </message>
    <message>
        <source>Select at least one item on each side to match.</source>
        <translation>Wählen Sie auf jeder Seite mindestens einen Posten zum Abgleichen.</translation>
    </message>
    <message>
        <source>The sides differ by %1. Choose a reason code to accept the difference.</source>
        <translation>Die Seiten weichen um %1 ab. Wählen Sie einen Begründungscode, um die Abweichung zu akzeptieren.</translation>
    </message>
    <message>
        <source>No suggestion for the current item.</source>
        <translation>Kein Vorschlag für den aktuellen Posten.</translation>
    </message>
    <message>
        <source>Select the groups to confirm.</source>
        <translation>Wählen Sie die zu bestätigenden Gruppen.</translation>
    </message>
    <message>
        <source>Select the groups to reject.</source>
        <translation>Wählen Sie die abzulehnenden Gruppen.</translation>
    </message>
    <message>
        <source>Select a group, or an item that is matched.</source>
        <translation>Wählen Sie eine Gruppe oder einen abgeglichenen Posten.</translation>
    </message>
    <message numerus="yes">
        <source>Un-match %n group(s)</source>
        <translation>
            <numerusform>Abgleich von %n Gruppe aufheben</numerusform>
            <numerusform>Abgleich von %n Gruppen aufheben</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an item or a group to comment on.</source>
        <translation>Wählen Sie einen Posten oder eine Gruppe zum Kommentieren.</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>Kommentar:</translation>
    </message>
    <message>
        <source>Select the items to set a reason code on.</source>
        <translation>Wählen Sie die Posten, für die ein Begründungscode gesetzt werden soll.</translation>
    </message>
    <message numerus="yes">
        <source>Set a reason code on %n item(s).</source>
        <translation>
            <numerusform>Begründungscode für %n Posten setzen.</numerusform>
            <numerusform>Begründungscode für %n Posten setzen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Set reason %1 with comment</source>
        <translation>Grund %1 mit Kommentar setzen</translation>
    </message>
    <message>
        <source>Select the items to mark as investigated.</source>
        <translation>Wählen Sie die als geprüft zu markierenden Posten.</translation>
    </message>
    <message>
        <source>up to 30 days</source>
        <translation>bis 30 Tage</translation>
    </message>
    <message>
        <source>31–60 days</source>
        <translation>31–60 Tage</translation>
    </message>
    <message>
        <source>61–90 days</source>
        <translation>61–90 Tage</translation>
    </message>
    <message>
        <source>over 90 days</source>
        <translation>über 90 Tage</translation>
    </message>
    <message>
        <source>A&amp;ge:</source>
        <translation>Al&amp;ter:</translation>
    </message>
</context>
</TS>
