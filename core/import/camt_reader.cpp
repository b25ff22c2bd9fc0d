// PLACEHOLDER: replaced by the real camt reader (issue 4). Detects nothing.
#include "core/import/registry.h"

namespace recon {
namespace {
class CamtReader final : public Reader {
public:
    QString name() const override { return QStringLiteral("camt"); }
    QString description() const override { return QStringLiteral("ISO 20022 camt.052/053/054"); }
    int detect(const QByteArray &) const override { return 0; }
    ReadResult read(const QByteArray &, const ReadOptions &o) const override
    {
        ReadResult r;
        r.format = name();
        r.addError({ o.fileName, 0, QString(), QStringLiteral("camt reader not implemented") }, 1);
        return r;
    }
};
} // namespace
std::unique_ptr<Reader> makeCamtReader()
{
    return std::make_unique<CamtReader>();
}
} // namespace recon
