// OFX/QFX reader: 1.x SGML and 2.x XML bank (STMTRS) and credit-card (CCSTMTRS) statements.
// One Statement per statement response; STMTTRN -> Transaction with FITID as externalId;
// LEDGERBAL -> closing balance, AVAILBAL -> available balance. OFX states no opening balance,
// so none is invented. The document syntax lives in ofx_sgml.cpp.
#include "core/import/ofx_reader.h"

#include "core/import/ofx_sgml.h"
#include "core/import/registry.h"
#include "core/log.h"

#include <QHash>
#include <QRegularExpression>

namespace recon {

namespace ofx {

std::optional<QDate> parseDate(QStringView text, QString *error)
{
    const QStringView s = text.trimmed();
    if (s.size() < 8) {
        *error = QStringLiteral("'%1' is not a date (YYYYMMDD...)").arg(s);
        return std::nullopt;
    }
    for (int i = 0; i < 8; ++i) {
        if (!s.at(i).isDigit() || s.at(i).unicode() > 127) {
            *error = QStringLiteral("'%1' is not a date (YYYYMMDD...)").arg(s);
            return std::nullopt;
        }
    }
    const QDate d(s.mid(0, 4).toInt(), s.mid(4, 2).toInt(), s.mid(6, 2).toInt());
    if (!d.isValid()) {
        *error = QStringLiteral("'%1' is not a valid date").arg(s);
        return std::nullopt;
    }
    // Optional time (HH, HHMM or HHMMSS), fraction and [offset:zone]. The date is the bank's
    // local calendar date as written; the zone does not move it.
    static const QRegularExpression tail(
        QStringLiteral(R"(^(\d{2}(\d{2}(\d{2})?)?(\.\d{1,6})?)?\s*(\[[^\]]{0,40}\])?$)"));
    if (!tail.match(s.mid(8)).hasMatch()) {
        *error = QStringLiteral("'%1' has unexpected text after the date").arg(s);
        return std::nullopt;
    }
    return d;
}

std::optional<Money> parseAmount(QStringView text, const Currency &currency, QString *error)
{
    const QStringView s = text.trimmed();
    // OFX allows '.' or ',' as the decimal mark and no grouping.
    const bool comma = s.contains(QLatin1Char(','));
    const bool dot = s.contains(QLatin1Char('.'));
    const DecimalSeparator sep = comma && dot ? DecimalSeparator::Auto
        : comma                               ? DecimalSeparator::Comma
                                              : DecimalSeparator::Dot;
    const MoneyParse p = Money::parse(s, currency, sep);
    if (!p.value) {
        *error = QStringLiteral("'%1': %2").arg(s, p.error);
        return std::nullopt;
    }
    return p.value;
}

QString describe(const QString &name, const QString &memo)
{
    if (memo.isEmpty())
        return name;
    if (name.isEmpty())
        return memo;
    const QString n = name.simplified().toCaseFolded();
    const QString m = memo.simplified().toCaseFolded();
    if (m.contains(n))
        return memo; // the memo repeats the (often truncated) name: it says more
    if (n.contains(m))
        return name;
    return name + QStringLiteral(" - ") + memo;
}

} // namespace ofx

namespace {

bool isStatementAggregate(const QString &n)
{
    return n == QLatin1String("STMTRS") || n == QLatin1String("CCSTMTRS");
}
bool isResponseAggregate(const QString &n)
{
    return n == QLatin1String("STMTTRNRS") || n == QLatin1String("CCSTMTTRNRS");
}
bool allZero(const QString &s)
{
    for (QChar c : s) {
        if (c != QLatin1Char('0'))
            return false;
    }
    return true;
}

struct PendingTxn {
    int line = 0;
    QHash<QString, QString> fields; // path below STMTTRN ("TRNAMT", "PAYEE/NAME") -> value
    RawFields raw;
};

struct PendingBalance {
    QString amount;
    int line = 0;
};

struct PendingStatement {
    int line = 0;
    QString name; // STMTRS or CCSTMTRS
    QString curdef;
    QString account;
    QString bankId;
    QDate from, to;
    std::optional<PendingBalance> ledger, avail;
    QList<PendingTxn> txns;
};

class Builder {
public:
    Builder(ReadResult &result, const ReadOptions &options)
        : m_r(result)
        , m_o(options)
    {
    }

    ofx::Handler handler()
    {
        return { [this](const QString &n, int line) { start(n, line); },
            [this](const QString &n, bool byTag) { end(n, byTag); },
            [this](const QString &n, const QString &v, int line) { leaf(n, v, line); } };
    }

