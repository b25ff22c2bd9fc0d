// BAI2 cash management files: 01 file header, 02 group (as-of date, currency), 03 account with
// summary type codes, 16 transaction details, 88 continuations, 49/98/99 trailers.
//
// Decisions (documented here because the spec leaves room):
// - Signs of 16 details follow the type code: 100-399 and 920-959 are credits, 400-699 and
//   960-999 debits (BAI's customised credit/debit ranges). A sign written in the amount
//   multiplies that direction (a "-" on a credit code is a correction that takes money out).
//   Other codes (000-099 status, 700-799 loan, 900-919 customised status) keep the amount's own
//   sign, unsigned meaning positive.
// - Control totals are the algebraic sum of the amounts as written in 03 and 16 records (not
//   the type-code-signed amounts), as the spec defines them. A control total or record count
//   that does not match is a WARNING: real bank files get both wrong (see the moov-io samples)
//   while their details are fine. What IS an error is broken structure that means data is
//   missing: a file that ends without its 99 trailer, an account or group left open (no 49/98),
//   a 16 outside an account, an unreadable amount or date.
// - Implied decimals come from the currency's ISO 4217 exponent (JPY 0, USD 2, BHD 3); the
//   currency is the 03's, else the 02's, else the import's default, else USD.
// - One Statement per 03 account section; 010 opening ledger, 015 closing ledger, available
//   balance from 045 (closing available), else 060 (current available), else 040.
#include "core/import/bai2_records.h"
#include "core/import/registry.h"
#include "core/log.h"

#include <QDate>

