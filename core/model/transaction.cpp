#include "core/model/transaction.h"

namespace recon {

QString sideName(Side s)
{
    return s == Side::Left ? QStringLiteral("left") : QStringLiteral("right");
}

std::optional<Side> sideFromName(QStringView s)
{
    const QString l = s.trimmed().toString().toLower();
    if (l == QLatin1String("left") || l == QLatin1String("bank") || l == QLatin1String("l"))
        return Side::Left;
    if (l == QLatin1String("right") || l == QLatin1String("ledger") || l == QLatin1String("r"))
        return Side::Right;
    return std::nullopt;
}

QString statusName(Status s)
{
    switch (s) {
    case Status::Open:
        return QStringLiteral("open");
    case Status::Proposed:
        return QStringLiteral("proposed");
    case Status::Confirmed:
        return QStringLiteral("confirmed");
    case Status::Exception:
        return QStringLiteral("exception");
    case Status::Resolved:
        return QStringLiteral("resolved");
    }
    return QStringLiteral("open");
}

std::optional<Status> statusFromName(QStringView s)
{
    const QString l = s.trimmed().toString().toLower();
    for (Status st : { Status::Open, Status::Proposed, Status::Confirmed, Status::Exception,
             Status::Resolved }) {
        if (statusName(st) == l)
            return st;
    }
    return std::nullopt;
}

} // namespace recon
