// PLACEHOLDER: replaced by the real mt940 reader (issue 4). Detects nothing.
#include "core/import/registry.h"

namespace recon {
namespace {
class Mt940Reader final : public Reader {
public:
    QString name() const override { return QStringLiteral("mt940"); }
    QString description() const override { return QStringLiteral("SWIFT MT940/MT942 statement"); }
    int detect(const QByteArray &) const override { return 0; }
    ReadResult read(const QByteArray &, const ReadOptions &o) const override
    {
        ReadResult r;
        r.format = name();
        r.addError({ o.fileName, 0, QString(), QStringLiteral("mt940 reader not implemented") }, 1);
        return r;
    }
};
} // namespace
std::unique_ptr<Reader> makeMt940Reader()
{
    return std::make_unique<Mt940Reader>();
}
} // namespace recon
