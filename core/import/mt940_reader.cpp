// SWIFT MT940 (customer statement) and MT942 (interim transaction report).
//
// Decisions (the standard leaves room and real banks take more):
// - The file is a sequence of tagged lines. SWIFT envelopes ({1:..}{2:..}{4: ... -}{5:..}),
//   SOH/ETX framing, a DOS Ctrl-Z, free-text preamble lines (":940:", "ABNANL2A", "940 00")
//   and "-" / "-XXX" message separators are all accepted; text outside a message is ignored.
//   Every :20: starts a new message (some exports have no "-" between them). One Statement per
//   message.
// - :61: value date YYMMDD (80-99 -> 19xx), optional MMDD entry date whose year is the one
//   closest to the value date (Dec/Jan wrap), blank entry dates (Citi) are skipped. Marks:
//   C credit, D debit, RC (reversal of a credit) money out, RD (reversal of a debit) money in.
//   Amounts take ',' (standard) or '.' (old Rabobank) as the decimal separator.
// - Currency: the :60F:/:60M: opening balance's, else the :34F: floor limit's (MT942), else the
//   closing balance's, else ReadOptions::defaultCurrency; none at all is an error.
// - A closing balance that does not equal opening + entries is a WARNING (many real files do not
//   roll); so is an MT942 :90D:/:90C: count or sum that does not match the entries. What IS an
//   error: unreadable dates, amounts, marks, a :61: without its mandatory sub-fields, and an MT940
//   message without its :60F: or :62F: balance (the file is probably truncated).
// - :86: belongs to the :61: before it (repeated :86: lines are joined); an :86: after the
//   closing balance (ING summary) is statement-level and ignored. Structured :86: (?NN, >NN)
//   gives description (?20-?29, ?60-?63 with SEPA keywords: SVWZ+ text, EREF+ as reference),
//   counterparty (?32 ?33), its account (?31) and bank (?30); "/NAME/ /REMI/ /EREF/" style is
//   understood too.
// - The optional MMDD entry date: four digits that form no date (one real MT942 writes "1612")
//   give a warning and the value date is used.
#include "core/import/mt940_fields.h"
#include "core/import/registry.h"
#include "core/import/text_decoding.h"
#include "core/log.h"

namespace recon {
namespace {

using mt940::Balance;
using mt940::Entry;

constexpr qsizetype kMaxLineLength = 4096;
constexpr int kMaxLinesPerTag = 200;

struct TagText {
    QString tag; // "20", "61", "NS", ...
    QStringList lines; // first line without the ":tag:" prefix, then continuation lines
    int line = 0;
};

struct PendingEntry {
    Entry entry;
    int line = 0;
    QStringList supplementary; // continuation lines of the :61:
    QStringList details; // :86: lines
    RawFields extraRaw; // :NS: and other tags between this :61: and the next
    bool bad = false;
};

struct MessageBuilder {
    int line = 0; // first line of the message
    bool is942 = false;
    QString reference; // :20:
    QString statementNo; // :28C:
    QString account;
    std::optional<Balance> opening, closing, available;
    int openingLine = 0, closingLine = 0, availableLine = 0;
    QString openingTag, closingTag; // ":60F:" or ":60M:", ":62F:" or ":62M:"
    std::optional<mt940::FloorLimit> floor;
    std::optional<mt940::EntrySum> sumDebit, sumCredit;
    int sumLine = 0;
    QDate reportDate;
    QList<PendingEntry> entries;
    bool entryOpen = false; // :86: / :NS: still belong to the last :61:
    bool anyBadEntry = false;
    bool any = false;
};

bool isTagStart(const QString &line, QString *tag, qsizetype *contentPos)
{
    if (line.size() < 4 || line[0] != QLatin1Char(':'))
        return false;
    auto digit = [](QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); };
    if (line.startsWith(QLatin1String(":NS:"))) {
        *tag = QStringLiteral("NS");
        *contentPos = 4;
        return true;
    }
    if (!digit(line[1]) || !digit(line[2]))
        return false;
    if (line[3] == QLatin1Char(':')) {
        *tag = line.mid(1, 2);
        *contentPos = 4;
        return true;
    }
    if (line.size() >= 5 && line[3] >= QLatin1Char('A') && line[3] <= QLatin1Char('Z')
        && line[4] == QLatin1Char(':')) {
        *tag = line.mid(1, 3);
        *contentPos = 5;
        return true;
    }
    return false;
}

bool isMessageEnd(const QString &line)
{
    const QString t = line.trimmed();
    return t.startsWith(QLatin1Char('-')) && (t.size() <= 4 || t.startsWith(QLatin1String("-}")));
}

// Does a tag start a line somewhere in `head`?
bool hasTagLine(const QByteArray &head, const char *tag)
{
    qsizetype from = 0;
    const QByteArray t(tag);
    while (true) {
        const qsizetype i = head.indexOf(t, from);
        if (i < 0)
            return false;
        if (i == 0 || head[i - 1] == '\n' || head[i - 1] == '\r' || head[i - 1] == '\x01'
            || (i >= 3 && head.mid(i - 3, 3) == "{4:"))
            return true;
        from = i + 1;
    }
}

class Mt940Parser {
public:
    Mt940Parser(const QByteArray &data, const ReadOptions &options)
        : m_data(data)
        , m_opts(options)
    {
    }

