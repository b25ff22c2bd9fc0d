#pragma once
// An item's or group's status as the user reads it, in the UI language (core's statusName() is
// the stable English key used in files, filters and object names).

#include "core/model/transaction.h"

#include <QCoreApplication>
#include <QString>

namespace recon {

inline QString statusText(Status s)
{
    switch (s) {
    case Status::Open:
        return QCoreApplication::translate("recon::Status", "open");
    case Status::Proposed:
        return QCoreApplication::translate("recon::Status", "proposed");
    case Status::Confirmed:
        return QCoreApplication::translate("recon::Status", "confirmed");
    case Status::Exception:
        return QCoreApplication::translate("recon::Status", "exception");
    case Status::Resolved:
        return QCoreApplication::translate("recon::Status", "resolved");
    }
    return statusName(s);
}

} // namespace recon
