#include "core/import/reader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace recon {

QString ImportIssue::toString() const
{
    QString s = file.isEmpty() ? QStringLiteral("<input>") : file;
    if (line > 0)
        s += QLatin1Char(':') + QString::number(line);
    s += QStringLiteral(": ");
    if (!field.isEmpty())
        s += field + QStringLiteral(": ");
    return s + message;
}

namespace {
const std::pair<ColumnRole, const char *> kRoleNames[] = {
    { ColumnRole::Ignore, "ignore" },
    { ColumnRole::Date, "date" },
    { ColumnRole::ValueDate, "value_date" },
    { ColumnRole::Amount, "amount" },
    { ColumnRole::Debit, "debit" },
    { ColumnRole::Credit, "credit" },
    { ColumnRole::DebitCreditIndicator, "dc_indicator" },
    { ColumnRole::Currency, "currency" },
    { ColumnRole::Description, "description" },
    { ColumnRole::Reference, "reference" },
    { ColumnRole::Counterparty, "counterparty" },
    { ColumnRole::CounterpartyAccount, "counterparty_account" },
    { ColumnRole::Account, "account" },
    { ColumnRole::ExternalId, "id" },
    { ColumnRole::Balance, "balance" },
    { ColumnRole::BankCode, "bank_code" },
};
} // namespace

QString columnRoleName(ColumnRole r)
{
    for (const auto &[role, name] : kRoleNames) {
        if (role == r)
            return QString::fromLatin1(name);
    }
    return QStringLiteral("ignore");
}

std::optional<ColumnRole> columnRoleFromName(QStringView s)
{
    for (const auto &[role, name] : kRoleNames) {
        if (s == QLatin1String(name))
            return role;
    }
    return std::nullopt;
}

bool TabularMapping::isValid() const
{
    const bool hasDate = roles.contains(ColumnRole::Date) || roles.contains(ColumnRole::ValueDate);
    const bool hasAmount = roles.contains(ColumnRole::Amount) || roles.contains(ColumnRole::Debit)
        || roles.contains(ColumnRole::Credit);
    return hasDate && hasAmount;
}

QString TabularMapping::toJson() const
{
    QJsonObject o;
    o[QStringLiteral("header_row")] = headerRow;
    QJsonArray r;
    for (ColumnRole role : roles)
        r.append(columnRoleName(role));
    o[QStringLiteral("roles")] = r;
    o[QStringLiteral("date_format")] = dateFormat;
    o[QStringLiteral("decimal")] = decimal == DecimalSeparator::Dot ? QStringLiteral(".")
        : decimal == DecimalSeparator::Comma                        ? QStringLiteral(",")
                                                                    : QStringLiteral("auto");
    o[QStringLiteral("invert_sign")] = invertSign;
    o[QStringLiteral("currency")] = currency;
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

std::optional<TabularMapping> TabularMapping::fromJson(const QString &json, QString *error)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &pe);
    if (!doc.isObject()) {
        if (error)
            *error = pe.errorString();
        return std::nullopt;
    }
    const QJsonObject o = doc.object();
    TabularMapping m;
    m.headerRow = o.value(QStringLiteral("header_row")).toInt(-1);
    for (const QJsonValue &v : o.value(QStringLiteral("roles")).toArray()) {
        auto role = columnRoleFromName(v.toString());
        if (!role) {
            if (error)
                *error = QStringLiteral("unknown column role '%1'").arg(v.toString());
            return std::nullopt;
        }
        m.roles.append(*role);
    }
    m.dateFormat = o.value(QStringLiteral("date_format")).toString();
    const QString dec = o.value(QStringLiteral("decimal")).toString();
    m.decimal = dec == QLatin1String(".") ? DecimalSeparator::Dot
        : dec == QLatin1String(",")       ? DecimalSeparator::Comma
                                          : DecimalSeparator::Auto;
    m.invertSign = o.value(QStringLiteral("invert_sign")).toBool();
    m.currency = o.value(QStringLiteral("currency")).toString();
    return m;
}

int ReadResult::transactionCount() const
{
    int n = 0;
    for (const Statement &s : statements)
        n += s.transactions.size();
    return n;
}

void ReadResult::addError(const ImportIssue &issue, int maxErrors)
{
    ++errorCount;
    if (errors.size() < maxErrors)
        errors.append(issue);
}

} // namespace recon
