<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AddCommentCommand</name>
    <message>
        <source>Add comment</source>
        <translation>Ajouter un commentaire</translation>
    </message>
</context>
<context>
    <name>ConfirmGroupsCommand</name>
    <message numerus="yes">
        <source>Confirm %n group(s)</source>
        <translation>
            <numerusform>Confirmer %n groupe</numerusform>
            <numerusform>Confirmer %n groupes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ManualMatchCommand</name>
    <message numerus="yes">
        <source>Match %n item(s)</source>
        <translation>
            <numerusform>Rapprocher %n élément</numerusform>
            <numerusform>Rapprocher %n éléments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Match %n item(s) with reason %1</source>
        <translation>
            <numerusform>Rapprocher %n élément avec le motif %1</numerusform>
            <numerusform>Rapprocher %n éléments avec le motif %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MarkInvestigatedCommand</name>
    <message numerus="yes">
        <source>Mark %n item(s) investigated</source>
        <translation>
            <numerusform>Marquer %n élément comme examiné</numerusform>
            <numerusform>Marquer %n éléments comme examinés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>No workspace is open.</source>
        <translation>Aucun espace de travail n’est ouvert.</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Rien à annuler.</translation>
    </message>
</context>
<context>
    <name>RejectGroupsCommand</name>
    <message numerus="yes">
        <source>Reject %n group(s)</source>
        <translation>
            <numerusform>Rejeter %n groupe</numerusform>
            <numerusform>Rejeter %n groupes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SetReasonCodeCommand</name>
    <message numerus="yes">
        <source>Set reason %1 on %n item(s)</source>
        <translation>
            <numerusform>Attribuer le motif %1 à %n élément</numerusform>
            <numerusform>Attribuer le motif %1 à %n éléments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnmatchCommand</name>
    <message>
        <source>Un-match group</source>
        <translation>Défaire le rapprochement du groupe</translation>
    </message>
</context>
<context>
    <name>recon</name>
    <message>
        <source>… and %1 more</source>
        <translation>… et %1 de plus</translation>
    </message>
    <message>
        <source>Rule / condition</source>
        <translation>Règle / condition</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Gauche</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Droite</translation>
    </message>
    <message>
        <source>+%1 items newly matched, −%2 no longer matched; %3 new groups, %4 gone, %5 changed, %6 unchanged</source>
        <translation>+%1 éléments nouvellement rapprochés, −%2 ne sont plus rapprochés&#xa0;; %3 nouveaux groupes, %4 disparus, %5 modifiés, %6 inchangés</translation>
    </message>
    <message>
        <source>Newly matched (%1)</source>
        <translation>Nouvellement rapprochés (%1)</translation>
    </message>
    <message>
        <source>No longer matched (%1)</source>
        <translation>Plus rapprochés (%1)</translation>
    </message>
    <message>
        <source>Changed groups (%1)</source>
        <translation>Groupes modifiés (%1)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>before: %1</source>
        <translation>avant&#xa0;: %1</translation>
    </message>
    <message>
        <source>after: %1</source>
        <translation>après&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>recon::CompareDialog</name>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Comparer</translation>
    </message>
    <message>
        <source>Compare rule-set versions</source>
        <translation>Comparer des versions du jeu de règles</translation>
    </message>
    <message>
        <source>Rule / condition</source>
        <translation>Règle / condition</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Gauche</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Droite</translation>
    </message>
    <message>
        <source>%1 — version %2 (%3)</source>
        <translation>%1 — version %2 (%3)</translation>
    </message>
    <message>
        <source>&amp;Before (A):</source>
        <translation>&amp;Avant (A)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;After (B):</source>
        <translation>A&amp;près (B)&#xa0;:</translation>
    </message>
    <message>
        <source>Comparison failed: %1</source>
        <translation>Échec de la comparaison&#xa0;: %1</translation>
    </message>
    <message>
        <source>A stored version could not be read.</source>
        <translation>Une version enregistrée n’a pas pu être lue.</translation>
    </message>
    <message>
        <source>Running both versions on the open items…</source>
        <translation>Exécution des deux versions sur les éléments en suspens…</translation>
    </message>
    <message>
        <source>A matches %1 items, B matches %2. B against A: %3</source>
        <translation>A rapproche %1 éléments, B en rapproche %2. B par rapport à A&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>recon::ConditionRow</name>
    <message>
        <source>reference</source>
        <translation>référence</translation>
    </message>
    <message>
        <source>description</source>
        <translation>libellé</translation>
    </message>
    <message>
        <source>counterparty</source>
        <translation>contrepartie</translation>
    </message>
    <message>
        <source>counterparty account</source>
        <translation>compte de la contrepartie</translation>
    </message>
    <message>
        <source>external id</source>
        <translation>identifiant externe</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Signe</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Equals</source>
        <translation>Égalité</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Regex</source>
        <translation>Regex</translation>
    </message>
    <message>
        <source>Reference in text</source>
        <translation>Référence dans le texte</translation>
    </message>
    <message>
        <source>Counterparty</source>
        <translation>Contrepartie</translation>
    </message>
    <message>
        <source>Same currency</source>
        <translation>Même devise</translation>
    </message>
    <message>
        <source>same sign</source>
        <translation>même signe</translation>
    </message>
    <message>
        <source>opposite sign</source>
        <translation>signe opposé</translation>
    </message>
    <message>
        <source>Change sign</source>
        <translation>Modifier le signe</translation>
    </message>
    <message>
        <source>names similar, at least</source>
        <translation>noms similaires, au moins</translation>
    </message>
    <message>
        <source>Remove this condition</source>
        <translation>Supprimer cette condition</translation>
    </message>
    <message>
        <source>Change searched fields</source>
        <translation>Modifier les champs recherchés</translation>
    </message>
    <message>
        <source>± absolute</source>
        <translation>± absolu</translation>
    </message>
    <message>
        <source>or percent</source>
        <translation>ou pourcentage</translation>
    </message>
    <message>
        <source>Change amount tolerance</source>
        <translation>Modifier la tolérance de montant</translation>
    </message>
    <message>
        <source>Change percent tolerance</source>
        <translation>Modifier la tolérance en pourcentage</translation>
    </message>
    <message>
        <source>within</source>
        <translation>à moins de</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Change date window</source>
        <translation>Modifier la fenêtre de dates</translation>
    </message>
    <message>
        <source>either date</source>
        <translation>l’une ou l’autre date</translation>
    </message>
    <message>
        <source>booking date</source>
        <translation>date de comptabilisation</translation>
    </message>
    <message>
        <source>value date</source>
        <translation>date de valeur</translation>
    </message>
    <message>
        <source>Change date choice</source>
        <translation>Modifier le choix de date</translation>
    </message>
    <message>
        <source>left:</source>
        <translation>gauche&#xa0;:</translation>
    </message>
    <message>
        <source>right:</source>
        <translation>droite&#xa0;:</translation>
    </message>
    <message>
        <source>left</source>
        <translation>gauche</translation>
    </message>
    <message>
        <source>like right</source>
        <translation>semblable à droite</translation>
    </message>
    <message>
        <source>= right</source>
        <translation>= droite</translation>
    </message>
    <message>
        <source>Change compared fields</source>
        <translation>Modifier les champs comparés</translation>
    </message>
    <message>
        <source>Jaro-Winkler</source>
        <translation>Jaro-Winkler</translation>
    </message>
    <message>
        <source>token set</source>
        <translation>ensemble de mots</translation>
    </message>
    <message>
        <source>trigram</source>
        <translation>trigramme</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>contient</translation>
    </message>
    <message>
        <source>Change similarity measure</source>
        <translation>Modifier la mesure de similarité</translation>
    </message>
    <message>
        <source>Change similarity threshold</source>
        <translation>Modifier le seuil de similarité</translation>
    </message>
    <message>
        <source>pattern with a capture group, e.g. INV-(\d+)</source>
        <translation>motif avec un groupe de capture, p. ex. INV-(\d+)</translation>
    </message>
    <message>
        <source>Change regex</source>
        <translation>Modifier la regex</translation>
    </message>
    <message>
        <source>searched on the left</source>
        <translation>recherché à gauche</translation>
    </message>
    <message>
        <source>searched on the right</source>
        <translation>recherché à droite</translation>
    </message>
    <message>
        <source>Change searched side</source>
        <translation>Modifier le côté recherché</translation>
    </message>
    <message>
        <source>= other side&apos;s</source>
        <translation>= champ de l’autre côté</translation>
    </message>
    <message>
        <source>Change key field</source>
        <translation>Modifier le champ clé</translation>
    </message>
    <message>
        <source>in</source>
        <translation>dans</translation>
    </message>
    <message>
        <source>Try it: type a sample text</source>
        <translation>Essayez&#xa0;: saisissez un texte d’exemple</translation>
    </message>
    <message>
        <source>captures appear here</source>
        <translation>les captures apparaissent ici</translation>
    </message>
    <message>
        <source>bad pattern: %1</source>
        <translation>motif incorrect&#xa0;: %1</translation>
    </message>
    <message>
        <source>no match</source>
        <translation>aucune correspondance</translation>
    </message>
    <message>
        <source>captures: %1</source>
        <translation>captures&#xa0;: %1</translation>
    </message>
    <message>
        <source>right&apos;s</source>
        <translation>à droite&#xa0;:</translation>
    </message>
    <message>
        <source>left&apos;s</source>
        <translation>à gauche&#xa0;:</translation>
    </message>
    <message>
        <source>Change reference side</source>
        <translation>Modifier le côté de la référence</translation>
    </message>
    <message>
        <source>Change reference field</source>
        <translation>Modifier le champ de la référence</translation>
    </message>
    <message>
        <source>min. length</source>
        <translation>long. min.</translation>
    </message>
    <message>
        <source>Change minimum length</source>
        <translation>Modifier la longueur minimale</translation>
    </message>
    <message>
        <source>found in the other side&apos;s</source>
        <translation>trouvé de l’autre côté dans</translation>
    </message>
    <message>
        <source>any of (OR)</source>
        <translation>l’une d’elles (OU)</translation>
    </message>
    <message>
        <source>all of (AND)</source>
        <translation>toutes (ET)</translation>
    </message>
    <message>
        <source>Change group operator</source>
        <translation>Modifier l’opérateur du groupe</translation>
    </message>
    <message>
        <source>Add to group</source>
        <translation>Ajouter au groupe</translation>
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
        <translation>(mêmes valeurs)</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>La mienne</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>La leur</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