    void finish(int lastLine)
    {
        if (!m_sawOfxEnd && m_r.errors.isEmpty() && (m_statementsSeen > 0 || m_sawOfx))
            error(lastLine, QString(),
                QStringLiteral("the file is truncated: the closing </OFX> tag is missing"));
        if (m_statementsSeen == 0) {
            if (m_investment)
                error(0, QString(),
                    QStringLiteral("OFX investment statements (INVSTMTRS) are not supported"));
            else if (!m_responseError.isEmpty())
                error(m_responseErrorLine, QStringLiteral("STATUS"), m_responseError);
            else if (m_r.errors.isEmpty())
                error(0, QString(),
                    QStringLiteral("no bank or credit-card statement (STMTRS/CCSTMTRS) found"));
        } else if (m_investment) {
            warn(0, QString(),
                QStringLiteral("investment statements (INVSTMTRS) in this file were skipped"));
        }
    }

private:
    ReadResult &m_r;
    const ReadOptions &m_o;
    QStringList m_stack;
    std::optional<PendingStatement> m_stmt;
    std::optional<PendingTxn> m_txn;
    qsizetype m_txnDepth = 0;
    bool m_sawOfx = false;
    bool m_sawOfxEnd = false;
    bool m_investment = false;
    int m_statementsSeen = 0;
    int m_statementsInResponse = 0;
    QString m_statusCode, m_statusSeverity, m_statusMessage;
    int m_statusLine = 0;
    QString m_responseError;
    int m_responseErrorLine = 0;

    void error(int line, const QString &field, const QString &message)
    {
        m_r.addError({ m_o.fileName, line, field, message }, m_o.maxErrors);
    }
    void warn(int line, const QString &field, const QString &message)
    {
        m_r.warnings.append({ m_o.fileName, line, field, message });
    }
    // A problem with one transaction: skipped with skipBadLines, else an error.
    void bad(int line, const QString &field, const QString &message)
    {
        if (m_o.skipBadLines) {
            ++m_r.skippedLines;
            warn(line, field, message + QStringLiteral(" (transaction skipped)"));
        } else {
            error(line, field, message);
        }
    }

    void start(const QString &name, int line)
    {
        m_stack.append(name);
        if (name == QLatin1String("OFX"))
            m_sawOfx = true;
        if (isStatementAggregate(name) && !m_stmt) {
            m_stmt = PendingStatement {};
            m_stmt->line = line;
            m_stmt->name = name;
        } else if (name == QLatin1String("INVSTMTRS")) {
            m_investment = true;
        } else if (isResponseAggregate(name)) {
            m_statusCode.clear();
            m_statusSeverity.clear();
            m_statusMessage.clear();
            m_statementsInResponse = 0;
        } else if (name == QLatin1String("STMTTRN") && m_stmt && !m_txn) {
            m_txn = PendingTxn {};
            m_txn->line = line;
            m_txnDepth = m_stack.size();
        }
    }

    void end(const QString &name, bool byTag)
    {
        if (!m_stack.isEmpty())
            m_stack.removeLast();
        if (name == QLatin1String("OFX") && byTag)
            m_sawOfxEnd = true;
        if (name == QLatin1String("STMTTRN") && m_txn && m_stack.size() == m_txnDepth - 1) {
            if (m_stmt)
                m_stmt->txns.append(std::move(*m_txn));
            m_txn.reset();
        } else if (isStatementAggregate(name) && m_stmt && m_stmt->name == name) {
            finishStatement(std::move(*m_stmt));
            m_stmt.reset();
            ++m_statementsInResponse;
        } else if (isResponseAggregate(name)) {
            const bool failed = !m_statusCode.isEmpty() && m_statusCode != QLatin1String("0")
                && m_statusSeverity.compare(QLatin1String("ERROR"), Qt::CaseInsensitive) == 0;
            if (failed && m_statementsInResponse == 0) {
                m_responseError
                    = QStringLiteral("the bank reported error %1%2")
                          .arg(m_statusCode,
                              m_statusMessage.isEmpty() ? QString()
                                                        : QStringLiteral(": ") + m_statusMessage);
                m_responseErrorLine = m_statusLine;
            }
        }
    }

