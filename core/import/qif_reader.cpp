// Quicken Interchange Format: "!Type:Bank" headers, one letter per field, "^" ends a record.
//
// Decisions (QIF states neither a date order nor a currency):
// - Sections !Type:Bank, Cash, CCard, Oth A, Oth L hold transactions. !Type:Invst records are
//   counted and reported in a warning, not imported (they are trades, not cash movements).
//   Category, class, security, price and memorized lists are skipped.
// - An "!Account" record (N name) starts a new account: one Statement per account; records
//   before any !Account go to one default statement (ReadOptions::account, else unnamed).
// - Fields: D date, T amount (U when T is missing), P payee -> counterparty, M memo ->
//   description (the payee when there is no memo), N number -> reference, L/C/A and the split
//   lines S/E/$/% are kept in raw only; the transaction's amount is T, never the split sum.
// - Dates: M/D/Y or D/M/Y is decided once for the whole file: a first number above 12 proves
//   day-first, a second number above 12 proves month-first (the majority wins when dates
//   contradict each other). When nothing decides, month-first (Quicken's US form) is assumed
//   and a warning says so. ISO "YYYY-MM-DD" is always read as such. Two-digit years: after an
//   apostrophe 20xx, otherwise 00-69 -> 20xx and 70-99 -> 19xx.
// - Amounts: '.' decimals with ',' thousands unless the file's amounts show a decimal comma.
// - Currency: ReadOptions::defaultCurrency; when none is given, USD with a warning
//   ("QIF states no currency; assumed USD").
#include "core/import/qif_dates.h"
#include "core/import/registry.h"
#include "core/import/text_decoding.h"
#include "core/log.h"

#include <QHash>
#include <QRegularExpression>

namespace recon {
namespace {

constexpr qsizetype kMaxLineLength = 4096;
constexpr int kMaxFieldsPerRecord = 500;

enum class Section { None, Cash, Investment, AccountList, Other };

struct Field {
    QChar code;
    QString value;
    int line = 0;
};

struct Record {
    int line = 0;
    int statement = 0; // index into the result's statements
    QList<Field> fields;
    bool terminated = true;
};

Section sectionFor(const QString &header, QString *typeName)
{
    const QString h = header.trimmed();
    if (h.compare(QLatin1String("!Account"), Qt::CaseInsensitive) == 0)
        return Section::AccountList;
    if (!h.startsWith(QLatin1String("!Type:"), Qt::CaseInsensitive))
        return Section::None; // !Option:AutoSwitch, !Clear:AutoSwitch ...
    const QString t = h.mid(6).trimmed().toLower();
    *typeName = h.mid(6).trimmed();
    if (t == QLatin1String("bank") || t == QLatin1String("cash") || t == QLatin1String("ccard")
        || t == QLatin1String("oth a") || t == QLatin1String("oth l"))
        return Section::Cash;
    if (t == QLatin1String("invst"))
        return Section::Investment;
    return Section::Other;
}

class QifParser {
public:
    QifParser(const QByteArray &data, const ReadOptions &options)
        : m_data(data)
        , m_opts(options)
    {
        m_result.format = QStringLiteral("qif");
    }

    ReadResult run()
    {
        const text::Decoded dec = text::decodeToUtf8(m_data, m_opts.encoding);
        m_result.encoding = dec.encoding;
        if (!dec.error.isEmpty()) {
            error(0, QString(), dec.error);
            return std::move(m_result);
        }
        m_currency = m_opts.defaultCurrency.trimmed().toUpper();
        if (m_currency.isEmpty() || !Currency::fromCode(m_currency)) {
            if (!m_currency.isEmpty())
                error(0, QStringLiteral("currency"),
                    QStringLiteral("'%1' is not a currency code").arg(m_currency.left(10)));
            m_currency = QStringLiteral("USD");
            warning(0, QString(), QStringLiteral("QIF states no currency; assumed USD"));
        }
        split(QString::fromUtf8(dec.utf8));
        if (m_investmentRecords > 0)
            warning(0, QStringLiteral("!Type:Invst"),
                QStringLiteral("%1 investment record(s) not imported (only cash accounts are)")
                    .arg(m_investmentRecords));
        if (!m_sawHeader) {
            error(0, QString(), QStringLiteral("no !Type header: not a QIF file"));
            return std::move(m_result);
        }
        build();
        recon::log::import()->debug("qif: {} account(s), {} item(s), {} error(s)",
            m_result.statements.size(), m_result.transactionCount(), m_result.errorCount);
        return std::move(m_result);
    }

private:
    void error(int line, const QString &field, const QString &msg)
    {
        m_result.addError({ m_opts.fileName, line, field, msg }, m_opts.maxErrors);
    }
    void warning(int line, const QString &field, const QString &msg)
    {
        if (m_result.warnings.size() < 1000)
            m_result.warnings.append({ m_opts.fileName, line, field, msg });
    }
    void bad(int line, const QString &field, const QString &msg)
    {
        if (m_opts.skipBadLines) {
            ++m_result.skippedLines;
            warning(line, field, msg + QStringLiteral(" (record skipped)"));
        } else {
            error(line, field, msg);
        }
    }