    ReadResult run()
    {
        const text::Decoded dec = text::decodeToUtf8(m_data, m_opts.encoding);
        m_result.encoding = dec.encoding;
        if (!dec.error.isEmpty()) {
            error(0, QString(), dec.error);
            m_result.format = QStringLiteral("mt940");
            return std::move(m_result);
        }
        QString text = QString::fromUtf8(dec.utf8);
        if (!text.contains(QLatin1Char('\n')))
            text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
        // Line by line without materialising a list (a file of newlines must not cost GBs).
        bool truncatedWarned = false;
        const QStringView all(text);
        qsizetype pos = 0;
        for (qsizetype i = 0; pos <= all.size(); ++i) {
            qsizetype end = all.indexOf(QLatin1Char('\n'), pos);
            if (end < 0)
                end = all.size();
            QString line = clean(all.mid(pos, std::min(end - pos, kMaxLineLength + 1)));
            pos = end + 1;
            if (line.size() > kMaxLineLength) {
                if (!truncatedWarned)
                    warning(int(i + 1), QString(),
                        QStringLiteral("line longer than %1 characters cut").arg(kMaxLineLength));
                truncatedWarned = true;
                line.truncate(kMaxLineLength);
            }
            handleLine(line, int(i + 1));
        }
        endTag();
        finishMessage();
        if (m_messages == 0)
            error(0, QString(),
                QStringLiteral("no MT940/MT942 message found (no :20: or :61: tags)"));
        m_result.format = m_any942 ? QStringLiteral("mt942") : QStringLiteral("mt940");
        recon::log::import()->debug("{}: {} statement(s), {} item(s), {} error(s)",
            m_result.format.toStdString(), m_result.statements.size(), m_result.transactionCount(),
            m_result.errorCount);
        return std::move(m_result);
    }

private:
    static QString clean(QStringView in)
    {
        QString out;
        out.reserve(in.size());
        for (QChar c : in) {
            const char16_t u = c.unicode();
            if (u == 0x01 || u == 0x03 || u == 0x1A || u == '\r' || u == 0xFEFF)
                continue;
            out += (u < 0x20 || u == 0x7F) ? QLatin1Char(' ') : c;
        }
        return out;
    }

    void error(int line, const QString &field, const QString &msg)
    {
        m_result.addError({ m_opts.fileName, line, field, msg }, m_opts.maxErrors);
    }
    void warning(int line, const QString &field, const QString &msg)
    {
        if (m_result.warnings.size() < 1000)
            m_result.warnings.append({ m_opts.fileName, line, field, msg });
    }

