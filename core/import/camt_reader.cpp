// ISO 20022 bank-to-customer messages: camt.052 (account report), camt.053 (statement) and
// camt.054 (debit/credit notification), every published version (camt.05x.001.NN) and files
// without a namespace. The file is streamed with QXmlStreamReader; only one balance, one entry
// header or one TxDtls is held as a small tree at a time (see camt_xml.h for the limits).
#include "core/import/camt_entry.h"
#include "core/import/camt_xml.h"
#include "core/import/registry.h"
#include "core/log.h"

#include <QRegularExpression>

namespace recon {
namespace {

using camt::BoundedXml;
using camt::Node;

struct MessageKind {
    const char *format;
    const char *root;
    const char *record;
};
constexpr MessageKind kKinds[] = {
    { "camt052", "BkToCstmrAcctRpt", "Rpt" },
    { "camt053", "BkToCstmrStmt", "Stmt" },
    { "camt054", "BkToCstmrDbtCdtNtfctn", "Ntfctn" },
};

const MessageKind *kindForRoot(QStringView root)
{
    for (const MessageKind &k : kKinds) {
        if (root == QLatin1String(k.root))
            return &k;
    }
    return nullptr;
}

class CamtParser {
public:
    CamtParser(const QByteArray &data, const ReadOptions &options)
        : m_xml(data)
        , m_bx(m_xml)
        , m_opts(options)
    {
        m_result.format = QStringLiteral("camt053");
        m_result.encoding = QStringLiteral("utf-8");
        m_empty = data.trimmed().isEmpty();
    }

