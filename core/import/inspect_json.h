#pragma once
// The JSON contract of `recon inspect --json [--rows]`, also used by the golden import tests.

#include "core/import/reader.h"

#include <QJsonObject>

namespace recon {

// {"format", "encoding", "statements": [{"account","currency","opening_balance",
//  "closing_balance","transactions"}], "transactions", "warnings": [...],
//  "errors": [{"line","field","message"}], "rows": [...] (withRows only)}
QJsonObject inspectJson(const ReadResult &result, bool withRows);
// One row: {"date","amount","currency","description","reference","counterparty","external_id"}
QJsonObject rowJson(const Transaction &t);

} // namespace recon
