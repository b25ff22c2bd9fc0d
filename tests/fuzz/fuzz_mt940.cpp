// libFuzzer target for the MT940/MT942 reader: any bytes must come back as a result with
// errors, never a crash, hang or unbounded allocation.
#include "core/import/registry.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const auto reader = recon::makeMt940Reader();
    const QByteArray bytes
        = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    recon::ReadOptions opts;
    opts.fileName = QStringLiteral("fuzz.sta");
    (void)reader->detect(bytes.left(64 * 1024));
    const recon::ReadResult r = reader->read(bytes, opts);
    (void)r.transactionCount();
    opts.skipBadLines = true;
    opts.keepRawFields = false;
    opts.defaultCurrency = QStringLiteral("EUR");
    (void)reader->read(bytes, opts);
    return 0;
}