    void leaf(const QString &name, const QString &value, int line)
    {
        const QString parent = m_stack.isEmpty() ? QString() : m_stack.last();
        if (m_txn) {
            QString path;
            for (qsizetype i = m_txnDepth; i < m_stack.size(); ++i)
                path += m_stack.at(i) + QLatin1Char('/');
            path += name;
            if (!m_txn->fields.contains(path))
                m_txn->fields.insert(path, value);
            if (m_o.keepRawFields)
                m_txn->raw.append({ path, value });
            return;
        }
        if (m_stmt) {
            if (name == QLatin1String("CURDEF") && parent == m_stmt->name) {
                m_stmt->curdef = value;
            } else if (name == QLatin1String("ACCTID")
                && (parent == QLatin1String("BANKACCTFROM")
                    || parent == QLatin1String("CCACCTFROM"))) {
                m_stmt->account = value;
            } else if (name == QLatin1String("BANKID") && parent == QLatin1String("BANKACCTFROM")) {
                m_stmt->bankId = value;
            } else if ((name == QLatin1String("DTSTART") || name == QLatin1String("DTEND"))
                && parent == QLatin1String("BANKTRANLIST")) {
                QString err;
                const auto d = ofx::parseDate(value, &err);
                if (!d) {
                    warn(line, name, err);
                } else if (name == QLatin1String("DTSTART")) {
                    if (!m_stmt->from.isValid() || *d < m_stmt->from)
                        m_stmt->from = *d;
                } else if (!m_stmt->to.isValid() || *d > m_stmt->to) {
                    m_stmt->to = *d;
                }
            } else if (name == QLatin1String("BALAMT")
                && (parent == QLatin1String("LEDGERBAL") || parent == QLatin1String("AVAILBAL"))) {
                auto &slot = parent == QLatin1String("LEDGERBAL") ? m_stmt->ledger : m_stmt->avail;
                slot = PendingBalance { value, line };
            }
            return;
        }
        if (parent == QLatin1String("STATUS") && m_stack.size() >= 2
            && isResponseAggregate(m_stack.at(m_stack.size() - 2))) {
            if (name == QLatin1String("CODE")) {
                m_statusCode = value;
                m_statusLine = line;
            } else if (name == QLatin1String("SEVERITY")) {
                m_statusSeverity = value;
            } else if (name == QLatin1String("MESSAGE")) {
                m_statusMessage = value;
            }
        }
    }

    std::optional<Money> balance(
        const std::optional<PendingBalance> &b, const Currency &cur, const QString &field)
    {
        if (!b)
            return std::nullopt;
        QString err;
        auto m = ofx::parseAmount(b->amount, cur, &err);
        if (!m)
            error(b->line, field, err);
        return m;
    }

    void finishStatement(PendingStatement ps)
    {
        ++m_statementsSeen;
        Statement st;
        st.account = m_o.account.isEmpty() ? ps.account : m_o.account;
        st.periodFrom = ps.from;
        st.periodTo = ps.to;
        QString code = ps.curdef.trimmed().toUpper();
        if (code.isEmpty())
            code = m_o.defaultCurrency.trimmed().toUpper();
        const auto cur = Currency::fromCode(code);
        if (!cur) {
            error(ps.line, QStringLiteral("CURDEF"),
                code.isEmpty() ? QStringLiteral("the statement states no currency (CURDEF) and no "
                                                "default currency was given")
                               : QStringLiteral("'%1' is not a currency code").arg(code));
            return;
        }
        st.currency = cur->code();
        m_r.statements.append(st);
        const qsizetype index = m_r.statements.size() - 1;
        for (PendingTxn &p : ps.txns) {
            auto t = transaction(p, st, *cur);
            if (!t)
                continue;
            applyCorrection(p, std::move(*t), index);
        }
        // The balances follow the transaction list in the file: report in that order.
        m_r.statements[index].closingBalance
            = balance(ps.ledger, *cur, QStringLiteral("LEDGERBAL"));
        m_r.statements[index].availableBalance
            = balance(ps.avail, *cur, QStringLiteral("AVAILBAL"));
    }