    void handleLine(QString line, int lineNo)
    {
        // SWIFT envelope: {1:...}{2:I940...}{3:...}{4: then the text block, "-}" and {5:...}.
        if (line.startsWith(QLatin1Char('{'))) {
            const qsizetype app = line.indexOf(QLatin1String("{2:"));
            const qsizetype block4 = line.indexOf(QLatin1String("{4:"));
            if (app >= 0 || block4 >= 0 || line.startsWith(QLatin1String("{1:"))) {
                endTag();
                finishMessage();
            }
            if (app >= 0)
                m_pending942 = line.mid(app + 4, 3) == QLatin1String("942");
            if (block4 < 0)
                return; // header or trailer block only
            line = line.mid(block4 + 3);
            if (line.trimmed().isEmpty())
                return;
        }
        if (isMessageEnd(line)) {
            endTag();
            finishMessage();
            return;
        }
        QString tag;
        qsizetype contentPos = 0;
        if (isTagStart(line, &tag, &contentPos)) {
            endTag();
            if (tag == QLatin1String("20") && m_msg.any)
                finishMessage();
            m_tag = TagText { tag, { line.mid(contentPos) }, lineNo };
            m_hasTag = true;
            return;
        }
        if (line.trimmed().isEmpty())
            return;
        if (m_hasTag && m_tag.lines.size() < kMaxLinesPerTag)
            m_tag.lines << line; // continuation
        // else: preamble or trailer text outside a message
    }

    void endTag()
    {
        if (!m_hasTag)
            return;
        m_hasTag = false;
        processTag(m_tag);
    }

    void processTag(const TagText &t)
    {
        MessageBuilder &m = m_msg;
        if (!m.any) {
            m.any = true;
            m.line = t.line;
            m.is942 = m_pending942;
        }
        const QString first = t.lines.value(0).trimmed();
        const QString field = QLatin1Char(':') + t.tag + QLatin1Char(':');
        QString why;
        const QString &tag = t.tag;
        const bool detailTag = tag == QLatin1String("86") || tag == QLatin1String("NS");
        if (!detailTag)
            m.entryOpen = tag == QLatin1String("61");

        if (tag == QLatin1String("20")) {
            m.reference = first;
        } else if (tag == QLatin1String("25")) {
            m.account = first;
        } else if (tag == QLatin1String("28C") || tag == QLatin1String("28")) {
            m.statementNo = first;
        } else if (tag == QLatin1String("60F") || tag == QLatin1String("60M")) {
            m.opening = balance(first, t.line, field);
            m.openingLine = t.line;
            m.openingTag = field;
        } else if (tag == QLatin1String("62F") || tag == QLatin1String("62M")) {
            m.closing = balance(first, t.line, field);
            m.closingLine = t.line;
            m.closingTag = field;
            if (!m.closing)
                m.closingLine = -1; // stated but unreadable: no second error for a missing one
        } else if (tag == QLatin1String("64")) {
            m.available = balance(first, t.line, field);
            m.availableLine = t.line;
        } else if (tag == QLatin1String("34F")) {
            m.is942 = true;
            if (!m.floor) {
                m.floor = mt940::parseFloorLimit(first, &why);
                if (!m.floor)
                    error(t.line, field, why);
            }
        } else if (tag == QLatin1String("13D") || tag == QLatin1String("13")) {
            m.is942 = true;
            m.reportDate = mt940::parseDateTimeIndication(first);
            if (!m.reportDate.isValid())
                error(t.line, field,
                    QStringLiteral("'%1' is not a YYMMDDhhmm date-time").arg(first.left(20)));
        } else if (tag == QLatin1String("90D") || tag == QLatin1String("90C")) {
            auto sum = mt940::parseEntrySum(first, &why);
            if (!sum)
                error(t.line, field, why);
            (tag == QLatin1String("90D") ? m.sumDebit : m.sumCredit) = sum;
            m.sumLine = t.line;
        } else if (tag == QLatin1String("61")) {
            entry(t);
        } else if (tag == QLatin1String("86")) {
            if (m.entryOpen && !m.entries.isEmpty()) {
                PendingEntry &e = m.entries.last();
                if (e.details.size() < kMaxLinesPerTag)
                    e.details += t.lines;
            }
        } else if (tag == QLatin1String("NS")) {
            if (m.entryOpen && !m.entries.isEmpty())
                m.entries.last().extraRaw.append({ field, t.lines.join(QLatin1Char('\n')) });
        }
        // :21: :65: and unknown tags: nothing to keep at statement level.
    }

