#pragma once
// Writing JSON text straight into a byte buffer, for the hot paths that store JSON per row (raw
// source fields on import, match explanations): QJsonObject/QJsonDocument cost 26 us a match
// group, most of a large run's write time.

#include <QByteArray>
#include <QStringView>

namespace recon::json {

// `s` as a JSON string (quotes included), UTF-8; all-printable-ASCII text is copied as it is.
void appendString(QByteArray &out, QStringView s);

} // namespace recon::json
