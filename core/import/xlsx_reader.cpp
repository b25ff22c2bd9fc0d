// PLACEHOLDER: replaced by the real xlsx reader (issue 4). Detects nothing.
#include "core/import/registry.h"

namespace recon {
namespace {
class XlsxReader final : public Reader {
public:
    QString name() const override { return QStringLiteral("xlsx"); }
    QString description() const override { return QStringLiteral("Excel workbook (XLSX)"); }
    int detect(const QByteArray &) const override { return 0; }
    ReadResult read(const QByteArray &, const ReadOptions &o) const override
    {
        ReadResult r;
        r.format = name();
        r.addError({ o.fileName, 0, QString(), QStringLiteral("xlsx reader not implemented") }, 1);
        return r;
    }
};
} // namespace
std::unique_ptr<Reader> makeXlsxReader()
{
    return std::make_unique<XlsxReader>();
}
} // namespace recon