namespace recon {
namespace {

using bai2::FieldCursor;
using bai2::Record;

enum class Direction { Credit, Debit, AsSigned };

Direction directionOf(int typeCode)
{
    if ((typeCode >= 100 && typeCode <= 399) || (typeCode >= 920 && typeCode <= 959))
        return Direction::Credit;
    if ((typeCode >= 400 && typeCode <= 699) || (typeCode >= 960 && typeCode <= 999))
        return Direction::Debit;
    return Direction::AsSigned;
}

bool isTypeCode(const QString &s)
{
    if (s.size() != 3)
        return false;
    for (QChar c : s) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

// Skips the funds-availability fields that follow a funds type (S: 3 amounts, V: date + time,
// D: a count and that many day/amount pairs). Returns the value date for V.
QDate skipFundsType(const QString &fundsType, FieldCursor &f)
{
    if (fundsType == QLatin1String("S")) {
        f.next();
        f.next();
        f.next();
    } else if (fundsType == QLatin1String("V")) {
        const QDate d = bai2::parseDate(f.next());
        f.next();
        return d;
    } else if (fundsType == QLatin1String("D")) {
        const int n = std::clamp(f.next().toInt(), 0, 1000);
        for (int i = 0; i < n * 2 && !f.atEnd(); ++i)
            f.next();
    }
    return {};
}

class Bai2Parser {
public:
    Bai2Parser(const QByteArray &data, const ReadOptions &options)
        : m_data(data)
        , m_opts(options)
    {
        m_result.format = QStringLiteral("bai2");
        m_defaultCurrency
            = options.defaultCurrency.isEmpty() ? QStringLiteral("USD") : options.defaultCurrency;
    }

    ReadResult run()
    {
        const bai2::SplitResult split = bai2::splitRecords(m_data);
        m_result.encoding = split.ascii ? QStringLiteral("ascii") : QStringLiteral("iso-8859-1");
        for (const bai2::SplitIssue &i : split.issues)
            error(i.line, QString(), i.message);
        if (split.records.isEmpty()) {
            error(0, QString(), QStringLiteral("the file holds no BAI2 records"));
            return std::move(m_result);
        }
        if (split.records.first().code != 1)
            error(split.records.first().line, QStringLiteral("01"),
                QStringLiteral("the file does not start with an 01 file header"));
        for (const Record &r : split.records) {
            if (m_sawFileTrailer) {
                warning(
                    r.line, QString(), QStringLiteral("records after the 99 file trailer ignored"));
                break;
            }
            if (r.code == 88) {
                count(r);
                continuation(r);
                continue;
            }
            flush(); // before counting: a trailer is checked against the records before it
            count(r);
            m_pending = r;
            m_pendingTexts.clear();
            m_hasPending = true;
        }
        flush();
        finish();
        recon::log::import()->debug("bai2: {} account(s), {} item(s), {} error(s)",
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
        m_result.warnings.append({ m_opts.fileName, line, field, msg });
    }
    // A bad detail: an error, or with skipBadLines a warning and a skipped item.
    void badDetail(int line, const QString &field, const QString &msg)
    {
        if (m_opts.skipBadLines) {
            ++m_result.skippedLines;
            warning(line, field, msg + QStringLiteral(" (record skipped)"));
        } else {
            error(line, field, msg);
        }
    }

    void count(const Record &r)
    {
        ++m_fileRecords;
        if (r.code == 2)
            m_groupRecords = 0;
        if (r.code == 3)
            m_accountRecords = 0;
        ++m_groupRecords;
        ++m_accountRecords;
    }

    void continuation(const Record &r)
    {
        if (!m_hasPending) {
            error(r.line, QStringLiteral("88"),
                QStringLiteral("88 continuation without a record to continue"));
            return;
        }
        if (m_pending.code == 16) {
            QString t = r.body;
            m_pendingTexts << t.trimmed();
        } else if (m_pending.body.size() < bai2::kMaxRecordLength) {
            m_pending.body += QLatin1Char(',') + r.body.section(QLatin1Char('/'), 0, 0);
        }
    }

    void flush()
    {
        if (!m_hasPending)
            return;
        m_hasPending = false;
        const Record &r = m_pending;
        switch (r.code) {
        case 1:
            fileHeader(r);
            break;
        case 2:
            groupHeader(r);
            break;
        case 3:
            accountHeader(r);
            break;
        case 16:
            detail(r);
            break;
        case 49:
            accountTrailer(r);
            break;
        case 98:
            groupTrailer(r);
            break;
        case 99:
            fileTrailer(r);
            break;
        default:
            error(r.line, QString(),
                QStringLiteral("unknown record type %1").arg(r.code, 2, 10, QLatin1Char('0')));
        }
    }

    static QString fields(const Record &r) { return r.body.section(QLatin1Char('/'), 0, 0); }

    void fileHeader(const Record &r)
    {
        FieldCursor f(fields(r));
        for (int i = 0; i < 4; ++i)
            f.next(); // sender, receiver, creation date, creation time
        m_fileId = f.next();
        f.next(); // record length
        f.next(); // block size
        const QString version = f.next();
        if (!version.isEmpty() && version != QLatin1String("2"))
            warning(r.line, QStringLiteral("01"),
                QStringLiteral("version %1 file read as BAI2").arg(version.left(10)));
    }

    void groupHeader(const Record &r)
    {
        if (m_inAccount) {
            error(r.line, QStringLiteral("02"),
                QStringLiteral("new group while account %1 is open (missing 49)")
                    .arg(current().account));
            m_inAccount = false;
        }
        if (m_inGroup)
            error(r.line, QStringLiteral("02"),
                QStringLiteral("new group while the previous one is open (missing 98)"));
        m_inGroup = true;
        m_groupTotal = 0;
        m_groupAccounts = 0;
        FieldCursor f(fields(r));
        f.next(); // ultimate receiver
        f.next(); // originator
        f.next(); // group status
        const QString date = f.next();
        f.next(); // as-of time
        const QString ccy = f.next();
        m_asOf = bai2::parseDate(date);
        if (!m_asOf.isValid())
            error(r.line, QStringLiteral("02 as-of date"),
                QStringLiteral("'%1' is not a YYMMDD date").arg(date.left(20)));
        m_groupCurrency = m_defaultCurrency;
        if (!ccy.isEmpty()) {
            if (Currency::fromCode(ccy))
                m_groupCurrency = ccy;
            else
                error(r.line, QStringLiteral("02 currency"),
                    QStringLiteral("unknown currency code '%1'").arg(ccy.left(10)));
        }
    }

    Statement &current() { return m_result.statements.last(); }

    void accountHeader(const Record &r)
    {
        if (m_inAccount)
            error(r.line, QStringLiteral("03"),
                QStringLiteral("new account while account %1 is open (missing 49)")
                    .arg(current().account));
        if (!m_inGroup) {
            error(r.line, QStringLiteral("03"),
                QStringLiteral("account outside a group (missing 02)"));
            m_groupCurrency = m_defaultCurrency;
        }
        m_inAccount = true;
        m_accountTotal = 0;
        m_accountTotalOverflow = false;
        m_accountTotalUnknown = false;
        m_accountLine = r.line;
        Statement s;
        FieldCursor f(fields(r));
        s.account = f.next();
        if (!m_opts.account.isEmpty())
            s.account = m_opts.account;
        const QString ccy = f.next();
        s.currency = m_groupCurrency;
        if (!ccy.isEmpty()) {
            if (Currency::fromCode(ccy))
                s.currency = ccy;
            else
                error(r.line, QStringLiteral("03 currency"),
                    QStringLiteral("unknown currency code '%1'").arg(ccy.left(10)));
        }
        s.id = m_fileId;
        s.periodFrom = m_asOf;
        s.periodTo = m_asOf;
        std::optional<Money> available040, available045, available060;
        while (!f.atEnd()) {
            const QString type = f.next();
            const QString amountText = f.next();
            f.next(); // item count
            skipFundsType(f.next(), f);
            if (type.isEmpty() && amountText.isEmpty())
                continue;
            if (!isTypeCode(type)) {
                error(r.line, QStringLiteral("03 type code"),
                    QStringLiteral("'%1' is not a three-digit type code").arg(type.left(10)));
                continue;
            }
            QString why;
            bool empty = false;
            const auto amount = bai2::parseAmount(amountText, &why, &empty);
            if (empty)
                continue;
            if (!amount) {
                m_accountTotalUnknown = true;
                error(r.line, QStringLiteral("03 amount"),
                    QStringLiteral("type %1: %2").arg(type, why));
                continue;
            }
            addToTotal(*amount);
            const Money m = Money::fromMinor(*amount, s.currency);
            const int code = type.toInt();
            if (code == 10)
                s.openingBalance = m;
            else if (code == 15)
                s.closingBalance = m;
            else if (code == 40)
                available040 = m;
            else if (code == 45)
                available045 = m;
            else if (code == 60)
                available060 = m;
        }
        s.availableBalance = available045 ? available045
            : available060                ? available060
                                          : available040;
        m_result.statements.append(std::move(s));
    }

    void addToTotal(qint64 amount)
    {
        if (__builtin_add_overflow(m_accountTotal, amount, &m_accountTotal))
            m_accountTotalOverflow = true;
    }

    void detail(const Record &r)
    {
        if (!m_inAccount) {
            error(r.line, QStringLiteral("16"),
                QStringLiteral("transaction detail outside an account (missing 03)"));
            return;
        }
        Statement &s = current();
        FieldCursor f(r.body);
        const QString type = f.next();
        const QString amountText = f.next();
        const QString fundsType = f.next();
        const QDate valueDate = skipFundsType(fundsType, f);
        const QString bankRef = f.next();
        const QString customerRef = f.next();
        QString text = f.rest();
        if (!isTypeCode(type)) {
            badDetail(r.line, QStringLiteral("16 type code"),
                QStringLiteral("'%1' is not a three-digit type code").arg(type.left(10)));
            return;
        }
        QString why;
        bool empty = false;
        const auto amount = bai2::parseAmount(amountText, &why, &empty);
        if (!amount) {
            m_accountTotalUnknown = true; // the control total cannot be verified
            badDetail(r.line, QStringLiteral("16 amount"),
                empty ? QStringLiteral("missing amount") : why);
            return;
        }
        addToTotal(*amount);
        const int code = type.toInt();
        qint64 signedMinor = *amount;
        switch (directionOf(code)) {
        case Direction::Credit:
            break;
        case Direction::Debit:
            signedMinor = -signedMinor;
            break;
        case Direction::AsSigned:
            break;
        }
        Transaction t;
        t.account = s.account;
        t.amount = Money::fromMinor(signedMinor, s.currency);
        t.bookingDate = m_asOf;
        t.valueDate = valueDate;
        t.bankCode = type;
        t.externalId = bankRef;
        t.reference = customerRef;
        QStringList parts;
        if (!text.trimmed().isEmpty())
            parts << text;
        parts += m_pendingTexts;
        t.description = parts.join(QLatin1Char(' ')).simplified().left(4096);
        t.sourceLine = r.line;
        if (m_opts.keepRawFields) {
            t.raw = { { QStringLiteral("type"), type }, { QStringLiteral("amount"), amountText },
                { QStringLiteral("funds_type"), fundsType },
                { QStringLiteral("bank_ref"), bankRef },
                { QStringLiteral("customer_ref"), customerRef },
                { QStringLiteral("text"), text.trimmed() } };
            for (const QString &c : m_pendingTexts)
                t.raw.append({ QStringLiteral("88"), c });
        }
        if (!t.bookingDate.isValid() && !t.valueDate.isValid()) {
            badDetail(r.line, QStringLiteral("16"),
                QStringLiteral("no date: the group's as-of date is missing or invalid"));
            return;
        }
        s.transactions.append(std::move(t));
    }

    static std::optional<int> parseCount(const QString &s)
    {
        bool ok = false;
        const int n = s.toInt(&ok);
        return ok ? std::optional<int>(n) : std::nullopt;
    }

    void accountTrailer(const Record &r)
    {
        if (!m_inAccount) {
            error(r.line, QStringLiteral("49"),
                QStringLiteral("account trailer without an account (missing 03)"));
            return;
        }
        m_inAccount = false;
        Statement &s = current();
        FieldCursor f(fields(r));
        const QString totalText = f.next();
        const QString countText = f.next();
        QString why;
        const auto stated = bai2::parseAmount(totalText, &why);
        if (!stated) {
            warning(r.line, QStringLiteral("49 control total"),
                QStringLiteral("account %1: unreadable control total '%2'")
                    .arg(s.account, totalText.left(30)));
        } else if (!m_accountTotalUnknown
            && (m_accountTotalOverflow || *stated != m_accountTotal)) {
            warning(r.line, QStringLiteral("49 control total"),
                QStringLiteral(
                    "account %1: control total %2 does not match the sum of its amounts %3")
                    .arg(s.account, QString::number(*stated),
                        m_accountTotalOverflow ? QStringLiteral("(overflow)")
                                               : QString::number(m_accountTotal)));
        }
        const auto n = parseCount(countText);
        if (!n || *n != m_accountRecords) {
            warning(r.line, QStringLiteral("49 record count"),
                QStringLiteral("account %1: trailer says %2 records, the section has %3")
                    .arg(s.account, countText.left(20))
                    .arg(m_accountRecords));
        }
        ++m_groupAccounts;
        // The group total is the sum of the account totals as the 49s state them (so one wrong
        // 49 is reported once, not again at 98 and 99).
        const qint64 accountTotal = stated ? *stated : m_accountTotal;
        if (__builtin_add_overflow(m_groupTotal, accountTotal, &m_groupTotal))
            m_groupTotal = 0; // absurd totals: the group check will report the mismatch
        checkBalances(s);
    }

    void checkBalances(const Statement &s)
    {
        if (!s.openingBalance || !s.closingBalance || m_accountTotalUnknown)
            return; // an unreadable amount was already reported: the sum would mislead
        qint64 sum = 0;
        for (const Transaction &t : s.transactions) {
            if (__builtin_add_overflow(sum, t.amount.minor(), &sum))
                return;
        }
        qint64 expected = 0;
        if (__builtin_add_overflow(s.openingBalance->minor(), sum, &expected))
            return;
        if (expected != s.closingBalance->minor()) {
            const Money e(expected, s.openingBalance->currency());
            const Money sm(sum, s.openingBalance->currency());
            warning(m_accountLine, QStringLiteral("03"),
                QStringLiteral(
                    "account %1: opening %2 + details %3 = %4, but the closing balance is %5")
                    .arg(s.account, s.openingBalance->toPlainString(), sm.toPlainString(),
                        e.toPlainString(), s.closingBalance->toPlainString()));
        }
    }

    void groupTrailer(const Record &r)
    {
        if (m_inAccount) {
            error(r.line, QStringLiteral("98"),
                QStringLiteral("group ends while account %1 is open (missing 49)")
                    .arg(current().account));
            m_inAccount = false;
        }
        if (!m_inGroup) {
            error(r.line, QStringLiteral("98"),
                QStringLiteral("group trailer without a group (missing 02)"));
            return;
        }
        m_inGroup = false;
        FieldCursor f(fields(r));
        const QString totalText = f.next();
        const auto accounts = parseCount(f.next());
        const QString recordsText = f.next();
        const auto stated = bai2::parseAmount(totalText, nullptr);
        if (!stated || *stated != m_groupTotal)
            warning(r.line, QStringLiteral("98 control total"),
                QStringLiteral("group control total %1 does not match the sum of its accounts %2")
                    .arg(totalText.left(30))
                    .arg(m_groupTotal));
        if (!accounts || *accounts != m_groupAccounts)
            warning(r.line, QStringLiteral("98 account count"),
                QStringLiteral("group trailer says %1 accounts, the group has %2")
                    .arg(accounts.value_or(-1))
                    .arg(m_groupAccounts));
        const auto n = parseCount(recordsText);
        if (!n || *n != m_groupRecords)
            warning(r.line, QStringLiteral("98 record count"),
                QStringLiteral("group trailer says %1 records, the group has %2")
                    .arg(recordsText.left(20))
                    .arg(m_groupRecords));
        if (__builtin_add_overflow(m_fileTotal, stated ? *stated : m_groupTotal, &m_fileTotal))
            m_fileTotal = 0;
        ++m_fileGroups;
    }

    void fileTrailer(const Record &r)
    {
        if (m_inGroup)
            error(r.line, QStringLiteral("99"),
                QStringLiteral("file ends while a group is open (missing 98)"));
        m_inGroup = m_inAccount = false;
        m_sawFileTrailer = true;
        FieldCursor f(fields(r));
        const QString totalText = f.next();
        const auto groups = parseCount(f.next());
        const QString recordsText = f.next();
        const auto stated = bai2::parseAmount(totalText, nullptr);
        if (!stated || *stated != m_fileTotal)
            warning(r.line, QStringLiteral("99 control total"),
                QStringLiteral("file control total %1 does not match the sum of its groups %2")
                    .arg(totalText.left(30))
                    .arg(m_fileTotal));
        if (!groups || *groups != m_fileGroups)
            warning(r.line, QStringLiteral("99 group count"),
                QStringLiteral("file trailer says %1 groups, the file has %2")
                    .arg(groups.value_or(-1))
                    .arg(m_fileGroups));
        const auto n = parseCount(recordsText);
        if (!n || *n != m_fileRecords)
            warning(r.line, QStringLiteral("99 record count"),
                QStringLiteral("file trailer says %1 records, the file has %2")
                    .arg(recordsText.left(20))
                    .arg(m_fileRecords));
    }

    void finish()
    {
        if (m_inAccount)
            error(0, QStringLiteral("49"),
                QStringLiteral("the file ends inside account %1 (missing 49: truncated?)")
                    .arg(current().account));
        if (!m_sawFileTrailer)
            error(0, QStringLiteral("99"),
                QStringLiteral("the file ends without the 99 file trailer (truncated?)"));
    }

    const QByteArray &m_data;
    const ReadOptions &m_opts;
    ReadResult m_result;
    QString m_defaultCurrency;
    QString m_groupCurrency;
    QString m_fileId;
    QDate m_asOf;
    Record m_pending;
    QStringList m_pendingTexts;
    bool m_hasPending = false;
    bool m_inGroup = false;
    bool m_inAccount = false;
    bool m_sawFileTrailer = false;
    int m_accountLine = 0;
    qint64 m_accountTotal = 0;
    bool m_accountTotalOverflow = false;
    bool m_accountTotalUnknown = false; // an amount was unreadable
    qint64 m_groupTotal = 0;
    qint64 m_fileTotal = 0;
    int m_groupAccounts = 0;
    int m_fileGroups = 0;
    int m_fileRecords = 0;
    int m_groupRecords = 0;
    int m_accountRecords = 0;
};

class Bai2Reader final : public Reader {
public:
    QString name() const override { return QStringLiteral("bai2"); }
    QString description() const override { return QStringLiteral("BAI2 cash management file"); }
    int detect(const QByteArray &head) const override
    {
        QByteArray h = head.left(4096);
        if (h.startsWith("\xEF\xBB\xBF"))
            h = h.mid(3);
        h = h.trimmed();
        if (!h.startsWith("01,"))
            return 0;
        // A file header followed by a group header: on its own line or after "/".
        if (h.contains("\n02,") || h.contains("/02,") || h.contains("/ 02,") || h.contains("/  02,")
            || h.contains("/   02,"))
            return 90;
        return 30;
    }
    ReadResult read(const QByteArray &data, const ReadOptions &options) const override
    {
        return Bai2Parser(data, options).run();
    }
};

} // namespace

std::unique_ptr<Reader> makeBai2Reader()
{
    return std::make_unique<Bai2Reader>();
}

} // namespace recon