</context>
<context>
    <name>recon::ConflictView</name>
    <message>
        <source>Keep &amp;Mine</source>
        <translation>Garder la &amp;mienne</translation>
    </message>
    <message>
        <source>Take &amp;Theirs</source>
        <translation>Prendre la &amp;leur</translation>
    </message>
    <message>
        <source>Merge &amp;Comment</source>
        <translation>Fusionner les &amp;commentaires</translation>
    </message>
    <message>
        <source>Sync Conflicts</source>
        <translation>Conflits de synchronisation</translation>
    </message>
    <message>
        <source>Send my version again on top of theirs with the next sync</source>
        <translation>Renvoyer ma version par-dessus la leur à la prochaine synchronisation</translation>
    </message>
    <message>
        <source>Apply their version here and drop my waiting change</source>
        <translation>Appliquer leur version ici et abandonner ma modification en attente</translation>
    </message>
    <message>
        <source>Join both comments (mine first) and send the result</source>
        <translation>Joindre les deux commentaires (le mien d’abord) et envoyer le résultat</translation>
    </message>
    <message>
        <source>&lt;b&gt;Mine&lt;/b&gt;</source>
        <translation>&lt;b&gt;La mienne&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Theirs&lt;/b&gt;</source>
        <translation>&lt;b&gt;La leur&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No open conflicts.</source>
        <translation>Aucun conflit ouvert.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Mine&lt;/b&gt; (made on version %1)</source>
        <translation>&lt;b&gt;La mienne&lt;/b&gt; (faite sur la version %1)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Theirs&lt;/b&gt; (version %1 by %2)</source>
        <translation>&lt;b&gt;La leur&lt;/b&gt; (version %1 par %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n open conflict(s)</source>
        <translation>
            <numerusform>%n conflit ouvert</numerusform>
            <numerusform>%n conflits ouverts</numerusform>
        </translation>
    </message>
    <message>
        <source>Not resolved: %1</source>
        <translation>Non résolu&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>recon::Dashboard</name>
    <message>
        <source>Export as &amp;PNG…</source>
        <translation>Exporter en &amp;PNG…</translation>
    </message>
    <message>
        <source>Export &amp;All Charts…</source>
        <translation>Exporter &amp;tous les graphiques…</translation>
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
        <translation>Éléments en suspens par ancienneté</translation>
    </message>
    <message>
        <source>Amounts still open per day</source>
        <translation>Montants encore en suspens par jour</translation>
    </message>
    <message>
        <source>Progress over time</source>
        <translation>Progression dans le temps</translation>
    </message>
    <message>
        <source>Open a workspace to see its figures.</source>
        <translation>Ouvrez un espace de travail pour voir ses chiffres.</translation>
    </message>
    <message>
        <source>%1 items, %2 % matched, %3 open</source>
        <translation>%1 éléments, %2 % rapprochés, %3 en suspens</translation>
    </message>
    <message>
        <source>ages as of %1</source>
        <translation>ancienneté au %1</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmés</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Proposés</translation>
    </message>
    <message>
        <source>% of all items</source>
        <translation>% de tous les éléments</translation>
    </message>
    <message>
        <source>Left (bank)</source>
        <translation>Gauche (banque)</translation>
    </message>
    <message>
        <source>Right (ledger)</source>
        <translation>Droite (grand livre)</translation>
    </message>
    <message>
        <source>Age in days</source>
        <translation>Ancienneté en jours</translation>
    </message>
    <message>
        <source>Open items</source>
        <translation>Éléments en suspens</translation>
    </message>
    <message>
        <source>Booking date</source>
        <translation>Date de comptabilisation</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Amount (%1, absolute)</source>
        <translation>Montant (%1, absolu)</translation>
    </message>
    <message>
        <source>Matched items</source>
        <translation>Éléments rapprochés</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Éléments</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Impossible d’écrire %1.</translation>
    </message>
    <message>
        <source>Export All Charts</source>
        <translation>Exporter tous les graphiques</translation>
    </message>
    <message>
        <source>Only %1 of %2 charts could be written to %3.</source>
        <translation>Seuls %1 graphiques sur %2 ont pu être écrits dans %3.</translation>
    </message>
    <message>
        <source> (undone)</source>
        <translation> (annulé)</translation>
    </message>
    <message>
        <source> (redone)</source>
        <translation> (rétabli)</translation>
    </message>
    <message>
        <source>import</source>
        <translation>import</translation>
    </message>
    <message>
        <source>match run</source>
        <translation>exécution du rapprochement</translation>
    </message>
    <message>
        <source>manual match</source>
        <translation>rapprochement manuel</translation>
    </message>
    <message>
        <source>reject</source>
        <translation>rejet</translation>
    </message>
    <message>
        <source>un-match</source>
        <translation>rapprochement défait</translation>
    </message>
    <message>
        <source>Workspace events</source>
        <translation>Événements de l’espace de travail</translation>
    </message>
</context>
<context>
    <name>recon::DetailPanel</name>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Côté</translation>
    </message>
    <message>
        <source>Bank (left)</source>
        <translation>Banque (gauche)</translation>
    </message>
    <message>
        <source>Ledger (right)</source>
        <translation>Grand livre (droite)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Booking date</source>
        <translation>Date de comptabilisation</translation>
    </message>
    <message>
        <source>Value date</source>
        <translation>Date de valeur</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Counterparty</source>
        <translation>Contrepartie</translation>
    </message>
    <message>
        <source>Counterparty account</source>
        <translation>Compte de la contrepartie</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Transaction code</source>
        <translation>Code opération</translation>
    </message>
    <message>
        <source>External id</source>
        <translation>Identifiant externe</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>(unknown import)</source>
        <translation>(import inconnu)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Source fields</source>
        <translation>Champs source</translation>
    </message>
</context>
<context>
    <name>recon::ExportDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>CSV options</source>
        <translation>Options CSV</translation>
    </message>
    <message>
        <source>UTF-8 with &amp;BOM (for Excel)</source>
        <translation>UTF-8 avec &amp;BOM (pour Excel)</translation>
    </message>
    <message>
        <source>&amp;Semicolon separator and decimal comma</source>
        <translation>Séparateur point-&amp;virgule et virgule décimale</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>A&amp;u</translation>
    </message>
    <message>
        <source>PDF sign-off</source>
        <translation>Visa du PDF</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Open &amp;Folder</source>
        <translation>Ouvrir le &amp;dossier</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Éléments</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Classeur Excel (.xlsx)</translation>
    </message>
    <message>
        <source>CSV files, one per sheet (folder)</source>
        <translation>Fichiers CSV, un par feuille (dossier)</translation>
    </message>
    <message>
        <source>PDF summary report (.pdf)</source>
        <translation>Rapport de synthèse PDF (.pdf)</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat&#xa0;:</translation>
    </message>
    <message>
        <source>Ta&amp;rget:</source>
        <translation>&amp;Cible&#xa0;:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date&#xa0;:</translation>
    </message>
    <message>
        <source>Name of the preparer</source>
        <translation>Nom du préparateur</translation>
    </message>
    <message>
        <source>Name of the reviewer</source>
        <translation>Nom du réviseur</translation>
    </message>
    <message>
        <source>&amp;Prepared by:</source>
        <translation>&amp;Préparé par&#xa0;:</translation>
    </message>
    <message>
        <source>Re&amp;viewed by:</source>
        <translation>&amp;Révisé par&#xa0;:</translation>
    </message>
    <message>
        <source>Folder for the CSV files</source>
        <translation>Dossier des fichiers CSV</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>Fichier à écrire</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Choose where to write the report first.</source>
        <translation>Choisissez d’abord où écrire le rapport.</translation>
    </message>
    <message>
        <source>The date range is empty: “From” is after “To”.</source>
        <translation>La période est vide&#xa0;: «&#xa0;Du&#xa0;» est postérieur à «&#xa0;Au&#xa0;».</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportation…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n item row(s) to %1.</source>
        <translation>
            <numerusform>%n ligne d’élément exportée vers %1.</numerusform>
            <numerusform>%n lignes d’éléments exportées vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Exportation annulée&#xa0;; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Échec de l’exportation&#xa0;: %1</translation>
    </message>
    <message>
        <source>With no status ticked, items of every status are exported.</source>
        <translation>Si aucun statut n’est coché, les éléments de tous les statuts sont exportés.</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Statut&#xa0;:</translation>
    </message>
</context>
<context>
    <name>recon::FileListModel</name>
    <message>
        <source>Left (bank)</source>
        <translation>Gauche (banque)</translation>
    </message>
    <message>
        <source>Right (ledger)</source>
        <translation>Droite (grand livre)</translation>
    </message>
    <message>
        <source>no balances</source>
        <translation>aucun solde</translation>
    </message>
    <message numerus="yes">
        <source>✓ %n roll</source>
        <translation>
            <numerusform>✓ %n solde cohérent</numerusform>
            <numerusform>✓ %n soldes cohérents</numerusform>
        </translation>
    </message>
    <message>
        <source>analysing…</source>
        <translation>analyse…</translation>
    </message>
    <message>
        <source>already imported</source>
        <translation>déjà importé</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ready, %n warning(s)</source>
        <translation>
            <numerusform>prêt, %n avertissement</numerusform>
            <numerusform>prêt, %n avertissements</numerusform>
        </translation>
    </message>
    <message>
        <source>ready</source>
        <translation>prêt</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Côté</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Encodage</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>Relevés</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Éléments</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Doublons</translation>
    </message>
    <message>
        <source>Balances</source>
        <translation>Soldes</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message numerus="yes">
        <source>✗ %n problem(s)</source>
        <translation>
            <numerusform>✗ %n problème</numerusform>
            <numerusform>✗ %n problèmes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>recon::FilesPage</name>
    <message>
        <source>&amp;Add Files…</source>
        <translation>&amp;Ajouter des fichiers…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>Choose the statements and ledgers to import, or drop them here. Each file is checked before anything is written.</source>
        <translation>Choisissez les relevés et grands livres à importer, ou déposez-les ici. Chaque fichier est vérifié avant toute écriture.</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>as stated in the file</source>
        <translation>comme indiqué dans le fichier</translation>
    </message>
    <message>
        <source>&amp;Side of the selected file:</source>
        <translation>&amp;Côté du fichier sélectionné&#xa0;:</translation>
    </message>
    <message>
        <source>Own &amp;account override:</source>
        <translation>Compte &amp;propre imposé&#xa0;:</translation>
    </message>
    <message>
        <source>Import Files</source>
        <translation>Importer des fichiers</translation>
    </message>
    <message>
        <source>Statements and ledgers (*.sta *.mt940 *.txt *.xml *.ofx *.qfx *.qif *.bai *.bai2 *.csv *.tsv *.xlsx);;All files (*)</source>
        <translation>Relevés et grands livres (*.sta *.mt940 *.txt *.xml *.ofx *.qfx *.qif *.bai *.bai2 *.csv *.tsv *.xlsx);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n file(s)…</source>
        <translation>
            <numerusform>Vérification de %n fichier…</numerusform>
            <numerusform>Vérification de %n fichiers…</numerusform>
        </translation>
    </message>
    <message>
        <source>The workspace cannot take an import: %1</source>
        <translation>L’espace de travail ne peut pas recevoir d’import&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) checked.</source>
        <translation>
            <numerusform>%n fichier vérifié.</numerusform>
            <numerusform>%n fichiers vérifiés.</numerusform>
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
        <translation>Statut</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Bank : Ledger</source>
        <translation>Banque : grand livre</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
