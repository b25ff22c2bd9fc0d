#include "core/import/mt940_fields.h"

#include <algorithm>
#include <cstdlib>

namespace recon::mt940 {

namespace {

bool isDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}
bool isUpper(QChar c)
{
    return c >= QLatin1Char('A') && c <= QLatin1Char('Z');
}
bool allDigits(QStringView s)
{
    for (QChar c : s) {
        if (!isDigit(c))
            return false;
    }
    return !s.isEmpty();
}
int num(QStringView s)
{
    int n = 0;
    for (QChar c : s)
        n = n * 10 + (c.unicode() - '0');
    return n;
}
void setWhy(QString *why, const QString &text)
{
    if (why)
        *why = text;
}
// Length of the amount starting at `pos`: digits, ',' and '.'.
qsizetype amountLength(QStringView s, qsizetype pos)
{
    qsizetype n = 0;
    while (pos + n < s.size()
        && (isDigit(s[pos + n]) || s[pos + n] == QLatin1Char(',')
            || s[pos + n] == QLatin1Char('.')))
        ++n;
    return n;
}
std::optional<QString> currencyAt(QStringView s, qsizetype pos)
{
    if (pos + 3 > s.size())
        return std::nullopt;
    for (qsizetype i = pos; i < pos + 3; ++i) {
        if (!isUpper(s[i]))
            return std::nullopt;
    }
    return s.mid(pos, 3).toString();
}

} // namespace

QDate parseDate6(QStringView s)
{
    if (s.size() != 6 || !allDigits(s))
        return {};
    const int yy = num(s.mid(0, 2));
    return QDate(yy >= 80 ? 1900 + yy : 2000 + yy, num(s.mid(2, 2)), num(s.mid(4, 2)));
}

QDate inferEntryDate(QDate valueDate, int month, int day)
{
    if (!valueDate.isValid())
        return {};
    QDate best;
    qint64 bestDistance = 0;
    for (int dy : { 0, -1, 1 }) {
        const QDate d(valueDate.year() + dy, month, day);
        if (!d.isValid())
            continue;
        const qint64 distance = std::llabs(valueDate.daysTo(d));
        if (!best.isValid() || distance < bestDistance) {
            best = d;
            bestDistance = distance;
        }
    }
    return best;
}

std::optional<Decimal> parseAmount(QStringView s, QString *why)
{
    Decimal d;
    bool sawSep = false;
    int digits = 0;
    for (QChar c : s) {
        if (isDigit(c)) {
            if (d.units == 0 && !sawSep && c == QLatin1Char('0')) {
                // leading zero: not significant
            } else if (++digits > 18) {
                setWhy(why, QStringLiteral("amount '%1' has too many digits").arg(s.left(30)));
                return std::nullopt;
            }
            d.units = d.units * 10 + (c.unicode() - '0');
            if (sawSep)
                ++d.scale;
        } else if (c == QLatin1Char(',') || c == QLatin1Char('.')) {
            if (sawSep) {
                setWhy(why,
                    QStringLiteral("amount '%1' has more than one decimal separator")
                        .arg(s.left(30)));
                return std::nullopt;
            }
            sawSep = true;
        } else {
            setWhy(why,
                QStringLiteral("amount '%1' has an unexpected character '%2'").arg(s.left(30), c));
            return std::nullopt;
        }
    }
    const bool anyDigit = std::any_of(s.begin(), s.end(), isDigit);
    if (!anyDigit || (!s.isEmpty() && !isDigit(s.front()))) {
        setWhy(why,
            s.isEmpty() ? QStringLiteral("missing amount")
                        : QStringLiteral("'%1' is not an amount").arg(s.left(30)));
        return std::nullopt;
    }
    return d;
}

