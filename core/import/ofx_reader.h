#pragma once
// Field-level helpers of the OFX reader, exposed for unit tests.

#include "core/money.h"

#include <QDate>
#include <QString>

#include <optional>

namespace recon::ofx {

// "YYYYMMDD[HHMMSS[.XXX]][[+-]TZ:NAME]]" (also HH or HHMM) -> the calendar date as written.
std::optional<QDate> parseDate(QStringView text, QString *error);
// TRNAMT / BALAMT: '.' or ',' as the decimal mark; exact, in `currency`'s minor units.
std::optional<Money> parseAmount(QStringView text, const Currency &currency, QString *error);
// The description from NAME and MEMO: the memo when it repeats the name, else both.
QString describe(const QString &name, const QString &memo);

} // namespace recon::ofx