    int statementFor(const QString &account)
    {
        const QString key = m_opts.account.isEmpty() ? account : m_opts.account;
        const auto it = m_statementIndex.constFind(key);
        if (it != m_statementIndex.constEnd())
            return *it;
        Statement s;
        s.account = key;
        s.currency = m_currency;
        m_result.statements.append(s);
        const int idx = int(m_result.statements.size() - 1);
        m_statementIndex.insert(key, idx);
        return idx;
    }

    void split(const QString &text)
    {
        Section section = Section::None;
        bool autoSwitch = false;
        QString account;
        Record rec;
        bool strayWarned = false;
        auto endRecord = [&](bool terminated) {
            if (rec.fields.isEmpty())
                return;
            rec.terminated = terminated;
            if (section == Section::AccountList) {
                if (!autoSwitch) {
                    for (const Field &f : rec.fields) {
                        if (f.code == QLatin1Char('N'))
                            account = f.value.trimmed();
                    }
                }
            } else if (section == Section::Investment) {
                ++m_investmentRecords;
            } else if (section == Section::Cash) {
                rec.statement = statementFor(account);
                m_records.append(rec);
            }
            rec = Record();
        };
        const QStringView all(text);
        qsizetype pos = 0;
        for (qsizetype i = 0; pos <= all.size(); ++i) {
            const int lineNo = int(i + 1);
            qsizetype end = all.indexOf(QLatin1Char('\n'), pos);
            if (end < 0)
                end = all.size();
            QString line = all.mid(pos, std::min(end - pos, kMaxLineLength + 1)).toString();
            pos = end + 1;
            if (line.endsWith(QLatin1Char('\r')))
                line.chop(1);
            if (i == 0 && line.startsWith(QChar(0xFEFF)))
                line.remove(0, 1);
            if (line.size() > kMaxLineLength)
                line.truncate(kMaxLineLength);
            if (line.trimmed().isEmpty())
                continue;
            if (line.startsWith(QLatin1Char('!'))) {
                endRecord(true);
                const QString h = line.trimmed();
                if (h.compare(QLatin1String("!Option:AutoSwitch"), Qt::CaseInsensitive) == 0) {
                    autoSwitch = true;
                    continue;
                }
                if (h.compare(QLatin1String("!Clear:AutoSwitch"), Qt::CaseInsensitive) == 0) {
                    autoSwitch = false;
                    continue;
                }
                QString typeName;
                const Section s = sectionFor(h, &typeName);
                if (s == Section::None) {
                    warning(lineNo, QString(),
                        QStringLiteral("unknown header '%1' ignored").arg(h.left(40)));
                    continue;
                }
                m_sawHeader = true;
                section = s;
                if (s == Section::Other)
                    recon::log::import()->debug(
                        "qif: skipping !Type:{} records", typeName.toStdString());
                continue;
            }
            if (line.trimmed() == QLatin1String("^")) {
                endRecord(true);
                continue;
            }
            if (section == Section::None) {
                if (!line.startsWith(QLatin1Char('#')) && !strayWarned) {
                    warning(lineNo, QString(),
                        QStringLiteral("text before the first !Type header ignored"));
                    strayWarned = true;
                }
                continue;
            }
            if (rec.fields.isEmpty())
                rec.line = lineNo;
            if (rec.fields.size() < kMaxFieldsPerRecord)
                rec.fields.append({ line[0], line.mid(1).trimmed(), lineNo });
        }
        if (!rec.fields.isEmpty()) {
            if (section == Section::Cash)
                warning(rec.line, QString(),
                    QStringLiteral("the last record is not ended by '^' (truncated file?)"));
            endRecord(false);
        }
    }

    // The date (D) of a record: the first D before any split line.
    static const Field *dateField(const Record &r)
    {
        for (const Field &f : r.fields) {
            if (f.code == QLatin1Char('S'))
                return nullptr;
            if (f.code == QLatin1Char('D'))
                return &f;
        }
        return nullptr;
    }
    static const Field *amountField(const Record &r)
    {
        const Field *u = nullptr;
        bool inSplit = false;
        for (const Field &f : r.fields) {
            if (f.code == QLatin1Char('S'))
                inSplit = true;
            if (f.code == QLatin1Char('T'))
                return &f;
            if (f.code == QLatin1Char('U') && !u && !inSplit)
                u = &f;
        }
        return u;
    }

    DecimalSeparator decideDecimal() const
    {
        static const QRegularExpression commaDec(QStringLiteral(",\\d{1,2}$"));
        static const QRegularExpression dotDec(QStringLiteral("\\.\\d{1,2}$"));
        int comma = 0, dot = 0;
        for (const Record &r : m_records) {
            if (const Field *f = amountField(r)) {
                if (f->value.contains(commaDec) && !f->value.contains(QLatin1Char('.')))
                    ++comma;
                else if (f->value.contains(dotDec))
                    ++dot;
                else if (f->value.contains(QLatin1Char('.')) && f->value.contains(QLatin1Char(','))
                    && f->value.lastIndexOf(QLatin1Char(','))
                        > f->value.lastIndexOf(QLatin1Char('.')))
                    ++comma; // "1.234,5"
            }
        }
        return comma > dot ? DecimalSeparator::Comma : DecimalSeparator::Dot;
    }

