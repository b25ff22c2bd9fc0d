#include "core/import/camt_entry.h"

namespace recon::camt {

namespace {

// Banks fill mandatory reference fields with these when they have nothing to say.
bool isPlaceholder(const QString &s)
{
    return s.isEmpty() || s.compare(QLatin1String("NOTPROVIDED"), Qt::CaseInsensitive) == 0
        || s.compare(QLatin1String("NONREF"), Qt::CaseInsensitive) == 0;
}

QString realRef(const QString &s)
{
    return isPlaceholder(s) ? QString() : s;
}

Party partyOf(const Node *rltdPties, QStringView role, QStringView accountRole)
{
    Party p;
    if (!rltdPties)
        return p;
    if (const Node *r = rltdPties->child(role)) {
        p.name = r->textAt(u"Nm"); // v2..v7
        if (p.name.isEmpty())
            p.name = r->textAt(u"Pty/Nm"); // v8+
    }
    if (const Node *a = rltdPties->child(accountRole)) {
        p.account = a->textAt(u"Id/IBAN");
        if (p.account.isEmpty())
            p.account = a->textAt(u"Id/Othr/Id");
    }
    return p;
}

int signOf(const QString &cdtDbtInd)
{
    if (cdtDbtInd == QLatin1String("CRDT"))
        return 1;
    if (cdtDbtInd == QLatin1String("DBIT"))
        return -1;
    return 0;
}

QString detailReference(const TxDetail &d)
{
    const QString e2e = realRef(d.endToEndId);
    if (!e2e.isEmpty())
        return e2e;
    for (const QString &r : d.creditorRefs) {
        if (!isPlaceholder(r))
            return r;
    }
    return QString();
}

QString compactAccount(const QString &s)
{
    QString out = s;
    out.remove(QLatin1Char(' '));
    return out.toUpper();
}

// The counterparty is the other side: the creditor of a debit, the debtor of a credit. A
// reversal carries the parties of the original booking, whose direction was the opposite. When
// the chosen party is visibly the account holder (its account is ours), the other one is used.
const Party &otherParty(const TxDetail &d, int sign, bool reversal, const QString &ownAccount)
{
    const bool debit = reversal ? sign > 0 : sign < 0;
    const Party &primary = debit ? d.creditor : d.debtor;
    const Party &secondary = debit ? d.debtor : d.creditor;
    const QString own = compactAccount(ownAccount);
    const auto isOwn
        = [&](const Party &p) { return !own.isEmpty() && compactAccount(p.account) == own; };
    if (isOwn(primary) && !secondary.name.isEmpty() && !isOwn(secondary))
        return secondary;
    if (reversal && primary.name.isEmpty() && !isOwn(secondary))
        return secondary;
    return primary;
}

} // namespace

QString bankTransactionCode(const Node *bkTxCd)
{
    if (!bkTxCd)
        return QString();
    if (const Node *domn = bkTxCd->child(u"Domn")) {
        QStringList parts;
        for (const QString &p :
            { domn->textAt(u"Cd"), domn->textAt(u"Fmly/Cd"), domn->textAt(u"Fmly/SubFmlyCd") }) {
            if (!p.isEmpty())
                parts << p;
        }
        if (!parts.isEmpty())
            return parts.join(QLatin1Char('/'));
    }
    return bkTxCd->textAt(u"Prtry/Cd");
}

TxDetail parseTxDetail(const Node &tx, bool keepRaw)
{
    TxDetail d;
    d.line = tx.line;
    const Node *amt = tx.at(u"AmtDtls/TxAmt/Amt");
    if (!amt)
        amt = tx.child(u"Amt"); // v3+ carries the amount directly
    if (amt) {
        QString err;
        d.amount = parseXmlAmount(amt->text, amt->attribute(u"Ccy"), &err);
        if (!d.amount)
            d.amountError = err;
    }
    d.sign = signOf(tx.textAt(u"CdtDbtInd"));
    d.endToEndId = tx.textAt(u"Refs/EndToEndId");
    d.acctSvcrRef = tx.textAt(u"Refs/AcctSvcrRef");
    d.msgId = tx.textAt(u"Refs/MsgId");
    d.pmtInfId = tx.textAt(u"Refs/PmtInfId");
    d.instrId = tx.textAt(u"Refs/InstrId");
    d.proprietaryRef = tx.textAt(u"Refs/Prtry/Ref");
    if (const Node *rmt = tx.child(u"RmtInf")) {
        for (const Node *u : rmt->childrenNamed(u"Ustrd")) {
            const QString s = u->textAt();
            if (!s.isEmpty())
                d.unstructured << s;
        }
        for (const Node *s : rmt->childrenNamed(u"Strd")) {
            const QString r = s->textAt(u"CdtrRefInf/Ref");
            if (!r.isEmpty())
                d.creditorRefs << r;
        }
    }
    d.additionalInfo = tx.textAt(u"AddtlTxInf");
    d.bankCode = bankTransactionCode(tx.child(u"BkTxCd"));
    const Node *parties = tx.child(u"RltdPties");
    d.debtor = partyOf(parties, u"Dbtr", u"DbtrAcct");
    d.creditor = partyOf(parties, u"Cdtr", u"CdtrAcct");
    if (keepRaw)
        flatten(tx, QString(), d.raw);
    return d;
}

EntryResult buildEntry(const Node &entry, const QList<TxDetail> &details, const EntryContext &ctx)
{
    EntryResult r;
    const int line = int(entry.line);
    auto error = [&](const QString &field, const QString &msg) {
        r.errors.append({ ctx.fileName, line, field, msg });
    };

    std::optional<Money> amount;
    if (const Node *amt = entry.child(u"Amt")) {
        QString ccy = amt->attribute(u"Ccy");
        if (ccy.isEmpty())
            ccy = ctx.currency;
        QString err;
        amount = parseXmlAmount(amt->text, ccy, &err);
        if (!amount)
            error(QStringLiteral("Amt"), err);
    } else {
        error(QStringLiteral("Amt"), QStringLiteral("entry has no amount"));
    }
    const QString cdi = entry.textAt(u"CdtDbtInd");
    const int sign = signOf(cdi);
    if (sign == 0) {
        error(QStringLiteral("CdtDbtInd"),
            cdi.isEmpty() ? QStringLiteral("entry has no credit/debit indicator")
                          : QStringLiteral("expected CRDT or DBIT, found '%1'").arg(cdi.left(20)));
    }
    if (const Node *sts = entry.child(u"Sts")) {
        const QString status
            = sts->child(u"Cd") ? sts->textAt(u"Cd") : sts->textAt(); // v8+: Sts/Cd
        r.booked = status.isEmpty() || status == QLatin1String("BOOK");
    }
    bool badBooking = false, badValue = false;
    const QDate booking = dateFrom(entry.child(u"BookgDt"), &badBooking);
    const QDate value = dateFrom(entry.child(u"ValDt"), &badValue);
    if (badBooking)
        error(QStringLiteral("BookgDt"), QStringLiteral("invalid booking date"));
    if (badValue)
        error(QStringLiteral("ValDt"), QStringLiteral("invalid value date"));
    if (!booking.isValid() && !value.isValid() && !badBooking && !badValue)
        error(QStringLiteral("BookgDt"),
            QStringLiteral("entry has neither a booking nor a value date"));
    if (!r.errors.isEmpty())
        return r;

    // RvslInd does not change the sign: ISO 20022 states that CdtDbtInd already gives the
    // direction of the reversal booking itself (DBIT + RvslInd = reversal of an earlier credit,
    // money out). It stays visible in the raw fields.
    const QString rvsl = entry.textAt(u"RvslInd").toLower();
    const bool reversal = rvsl == QLatin1String("true") || rvsl == QLatin1String("1");
    const Money booked = sign < 0 ? Money(-amount->minor(), amount->currency()) : *amount;
    r.signedAmount = booked;

    const QString entryRef = realRef(entry.textAt(u"AcctSvcrRef"));
    const QString entryInfo = entry.textAt(u"AddtlNtryInf");
    Transaction base;
    base.account = ctx.account;
    base.bookingDate = booking;
    base.valueDate = value;
    base.sourceLine = line;
    base.bankCode = bankTransactionCode(entry.child(u"BkTxCd"));
    for (const TxDetail &d : details) {
        if (!base.bankCode.isEmpty())
            break;
        base.bankCode = d.bankCode;
    }
    if (ctx.keepRaw)
        flatten(entry, QString(), base.raw);

    // A batch is split when every TxDtls states an amount in the entry's currency and the
    // amounts add up to the entry exactly.
    bool split = false;
    if (details.size() > 1) {
        bool allAmounts = true;
        std::optional<Money> sum = Money(0, booked.currency());
        for (const TxDetail &d : details) {
            if (!d.amountError.isEmpty()) {
                r.warnings.append({ ctx.fileName, int(d.line), QStringLiteral("TxDtls/Amt"),
                    d.amountError + QStringLiteral(" (transaction detail amount ignored)") });
            }
            if (!d.amount || !(d.amount->currency() == booked.currency())) {
                allAmounts = false;
                break;
            }
            const int s = d.sign ? d.sign : sign;
            const Money v = s < 0 ? Money(-d.amount->minor(), d.amount->currency()) : *d.amount;
            sum = sum ? sum->checkedAdd(v) : std::nullopt;
        }
        if (allAmounts && sum && *sum == booked) {
            split = true;
        } else if (allAmounts) {
            r.warnings.append({ ctx.fileName, line, QStringLiteral("TxDtls"),
                QStringLiteral("the %1 transaction details add up to %2, not to the entry amount "
                               "%3; kept as one entry")
                    .arg(details.size())
                    .arg(sum ? sum->toPlainString() : QStringLiteral("(overflow)"),
                        booked.toPlainString()) });
        }
    }

    if (split) {
        const QString batchBase
            = entryRef.isEmpty() ? QStringLiteral("entry %1").arg(ctx.entryNumber) : entryRef;
        QString batchId = batchBase;
        if (ctx.usedBatchIds) {
            if (ctx.usedBatchIds->contains(batchId))
                batchId = batchBase + QStringLiteral(" #%1").arg(ctx.entryNumber);
            ctx.usedBatchIds->insert(batchId);
        }
        QSet<QString> ids;
        for (int i = 0; i < details.size(); ++i) {
            const TxDetail &d = details.at(i);
            const int s = d.sign ? d.sign : sign;
            Transaction t = base;
            t.amount = s < 0 ? Money(-d.amount->minor(), d.amount->currency()) : *d.amount;
            t.batchId = batchId;
            t.batchAmount = booked;
            t.sourceLine = int(d.line);
            QString id = realRef(d.acctSvcrRef);
            if (id.isEmpty())
                id = realRef(d.endToEndId);
            if (id.isEmpty() || ids.contains(id)) // end-to-end ids may repeat inside a batch
                id = batchBase + QLatin1Char('/') + QString::number(i + 1);
            ids.insert(id);
            t.externalId = id;
            t.reference = detailReference(d);
            t.description = d.unstructured.join(QLatin1Char(' '));
            if (t.description.isEmpty())
                t.description = d.additionalInfo.isEmpty() ? entryInfo : d.additionalInfo;
            const Party &p = otherParty(d, s, reversal, ctx.account);
            t.counterparty = p.name;
            t.counterpartyAccount = p.account;
            if (!d.bankCode.isEmpty())
                t.bankCode = d.bankCode;
            t.raw += d.raw;
            r.transactions.append(std::move(t));
        }
        return r;
    }

    // One item for the entry; its TxDtls (if any) enrich it.
    Transaction t = base;
    t.amount = booked;
    t.externalId = entryRef;
    QStringList texts, infos;
    for (const TxDetail &d : details) {
        texts += d.unstructured;
        if (!d.additionalInfo.isEmpty())
            infos << d.additionalInfo;
        if (t.reference.isEmpty())
            t.reference = detailReference(d);
        const int s = d.sign ? d.sign : sign;
        const Party &p = otherParty(d, s, reversal, ctx.account);
        if (t.counterparty.isEmpty() && !p.name.isEmpty())
            t.counterparty = p.name;
        if (t.counterpartyAccount.isEmpty() && !p.account.isEmpty())
            t.counterpartyAccount = p.account;
        t.raw += d.raw;
    }
    if (t.externalId.isEmpty() && details.size() == 1) {
        t.externalId = realRef(details.first().acctSvcrRef);
        if (t.externalId.isEmpty())
            t.externalId = realRef(details.first().proprietaryRef);
    }
    t.description = texts.join(QLatin1Char(' '));
    if (t.description.isEmpty())
        t.description = infos.isEmpty() ? entryInfo : infos.join(QLatin1Char(' '));
    r.transactions.append(std::move(t));
    return r;
}

} // namespace recon::camt
