// libFuzzer target for the XLSX part parsers behind the ZIP layer. Random bytes almost never
// pass a ZIP signature, so fuzz_xlsx alone barely reaches the XML code; this target feeds the
// input straight to the workbook, relationships, shared strings, styles and worksheet parsers.
// The input is split on the byte 0x01 into up to five parts in that order; missing parts are
// empty. Seeds: the XML parts of real workbooks joined with 0x01 (see tests/fuzz/README.md).
#include "core/import/xlsx_sheet.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes
        = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    QList<QByteArray> parts = bytes.split('\x01');
    while (parts.size() < 5)
        parts.append(QByteArray());

    recon::xlsx::Workbook wb;
    (void)recon::xlsx::parseWorkbook(parts.at(0), parts.at(1), &wb);
    QStringList shared;
    (void)recon::xlsx::parseSharedStrings(parts.at(2), &shared);
    recon::xlsx::Styles styles;
    (void)recon::xlsx::parseStyles(parts.at(3), &styles);
    for (const bool date1904 : { false, true }) {
        const recon::xlsx::SheetResult sheet
            = recon::xlsx::parseSheet(parts.at(4), shared, styles, date1904 || wb.date1904);
        (void)sheet.rows.size();
    }
    return 0;
}
