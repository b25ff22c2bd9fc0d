#pragma once
// A reason code's label in the UI language. The workspace seeds its reason codes with English
// labels (resources/sql/002_resolution.sql); those are translated here, labels a user added
// are shown as stored.

#include <QCoreApplication>
#include <QString>

namespace recon {

inline QString reasonLabelText(const QString &label)
{
    // The seeded labels, for lupdate.
    [[maybe_unused]] static const char *const kSeeded[] = {
        QT_TRANSLATE_NOOP("recon::ReasonCode", "Bank fee"),
        QT_TRANSLATE_NOOP("recon::ReasonCode", "FX difference"),
        QT_TRANSLATE_NOOP("recon::ReasonCode", "Rounding"),
        QT_TRANSLATE_NOOP("recon::ReasonCode", "Short payment"),
        QT_TRANSLATE_NOOP("recon::ReasonCode", "Overpayment"),
        QT_TRANSLATE_NOOP("recon::ReasonCode", "Write-off"),
        QT_TRANSLATE_NOOP("recon::ReasonCode", "Timing"),
        QT_TRANSLATE_NOOP("recon::ReasonCode", "Duplicate"),
        QT_TRANSLATE_NOOP("recon::ReasonCode", "Unknown"),
    };
    return QCoreApplication::translate("recon::ReasonCode", label.toUtf8().constData());
}

} // namespace recon
