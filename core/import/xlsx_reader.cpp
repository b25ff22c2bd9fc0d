// XLSX reader: opens the workbook from memory (libzip, capped against ZIP bombs), reads the
// chosen sheet into text cells (xlsx_sheet.cpp) and hands them to the tabular engine that also
// reads CSV: detection of header, columns, dates and amounts lives there, once.
#include "core/import/registry.h"
#include "core/import/tabular.h"
#include "core/import/xlsx_sheet.h"
#include "core/import/xlsx_zip.h"
#include "core/log.h"

namespace recon {

namespace {

class XlsxReader final : public Reader {
public:
    QString name() const override { return QStringLiteral("xlsx"); }
    QString description() const override { return QStringLiteral("Excel workbook (XLSX)"); }

    int detect(const QByteArray &head) const override
    {
        if (head.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"))
            return 50; // legacy .xls or an encrypted workbook: read() explains
        if (!head.startsWith("PK\x03\x04"))
            return 0;
        // Local headers name the entries; an .xlsx has xl/... parts.
        if (head.contains("xl/") || head.contains("[Content_Types].xml"))
            return 90;
        return 20; // some other ZIP: read() says what is missing
    }

    ReadResult read(const QByteArray &data, const ReadOptions &options) const override
    {
        ReadResult fail;
        fail.format = name();
        const auto error = [&](const QString &field, const QString &message) {
            fail.addError({ options.fileName, 0, field, message }, options.maxErrors);
            return fail;
        };
        if (data.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"))
            return error(QString(),
                QStringLiteral("this is a legacy .xls workbook or a password-protected one; "
                               "save it as .xlsx without a password"));
        xlsx::ZipArchive zip(data);
        if (!zip.isOpen())
            return error(QString(), zip.openError());
        const xlsx::ZipEntry wbXml = zip.read(QStringLiteral("xl/workbook.xml"));
        if (!wbXml.data)
            return error(QString(),
                wbXml.error.isEmpty()
                    ? QStringLiteral("not an Excel workbook: xl/workbook.xml is missing")
                    : wbXml.error);
        const xlsx::ZipEntry rels = zip.read(QStringLiteral("xl/_rels/workbook.xml.rels"));
        if (!rels.error.isEmpty())
            return error(QString(), rels.error);
        xlsx::Workbook wb;
        if (auto p = xlsx::parseWorkbook(*wbXml.data, rels.data.value_or(QByteArray()), &wb);
            !p.error.isEmpty())
            return error(QString(), p.error);
        if (wb.sheets.isEmpty())
            return error(QString(), QStringLiteral("the workbook has no sheets"));
        xlsx::SheetRef sheet = wb.sheets.first();
        if (!options.sheet.isEmpty()) {
            bool found = false;
            QStringList names;
            for (const auto &s : wb.sheets) {
                names << s.name;
                if (!found && s.name.compare(options.sheet, Qt::CaseInsensitive) == 0) {
                    sheet = s;
                    found = true;
                }
            }
            if (!found)
                return error(QStringLiteral("sheet"),
                    QStringLiteral("no sheet named '%1' (the workbook has: %2)")
                        .arg(options.sheet, names.join(QStringLiteral(", "))));
        }
        QStringList strings;
        const xlsx::ZipEntry sst = zip.read(wb.sharedStringsPath);
        if (!sst.error.isEmpty())
            return error(QString(), sst.error);
        if (sst.data) {
            if (auto p = xlsx::parseSharedStrings(*sst.data, &strings); !p.error.isEmpty())
                return error(QString(), p.error);
        }
        xlsx::Styles styles;
        const xlsx::ZipEntry sty = zip.read(wb.stylesPath);
        if (!sty.error.isEmpty())
            return error(QString(), sty.error);
        if (sty.data) {
            if (auto p = xlsx::parseStyles(*sty.data, &styles); !p.error.isEmpty())
                return error(QString(), p.error);
        }
        const xlsx::ZipEntry ws = zip.read(sheet.path);
        if (!ws.data)
            return error(QStringLiteral("sheet"),
                ws.error.isEmpty()
                    ? QStringLiteral("sheet '%1': %2 is missing").arg(sheet.name, sheet.path)
                    : ws.error);
        const xlsx::SheetResult grid = xlsx::parseSheet(*ws.data, strings, styles, wb.date1904);
        if (!grid.error.isEmpty())
            return error(QStringLiteral("sheet"),
                QStringLiteral("sheet '%1': %2").arg(sheet.name, grid.error));
        log::import()->debug(
            "xlsx: sheet '{}' has {} non-empty rows", sheet.name.toStdString(), grid.rows.size());
        ReadResult r = readTabular(grid.rows, options, name(), QStringLiteral("utf-8"));
        for (const auto &i : grid.issues)
            r.addError({ options.fileName, i.line, i.field, i.message }, options.maxErrors);
        return r;
    }
};

} // namespace

std::unique_ptr<Reader> makeXlsxReader()
{
    return std::make_unique<XlsxReader>();
}

} // namespace recon