    std::optional<Balance> balance(const QString &text, int line, const QString &field)
    {
        QString why;
        auto b = mt940::parseBalance(text, &why);
        if (!b)
            error(line, field, why);
        return b;
    }

    void entry(const TagText &t)
    {
        PendingEntry p;
        p.line = t.line;
        QString field, why;
        const auto e = mt940::parseEntry(t.lines.value(0), &field, &why);
        if (!e) {
            p.bad = true;
            m_msg.anyBadEntry = true;
            if (m_opts.skipBadLines) {
                ++m_result.skippedLines;
                warning(t.line, field, why + QStringLiteral(" (entry skipped)"));
            } else {
                error(t.line, field, why);
            }
        } else {
            p.entry = *e;
            if (!e->badEntryDate.isEmpty())
                warning(t.line, QStringLiteral(":61: entry date"),
                    QStringLiteral("'%1' is not an MMDD date; the value date is used")
                        .arg(e->badEntryDate));
        }
        p.supplementary = t.lines.mid(1);
        // Keep the slot so a following :86: does not attach to the entry before.
        m_msg.entries.append(std::move(p));
    }

    std::optional<Money> toMoney(
        const Decimal &d, bool negative, const QString &currency, int line, const QString &field)
    {
        const auto c = Currency::fromCode(currency);
        if (!c) {
            error(line, field, QStringLiteral("'%1' is not a currency code").arg(currency));
            return std::nullopt;
        }
        auto m = Money::fromDecimal(d, *c);
        if (m && negative)
            m = m->checkedNegate();
        if (!m)
            error(line, field,
                QStringLiteral("amount has more decimals than %1 allows or is too large")
                    .arg(currency));
        return m;
    }

