// PLACEHOLDER: replaced by the real qif reader (issue 4). Detects nothing.
#include "core/import/registry.h"

namespace recon {
namespace {
class QifReader final : public Reader {
public:
    QString name() const override { return QStringLiteral("qif"); }
    QString description() const override { return QStringLiteral("Quicken Interchange Format"); }
    int detect(const QByteArray &) const override { return 0; }
    ReadResult read(const QByteArray &, const ReadOptions &o) const override
    {
        ReadResult r;
        r.format = name();
        r.addError({ o.fileName, 0, QString(), QStringLiteral("qif reader not implemented") }, 1);
        return r;
    }
};
} // namespace
std::unique_ptr<Reader> makeQifReader()
{
    return std::make_unique<QifReader>();
}
} // namespace recon
