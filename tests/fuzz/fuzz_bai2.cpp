// libFuzzer target for the bai2 reader: any input must come back as a ReadResult (errors allowed),
// never a crash, hang or unbounded allocation.
//   build-fuzz/bin/fuzz_bai2 -runs=200000 ../shared/fixtures/real/bai2
#include "core/import/registry.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const std::unique_ptr<recon::Reader> reader = recon::makeBai2Reader();
    const QByteArray bytes = QByteArray::fromRawData(
        reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    recon::ReadOptions options;
    options.fileName = QStringLiteral("fuzz");
    (void)reader->detect(bytes.left(64 * 1024));
    const recon::ReadResult r = reader->read(bytes, options);
    if (r.errorCount < r.errors.size())
        __builtin_trap();
    return 0;
}
