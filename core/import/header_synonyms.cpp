#include "core/import/header_synonyms.h"

#include "core/import/tabular_values.h"

#include <QHash>
#include <QStringList>

namespace recon::tabular {

QString foldHeader(QStringView s)
{
    QString out;
    out.reserve(s.size());
    bool pendingBlank = false;
    const QString nfd = s.toString().normalized(QString::NormalizationForm_KD);
    for (QChar c : nfd) {
        if (c.category() == QChar::Mark_NonSpacing || c.category() == QChar::Mark_SpacingCombining)
            continue;
        if (c.unicode() == 0x00DF) { // ß
            if (pendingBlank && !out.isEmpty())
                out += QLatin1Char(' ');
            pendingBlank = false;
            out += QStringLiteral("ss");
            continue;
        }
        if (c.isLetterOrNumber()) {
            if (pendingBlank && !out.isEmpty())
                out += QLatin1Char(' ');
            pendingBlank = false;
            out += c.toLower();
        } else {
            pendingBlank = true;
        }
    }
    return out;
}

namespace {

struct Entry {
    HeaderKind kind;
    ColumnRole role;
    const char *names; // '|'-separated, written folded or foldable
};

const Entry kEntries[] = {
    { HeaderKind::Role, ColumnRole::Date,
        "date|booking date|transaction date|posting date|post date|posted date|trans date|"
        "entry date|date posted|datetime|date time|completed date|datum|buchungstag|"
        "buchungsdatum|buchung|belegdatum|auftragsdatum|umsatzdatum|date operation|"
        "date d operation|date de l operation|date comptable|date de comptabilisation|"
        "boekingsdatum|transactiedatum|boekdatum|fecha|fecha operacion|fecha de operacion|"
        "fecha contable|f operacion|f contable|data|data operazione|data contabile|"
        "data movimento|data lancamento|konyveles datuma|datum uctovania|date transaction" },
    { HeaderKind::Role, ColumnRole::ValueDate,
        "value date|valuta|valutadatum|valuta datum|wertstellung|wertstellungsdatum|"
        "wertstellungstag|date de valeur|date valeur|valeur|rentedatum|valutadag|fecha valor|"
        "fecha de valor|f valor|data valuta|value dt|effective date" },
    { HeaderKind::Role, ColumnRole::Amount,
        "amount|amount total|transaction amount|amt|betrag|umsatz|montant|bedrag|importe|monto|"
        "valor|importo|kwota|belob|belopp|osszeg|net amount|sum" },
    { HeaderKind::Role, ColumnRole::Debit,
        "debit|debits|debit amount|soll|sollbetrag|debet|bedrag af|af bedrag|cargo|cargos|"
        "withdrawal|withdrawals|withdrawal amount|paid out|money out|outflow|out|ausgang|"
        "ausgaben|uitgaven|montant debit|importe cargo|debito|addebiti|spent" },
    { HeaderKind::Role, ColumnRole::Credit,
        "credit|credits|credit amount|haben|habenbetrag|bedrag bij|bij bedrag|abono|abonos|"
        "deposit|deposits|deposit amount|paid in|money in|inflow|in|eingang|einnahmen|"
        "inkomsten|montant credit|importe abono|credito|accrediti|received" },
    { HeaderKind::Role, ColumnRole::DebitCreditIndicator,
        "af bij|afbij|bij af|debit credit|credit debit|d c|c d|dr cr|cr dr|soll haben|"
        "s h|h s|cd indicator|credit debit indicator|debit credit indicator|dc|cd|drcr|crdr|"
        "sign|vorzeichen|sens|sentido|debet credit|indicator|d c indicator" },
    { HeaderKind::Role, ColumnRole::Currency,
        "currency|currency code|ccy|cur|curr|wahrung|waehrung|wahrungscode|devise|monnaie|"
        "munt|muntsoort|moneda|divisa|valuta code|devizanem|deviza" },
    { HeaderKind::Role, ColumnRole::Description,
        "description|memo|details|detail|transaction details|payment details|narrative|"
        "narration|particulars|remittance information|purpose|text|note|notes|"
        "verwendungszweck|buchungsdetails|vorgang verwendungszweck|libelle|"
        "libelle operation|libelle de l operation|detail de l operation|communication|"
        "label|omschrijving|mededelingen|mededeling|omschrijving 1|concepto|descripcion|"
        "concepto descripcion|observaciones|causale|descrizione|descricao|kozlemeny|"
        "megjegyzes|information|info text|additional information|verwendungszweck 1" },
    { HeaderKind::Role, ColumnRole::Reference,
        "reference|ref|referenz|kundenreferenz|kundenreferenz end to end|end to end reference|"
        "end to end id|endtoend id|e2e reference|end to end referenz|referencia|"
        "referencia 1|reference de l operation|betalingskenmerk|kenmerk|check number|"
        "cheque number|check no|cheque no|chk|invoice|invoice number|invoice no|belegnummer|"
        "beleg|document|document number|numero de cheque|customer reference|"
        "payment reference|transaction reference" },
    { HeaderKind::Role, ColumnRole::Counterparty,
        "payee|payer|payee payer|payer payee|counterparty|counter party|counterparty name|"
        "name|naam|naam omschrijving|name of counterparty|other party|beneficiary|"
        "beneficiary name|merchant|merchant name|partner|partner name|partner nev|"
        "beguenstigter zahlungspflichtiger|begunstigter zahlungspflichtiger|"
        "auftraggeber empfanger|auftraggeber empfaenger|empfanger|zahlungsempfanger|"
        "auftraggeber|zahlungspflichtiger|begunstigter|beguenstigter|name zahlungsbeteiligter|"
        "tiers|beneficiaire|emetteur|nom|beneficiario|ordenante|nombre|contraparte|"
        "naam tegenpartij|tegenpartij|description payee|to from|from to" },
    { HeaderKind::Role, ColumnRole::CounterpartyAccount,
        "iban|counterparty iban|counterparty account|counter account|tegenrekening|"
        "tegenrekening iban|tegenrekening iban bban|kontonummer iban|iban zahlungsbeteiligter|"
        "iban auftraggeber|iban empfanger|iban beguenstigter|bank account|partner iban|"
        "partner iban szama|partner account|payee account|beneficiary account|"
        "cuenta contraparte|compte contrepartie|other account|iban tegenrekening" },
    { HeaderKind::Role, ColumnRole::Account,
        "account|account number|own account|account iban|my account|kontonummer|konto|"
        "auftragskonto|eigene iban|eigenes konto|rekening|rekeningnummer|mijn rekening|"
        "numero de compte|compte|cuenta|numero de cuenta|szamlaszam|conto|iban own" },
    { HeaderKind::Role, ColumnRole::ExternalId,
        "id|transaction id|transactionid|trans id|txn id|fitid|unique id|uid|"
        "transaktions id|transaktionsnummer|operation number|numero d operation|"
        "numero operation|n operation|journal number|journaalnummer|volgnummer|"
        "tranzakcioazonosito|bank reference|bank ref|primanota" },
    { HeaderKind::Role, ColumnRole::Balance,
        "balance|running balance|current balance|balance after|saldo|solde|kontostand|"
        "saldo nach buchung|saldo na mutatie|saldo na boeking|saldo na|new balance|"
        "szamlaegyenleg|saldo disponible|solde apres operation" },
    { HeaderKind::Role, ColumnRole::BankCode,
        "transaction type|type|buchungstext|code|mutatiesoort|transaction code|booking text|"
        "umsatzart|art|vorgang|type of transaction|operation type|type d operation|"
        "tipo|tipo de operacion|tranzakcio tipusa|bank code|btc|gvc|transaktionstyp|"
        "buchungsart|typ" },
    { HeaderKind::Ignore, ColumnRole::Ignore,
        "amount fee|amount currency|fee|fees|original amount|foreign amount|amount foreign|"
        "orig amount|ursprungsbetrag|lastschrift ursprungsbetrag|"
        "auslagenersatz ruecklastschrift|auslagenersatz rucklastschrift|exchange rate|rate|bic|"
        "bic swift code|swift|swift code|bic swift|glaubiger id|glaeubiger id|"
        "mandatsreferenz|mandate reference|sammlerreferenz|category|kategorie|kategoria|"
        "status|username|funding source|destination|disclaimer|tags|label category|"
        "statement period venmo fees|year to date venmo fees|info|kedvenc|" },
    { HeaderKind::OpeningBalance, ColumnRole::Ignore,
        "beginning balance|opening balance|starting balance|start balance|anfangssaldo|"
        "solde initial|beginsaldo|saldo inicial|saldo iniziale" },
    { HeaderKind::ClosingBalance, ColumnRole::Ignore,
        "ending balance|closing balance|end balance|final balance|endsaldo|schlusssaldo|"
        "solde final|eindsaldo|saldo final|saldo finale" },
};

struct Table {
    QHash<QString, HeaderMatch> exact;
    Table()
    {
        for (const Entry &e : kEntries) {
            for (const QString &name : QString::fromUtf8(e.names).split(QLatin1Char('|'))) {
                const QString key = foldHeader(name);
                if (key.isEmpty() || exact.contains(key))
                    continue;
                HeaderMatch m;
                m.kind = e.kind;
                m.role = e.role;
                m.strength = 2;
                exact.insert(key, m);
            }
        }
    }
};

const Table &table()
{
    static const Table t;
    return t;
}

bool hasWord(const QStringList &words, std::initializer_list<const char *> any)
{
    for (const char *w : any) {
        if (words.contains(QLatin1String(w)))
            return true;
    }
    return false;
}

HeaderMatch keywordMatch(const QString &folded)
{
    const QStringList words = folded.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    HeaderMatch m;
    m.strength = 1;
    m.kind = HeaderKind::Role;
    if (hasWord(words,
            { "fee", "fees", "original", "foreign", "orig", "tax", "rate", "bic", "swift", "charge",
                "charges", "category", "kategorie", "mandat", "glaubiger" })) {
        m.kind = HeaderKind::Ignore;
        return m;
    }
    if (hasWord(words, { "opening", "beginning", "starting", "anfangssaldo" })
        && hasWord(words, { "balance", "saldo", "solde" })) {
        m.kind = HeaderKind::OpeningBalance;
        return m;
    }
    if (hasWord(words, { "closing", "ending", "final", "endsaldo" })
        && hasWord(words, { "balance", "saldo", "solde" })) {
        m.kind = HeaderKind::ClosingBalance;
        return m;
    }
    if (hasWord(words, { "value", "valuta", "wertstellung", "valeur", "valor", "rentedatum" })
        && hasWord(words, { "date", "datum", "fecha", "data", "dt", "valuta", "wertstellung" })) {
        m.role = ColumnRole::ValueDate;
        return m;
    }
    if (hasWord(words, { "date", "datum", "fecha", "data", "datetime", "buchungstag" })) {
        m.role = ColumnRole::Date;
        return m;
    }
    if (hasWord(words, { "balance", "saldo", "solde", "kontostand" })) {
        m.role = ColumnRole::Balance;
        return m;
    }
    if (hasWord(words, { "amount", "betrag", "montant", "bedrag", "importe", "umsatz" })
        && !hasWord(words, { "currency", "wahrung", "devise" })) {
        m.role = ColumnRole::Amount;
        return m;
    }
    if (hasWord(words, { "iban" })) {
        m.role = ColumnRole::CounterpartyAccount;
        return m;
    }
    if (hasWord(words, { "currency", "wahrung", "waehrung", "devise", "moneda" })) {
        m.role = ColumnRole::Currency;
        return m;
    }
    if (hasWord(words, { "reference", "referenz", "referencia", "ref", "kenmerk" })) {
        m.role = ColumnRole::Reference;
        return m;
    }
    if (hasWord(words,
            { "description", "memo", "verwendungszweck", "libelle", "omschrijving", "concepto",
                "narrative", "details" })) {
        m.role = ColumnRole::Description;
        return m;
    }
    if (hasWord(words, { "payee", "payer", "beneficiary", "counterparty", "empfanger" })) {
        m.role = ColumnRole::Counterparty;
        return m;
    }
    m.kind = HeaderKind::Unknown;
    m.strength = 0;
    return m;
}

} // namespace

HeaderMatch matchHeader(QStringView header)
{
    const QString full = foldHeader(header);
    if (full.isEmpty())
        return {};
    const auto &exact = table().exact;
    auto it = exact.constFind(full);
    if (it != exact.constEnd())
        return *it;
    // "Bedrag (EUR)", "Amount USD", "Betrag in EUR": a currency code names the column's currency.
    QStringList words = full.split(QLatin1Char(' '));
    QString currency;
    for (qsizetype i = words.size() - 1; i >= 1; --i) {
        if (isKnownCurrencyCode(words[i])) {
            currency = words[i].toUpper();
            words.removeAt(i);
            if (i - 1 >= 1 && (words[i - 1] == QLatin1String("in")))
                words.removeAt(i - 1);
            break;
        }
    }
    if (!currency.isEmpty()) {
        it = exact.constFind(words.join(QLatin1Char(' ')));
        if (it != exact.constEnd()) {
            HeaderMatch m = *it;
            m.currency = currency;
            return m;
        }
    }
    HeaderMatch m = keywordMatch(full);
    if (m.kind == HeaderKind::Role
        && (m.role == ColumnRole::Amount || m.role == ColumnRole::Balance
            || m.role == ColumnRole::Debit || m.role == ColumnRole::Credit))
        m.currency = currency;
    return m;
}

BalanceLabel balanceLabel(QStringView cell)
{
    const QString f = foldHeader(cell);
    if (f.isEmpty() || f.size() > 60)
        return BalanceLabel::None;
    static const char *const opening[] = { "opening balance", "beginning balance",
        "balance at start", "balance at beginning", "start balance", "starting balance",
        "anfangssaldo", "alter kontostand", "alter saldo", "saldo alt", "solde initial",
        "solde de debut", "solde debut", "ancien solde", "beginsaldo", "saldo begin",
        "saldo inicial", "saldo anterior", "previous balance", "saldo iniziale" };
    static const char *const closing[]
        = { "closing balance", "ending balance", "balance at end", "end balance", "final balance",
              "endsaldo", "schlusssaldo", "neuer kontostand", "neuer saldo", "saldo neu",
              "kontostand", "solde final", "nouveau solde", "solde fin", "eindsaldo", "saldo eind",
              "saldo final", "saldo actual", "current balance", "ledger balance", "saldo finale" };
    for (const char *w : opening) {
        if (f.contains(QLatin1String(w)))
            return BalanceLabel::Opening;
    }
    for (const char *w : closing) {
        if (f.contains(QLatin1String(w)))
            return BalanceLabel::Closing;
    }
    if (f == QLatin1String("saldo") || f == QLatin1String("balance") || f == QLatin1String("solde"))
        return BalanceLabel::Closing;
    return BalanceLabel::None;
}

bool isSummaryLabel(QStringView cell)
{
    if (balanceLabel(cell) != BalanceLabel::None)
        return true;
    const QString f = foldHeader(cell);
    static const char *const prefixes[] = { "total", "totaal", "totals", "summe", "gesamt", "saldo",
        "balance", "solde", "somme", "suma", "subtotal", "sub total", "zwischensumme",
        "umsatze gesamt", "anzahl", "count", "number of", "aantal" };
    for (const char *p : prefixes) {
        if (f.startsWith(QLatin1String(p)))
            return true;
    }
    return false;
}

} // namespace recon::tabular