    std::optional<Transaction> transaction(PendingTxn &p, const Statement &st, const Currency &cur)
    {
        const auto f = [&p](const char *key) { return p.fields.value(QLatin1String(key)); };
        Transaction t;
        t.sourceLine = p.line;
        t.account = st.account;
        QString dateText = f("DTPOSTED");
        QString dateField = QStringLiteral("DTPOSTED");
        if (dateText.isEmpty()) {
            dateText = f("DTUSER");
            dateField = QStringLiteral("DTUSER");
        }
        if (dateText.isEmpty()) {
            bad(p.line, QStringLiteral("DTPOSTED"), QStringLiteral("the transaction has no date"));
            return std::nullopt;
        }
        QString err;
        const auto date = ofx::parseDate(dateText, &err);
        if (!date) {
            bad(p.line, dateField, err);
            return std::nullopt;
        }
        t.bookingDate = *date;
        if (const QString avail = f("DTAVAIL"); !avail.isEmpty()) {
            if (const auto v = ofx::parseDate(avail, &err))
                t.valueDate = *v;
            else
                warn(p.line, QStringLiteral("DTAVAIL"), err);
        }
        Currency amountCurrency = cur;
        if (const QString sym = f("CURRENCY/CURSYM"); !sym.isEmpty()) {
            const auto c = Currency::fromCode(sym.toUpper());
            if (!c) {
                bad(p.line, QStringLiteral("CURSYM"),
                    QStringLiteral("'%1' is not a currency code").arg(sym));
                return std::nullopt;
            }
            amountCurrency = *c; // CURRENCY: the amounts are in this currency
        }
        const QString amountText = f("TRNAMT");
        if (amountText.isEmpty()) {
            bad(p.line, QStringLiteral("TRNAMT"), QStringLiteral("the transaction has no amount"));
            return std::nullopt;
        }
        const auto amount = ofx::parseAmount(amountText, amountCurrency, &err);
        if (!amount) {
            bad(p.line, QStringLiteral("TRNAMT"), err);
            return std::nullopt;
        }
        t.amount = *amount;
        t.externalId = f("FITID");
        const QString check = f("CHECKNUM");
        t.reference = check.isEmpty() || allZero(check) ? f("REFNUM") : check;
        QString name = f("NAME");
        if (name.isEmpty())
            name = f("PAYEE/NAME");
        t.counterparty = name;
        t.description = ofx::describe(name, f("MEMO"));
        t.counterpartyAccount = f("BANKACCTTO/ACCTID");
        if (t.counterpartyAccount.isEmpty())
            t.counterpartyAccount = f("CCACCTTO/ACCTID");
        t.bankCode = f("TRNTYPE").toUpper();
        t.raw = std::move(p.raw);
        return t;
    }

    // CORRECTACTION: REPLACE supersedes the transaction CORRECTFITID names, DELETE removes it.
    void applyCorrection(const PendingTxn &p, Transaction t, qsizetype index)
    {
        const QString action = p.fields.value(QStringLiteral("CORRECTACTION")).toUpper();
        const QString target = p.fields.value(QStringLiteral("CORRECTFITID"));
        bool removed = false;
        if (!action.isEmpty() && !target.isEmpty()) {
            for (Statement &s : m_r.statements) {
                const qsizetype before = s.transactions.size();
                s.transactions.removeIf(
                    [&](const Transaction &o) { return o.externalId == target; });
                removed = removed || s.transactions.size() != before;
            }
        }
        if (action == QLatin1String("DELETE")) {
            if (!removed)
                warn(p.line, QStringLiteral("CORRECTACTION"),
                    QStringLiteral("deletes transaction %1, which is not in this file")
                        .arg(target));
            return;
        }
        m_r.statements[index].transactions.append(std::move(t));
    }
};

class OfxReader final : public Reader {
public:
    QString name() const override { return QStringLiteral("ofx"); }
    QStringList names() const override { return { QStringLiteral("ofx"), QStringLiteral("qfx") }; }
    QString description() const override
    {
        return QStringLiteral("OFX/QFX statement (OFX 1.x SGML or 2.x XML)");
    }

    int detect(const QByteArray &head) const override
    {
        const QByteArray h = head.left(8192).toUpper();
        if (h.contains("OFXHEADER"))
            return 100;
        if (h.contains("<OFX>"))
            return 90;
        return 0;
    }

    ReadResult read(const QByteArray &data, const ReadOptions &options) const override
    {
        ReadResult r;
        r.format = name();
        const ofx::Decoded doc = ofx::decode(data, options.encoding);
        r.encoding = doc.encoding;
        if (!doc.warning.isEmpty())
            r.warnings.append({ options.fileName, 0, QString(), doc.warning });
        Builder builder(r, options);
        const auto err = ofx::parse(doc.text, doc.bodyLine, builder.handler());
        if (err)
            r.addError({ options.fileName, err->line, QString(), err->message }, options.maxErrors);
        builder.finish(doc.bodyLine + int(doc.text.count(QLatin1Char('\n'))));
        log::import()->debug("ofx: {} statements, {} transactions, {} errors", r.statements.size(),
            r.transactionCount(), r.errorCount);
        return r;
    }
};

} // namespace

std::unique_ptr<Reader> makeOfxReader()
{
    return std::make_unique<OfxReader>();
}

} // namespace recon