    void finishMessage()
    {
        MessageBuilder m = std::move(m_msg);
        m_msg = MessageBuilder();
        if (!m.any)
            return;
        ++m_messages;
        m_pending942 = false;
        if (m.is942)
            m_any942 = true;
        Statement s;
        s.id = m.statementNo.isEmpty() ? m.reference : m.statementNo;
        s.account = m_opts.account.isEmpty() ? m.account : m_opts.account;
        QString currency;
        if (m.opening)
            currency = m.opening->currency;
        else if (m.floor)
            currency = m.floor->currency;
        else if (m.closing)
            currency = m.closing->currency;
        else if (m.sumCredit)
            currency = m.sumCredit->currency;
        else if (m.sumDebit)
            currency = m.sumDebit->currency;
        else
            currency = m_opts.defaultCurrency;
        if (currency.isEmpty()) {
            error(m.line, QStringLiteral(":60F:"),
                QStringLiteral("%1 states no currency (no :60F: or :34F:); give a default currency")
                    .arg(statementLabel(m)));
            return;
        }
        s.currency = currency;

        if (!m.is942) {
            if (m.openingLine == 0)
                error(m.line, QStringLiteral(":60F:"),
                    QStringLiteral("%1 has no opening balance (:60F:/:60M:)")
                        .arg(statementLabel(m)));
            if (m.closingLine == 0)
                error(m.line, QStringLiteral(":62F:"),
                    QStringLiteral("%1 has no closing balance (:62F:/:62M:): the file may be "
                                   "truncated")
                        .arg(statementLabel(m)));
        }
        if (m.opening) {
            if (m.opening->currency != currency)
                warning(m.openingLine, m.openingTag,
                    QStringLiteral("opening balance in %1, statement in %2")
                        .arg(m.opening->currency, currency));
            s.openingBalance = toMoney(m.opening->amount, m.opening->debit, m.opening->currency,
                m.openingLine, m.openingTag);
            s.periodFrom = m.opening->date;
        }
        if (m.closing) {
            s.closingBalance = toMoney(m.closing->amount, m.closing->debit, m.closing->currency,
                m.closingLine, m.closingTag);
            s.periodTo = m.closing->date;
        }
        if (m.available)
            s.availableBalance = toMoney(m.available->amount, m.available->debit,
                m.available->currency, m.availableLine, QStringLiteral(":64:"));
        if (!s.periodTo.isValid() && m.reportDate.isValid())
            s.periodTo = m.reportDate;

        qint64 sum = 0;
        bool sumOk = !m.anyBadEntry;
        int debits = 0, credits = 0;
        qint64 debitTotal = 0, creditTotal = 0;
        for (PendingEntry &p : m.entries) {
            if (p.bad)
                continue;
            auto t = transaction(p, s, currency);
            if (!t) {
                sumOk = false;
                continue;
            }
            const qint64 minor = t->amount.minor();
            if (__builtin_add_overflow(sum, minor, &sum))
                sumOk = false;
            if (minor < 0) {
                ++debits;
                debitTotal -= minor;
            } else if (p.entry.debit) {
                ++debits;
            } else {
                ++credits;
                creditTotal += minor;
            }
            s.transactions.append(std::move(*t));
        }

        if (sumOk && s.openingBalance && s.closingBalance
            && s.openingBalance->currency() == s.closingBalance->currency()
            && s.openingBalance->currencyCode() == currency) {
            const auto expected
                = Money(sum, s.openingBalance->currency()).checkedAdd(*s.openingBalance);
            if (expected && !(*expected == *s.closingBalance)) {
                warning(m.closingLine, m.closingTag,
                    QStringLiteral("%1: opening balance %2 + entries %3 = %4, but the closing "
                                   "balance is %5")
                        .arg(statementLabel(m), s.openingBalance->toPlainString(),
                            Money(sum, s.openingBalance->currency()).toPlainString(),
                            expected->toPlainString(), s.closingBalance->toPlainString()));
            }
        }
        if (sumOk)
            checkSum(m, m.sumDebit, debits, debitTotal, QStringLiteral(":90D:"), currency);
        if (sumOk)
            checkSum(m, m.sumCredit, credits, creditTotal, QStringLiteral(":90C:"), currency);
        m_result.statements.append(std::move(s));
    }

    void checkSum(const MessageBuilder &m, const std::optional<mt940::EntrySum> &stated, int count,
        qint64 total, const QString &field, const QString &currency)
    {
        if (!stated)
            return;
        if (stated->currency != currency) {
            warning(m.sumLine, field,
                QStringLiteral("%1: entries counted in %2 but the statement currency is %3")
                    .arg(statementLabel(m), stated->currency, currency));
            return;
        }
        const auto c = Currency::fromCode(currency);
        if (!c)
            return;
        const auto statedMoney = Money::fromDecimal(stated->amount, *c);
        if (stated->count != count || !statedMoney || statedMoney->minor() != total)
            warning(m.sumLine, field,
                QStringLiteral("%1: %2 states %3 entries totalling %4, the entries are %5 "
                               "totalling %6")
                    .arg(statementLabel(m), field, QString::number(stated->count),
                        statedMoney ? statedMoney->toPlainString() : QStringLiteral("?"),
                        QString::number(count), Money(total, *c).toPlainString()));
    }

    static QString statementLabel(const MessageBuilder &m)
    {
        QString s = QStringLiteral("statement %1")
                        .arg(m.statementNo.isEmpty() ? m.reference : m.statementNo);
        if (!m.account.isEmpty())
            s += QStringLiteral(" (account %1)").arg(m.account);
        return s;
    }

    static bool isNoRef(const QString &s)
    {
        return s.isEmpty() || s.compare(QLatin1String("NONREF"), Qt::CaseInsensitive) == 0;
    }

