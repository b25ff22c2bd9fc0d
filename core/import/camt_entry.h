#pragma once
// One camt <Ntry> turned into Transactions: sign rules, dates, references, parties, and the
// splitting of batch entries into one item per <TxDtls> (see buildEntry()).

#include "core/import/camt_xml.h"
#include "core/import/reader.h"

#include <QSet>

namespace recon::camt {

struct Party {
    QString name;
    QString account; // IBAN, else Othr/Id
};

// The parts of one <TxDtls> the reader uses; the full element goes to `raw`.
struct TxDetail {
    qint64 line = 0;
    std::optional<Money> amount; // AmtDtls/TxAmt/Amt or Amt, unsigned as stated
    QString amountError; // set when an amount is present but unreadable
    int sign = 0; // from TxDtls/CdtDbtInd (+1/-1); 0 = as the entry
    QString endToEndId, acctSvcrRef, msgId, pmtInfId, instrId, proprietaryRef;
    QStringList unstructured; // RmtInf/Ustrd
    QStringList creditorRefs; // RmtInf/Strd/CdtrRefInf/Ref
    QString additionalInfo; // AddtlTxInf
    QString bankCode;
    Party debtor, creditor;
    RawFields raw;
};

TxDetail parseTxDetail(const Node &txDtls, bool keepRaw);

struct EntryContext {
    QString fileName;
    QString account; // own account of the statement
    QString currency; // statement currency: fallback when Amt has no Ccy
    int entryNumber = 0; // 1-based across the file (for generated batch ids)
    bool keepRaw = true;
    QSet<QString> *usedBatchIds = nullptr; // keeps batch ids unique within the file
};

struct EntryResult {
    QList<Transaction> transactions; // empty when the entry is unusable (see errors)
    QList<ImportIssue> errors;
    QList<ImportIssue> warnings;
    std::optional<Money> signedAmount; // the entry's booked amount
    bool booked = true; // Sts BOOK (or absent); pending/info entries do not move balances
};

// `entry` holds the <Ntry> element without its <NtryDtls>; `details` its TxDtls in order.
EntryResult buildEntry(const Node &entry, const QList<TxDetail> &details, const EntryContext &ctx);

// "PMNT/RCDT/ESCT" from Domn, else the proprietary code ("NTRF+116+7002+000").
QString bankTransactionCode(const Node *bkTxCd);

} // namespace recon::camt
