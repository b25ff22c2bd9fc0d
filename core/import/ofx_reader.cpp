// PLACEHOLDER: replaced by the real ofx reader (issue 4). Detects nothing.
#include "core/import/registry.h"

namespace recon {
namespace {
class OfxReader final : public Reader {
public:
    QString name() const override { return QStringLiteral("ofx"); }
    QString description() const override { return QStringLiteral("OFX/QFX statement"); }
    int detect(const QByteArray &) const override { return 0; }
    ReadResult read(const QByteArray &, const ReadOptions &o) const override
    {
        ReadResult r;
        r.format = name();
        r.addError({ o.fileName, 0, QString(), QStringLiteral("ofx reader not implemented") }, 1);
        return r;
    }
};
} // namespace
std::unique_ptr<Reader> makeOfxReader()
{
    return std::make_unique<OfxReader>();
}
} // namespace recon