std::optional<Balance> parseBalance(QStringView s, QString *why)
{
    s = s.trimmed();
    Balance b;
    if (s.isEmpty() || (s[0] != QLatin1Char('C') && s[0] != QLatin1Char('D'))) {
        setWhy(why, QStringLiteral("'%1' does not start with the D/C mark").arg(s.left(30)));
        return std::nullopt;
    }
    b.debit = s[0] == QLatin1Char('D');
    b.date = parseDate6(s.mid(1, 6));
    if (!b.date.isValid()) {
        setWhy(why, QStringLiteral("'%1' is not a YYMMDD date").arg(s.mid(1, 6)));
        return std::nullopt;
    }
    const auto ccy = currencyAt(s, 7);
    if (!ccy) {
        setWhy(why, QStringLiteral("'%1' is not a currency code").arg(s.mid(7, 3)));
        return std::nullopt;
    }
    b.currency = *ccy;
    const auto amount = parseAmount(s.mid(10), why);
    if (!amount)
        return std::nullopt;
    b.amount = *amount;
    return b;
}

std::optional<FloorLimit> parseFloorLimit(QStringView s, QString *why)
{
    s = s.trimmed();
    FloorLimit f;
    const auto ccy = currencyAt(s, 0);
    if (!ccy) {
        setWhy(why, QStringLiteral("'%1' is not a currency code").arg(s.left(3)));
        return std::nullopt;
    }
    f.currency = *ccy;
    qsizetype pos = 3;
    if (pos < s.size() && (s[pos] == QLatin1Char('C') || s[pos] == QLatin1Char('D')))
        ++pos;
    const auto amount = parseAmount(s.mid(pos), why);
    if (!amount)
        return std::nullopt;
    f.amount = *amount;
    return f;
}

std::optional<EntrySum> parseEntrySum(QStringView s, QString *why)
{
    s = s.trimmed();
    qsizetype pos = 0;
    while (pos < s.size() && pos < 6 && isDigit(s[pos]))
        ++pos;
    if (pos == 0) {
        setWhy(why, QStringLiteral("'%1' does not start with a number of entries").arg(s.left(20)));
        return std::nullopt;
    }
    EntrySum e;
    e.count = num(s.left(pos));
    const auto ccy = currencyAt(s, pos);
    if (!ccy) {
        setWhy(why, QStringLiteral("'%1' is not a currency code").arg(s.mid(pos, 3)));
        return std::nullopt;
    }
    e.currency = *ccy;
    const auto amount = parseAmount(s.mid(pos + 3), why);
    if (!amount)
        return std::nullopt;
    e.amount = *amount;
    return e;
}

QDate parseDateTimeIndication(QStringView s)
{
    return parseDate6(s.trimmed().left(6));
}