    void build()
    {
        QList<qif::DateParts> parts;
        for (const Record &r : m_records) {
            if (const Field *f = dateField(r)) {
                if (auto p = qif::splitDate(f->value))
                    parts.append(*p);
            }
        }
        const qif::OrderDecision order = qif::decideOrder(parts);
        const QString orderName = order.order == qif::DateOrder::DayFirst
            ? QStringLiteral("day/month/year")
            : QStringLiteral("month/day/year");
        if (order.ambiguous)
            warning(0, QStringLiteral("D"),
                QStringLiteral("dates are ambiguous (no day above 12 decides); read as %1")
                    .arg(orderName));
        if (order.dayFirstEvidence > 0 && order.monthFirstEvidence > 0)
            warning(0, QStringLiteral("D"),
                QStringLiteral("dates contradict each other (%1 day-first, %2 month-first); "
                               "read as %3")
                    .arg(order.dayFirstEvidence)
                    .arg(order.monthFirstEvidence)
                    .arg(orderName));
        const DecimalSeparator sep = decideDecimal();
        const Currency currency = *Currency::fromCode(m_currency);

        for (const Record &r : m_records) {
            Statement &s = m_result.statements[r.statement];
            const Field *df = dateField(r);
            const Field *af = amountField(r);
            if (!df) {
                bad(r.line, QStringLiteral("D"), QStringLiteral("record has no date (D)"));
                continue;
            }
            if (!af) {
                bad(r.line, QStringLiteral("T"), QStringLiteral("record has no amount (T)"));
                continue;
            }
            QDate date;
            if (const auto p = qif::splitDate(df->value))
                date = qif::toDate(*p, order.order);
            if (!date.isValid()) {
                bad(df->line, QStringLiteral("D"),
                    QStringLiteral("'%1' is not a date (read as %2)")
                        .arg(df->value.left(30), orderName));
                continue;
            }
            if (af->value.isEmpty()) {
                bad(af->line, QString(af->code), QStringLiteral("empty amount"));
                continue;
            }
            const Money::Parse amount = Money::parse(af->value, currency, sep);
            if (!amount.value) {
                bad(af->line, QString(af->code),
                    QStringLiteral("'%1' is not an amount: %2")
                        .arg(af->value.left(30), amount.error));
                continue;
            }
            Transaction t;
            t.bookingDate = date;
            t.amount = *amount.value;
            t.account = s.account;
            t.sourceLine = r.line;
            QString memo, payee;
            for (const Field &f : r.fields) {
                if (f.code == QLatin1Char('P') && payee.isEmpty())
                    payee = f.value;
                else if (f.code == QLatin1Char('M') && memo.isEmpty())
                    memo = f.value;
                else if (f.code == QLatin1Char('N') && t.reference.isEmpty())
                    t.reference = f.value;
                if (m_opts.keepRawFields)
                    t.raw.append({ QString(f.code), f.value });
            }
            t.counterparty = payee;
            t.description = memo.isEmpty() ? payee : memo;
            if (!s.periodFrom.isValid() || date < s.periodFrom)
                s.periodFrom = date;
            if (!s.periodTo.isValid() || date > s.periodTo)
                s.periodTo = date;
            s.transactions.append(std::move(t));
        }
    }

    const QByteArray &m_data;
    const ReadOptions &m_opts;
    ReadResult m_result;
    QString m_currency;
    QList<Record> m_records;
    QHash<QString, int> m_statementIndex;
    int m_investmentRecords = 0;
    bool m_sawHeader = false;
};

class QifReader final : public Reader {
public:
    QString name() const override { return QStringLiteral("qif"); }
    QString description() const override { return QStringLiteral("Quicken Interchange Format"); }
    int detect(const QByteArray &head) const override
    {
        // The first meaningful line is a header.
        qsizetype pos = head.startsWith("\xEF\xBB\xBF") ? 3 : 0;
        while (pos < head.size()) {
            qsizetype end = head.indexOf('\n', pos);
            if (end < 0)
                end = head.size();
            const QByteArray line = head.mid(pos, end - pos).trimmed();
            pos = end + 1;
            if (line.isEmpty() || line.startsWith('#'))
                continue;
            const QByteArray l = line.toLower();
            if (l.startsWith("!type:") || l.startsWith("!account") || l.startsWith("!option:")
                || l.startsWith("!clear:"))
                return 90;
            break;
        }
        return head.contains("\n!Type:") ? 50 : 0;
    }
    ReadResult read(const QByteArray &data, const ReadOptions &o) const override
    {
        return QifParser(data, o).run();
    }
};
} // namespace

std::unique_ptr<Reader> makeQifReader()
{
    return std::make_unique<QifReader>();
}
} // namespace recon