    ReadResult run()
    {
        if (m_empty) {
            error(0, QString(), QStringLiteral("the file is empty"));
            return std::move(m_result);
        }
        readDocument();
        if (m_bx.failed())
            fatal();
        if (!m_bx.failed() && m_result.statements.isEmpty() && m_result.errors.isEmpty()) {
            error(0, QString(),
                QStringLiteral("the message holds no %1").arg(QLatin1String(m_kind->record)));
        }
        recon::log::import()->debug("camt: {} statement(s), {} item(s), {} error(s)",
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
    void fatal() { error(int(m_bx.line()), QString(), m_bx.errorString()); }

    // Prolog, root element, namespace check; then the message's records.
    void readDocument()
    {
        for (;;) {
            const auto t = m_bx.next();
            if (t == QXmlStreamReader::StartDocument) {
                const QString enc = m_xml.documentEncoding().toString().trimmed().toLower();
                if (!enc.isEmpty())
                    m_result.encoding = enc;
            } else if (t == QXmlStreamReader::StartElement) {
                break;
            } else if (t == QXmlStreamReader::Invalid || t == QXmlStreamReader::EndDocument) {
                if (!m_bx.failed())
                    m_bx.fail(QStringLiteral("the file holds no XML element"));
                return;
            }
        }
        QString ns = m_xml.namespaceUri().toString();
        if (m_xml.name() == QLatin1String("Document")) {
            if (!m_bx.nextChildElement()) {
                if (!m_bx.failed())
                    m_bx.fail(QStringLiteral("<Document> is empty"));
                return;
            }
            if (ns.isEmpty())
                ns = m_xml.namespaceUri().toString();
        }
        m_kind = kindForRoot(m_xml.name());
        if (!m_kind) {
            m_bx.fail(QStringLiteral("<%1> is not a camt.052/053/054 message (expected "
                                     "BkToCstmrAcctRpt, BkToCstmrStmt or BkToCstmrDbtCdtNtfctn)")
                          .arg(m_xml.name().left(60)));
            m_kind = &kKinds[1];
            return;
        }
        m_result.format = QLatin1String(m_kind->format);
        if (checkNamespace(ns))
            readMessage();
    }

    bool checkNamespace(const QString &ns)
    {
        if (ns.isEmpty())
            return true;
        static const QRegularExpression re(
            QStringLiteral("^urn:iso:std:iso:20022:tech:xsd:camt\\.(05[234])\\.001\\.(\\d{2})$"));
        const auto m = re.match(ns);
        if (!m.hasMatch()) {
            m_bx.fail(QStringLiteral("unsupported namespace '%1' (expected "
                                     "urn:iso:std:iso:20022:tech:xsd:camt.05x.001.NN)")
                          .arg(ns.left(120)));
            return false;
        }
        const QString nsFormat = QStringLiteral("camt") + m.captured(1);
        if (nsFormat != m_result.format) {
            warning(int(m_bx.line()), QStringLiteral("xmlns"),
                QStringLiteral("the namespace names %1 but the message is <%2>; read as %3")
                    .arg(nsFormat, QLatin1String(m_kind->root), m_result.format));
        }
        return true;
    }

    void readMessage()
    {
        while (m_bx.nextChildElement()) {
            if (m_xml.name() == QLatin1String(m_kind->record)) {
                if (!readStatement())
                    return;
            } else if (!m_bx.skipElement()) {
                return;
            }
        }
    }

    struct Totals {
        std::optional<Money> sum; // booked entries
        bool mixedCurrencies = false;
        bool hadErrors = false;
        std::optional<Money> interim; // last ITBD
        QString firstEntryCurrency;
    };

    bool readStatement()
    {
        const int line = int(m_bx.line());
        Statement s;
        QString acctCurrency;
        Totals totals;
        // Appended first, filled in place: a truncated file still shows what was read.
        m_result.statements.append(Statement());
        const qsizetype index = m_result.statements.size() - 1;
        auto store = [&] {
            if (!m_opts.account.isEmpty())
                s.account = m_opts.account;
            s.currency = acctCurrency;
            if (s.currency.isEmpty() && s.openingBalance)
                s.currency = s.openingBalance->currencyCode();
            if (s.currency.isEmpty())
                s.currency = totals.firstEntryCurrency;
            if (s.currency.isEmpty())
                s.currency = m_opts.defaultCurrency;
            m_result.statements[index] = s;
        };
        while (m_bx.nextChildElement()) {
            const QStringView name = m_xml.name();
            Node n;
            if (name == QLatin1String("Ntry")) {
                if (!readEntry(s, acctCurrency, totals)) {
                    store();
                    return false;
                }
                continue;
            }
            const bool wanted = name == QLatin1String("Id") || name == QLatin1String("Acct")
                || name == QLatin1String("FrToDt") || name == QLatin1String("Bal");
            if (!wanted) {
                if (!m_bx.skipElement())
                    break;
                continue;
            }
            if (!m_bx.readSubtree(n))
                break;
            if (n.name == QLatin1String("Id")) {
                s.id = n.textAt();
            } else if (n.name == QLatin1String("Acct")) {
                s.account = n.textAt(u"Id/IBAN");
                if (s.account.isEmpty())
                    s.account = n.textAt(u"Id/Othr/Id");
                acctCurrency = n.textAt(u"Ccy");
            } else if (n.name == QLatin1String("FrToDt")) {
                s.periodFrom = dateTimeOrDate(n, u"FrDtTm", u"FrDt");
                s.periodTo = dateTimeOrDate(n, u"ToDtTm", u"ToDt");
            } else {
                applyBalance(n, s, acctCurrency, totals);
            }
        }
        if (!s.closingBalance && totals.interim)
            s.closingBalance = totals.interim; // intraday report: latest interim booked balance
        store();
        if (m_bx.failed())
            return false;
        checkBalances(s, totals, line);
        return true;
    }

    static QDate dateTimeOrDate(const Node &n, QStringView dtTm, QStringView dt)
    {
        QString t = n.textAt(dtTm);
        if (t.isEmpty())
            t = n.textAt(dt);
        return QDate::fromString(t.left(10), Qt::ISODate);
    }

    void applyBalance(const Node &bal, Statement &s, const QString &acctCurrency, Totals &totals)
    {
        QString code = bal.textAt(u"Tp/CdOrPrtry/Cd");
        if (code.isEmpty())
            code = bal.textAt(u"Tp/Cd");
        const Node *amt = bal.child(u"Amt");
        const int line = int(bal.line);
        if (!amt) {
            error(line, QStringLiteral("Bal/Amt"),
                QStringLiteral("balance %1 has no amount").arg(code));
            return;
        }
        QString ccy = amt->attribute(u"Ccy");
        if (ccy.isEmpty())
            ccy = acctCurrency.isEmpty() ? m_opts.defaultCurrency : acctCurrency;
        QString err;
        auto m = camt::parseXmlAmount(amt->text, ccy, &err);
        if (!m) {
            error(line, QStringLiteral("Bal/Amt"), QStringLiteral("balance %1: %2").arg(code, err));
            return;
        }
        const QString cdi = bal.textAt(u"CdtDbtInd");
        if (cdi == QLatin1String("DBIT")) {
            m = Money(-m->minor(), m->currency());
        } else if (cdi != QLatin1String("CRDT")) {
            error(line, QStringLiteral("Bal/CdtDbtInd"),
                QStringLiteral("balance %1: expected CRDT or DBIT, found '%2'")
                    .arg(code, cdi.left(20)));
            return;
        }
        if (code == QLatin1String("OPBD") || code == QLatin1String("PRCD")) {
            if (!s.openingBalance)
                s.openingBalance = m;
        } else if (code == QLatin1String("CLBD")) {
            if (!s.closingBalance)
                s.closingBalance = m;
        } else if (code == QLatin1String("ITBD")) {
            totals.interim = m;
        } else if (code == QLatin1String("CLAV")) {
            s.availableBalance = m;
        } else if (code == QLatin1String("ITAV") && !s.availableBalance) {
            s.availableBalance = m;
        }
    }

    bool readEntry(Statement &s, const QString &acctCurrency, Totals &totals)
    {
        constexpr int kMaxEntryChildren = 1000;
        Node entry;
        entry.name = QStringLiteral("Ntry");
        entry.line = m_xml.lineNumber();
        QList<camt::TxDetail> details;
        while (m_bx.nextChildElement()) {
            if (m_xml.name() == QLatin1String("NtryDtls")) {
                while (m_bx.nextChildElement()) {
                    const bool tx = m_xml.name() == QLatin1String("TxDtls");
                    if (!tx && m_xml.name() != QLatin1String("Btch")) {
                        if (!m_bx.skipElement())
                            return false;
                        continue;
                    }
                    Node n;
                    if (!m_bx.readSubtree(n))
                        return false;
                    if (tx)
                        details.append(camt::parseTxDetail(n, m_opts.keepRawFields));
                    else if (entry.children.size() < kMaxEntryChildren)
                        entry.children.push_back(std::move(n));
                }
                if (m_bx.failed())
                    return false;
                continue;
            }
            if (entry.children.size() >= kMaxEntryChildren) {
                m_bx.fail(
                    QStringLiteral("<Ntry> has more than %1 elements").arg(kMaxEntryChildren));
                return false;
            }
            entry.children.emplace_back();
            if (!m_bx.readSubtree(entry.children.back()))
                return false;
        }
        if (m_bx.failed())
            return false;

        if (totals.firstEntryCurrency.isEmpty()) {
            if (const Node *amt = entry.child(u"Amt"))
                totals.firstEntryCurrency = amt->attribute(u"Ccy").left(3);
        }
        camt::EntryContext ctx;
        ctx.fileName = m_opts.fileName;
        ctx.account = m_opts.account.isEmpty() ? s.account : m_opts.account;
        ctx.currency = acctCurrency.isEmpty() ? m_opts.defaultCurrency : acctCurrency;
        ctx.entryNumber = ++m_entryCount;
        ctx.keepRaw = m_opts.keepRawFields;
        ctx.usedBatchIds = &m_batchIds;
        camt::EntryResult r = camt::buildEntry(entry, details, ctx);
        m_result.warnings += r.warnings;
        if (!r.errors.isEmpty()) {
            totals.hadErrors = true;
            if (m_opts.skipBadLines) {
                ++m_result.skippedLines;
                for (ImportIssue i : r.errors) {
                    i.message += QStringLiteral(" (entry skipped)");
                    m_result.warnings.append(i);
                }
            } else {
                for (const ImportIssue &i : r.errors)
                    m_result.addError(i, m_opts.maxErrors);
            }
            return true;
        }
        if (r.booked && r.signedAmount) {
            if (!totals.sum) {
                totals.sum = r.signedAmount;
            } else if (!(totals.sum->currency() == r.signedAmount->currency())) {
                totals.mixedCurrencies = true;
            } else {
                totals.sum = totals.sum->checkedAdd(*r.signedAmount);
                if (!totals.sum)
                    totals.mixedCurrencies = true; // overflow: cannot check
            }
        }
        s.transactions += r.transactions;
        return true;
    }

    void checkBalances(const Statement &s, const Totals &totals, int line)
    {
        if (!s.openingBalance || !s.closingBalance || totals.hadErrors)
            return;
        const QString label = s.id.isEmpty() ? QStringLiteral("statement")
                                             : QStringLiteral("statement '%1'").arg(s.id);
        const Money open = *s.openingBalance;
        const Money close = *s.closingBalance;
        if (!(open.currency() == close.currency())) {
            warning(line, QStringLiteral("Bal"),
                QStringLiteral("%1: opening (%2) and closing (%3) balances are in different "
                               "currencies; not checked")
                    .arg(label, open.currencyCode(), close.currencyCode()));
            return;
        }
        const Money sum = totals.sum.value_or(Money(0, open.currency()));
        if (totals.mixedCurrencies || !(sum.currency() == open.currency())) {
            warning(line, QStringLiteral("Bal"),
                QStringLiteral("%1: entries are not all in %2; balances not checked")
                    .arg(label, open.currencyCode()));
            return;
        }
        const auto expected = open.checkedAdd(sum);
        if (!expected || !(*expected == close)) {
            warning(line, QStringLiteral("Bal"),
                QStringLiteral("%1: opening %2 + entries %3 = %4, but the closing balance is %5")
                    .arg(label, open.toPlainString(), sum.toPlainString(),
                        expected ? expected->toPlainString() : QStringLiteral("(overflow)"),
                        close.toPlainString()));
        }
    }

    QXmlStreamReader m_xml;
    BoundedXml m_bx;
    const ReadOptions &m_opts;
    ReadResult m_result;
    const MessageKind *m_kind = &kKinds[1];
    int m_entryCount = 0;
    QSet<QString> m_batchIds;
    bool m_empty = false;
};

class CamtReader final : public Reader {
public:
    QString name() const override { return QStringLiteral("camt053"); }
    QStringList names() const override
    {
        return { QStringLiteral("camt052"), QStringLiteral("camt053"), QStringLiteral("camt054") };
    }
    QString description() const override
    {
        return QStringLiteral("ISO 20022 camt.052/053/054 bank-to-customer message");
    }
    int detect(const QByteArray &head) const override
    {
        for (const MessageKind &k : kKinds) {
            if (head.contains(QByteArray("<") + k.root) || head.contains(QByteArray(":") + k.root))
                return 95;
        }
        return head.contains("urn:iso:std:iso:20022:tech:xsd:camt.05") ? 80 : 0;
    }
    ReadResult read(const QByteArray &data, const ReadOptions &options) const override
    {
        return CamtParser(data, options).run();
    }
};

} // namespace

std::unique_ptr<Reader> makeCamtReader()
{
    return std::make_unique<CamtReader>();
}

} // namespace recon
