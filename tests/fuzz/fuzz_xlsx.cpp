// libFuzzer target for the XLSX reader (ZIP container, workbook parts, sheet cells).
//   build-fuzz/bin/fuzz_xlsx -max_len=262144 tests/data/import/xlsx ../shared/fixtures/real/xlsx
#include "core/import/registry.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const auto reader = recon::makeXlsxReader();
    const QByteArray bytes
        = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)reader->detect(bytes.left(64 * 1024));
    recon::ReadOptions options;
    options.defaultCurrency = QStringLiteral("EUR");
    const recon::ReadResult r = reader->read(bytes, options);
    (void)r.transactionCount();
    return 0;
}
