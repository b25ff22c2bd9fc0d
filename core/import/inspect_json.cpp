#include "core/import/inspect_json.h"

#include <QJsonArray>

namespace recon {

namespace {
QJsonValue balance(const std::optional<Money> &m)
{
    return m ? QJsonValue(m->toPlainString()) : QJsonValue(QJsonValue::Null);
}
QJsonObject issueJson(const ImportIssue &i)
{
    QJsonObject o;
    o[QStringLiteral("line")] = i.line;
    o[QStringLiteral("field")] = i.field;
    o[QStringLiteral("message")] = i.message;
    return o;
}
} // namespace

QJsonObject rowJson(const Transaction &t)
{
    QJsonObject o;
    o[QStringLiteral("date")] = t.effectiveDate().toString(Qt::ISODate);
    if (t.valueDate.isValid() && t.valueDate != t.bookingDate)
        o[QStringLiteral("value_date")] = t.valueDate.toString(Qt::ISODate);
    o[QStringLiteral("amount")] = t.amount.toPlainString();
    o[QStringLiteral("currency")] = t.amount.currencyCode();
    o[QStringLiteral("description")] = t.description;
    o[QStringLiteral("reference")] = t.reference;
    o[QStringLiteral("counterparty")] = t.counterparty;
    o[QStringLiteral("external_id")] = t.externalId;
    return o;
}

QJsonObject inspectJson(const ReadResult &r, bool withRows)
{
    QJsonObject o;
    o[QStringLiteral("format")] = r.format;
    o[QStringLiteral("encoding")] = r.encoding;
    QJsonArray stmts;
    QJsonArray rows;
    int total = 0;
    for (const Statement &s : r.statements) {
        QJsonObject so;
        so[QStringLiteral("account")] = s.account;
        so[QStringLiteral("currency")] = s.currency;
        so[QStringLiteral("opening_balance")] = balance(s.openingBalance);
        so[QStringLiteral("closing_balance")] = balance(s.closingBalance);
        so[QStringLiteral("transactions")] = int(s.transactions.size());
        if (s.periodFrom.isValid())
            so[QStringLiteral("from")] = s.periodFrom.toString(Qt::ISODate);
        if (s.periodTo.isValid())
            so[QStringLiteral("to")] = s.periodTo.toString(Qt::ISODate);
        stmts.append(so);
        total += s.transactions.size();
        if (withRows) {
            for (const Transaction &t : s.transactions)
                rows.append(rowJson(t));
        }
    }
    o[QStringLiteral("statements")] = stmts;
    o[QStringLiteral("transactions")] = total;
    QJsonArray warnings;
    for (const ImportIssue &w : r.warnings)
        warnings.append(w.toString());
    o[QStringLiteral("warnings")] = warnings;
    QJsonArray errors;
    for (const ImportIssue &e : r.errors)
        errors.append(issueJson(e));
    o[QStringLiteral("errors")] = errors;
    if (r.errorCount > r.errors.size())
        o[QStringLiteral("errors_total")] = r.errorCount;
    if (withRows)
        o[QStringLiteral("rows")] = rows;
    return o;
}

} // namespace recon