std::optional<Entry> parseEntry(QStringView s, QString *field, QString *why)
{
    auto fail = [&](const char *f, const QString &w) -> std::optional<Entry> {
        if (field)
            *field = QLatin1String(f);
        setWhy(why, w);
        return std::nullopt;
    };
    Entry e;
    if (s.size() < 6)
        return fail(":61: value date", QStringLiteral("the line is too short for a value date"));
    e.valueDate = parseDate6(s.left(6));
    if (!e.valueDate.isValid())
        return fail(":61: value date", QStringLiteral("'%1' is not a YYMMDD date").arg(s.left(6)));
    qsizetype pos = 6;
    if (pos + 4 <= s.size() && allDigits(s.mid(pos, 4))) {
        const int month = num(s.mid(pos, 2));
        const int day = num(s.mid(pos + 2, 2));
        e.entryDate = inferEntryDate(e.valueDate, month, day);
        if (!e.entryDate.isValid())
            e.badEntryDate = s.mid(pos, 4).toString(); // optional: the caller warns
        pos += 4;
    } else {
        // Some banks (Citi) leave the optional entry date blank.
        for (int i = 0; i < 4 && pos < s.size() && s[pos] == QLatin1Char(' '); ++i)
            ++pos;
    }
    if (pos < s.size() && s[pos] == QLatin1Char('R')) {
        e.reversal = true;
        ++pos;
    }
    if (pos >= s.size() || (s[pos] != QLatin1Char('C') && s[pos] != QLatin1Char('D')))
        return fail(":61: debit/credit mark",
            QStringLiteral("expected C, D, RC or RD, found '%1'").arg(s.mid(pos, 2)));
    const bool credit = s[pos] == QLatin1Char('C');
    e.mark = (e.reversal ? QStringLiteral("R") : QString()) + s[pos];
    ++pos;
    // RC (reversal of a credit) takes money out; RD (reversal of a debit) brings it back.
    e.debit = e.reversal ? credit : !credit;
    if (pos < s.size() && isUpper(s[pos]))
        e.fundsCode = s[pos++];
    const qsizetype alen = amountLength(s, pos);
    e.amountText = s.mid(pos, alen).toString();
    if (alen == 0)
        return fail(":61: amount",
            pos >= s.size() ? QStringLiteral("missing amount")
                            : QStringLiteral("'%1' is not an amount").arg(s.mid(pos, 15)));
    if (alen > 20)
        return fail(":61: amount", QStringLiteral("amount is longer than 15 characters"));
    QString amountWhy;
    const auto amount = parseAmount(e.amountText, &amountWhy);
    if (!amount)
        return fail(":61: amount", amountWhy);
    e.amount = *amount;
    pos += alen;
    if (pos + 4 > s.size())
        return fail(":61: transaction type",
            QStringLiteral("missing transaction type (N, F or S and three characters)"));
    e.typeCode = s.mid(pos, 4).toString();
    if (e.typeCode[0] != QLatin1Char('N') && e.typeCode[0] != QLatin1Char('F')
        && e.typeCode[0] != QLatin1Char('S'))
        return fail(":61: transaction type",
            QStringLiteral("'%1' is not a transaction type (N, F or S and three characters)")
                .arg(e.typeCode));
    pos += 4;
    QStringView rest = s.mid(pos);
    QStringView customer = rest;
    QStringView bank;
    const qsizetype slashes = rest.indexOf(QLatin1String("//"));
    if (slashes >= 0) {
        customer = rest.left(slashes);
        bank = rest.mid(slashes + 2);
    }
    QStringList extra;
    if (customer.size() > 16) {
        extra << customer.mid(16).trimmed().toString();
        customer = customer.left(16);
    }
    if (bank.size() > 16) {
        extra << bank.mid(16).trimmed().toString();
        bank = bank.left(16);
    }
    e.customerRef = customer.trimmed().toString();
    e.bankRef = bank.trimmed().toString();
    extra.removeAll(QString());
    e.extra = extra.join(QLatin1Char(' '));
    return e;
}

QString joinWrapped(const QStringList &lines, int width)
{
    QString out;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i > 0 && lines[i - 1].size() < width)
            out += QLatin1Char(' ');
        out += lines[i];
    }
    return out.simplified();
}