</context>
<context>
    <name>recon::ImportWizard</name>
    <message>
        <source>Import Files</source>
        <translation>Importer des fichiers</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
</context>
<context>
    <name>recon::MainToolBar</name>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
</context>
<context>
    <name>recon::MainWindow</name>
    <message>
        <source>Undo history</source>
        <translation>Historique des modifications</translation>
    </message>
    <message>
        <source>Recon Workstation</source>
        <translation>Recon Workstation</translation>
    </message>
    <message>
        <source>All items</source>
        <translation>Tous les éléments</translation>
    </message>
    <message>
        <source>Workbench</source>
        <translation>Traitement</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Règles</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;ouvert&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Nouvel espace de travail…</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>&amp;Ouvrir un espace de travail…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Fichiers &amp;récents</translation>
    </message>
    <message>
        <source>&amp;Import File…</source>
        <translation>&amp;Importer un fichier…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Actualis&amp;er</translation>
    </message>
    <message>
        <source>&amp;All Items</source>
        <translation>&amp;Tous les éléments</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>&amp;Workbench</source>
        <translation>Traite&amp;ment</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>&amp;Rules</source>
        <translation>&amp;Règles</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>Tableau de &amp;bord</translation>
    </message>
    <message>
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
    <message>
        <source>Export Dashboard &amp;Charts…</source>
        <translation>Exporter les &amp;graphiques du tableau de bord…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;About Recon Workstation</source>
        <translation>À &amp;propos de Recon Workstation</translation>
    </message>
    <message>
        <source>Cannot open workspace</source>
        <translation>Impossible d’ouvrir l’espace de travail</translation>
    </message>
    <message>
        <source>%1 — Recon Workstation</source>
        <translation>%1 — Recon Workstation</translation>
    </message>
    <message>
        <source>No workspace open — File › Open Workspace…</source>
        <translation>Aucun espace de travail ouvert — Fichier › Ouvrir un espace de travail…</translation>
    </message>
    <message>
        <source>%1 transactions, %2 open</source>
        <translation>%1 écritures, %2 en suspens</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>Lecture seule&#xa0;: %1</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>Nouvel espace de travail</translation>
    </message>
    <message>
        <source>Recon workspaces (*.recon)</source>
        <translation>Espaces de travail Recon (*.recon)</translation>
    </message>
    <message>
        <source>Cannot create workspace</source>
        <translation>Impossible de créer l’espace de travail</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>Ouvrir un espace de travail</translation>
    </message>
    <message>
        <source>Recon workspaces (*.recon);;All files (*)</source>
        <translation>Espaces de travail Recon (*.recon);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Open or create a workspace first.</source>
        <translation>Ouvrez ou créez d’abord un espace de travail.</translation>
    </message>
    <message>
        <source>About Recon Workstation</source>
        <translation>À propos de Recon Workstation</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Recon Workstation %1&lt;/h3&gt;&lt;p&gt;Reconcile bank statements against ledgers: import, match, resolve, report.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Recon Workstation %1&lt;/h3&gt;&lt;p&gt;Rapprochement des relevés bancaires avec les grands livres&#xa0;: importer, rapprocher, résoudre, rendre compte.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <translation>&amp;Exporter le rapport…</translation>
    </message>
    <message>
        <source>Ctrl+Alt+E</source>
        <translation>Ctrl+Alt+E</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportation</translation>
    </message>
    <message>
        <source>Open a workspace first.</source>
        <translation>Ouvrez d’abord un espace de travail.</translation>
    </message>
