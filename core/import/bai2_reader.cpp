// PLACEHOLDER: replaced by the real bai2 reader (issue 4). Detects nothing.
#include "core/import/registry.h"

namespace recon {
namespace {
class Bai2Reader final : public Reader {
public:
    QString name() const override { return QStringLiteral("bai2"); }
    QString description() const override { return QStringLiteral("BAI2 cash management file"); }
    int detect(const QByteArray &) const override { return 0; }
    ReadResult read(const QByteArray &, const ReadOptions &o) const override
    {
        ReadResult r;
        r.format = name();
        r.addError({ o.fileName, 0, QString(), QStringLiteral("bai2 reader not implemented") }, 1);
        return r;
    }
};
} // namespace
std::unique_ptr<Reader> makeBai2Reader()
{
    return std::make_unique<Bai2Reader>();
}
} // namespace recon
