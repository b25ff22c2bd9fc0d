// PLACEHOLDER: replaced by the real csv reader (issue 4). Detects nothing.
#include "core/import/registry.h"

namespace recon {
namespace {
class CsvReader final : public Reader {
public:
    QString name() const override { return QStringLiteral("csv"); }
    QString description() const override { return QStringLiteral("CSV/TSV text table"); }
    int detect(const QByteArray &) const override { return 0; }
    ReadResult read(const QByteArray &, const ReadOptions &o) const override
    {
        ReadResult r;
        r.format = name();
        r.addError({ o.fileName, 0, QString(), QStringLiteral("csv reader not implemented") }, 1);
        return r;
    }
};
} // namespace
std::unique_ptr<Reader> makeCsvReader()
{
    return std::make_unique<CsvReader>();
}
} // namespace recon