</context>
<context>
    <name>recon::MappingPage</name>
    <message>
        <source>&amp;Invert signs</source>
        <translation>&amp;Inverser les signes</translation>
    </message>
    <message>
        <source>Save as &amp;Profile</source>
        <translation>Enregistrer comme &amp;profil</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Correspondance des colonnes</translation>
    </message>
    <message>
        <source>Tell the importer what each column holds. The preview follows every change; cells that cannot be read are marked red (hover for the reason).</source>
        <translation>Indiquez à l’importateur le contenu de chaque colonne. L’aperçu suit chaque modification&#xa0;; les cellules illisibles sont marquées en rouge (survolez-les pour voir la raison).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>The row that names the columns (0: the file has none)</source>
        <translation>La ligne qui nomme les colonnes (0&#xa0;: le fichier n’en a pas)</translation>
    </message>
    <message>
        <source>detect</source>
        <translation>détecter</translation>
    </message>
    <message>
        <source>Qt date format: d day, M month, y year</source>
        <translation>Format de date Qt&#xa0;: d jour, M mois, y année</translation>
    </message>
    <message>
        <source>point: 1,234.56</source>
        <translation>point&#xa0;: 1,234.56</translation>
    </message>
    <message>
        <source>comma: 1.234,56</source>
        <translation>virgule&#xa0;: 1.234,56</translation>
    </message>
    <message>
        <source>For files written from the other party&apos;s point of view</source>
        <translation>Pour les fichiers écrits du point de vue de l’autre partie</translation>
    </message>
    <message>
        <source>e.g. EUR</source>
        <translation>p. ex. EUR</translation>
    </message>
    <message>
        <source>profile name, e.g. “Sparkasse CSV”</source>
        <translation>nom du profil, p. ex. «&#xa0;Sparkasse CSV&#xa0;»</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>S&amp;heet:</source>
        <translation>F&amp;euille&#xa0;:</translation>
    </message>
    <message>
        <source>Header &amp;row:</source>
        <translation>&amp;Ligne d’en-tête&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Date format:</source>
        <translation>Format de &amp;date&#xa0;:</translation>
    </message>
    <message>
        <source>De&amp;cimal separator:</source>
        <translation>Séparateur déci&amp;mal&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>De&amp;vise&#xa0;:</translation>
    </message>
    <message>
        <source>Cannot preview %1: %2</source>
        <translation>Aperçu impossible de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
    <message>
        <source>CSV, %1, columns separated by %2</source>
        <translation>CSV, %1, colonnes séparées par %2</translation>
    </message>
    <message>
        <source>Excel workbook, sheet “%1”</source>
        <translation>Classeur Excel, feuille «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1 of %2 rows shown parse; %3 with problems.</source>
        <translation>%1 des %2 lignes affichées sont lisibles&#xa0;; %3 avec des problèmes.</translation>
    </message>
    <message>
        <source>(first %1 rows of the file)</source>
        <translation>(%1 premières lignes du fichier)</translation>
    </message>
    <message>
        <source>Sign: from the amount column</source>
        <translation>Signe&#xa0;: d’après la colonne du montant</translation>
    </message>
    <message>
        <source>Sign: debit and credit columns</source>
        <translation>Signe&#xa0;: colonnes débit et crédit</translation>
    </message>
    <message>
        <source>Sign: Dr/Cr indicator column</source>
        <translation>Signe&#xa0;: colonne d’indicateur débit/crédit</translation>
    </message>
    <message>
        <source>Sign: no amount column chosen yet</source>
        <translation>Signe&#xa0;: aucune colonne de montant choisie</translation>
    </message>
    <message>
        <source>Profile “%1” applied (matched by the header).</source>
        <translation>Profil «&#xa0;%1&#xa0;» appliqué (reconnu par l’en-tête).</translation>
    </message>
    <message>
        <source>No header row: a profile needs one to be recognised.</source>
        <translation>Pas de ligne d’en-tête&#xa0;: un profil en a besoin pour être reconnu.</translation>
    </message>
    <message>
        <source>No saved profile matches this header.</source>
        <translation>Aucun profil enregistré ne correspond à cet en-tête.</translation>
    </message>
    <message>
        <source>No file is shown.</source>
        <translation>Aucun fichier n’est affiché.</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>Donnez un nom au profil.</translation>
    </message>
    <message>
        <source>A profile needs a header row to be recognised.</source>
        <translation>Un profil a besoin d’une ligne d’en-tête pour être reconnu.</translation>
    </message>
    <message>
        <source>Choose a date column and an amount (or debit/credit) column first.</source>
        <translation>Choisissez d’abord une colonne de date et une colonne de montant (ou débit/crédit).</translation>
    </message>
    <message>
        <source>Saved as profile “%1”: files with this header will use it.</source>
        <translation>Enregistré comme profil «&#xa0;%1&#xa0;»&#xa0;: les fichiers ayant cet en-tête l’utiliseront.</translation>
    </message>
</context>
<context>
    <name>recon::MatchController</name>
    <message>
        <source>Rule %1 of %2: %3</source>
        <translation>Règle %1 sur %2 : %3</translation>
    </message>
    <message>
        <source>&amp;Reconcile</source>
        <translation>&amp;Rapprocher</translation>
    </message>
    <message>
        <source>Run &amp;Matching</source>
        <translation>Lancer le &amp;rapprochement</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Run the rules of the Rules tab on the open items (Ctrl+R)</source>
        <translation>Appliquer les règles de l&apos;onglet Règles aux éléments ouverts (Ctrl+R)</translation>
    </message>
    <message>
        <source>Run Matching</source>
        <translation>Lancer le rapprochement</translation>
    </message>
    <message>
        <source>Open a workspace first.</source>
        <translation>Ouvrez d’abord un espace de travail.</translation>
    </message>
    <message>
        <source>The workspace is read-only: %1</source>
        <translation>L&apos;espace de travail est en lecture seule : %1</translation>
    </message>
    <message>
        <source>The rules in the Rules tab have errors; fix them first.</source>
        <translation>Les règles de l&apos;onglet Règles contiennent des erreurs ; corrigez-les d&apos;abord.</translation>
    </message>
    <message>
        <source>Matching…</source>
        <translation>Rapprochement en cours…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Matching with &quot;%1&quot; version %2…</source>
        <translation>Rapprochement avec « %1 » version %2…</translation>
    </message>
    <message>
        <source>Matching failed: %1</source>
        <translation>Échec du rapprochement : %1</translation>
    </message>
    <message>
        <source>Matching cancelled: nothing was recorded.</source>
        <translation>Rapprochement annulé : rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>Matching: %1 group(s) (%2 confirmed, %3 proposed), %4 exception(s) from %5 + %6 open items in %7 ms</source>
        <translation>Rapprochement : %1 groupe(s) (%2 confirmé(s), %3 proposé(s)), %4 exception(s) sur %5 + %6 éléments ouverts en %7 ms</translation>
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
        <translation>&amp;Thème&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Menus and dialogs opened before a language change keep their texts until the next start.</source>
        <translation>Les menus et boîtes de dialogue ouverts avant un changement de langue gardent leurs textes jusqu’au prochain démarrage.</translation>
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
        <translation>Système (%1)</translation>
    </message>
</context>
<context>
    <name>recon::PreviewModel</name>
    <message>
        <source>(ignore)</source>
        <translation>(ignorer)</translation>
    </message>
    <message>
        <source>Booking date</source>
        <translation>Date de comptabilisation</translation>
    </message>
    <message>
        <source>Value date</source>
        <translation>Date de valeur</translation>
    </message>
    <message>
        <source>Amount (signed)</source>
        <translation>Montant (signé)</translation>
    </message>
    <message>
        <source>Debit (money out)</source>
        <translation>Débit (sortie)</translation>
    </message>
    <message>
        <source>Credit (money in)</source>
        <translation>Crédit (entrée)</translation>
    </message>
    <message>
        <source>Dr/Cr indicator</source>
        <translation>Indicateur débit/crédit</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Counterparty</source>
        <translation>Contrepartie</translation>
    </message>
    <message>
        <source>Counterparty account</source>
        <translation>Compte de la contrepartie</translation>
    </message>
    <message>
        <source>Own account</source>
        <translation>Compte propre</translation>
    </message>
    <message>
        <source>Transaction id</source>
        <translation>Identifiant d’opération</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
    <message>
        <source>Bank code</source>
        <translation>Code banque</translation>
    </message>
    <message>
        <source>not parsed</source>
        <translation>non lu</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>colonne %1</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>→ Date</source>
        <translation>→ Date</translation>
    </message>
    <message>
        <source>→ Amount</source>
        <translation>→ Montant</translation>
    </message>
    <message>
        <source>→ Text</source>
        <translation>→ Texte</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Colonne %1</translation>
    </message>
</context>
<context>
    <name>recon::PreviewPanel</name>
    <message>
        <source>Changes vs current</source>
        <translation>Changements par rapport à l’actuel</translation>
    </message>
    <message>
        <source>Sample matches</source>
        <translation>Exemples de rapprochements</translation>
    </message>
    <message>
        <source>&lt;b&gt;Live preview&lt;/b&gt; (dry run on the workspace&apos;s open items)</source>
        <translation>&lt;b&gt;Aperçu en direct&lt;/b&gt; (essai à blanc sur les éléments en suspens de l’espace de travail)</translation>
    </message>
    <message>
        <source>No workspace open: open one to preview the rules on its data.</source>
        <translation>Aucun espace de travail ouvert&#xa0;: ouvrez-en un pour prévisualiser les règles sur ses données.</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Exécution…</translation>
    </message>
    <message>
        <source>%1 of %2 open items would be matched (%3 ms)</source>
        <translation>%1 éléments en suspens sur %2 seraient rapprochés (%3 ms)</translation>
    </message>
    <message>
        <source>No current rule set to compare with.</source>
        <translation>Aucun jeu de règles actuel avec lequel comparer.</translation>
    </message>
</context>
<context>
    <name>recon::ProblemsPage</name>
    <message>
        <source>&amp;Skip bad lines (import the good ones, report the rest)</source>
        <translation>&amp;Ignorer les lignes incorrectes (importer les bonnes, signaler les autres)</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Nothing has been written yet. A file with errors is not imported unless its bad lines are skipped.</source>
        <translation>Rien n’a encore été écrit. Un fichier comportant des erreurs n’est importé que si ses lignes incorrectes sont ignorées.</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n file(s)…</source>
        <translation>
            <numerusform>Vérification de %n fichier…</numerusform>
            <numerusform>Vérification de %n fichiers…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: … and %2 more errors</source>
        <translation>%1&#xa0;: … et %2 erreurs de plus</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) in %1 file(s): fix the mapping or the file, or skip bad lines.</source>
        <translation>
            <numerusform>%n erreur dans %1 fichier(s)&#xa0;: corrigez la correspondance ou le fichier, ou ignorez les lignes incorrectes.</numerusform>
            <numerusform>%n erreurs dans %1 fichier(s)&#xa0;: corrigez la correspondance ou le fichier, ou ignorez les lignes incorrectes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ready: %1 new items from %n file(s), %2 duplicates skipped.</source>
        <translation>
            <numerusform>Prêt&#xa0;: %1 nouveaux éléments issus de %n fichier, %2 doublons ignorés.</numerusform>
            <numerusform>Prêt&#xa0;: %1 nouveaux éléments issus de %n fichiers, %2 doublons ignorés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s).</source>
        <translation>
            <numerusform>%n avertissement.</numerusform>
            <numerusform>%n avertissements.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>recon::ReasonCode</name>
    <message>
        <source>Bank fee</source>
        <translation>Frais bancaires</translation>
    </message>
    <message>
        <source>FX difference</source>
        <translation>Écart de change</translation>
    </message>
    <message>
        <source>Rounding</source>
        <translation>Arrondi</translation>
    </message>
    <message>
        <source>Short payment</source>
        <translation>Paiement partiel</translation>
    </message>
    <message>
        <source>Overpayment</source>
        <translation>Trop-perçu</translation>
    </message>
    <message>
        <source>Write-off</source>
        <translation>Passage en perte</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Décalage temporel</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Doublon</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
</context>
<context>
    <name>recon::ReasonDialog</name>
    <message>
        <source>Reason code</source>
        <translation>Code motif</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Optional comment</source>
        <translation>Commentaire facultatif</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Commentaire&#xa0;:</translation>
    </message>
</context>
<context>
    <name>recon::RoleDelegate</name>
    <message>
        <source>What this column holds</source>
        <translation>Contenu de cette colonne</translation>
    </message>
</context>
<context>
    <name>recon::RuleCountModel</name>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Éléments</translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation>Exceptions</translation>
    </message>
    <message>
        <source>vs current</source>
        <translation>vs actuel</translation>
    </message>
</context>
<context>
    <name>recon::RuleForm</name>
    <message>
        <source>Auto-confirm matches (otherwise they are proposed for review)</source>
        <translation>Confirmer automatiquement les rapprochements (sinon ils sont proposés pour revue)</translation>
    </message>
    <message>
        <source>one to one (1 : 1)</source>
        <translation>un à un (1 : 1)</translation>
    </message>
    <message>
        <source>one to many (1 left : N right)</source>
        <translation>un à plusieurs (1 gauche : N droite)</translation>
    </message>
    <message>
        <source>many to one (N left : 1 right)</source>
        <translation>plusieurs à un (N gauche : 1 droite)</translation>
    </message>
    <message>
        <source>many to many (N : M)</source>
        <translation>plusieurs à plusieurs (N : M)</translation>
    </message>
    <message>
        <source>left up to </source>
        <translation>gauche jusqu’à </translation>
    </message>
    <message>
        <source>right up to </source>
        <translation>droite jusqu’à </translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Conditions&lt;/b&gt; — all must pass; use an any-group for OR</source>
        <translation>&lt;b&gt;Conditions&lt;/b&gt; — toutes doivent être remplies&#xa0;; utilisez un groupe «&#xa0;l’une d’elles&#xa0;» pour OU</translation>
    </message>
    <message>
        <source>Add condition</source>
        <translation>Ajouter une condition</translation>
    </message>
    <message>
        <source>Rename rule</source>
        <translation>Renommer la règle</translation>
    </message>
    <message>
        <source>Change rule kind</source>
        <translation>Modifier le type de règle</translation>
    </message>
    <message>
        <source>Change group size</source>
        <translation>Modifier la taille du groupe</translation>
    </message>
    <message>
        <source>Auto-confirm</source>
        <translation>Confirmation automatique</translation>
    </message>
    <message>
        <source>Propose only</source>
        <translation>Proposer seulement</translation>
    </message>
    <message>
        <source>Amount (with tolerance)</source>
        <translation>Montant (avec tolérance)</translation>
    </message>
    <message>
        <source>Date window</source>
        <translation>Fenêtre de dates</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Signe</translation>
    </message>
    <message>
        <source>Same currency</source>
        <translation>Même devise</translation>
    </message>
    <message>
        <source>Reference in text</source>
        <translation>Référence dans le texte</translation>
    </message>
    <message>
        <source>Fields equal</source>
        <translation>Champs égaux</translation>
    </message>
    <message>
        <source>Text similarity</source>
        <translation>Similarité de texte</translation>
    </message>
    <message>
        <source>Counterparty similar</source>
        <translation>Contrepartie similaire</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>Expression régulière</translation>
    </message>
    <message>
        <source>Any of… (OR group)</source>
        <translation>L’une d’elles… (groupe OU)</translation>
    </message>
    <message>
        <source>All of… (AND group)</source>
        <translation>Toutes… (groupe ET)</translation>
    </message>
    <message>
        <source>Add %1 condition</source>
        <translation>Ajouter la condition «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Remove condition</source>
        <translation>Supprimer la condition</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Type&#xa0;:</translation>
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
        <translation>confirmer</translation>
    </message>
    <message>
        <source>propose</source>
        <translation>proposer</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Rapprochements</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>Enable rule %1</source>
        <translation>Activer la règle %1</translation>
    </message>
    <message>
        <source>Disable rule %1</source>
        <translation>Désactiver la règle %1</translation>
    </message>
    <message>
        <source>Move rule %1</source>
        <translation>Déplacer la règle %1</translation>
    </message>
</context>
<context>
    <name>recon::RulesView</name>
    <message>
        <source>Rule set:</source>
        <translation>Jeu de règles&#xa0;:</translation>
    </message>
    <message>
        <source>Rename rule set</source>
        <translation>Renommer le jeu de règles</translation>
    </message>
    <message>
        <source>Preview failed: %1</source>
        <translation>Échec de l’aperçu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Rules applied</source>
        <translation>Règles appliquées</translation>
    </message>
    <message>
        <source>Nothing was left to match.</source>
        <translation>Il ne restait rien à rapprocher.</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>Ajouter une règle</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Duplicate rule %1</source>
        <translation>Dupliquer la règle %1</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Ctrl+Del</source>
        <translation>Ctrl+Del</translation>
    </message>
    <message>
        <source>Delete rule %1</source>
        <translation>Supprimer la règle %1</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Alt+Down</source>
        <translation>Alt+Down</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Save as new version…</source>
        <translation>Enregistrer comme nouvelle version…</translation>
    </message>
    <message>
        <source>Ctrl+Alt+S</source>
        <translation>Ctrl+Alt+S</translation>
    </message>
    <message>
        <source>Compare versions…</source>
        <translation>Comparer des versions…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Apply…</source>
        <translation>Appliquer…</translation>
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
        <translation>version %1</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b02418&apos;&gt;✗ %1: %2&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#b02418&apos;&gt;✗ %1&#xa0;: %2&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Fix the rules to see a preview.</source>
        <translation>Corrigez les règles pour voir un aperçu.</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#1b7a2e&apos;&gt;✓ valid&lt;/span&gt;, %1 of %2 rules enabled, sha256 %3…</source>
        <translation>&lt;span style=&apos;color:#1b7a2e&apos;&gt;✓ valide&lt;/span&gt;, %1 règles actives sur %2, sha256 %3…</translation>
    </message>
    <message>
        <source>Waiting…</source>
        <translation>En attente…</translation>
    </message>
    <message>
        <source>No workspace open: open one to preview the rules on its data.</source>
        <translation>Aucun espace de travail ouvert&#xa0;: ouvrez-en un pour prévisualiser les règles sur ses données.</translation>
    </message>
    <message>
        <source>%1: cannot open (%2)</source>
        <translation>%1&#xa0;: ouverture impossible (%2)</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Importer %1</translation>
    </message>
    <message>
        <source>%1: cannot write (%2)</source>
        <translation>%1&#xa0;: écriture impossible (%2)</translation>
    </message>
    <message>
        <source>Import Rules</source>
        <translation>Importer des règles</translation>
    </message>
    <message>
        <source>Rule sets (*.json);;All files (*)</source>
        <translation>Jeux de règles (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot import rules</source>
        <translation>Impossible d’importer les règles</translation>
    </message>
    <message>
        <source>Export Rules</source>
        <translation>Exporter les règles</translation>
    </message>
    <message>
        <source>Rule sets (*.json)</source>
        <translation>Jeux de règles (*.json)</translation>
    </message>
    <message>
        <source>Cannot export rules</source>
        <translation>Impossible d’exporter les règles</translation>
    </message>
    <message>
        <source>Open a workspace first.</source>
        <translation>Ouvrez d’abord un espace de travail.</translation>
    </message>
    <message>
        <source>rules</source>
        <translation>règles</translation>
    </message>
    <message>
        <source>Set version %1</source>
        <translation>Définir la version %1</translation>
    </message>
    <message>
        <source>Save rules</source>
        <translation>Enregistrer les règles</translation>
    </message>
    <message>
        <source>Save as new version</source>
        <translation>Enregistrer comme nouvelle version</translation>
    </message>
    <message>
        <source>Version of &quot;%1&quot;:</source>
        <translation>Version de «&#xa0;%1&#xa0;»&#xa0;:</translation>
    </message>
    <message>
        <source>Cannot save rules</source>
        <translation>Impossible d’enregistrer les règles</translation>
    </message>
    <message>
        <source>Apply rules</source>
        <translation>Appliquer les règles</translation>
    </message>
    <message>
        <source>Fix the rules first.</source>
        <translation>Corrigez d’abord les règles.</translation>
    </message>
    <message>
        <source>Run &quot;%1&quot; version %2 on the workspace&apos;s open items and record the matches?

%3</source>
        <translation>Exécuter «&#xa0;%1&#xa0;» version %2 sur les éléments en suspens de l’espace de travail et enregistrer les rapprochements&#xa0;?

%3</translation>
    </message>
</context>
<context>
    <name>recon::RunPage</name>
    <message>
        <source>&amp;Stop Import</source>
        <translation>&amp;Arrêter l’import</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Stop and roll back the file being imported (Esc)</source>
        <translation>Arrêter et annuler l’import du fichier en cours (Échap)</translation>
    </message>
    <message>
        <source>Stopping: rolling back…</source>
        <translation>Arrêt&#xa0;: annulation en cours…</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message>
        <source>File %1 of %2: %3</source>
        <translation>Fichier %1 sur %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Writing %1 of %2 items…</source>
        <translation>Écriture de %1 éléments sur %2…</translation>
    </message>
    <message>
        <source>%1: imported %2 items, %3 duplicates skipped</source>
        <translation>%1&#xa0;: %2 éléments importés, %3 doublons ignorés</translation>
    </message>
    <message numerus="yes">
        <source>, %n bad line(s) skipped</source>
        <translation>
            <numerusform>, %n ligne incorrecte ignorée</numerusform>
            <numerusform>, %n lignes incorrectes ignorées</numerusform>
        </translation>
    </message>
    <message>
        <source> (profile “%1”)</source>
        <translation> (profil «&#xa0;%1&#xa0;»)</translation>
    </message>
    <message>
        <source>%1: cancelled, nothing written</source>
        <translation>%1&#xa0;: annulé, rien n’a été écrit</translation>
    </message>
    <message>
        <source>%1: refused: %2</source>
        <translation>%1&#xa0;: refusé&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: not imported, %n error(s)</source>
        <translation>
            <numerusform>%1&#xa0;: non importé, %n erreur</numerusform>
            <numerusform>%1&#xa0;: non importé, %n erreurs</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled: the workspace is unchanged.</source>
        <translation>Import annulé&#xa0;: l’espace de travail est inchangé.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) imported: %1 new items, %2 duplicates skipped.</source>
        <translation>
            <numerusform>%n fichier importé&#xa0;: %1 nouveaux éléments, %2 doublons ignorés.</numerusform>
            <numerusform>%n fichiers importés&#xa0;: %1 nouveaux éléments, %2 doublons ignorés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>recon::ServerSettingsDialog</name>
    <message>
        <source>Server Settings</source>
        <translation>Paramètres du serveur</translation>
    </message>
    <message>
        <source>https://recon.example.com:8443</source>
        <translation>https://recon.example.com:8443</translation>
    </message>
    <message>
        <source>Optional: the server&apos;s certificate (PEM) if self-signed</source>
        <translation>Facultatif&#xa0;: le certificat du serveur (PEM) s’il est auto-signé</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Server &amp;URL:</source>
        <translation>&amp;URL du serveur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;CA certificate:</source>
        <translation>Certificat de l’&amp;AC&#xa0;:</translation>
    </message>
    <message>
        <source>User &amp;name:</source>
        <translation>&amp;Nom d’utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>The password is asked when you sign in and is never saved.</source>
        <translation>Le mot de passe est demandé à la connexion et n’est jamais enregistré.</translation>
    </message>
    <message>
        <source>The server URL must look like https://host:port.</source>
        <translation>L’URL du serveur doit avoir la forme https://hôte:port.</translation>
    </message>
    <message>
        <source>The CA certificate file cannot be read: %1</source>
        <translation>Le fichier du certificat de l’AC est illisible&#xa0;: %1</translation>
    </message>
    <message>
        <source>Enter your user name on the server.</source>
        <translation>Saisissez votre nom d’utilisateur sur le serveur.</translation>
    </message>
    <message>
        <source>CA Certificate</source>
        <translation>Certificat de l’AC</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificats (*.pem *.crt);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>recon::SidePanel</name>
    <message>
        <source>Filter by text, reference, amount…</source>
        <translation>Filtrer par texte, référence, montant…</translation>
    </message>
    <message>
        <source>Bank (left)</source>
        <translation>Banque (gauche)</translation>
    </message>
    <message>
        <source>Ledger (right)</source>
        <translation>Grand livre (droite)</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n item(s)</source>
        <translation>
            <numerusform>%1 — %n élément</numerusform>
            <numerusform>%1 — %n éléments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>recon::SignInDialog</name>
    <message>
        <source>Sign In</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Serveur&#xa0;:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe&#xa0;:</translation>
    </message>
    <message>
        <source>Sign &amp;In</source>
        <translation>Se &amp;connecter</translation>
    </message>
</context>
<context>
    <name>recon::Status</name>
    <message>
        <source>open</source>
        <translation>en suspens</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>proposé</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>confirmé</translation>
    </message>
    <message>
        <source>exception</source>
        <translation>exception</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>résolu</translation>
    </message>
</context>
<context>
    <name>recon::SuggestionModel</name>
    <message>
        <source>%1 %2: %3 (%4)</source>
        <translation>%1 %2&#xa0;: %3 (%4)</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidat</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Justification</translation>
    </message>
</context>
<context>
    <name>recon::SyncController</name>
    <message>
        <source>Pushing… %1</source>
        <translation>Envoi… %1</translation>
    </message>
    <message>
        <source>Pulling… %1</source>
        <translation>Réception… %1</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>Server &amp;Settings…</source>
        <translation>&amp;Paramètres du serveur…</translation>
    </message>
    <message>
        <source>Sign &amp;In…</source>
        <translation>Se &amp;connecter…</translation>
    </message>
    <message>
        <source>S&amp;ync Now</source>
        <translation>S&amp;ynchroniser maintenant</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchroniser</translation>
    </message>
    <message>
        <source>Push my resolutions to the server and pull the others&apos;</source>
        <translation>Envoyer mes résolutions au serveur et récupérer celles des autres</translation>
    </message>
    <message>
        <source>&amp;Cancel Sync</source>
        <translation>A&amp;nnuler la synchronisation</translation>
    </message>
    <message>
        <source>C&amp;onflicts…</source>
        <translation>C&amp;onflits…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+K</source>
        <translation>Ctrl+Shift+K</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation>Déconnecté.</translation>
    </message>
    <message>
        <source>Last sync: —</source>
        <translation>Dernière synchronisation&#xa0;: —</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Dernière synchronisation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Last sync: never</source>
        <translation>Dernière synchronisation&#xa0;: jamais</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n en attente</numerusform>
            <numerusform>%n en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>Local changes not yet pushed to the server</source>
        <translation>Modifications locales pas encore envoyées au serveur</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflit</numerusform>
            <numerusform>%n conflits</numerusform>
        </translation>
    </message>
    <message>
        <source>Set the server first (Tools › Server Settings…).</source>
        <translation>Configurez d’abord le serveur (Outils › Paramètres du serveur…).</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Sync done: pushed %1, pulled %2, %3 open conflict(s).</source>
        <translation>Synchronisation terminée&#xa0;: %1 envoyé(s), %2 reçu(s), %3 conflit(s) ouvert(s).</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Échec de la synchronisation&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>recon::SyncJob</name>
    <message>
        <source>Sync cancelled; the next sync resumes where this one stopped.</source>
        <translation>Synchronisation annulée&#xa0;; la prochaine reprendra là où celle-ci s’est arrêtée.</translation>
    </message>
</context>
<context>
    <name>recon::TransactionTableModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Counterparty</source>
        <translation>Contrepartie</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
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
        <translation>En suspens et exceptions</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>En suspens</translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation>Exceptions</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Proposés</translation>
    </message>
    <message>
        <source>Matched or resolved</source>
        <translation>Rapprochés ou résolus</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
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
        <translation>tout</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statut&#xa0;:</translation>
    </message>
    <message>
        <source>Amount (absolute):</source>
        <translation>Montant (absolu)&#xa0;:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Match</source>
        <translation>&amp;Rapprocher</translation>
    </message>
    <message>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <source>Reason &amp;code…</source>
        <translation>&amp;Code motif…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Mark &amp;investigated</source>
        <translation>Marquer comme e&amp;xaminé</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>Co&amp;mment…</source>
        <translation>Co&amp;mmentaire…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <source>Suggestions for the current item</source>
        <translation>Suggestions pour l’élément courant</translation>
    </message>
    <message>
        <source>&amp;Accept suggestion</source>
        <translation>Accepter la s&amp;uggestion</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>Match groups</source>
        <translation>Groupes de rapprochement</translation>
    </message>
    <message>
        <source>Show confirmed and resolved groups too</source>
        <translation>Afficher aussi les groupes confirmés et résolus</translation>
    </message>
    <message>
        <source>C&amp;onfirm</source>
        <translation>C&amp;onfirmer</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>Re&amp;jeter</translation>
    </message>
    <message>
        <source>Ctrl+Shift+J</source>
        <translation>Ctrl+Shift+J</translation>
    </message>
    <message>
        <source>&amp;Un-match</source>
        <translation>&amp;Défaire le rapprochement</translation>
    </message>
    <message>
        <source>Ctrl+Shift+U</source>
        <translation>Ctrl+Shift+U</translation>
    </message>
    <message>
        <source>Item detail</source>
        <translation>Détail de l’élément</translation>
    </message>
    <message>
        <source>%1: nothing selected</source>
        <translation>%1&#xa0;: aucune sélection</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n selected, %2</source>
        <translation>
            <numerusform>%1&#xa0;: %n sélectionné, %2</numerusform>
            <numerusform>%1&#xa0;: %n sélectionnés, %2</numerusform>
        </translation>
    </message>
    <message>
        <source>mixed currencies</source>
        <translation>devises mixtes</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Banque</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>Grand livre</translation>
    </message>
    <message>
        <source>Difference: mixed currencies</source>
        <translation>Écart&#xa0;: devises mixtes</translation>
    </message>
    <message>
        <source>Difference: %1</source>
        <translation>Écart&#xa0;: %1</translation>
    </message>
    <message>
        <source>Difference: too large</source>
        <translation>Écart&#xa0;: trop grand</translation>
    </message>
    <message>
        <source>Difference: —</source>
        <translation>Écart&#xa0;: —</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Terminé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Select at least one item on each side to match.</source>
        <translation>Sélectionnez au moins un élément de chaque côté à rapprocher.</translation>
    </message>
    <message>
        <source>The sides differ by %1. Choose a reason code to accept the difference.</source>
        <translation>Les côtés diffèrent de %1. Choisissez un code motif pour accepter l’écart.</translation>
    </message>
    <message>
        <source>No suggestion for the current item.</source>
        <translation>Aucune suggestion pour l’élément courant.</translation>
    </message>
    <message>
        <source>Select the groups to confirm.</source>
        <translation>Sélectionnez les groupes à confirmer.</translation>
    </message>
    <message>
        <source>Select the groups to reject.</source>
        <translation>Sélectionnez les groupes à rejeter.</translation>
    </message>
    <message>
        <source>Select a group, or an item that is matched.</source>
        <translation>Sélectionnez un groupe, ou un élément rapproché.</translation>
    </message>
    <message numerus="yes">
        <source>Un-match %n group(s)</source>
        <translation>
            <numerusform>Défaire le rapprochement de %n groupe</numerusform>
            <numerusform>Défaire le rapprochement de %n groupes</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an item or a group to comment on.</source>
        <translation>Sélectionnez un élément ou un groupe à commenter.</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>Commentaire&#xa0;:</translation>
    </message>
    <message>
        <source>Select the items to set a reason code on.</source>
        <translation>Sélectionnez les éléments auxquels attribuer un code motif.</translation>
    </message>
    <message numerus="yes">
        <source>Set a reason code on %n item(s).</source>
        <translation>
            <numerusform>Attribuer un code motif à %n élément.</numerusform>
            <numerusform>Attribuer un code motif à %n éléments.</numerusform>
        </translation>
    </message>
    <message>
        <source>Set reason %1 with comment</source>
        <translation>Attribuer le motif %1 avec commentaire</translation>
    </message>
    <message>
        <source>Select the items to mark as investigated.</source>
        <translation>Sélectionnez les éléments à marquer comme examinés.</translation>
    </message>
    <message>
        <source>up to 30 days</source>
        <translation>jusqu’à 30 jours</translation>
    </message>
    <message>
        <source>31–60 days</source>
        <translation>31–60 jours</translation>
    </message>
    <message>
        <source>61–90 days</source>
        <translation>61–90 jours</translation>
    </message>
    <message>
        <source>over 90 days</source>
        <translation>plus de 90 jours</translation>
    </message>
    <message>
        <source>A&amp;ge:</source>
        <translation>Ancien&amp;neté&#xa0;:</translation>
    </message>
</context>
</TS>
