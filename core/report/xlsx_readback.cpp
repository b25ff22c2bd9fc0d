#include "core/report/xlsx_readback.h"

#include "core/import/xlsx_zip.h"
#include "core/report/cell.h"

#include <QCryptographicHash>
#include <QFile>
#include <QXmlStreamReader>

#include <cstdlib>

namespace recon::report {

namespace {

int columnIndex(QStringView ref)
{
    int col = 0;
    for (QChar ch : ref) {
        if (ch < QLatin1Char('A') || ch > QLatin1Char('Z'))
            break;
        col = col * 26 + (ch.unicode() - 'A' + 1);
        if (col > 16384)
            return -1;
    }
    return col - 1;
}

// Concatenated text of all <t> inside the current element (inline or shared rich text).
QString readRichText(QXmlStreamReader &x)
{
    QString out;
    int depth = 1;
    while (depth > 0 && !x.atEnd()) {
        x.readNext();
        if (x.isStartElement()) {
            if (x.name() == QLatin1String("t"))
                out += x.readElementText();
            else if (x.name() == QLatin1String("rPh"))
                x.skipCurrentElement();
            else
                ++depth;
        } else if (x.isEndElement()) {
            --depth;
        }
    }
    return out;
}

QStringList sharedStrings(const QByteArray &xml)
{
    QStringList out;
    QXmlStreamReader x(xml);
    while (!x.atEnd() && out.size() < 10'000'000) {
        x.readNext();
        if (x.isStartElement() && x.name() == QLatin1String("si"))
            out.append(readRichText(x));
    }
    return out;
}

void parseSheet(const QByteArray &xml, const QStringList &shared, bool wantText, ReadSheet &out)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QXmlStreamReader x(xml);
    QList<QByteArray> forms;
    QStringList texts;
    int rowIndex = -1;
    auto flushRow = [&]() {
        if (rowIndex >= 0)
            hash.addData(canonicalRow(rowIndex, forms));
        if (wantText && rowIndex >= 0) {
            while (out.textRows.size() < rowIndex)
                out.textRows.append(QStringList());
            out.textRows.append(texts);
        }
        forms.clear();
        texts.clear();
    };
    while (!x.atEnd()) {
        x.readNext();
        if (!x.isStartElement())
            continue;
        if (x.name() == QLatin1String("row")) {
            flushRow();
            rowIndex = x.attributes().value(QLatin1String("r")).toInt() - 1;
        } else if (x.name() == QLatin1String("c")) {
            const auto attrs = x.attributes();
            const int col = columnIndex(attrs.value(QLatin1String("r")));
            const QString type = attrs.value(QLatin1String("t")).toString();
            QString value;
            QString formula;
            bool hasFormula = false;
            QString inlineText;
            while (x.readNextStartElement()) {
                if (x.name() == QLatin1String("f")) {
                    hasFormula = true;
                    formula = x.readElementText();
                } else if (x.name() == QLatin1String("v")) {
                    value = x.readElementText();
                } else if (x.name() == QLatin1String("is")) {
                    inlineText = readRichText(x);
                } else {
                    x.skipCurrentElement();
                }
            }
            if (col < 0 || col > 16384)
                continue;
            QByteArray form;
            QString text;
            if (hasFormula) {
                form = 'f' + formula.toUtf8();
                text = value;
            } else if (type == QLatin1String("inlineStr")) {
                text = inlineText;
                form = text.isEmpty() ? QByteArray() : 's' + text.toUtf8();
            } else if (type == QLatin1String("s")) {
                const int i = value.toInt();
                text = i >= 0 && i < shared.size() ? shared.at(i) : QString();
                form = text.isEmpty() ? QByteArray() : 's' + text.toUtf8();
            } else if (type == QLatin1String("str") || type == QLatin1String("e")
                || type == QLatin1String("b")) {
                text = value;
                form = text.isEmpty() ? QByteArray() : 's' + text.toUtf8();
            } else if (!value.isEmpty()) {
                text = value;
                form = 'n' + canonicalNumber(std::strtod(value.toLatin1().constData(), nullptr));
            }
            while (forms.size() <= col)
                forms.append(QByteArray());
            forms[col] = form;
            if (wantText) {
                while (texts.size() <= col)
                    texts.append(QString());
                texts[col] = text;
            }
        }
    }
    flushRow();
    out.sha256 = QString::fromLatin1(hash.result().toHex());
}

QString resolveTarget(const QString &target)
{
    if (target.startsWith(QLatin1Char('/')))
        return target.mid(1);
    return QStringLiteral("xl/") + target;
}

} // namespace

const ReadSheet *ReadWorkbook::sheet(const QString &name) const
{
    for (const ReadSheet &s : sheets)
        if (s.name == name)
            return &s;
    return nullptr;
}

ReadWorkbook readWorkbook(const QString &path, const QStringList &textSheets)
{
    ReadWorkbook wb;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        wb.error = QStringLiteral("cannot read %1: %2").arg(path, f.errorString());
        return wb;
    }
    const QByteArray data = f.readAll();
    xlsx::ZipLimits limits;
    limits.maxEntrySize = 2LL * 1024 * 1024 * 1024 - 1;
    limits.maxTotalSize = 8LL * 1024 * 1024 * 1024;
    limits.maxRatio = 1000;
    xlsx::ZipArchive zip(data, limits);
    if (!zip.isOpen()) {
        wb.error = QStringLiteral("%1 is not an XLSX workbook: %2").arg(path, zip.openError());
        return wb;
    }
    const auto workbook = zip.read(QStringLiteral("xl/workbook.xml"));
    const auto rels = zip.read(QStringLiteral("xl/_rels/workbook.xml.rels"));
    if (!workbook.data || !rels.data) {
        wb.error = QStringLiteral("%1 is not an XLSX workbook (no xl/workbook.xml)").arg(path);
        return wb;
    }
    QHash<QString, QString> targets;
    {
        QXmlStreamReader x(*rels.data);
        while (!x.atEnd()) {
            x.readNext();
            if (x.isStartElement() && x.name() == QLatin1String("Relationship"))
                targets.insert(x.attributes().value(QLatin1String("Id")).toString(),
                    x.attributes().value(QLatin1String("Target")).toString());
        }
    }
    QStringList shared;
    if (const auto ss = zip.read(QStringLiteral("xl/sharedStrings.xml")); ss.data)
        shared = sharedStrings(*ss.data);
    QXmlStreamReader x(*workbook.data);
    while (!x.atEnd()) {
        x.readNext();
        if (!x.isStartElement() || x.name() != QLatin1String("sheet"))
            continue;
        ReadSheet s;
        s.name = x.attributes().value(QLatin1String("name")).toString();
        const QString rid
            = x.attributes()
                  .value(QStringLiteral("http://schemas.openxmlformats.org/officeDocument/"
                                        "2006/relationships"),
                      QLatin1String("id"))
                  .toString();
        const auto sheetData = zip.read(resolveTarget(targets.value(rid)));
        if (!sheetData.data) {
            wb.error = QStringLiteral("%1: sheet '%2' cannot be read %3")
                           .arg(path, s.name, sheetData.error);
            return wb;
        }
        parseSheet(*sheetData.data, shared, textSheets.contains(s.name), s);
        wb.sheets.append(s);
    }
    if (x.hasError())
        wb.error = QStringLiteral("%1: %2").arg(path, x.errorString());
    return wb;
}

} // namespace recon::report