    std::optional<Transaction> transaction(
        const PendingEntry &p, const Statement &s, const QString &currency)
    {
        const Entry &e = p.entry;
        const auto amount
            = toMoney(e.amount, e.debit, currency, p.line, QStringLiteral(":61: amount"));
        if (!amount)
            return std::nullopt;
        Transaction t;
        t.amount = *amount;
        t.valueDate = e.valueDate;
        t.bookingDate = e.entryDate.isValid() ? e.entryDate : e.valueDate;
        t.account = s.account;
        t.bankCode = e.typeCode.trimmed();
        t.sourceLine = p.line;
        const mt940::Details d = mt940::parseDetails(p.details);
        const QString supplementary = mt940::joinWrapped(p.supplementary, 34);
        t.description = d.description.isEmpty() ? supplementary : d.description;
        t.description.truncate(4096);
        t.reference = !d.reference.isEmpty() ? d.reference
            : isNoRef(e.customerRef)         ? QString()
                                             : e.customerRef;
        t.counterparty = d.counterparty.isEmpty() ? e.extra : d.counterparty;
        t.counterpartyAccount = d.counterpartyAccount;
        t.externalId = !isNoRef(e.bankRef) ? e.bankRef
            : isNoRef(e.customerRef)       ? QString()
                                           : e.customerRef;
        if (m_opts.keepRawFields) {
            QString line61 = QStringList(p.supplementary).join(QLatin1Char('\n'));
            t.raw.append({ QStringLiteral(":61:"),
                p.supplementary.isEmpty() ? rawFirst(p)
                                          : rawFirst(p) + QLatin1Char('\n') + line61 });
            if (!supplementary.isEmpty())
                t.raw.append({ QStringLiteral("supplementary"), supplementary });
            if (!p.details.isEmpty())
                t.raw.append({ QStringLiteral(":86:"), p.details.join(QLatin1Char('\n')) });
            if (!d.transactionCode.isEmpty())
                t.raw.append({ QStringLiteral("gvc"), d.transactionCode });
            for (const auto &sf : d.subfields)
                t.raw.append(sf);
            if (!d.counterpartyBank.isEmpty())
                t.raw.append({ QStringLiteral("counterparty_bank"), d.counterpartyBank });
            t.raw += p.extraRaw;
        }
        return t;
    }

    static QString rawFirst(const PendingEntry &p)
    {
        const Entry &e = p.entry;
        return e.valueDate.toString(QStringLiteral("yyMMdd")) + e.mark + e.amountText + e.typeCode
            + e.customerRef + (e.bankRef.isEmpty() ? QString() : QStringLiteral("//") + e.bankRef);
    }

    const QByteArray &m_data;
    const ReadOptions &m_opts;
    ReadResult m_result;
    MessageBuilder m_msg;
    TagText m_tag;
    bool m_hasTag = false;
    bool m_pending942 = false;
    bool m_any942 = false;
    int m_messages = 0;
};

class Mt940Reader final : public Reader {
public:
    QString name() const override { return QStringLiteral("mt940"); }
    QStringList names() const override
    {
        return { QStringLiteral("mt940"), QStringLiteral("mt942") };
    }
    QString description() const override
    {
        return QStringLiteral("SWIFT MT940 statement / MT942 interim report");
    }
    int detect(const QByteArray &head) const override
    {
        if (head.contains("{2:I940") || head.contains("{2:O940") || head.contains("{2:I942")
            || head.contains("{2:O942"))
            return 95;
        const bool t20 = hasTagLine(head, ":20:");
        const bool t25 = hasTagLine(head, ":25:");
        const bool t60 = hasTagLine(head, ":60F:") || hasTagLine(head, ":60M:");
        const bool t61 = hasTagLine(head, ":61:");
        const bool t34 = hasTagLine(head, ":34F:");
        const bool t62 = hasTagLine(head, ":62F:") || hasTagLine(head, ":62M:");
        if (t20 && t25 && (t60 || t61 || t34))
            return 95;
        if ((t61 && hasTagLine(head, ":86:")) || (t60 && t62))
            return 60;
        if (t20 && t25)
            return 40;
        return 0;
    }
    ReadResult read(const QByteArray &data, const ReadOptions &o) const override
    {
        return Mt940Parser(data, o).run();
    }
};
} // namespace

std::unique_ptr<Reader> makeMt940Reader()
{
    return std::make_unique<Mt940Reader>();
}
} // namespace recon