namespace {

constexpr int kSubfieldWidth = 27;

// SEPA keywords that open a segment of the remittance text ("EREF+...", "SVWZ+...").
const char *const kSepaKeywords[] = { "EREF", "KREF", "MREF", "CRED", "DEBT", "SVWZ", "ABWA",
    "ABWE", "IBAN", "BIC", "COAM", "OAMT", "SQTP", "PURP" };

QString sepaKeyword(const QString &chunk)
{
    const qsizetype plus = chunk.indexOf(QLatin1Char('+'));
    if (plus < 3 || plus > 4)
        return {};
    const QString kw = chunk.left(plus);
    for (const char *k : kSepaKeywords) {
        if (kw == QLatin1String(k))
            return kw;
    }
    return {};
}

// Joins fixed-width chunks (?20..?29, ?32/?33): a chunk that filled its 27 characters is
// continued without a space by the next one.
QString joinChunks(const QStringList &chunks)
{
    QString out;
    for (qsizetype i = 0; i < chunks.size(); ++i) {
        if (i > 0 && chunks[i - 1].size() < kSubfieldWidth && !out.isEmpty())
            out += QLatin1Char(' ');
        out += chunks[i];
    }
    return out.simplified();
}

bool notProvided(const QString &s)
{
    return s.isEmpty() || s.compare(QLatin1String("NOTPROVIDED"), Qt::CaseInsensitive) == 0
        || s.compare(QLatin1String("NONREF"), Qt::CaseInsensitive) == 0;
}

void parseStructured(const QString &text, QChar sep, Details &d)
{
    d.structured = true;
    qsizetype pos = 0;
    if (text.size() >= 3 && isDigit(text[0]) && isDigit(text[1]) && isDigit(text[2])) {
        d.transactionCode = text.left(3);
        pos = 3;
    }
    // Split at sep + two digits.
    QList<std::pair<int, QString>> fields;
    int code = -1;
    QString cur;
    const qsizetype n = text.size();
    while (pos < n) {
        const QChar c = text[pos];
        if (c == sep && pos + 2 < n && isDigit(text[pos + 1]) && isDigit(text[pos + 2])) {
            if (code >= 0 && fields.size() < 200)
                fields.append({ code, cur });
            code = num(QStringView(text).mid(pos + 1, 2));
            cur.clear();
            pos += 3;
            continue;
        }
        if (code >= 0)
            cur += c;
        ++pos;
    }
    if (code >= 0 && fields.size() < 200)
        fields.append({ code, cur });

    QStringList remittance, name;
    QString posting;
    for (const auto &[c, t] : fields) {
        d.subfields.append(
            { sep + QStringLiteral("%1").arg(c, 2, 10, QLatin1Char('0')), t.trimmed() });
        if ((c >= 20 && c <= 29) || (c >= 60 && c <= 63))
            remittance << t;
        else if (c == 32 || c == 33)
            name << t;
        else if (c == 0)
            posting = t.simplified();
        else if (c == 30)
            d.counterpartyBank = t.trimmed();
        else if (c == 31)
            d.counterpartyAccount = t.trimmed();
        else if (c == 38 && d.counterpartyAccount.isEmpty())
            d.counterpartyAccount = t.trimmed();
    }
    d.counterparty = joinChunks(name);

    // Segments of the remittance text: a chunk starting with a SEPA keyword, or following a
    // chunk that did not fill its width, starts a new segment.
    struct Segment {
        QString keyword;
        QStringList chunks;
    };
    QList<Segment> segments;
    for (qsizetype i = 0; i < remittance.size(); ++i) {
        const QString &chunk = remittance[i];
        const QString kw = sepaKeyword(chunk);
        const bool continues
            = i > 0 && remittance[i - 1].size() >= kSubfieldWidth && !segments.isEmpty();
        if (!kw.isEmpty()) {
            segments.append({ kw, { chunk } });
        } else if (continues) {
            segments.last().chunks << chunk;
        } else {
            segments.append({ QString(), { chunk } });
        }
    }
    QStringList description;
    QString eref, kref;
    for (const Segment &s : segments) {
        QString text = joinChunks(s.chunks);
        if (!s.keyword.isEmpty())
            text = text.mid(s.keyword.size() + 1).trimmed();
        if (s.keyword.isEmpty() || s.keyword == QLatin1String("SVWZ"))
            description << text;
        else if (s.keyword == QLatin1String("EREF"))
            eref = text;
        else if (s.keyword == QLatin1String("KREF"))
            kref = text;
        d.subfields.append(
            { s.keyword.isEmpty() ? QStringLiteral("text") : s.keyword + u'+', text });
    }
    description.removeAll(QString());
    d.description = description.join(QLatin1Char(' ')).simplified();
    if (d.description.isEmpty())
        d.description = posting;
    if (!notProvided(eref))
        d.reference = eref;
    else if (!notProvided(kref))
        d.reference = kref;
}

// "/KEY/value/KEY/value" (ING, ABN AMRO, Rabobank SEPA formats).
const char *const kSlashKeys[] = { "TRTP", "IBAN", "BIC", "NAME", "REMI", "EREF", "MARF", "CSID",
    "ORDP", "BENM", "ID", "ADDR", "CNTP", "RTRN", "PREF", "SVCL", "ULTC", "ULTD", "ULTB", "PURP",
    "ACCW", "ISDT", "FX", "CHGS", "EXCH", "OCMT", "BUSP", "CDTRREFTP", "CDTRREF", "CD", "SCOR",
    "ISSR", "USTD", "STRD" };

bool isSlashKey(QStringView t)
{
    for (const char *k : kSlashKeys) {
        if (t == QLatin1String(k))
            return true;
    }
    return false;
}

bool parseSlashKeys(const QString &text, Details &d)
{
    if (!text.startsWith(QLatin1Char('/')))
        return false;
    const bool known = text.contains(QLatin1String("/NAME/"))
        || text.contains(QLatin1String("/REMI/")) || text.contains(QLatin1String("/EREF/"))
        || text.contains(QLatin1String("/CNTP/")) || text.contains(QLatin1String("/IBAN/"));
    if (!known)
        return false;
    const QStringList parts = text.split(QLatin1Char('/'));
    QList<std::pair<QString, QStringList>> fields;
    for (qsizetype i = 1; i < parts.size() && fields.size() < 100; ++i) {
        const QString &p = parts[i];
        if (isSlashKey(p))
            fields.append({ p, {} });
        else if (!fields.isEmpty())
            fields.last().second << p;
    }
    QString remi;
    for (auto &[key, values] : fields) {
        while (!values.isEmpty() && values.last().isEmpty())
            values.removeLast();
        const QString value = values.join(QLatin1Char('/')).trimmed();
        d.subfields.append({ QLatin1Char('/') + key + QLatin1Char('/'), value });
        if (key == QLatin1String("NAME") && d.counterparty.isEmpty())
            d.counterparty = value;
        else if (key == QLatin1String("IBAN") && d.counterpartyAccount.isEmpty())
            d.counterpartyAccount = value;
        else if (key == QLatin1String("BIC") && d.counterpartyBank.isEmpty())
            d.counterpartyBank = value;
        else if (key == QLatin1String("EREF") && !notProvided(value))
            d.reference = value;
        else if (key == QLatin1String("REMI") || key == QLatin1String("USTD")
            || key == QLatin1String("STRD")) {
            // "/REMI/USTD//text/" keeps the text after the empty part.
            QStringList v = values;
            while (!v.isEmpty() && (v.first().isEmpty() || isSlashKey(v.first())))
                v.removeFirst();
            if (!v.isEmpty())
                remi = v.join(QLatin1Char('/')).trimmed();
        } else if (key == QLatin1String("CNTP")) {
            // account / BIC / name / city
            if (d.counterpartyAccount.isEmpty() && values.size() > 0)
                d.counterpartyAccount = values.value(0).trimmed();
            if (d.counterpartyBank.isEmpty() && values.size() > 1)
                d.counterpartyBank = values.value(1).trimmed();
            if (d.counterparty.isEmpty() && values.size() > 2)
                d.counterparty = values.value(2).trimmed();
        }
    }
    d.description = remi.isEmpty() ? text.simplified() : remi.simplified();
    return true;
}

} // namespace

