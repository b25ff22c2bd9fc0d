// libFuzzer target for the OFX/QFX reader (1.x SGML and 2.x XML).
//   build-fuzz/bin/fuzz_ofx -max_len=65536 tests/data/import/ofx ../shared/fixtures/real/ofx
#include "core/import/registry.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const auto reader = recon::makeOfxReader();
    const QByteArray bytes
        = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)reader->detect(bytes.left(64 * 1024));
    recon::ReadOptions options;
    options.defaultCurrency = QStringLiteral("EUR");
    const recon::ReadResult r = reader->read(bytes, options);
    (void)r.transactionCount();
    return 0;
}