Details parseDetails(const QStringList &lines)
{
    Details d;
    if (lines.isEmpty())
        return d;
    const QString first = lines.first().trimmed();
    // Structured: "166?00..." (German), "000>10..." (Triodos), or starting with a subfield.
    QChar sep;
    if (first.size() >= 4 && isDigit(first[0]) && isDigit(first[1]) && isDigit(first[2])
        && (first[3] == QLatin1Char('?') || first[3] == QLatin1Char('>')))
        sep = first[3];
    else if (first.size() >= 3 && first[0] == QLatin1Char('?') && isDigit(first[1])
        && isDigit(first[2]))
        sep = QLatin1Char('?');
    if (!sep.isNull()) {
        // Subfields are wrapped at a fixed width, mid-word and even mid-marker: join raw.
        // A line shorter than 65 characters ended at a space the writer trimmed, unless the next
        // line starts a subfield (or this one ends with a marker split across the break).
        QString text = first;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QString &prev = lines[i - 1];
            const QString &next = lines[i];
            const bool nextStartsField
                = next.size() >= 3 && next[0] == sep && isDigit(next[1]) && isDigit(next[2]);
            if (prev.size() < 65 && !nextStartsField && !prev.endsWith(sep) && !next.isEmpty()
                && !(prev.size() >= 2 && prev[prev.size() - 2] == sep && isDigit(prev.back())))
                text += QLatin1Char(' ');
            text += next;
        }
        parseStructured(text, sep, d);
        return d;
    }
    const QString joined = joinWrapped(lines);
    if (parseSlashKeys(joined, d))
        return d;
    d.description = joined;
    return d;
}

} // namespace recon::mt940
