#include "core/import/xlsx_sheet.h"

#include <QDir>
#include <QHash>
#include <QRegularExpression>
#include <QXmlStreamReader>

namespace recon::xlsx {

namespace {

QString xmlError(const QXmlStreamReader &x, const QString &part)
{
    return QStringLiteral("%1: %2 (line %3)").arg(part, x.errorString()).arg(x.lineNumber());
}

// One step of a reader that refuses DTDs (no entity tricks in an XLSX part).
bool step(QXmlStreamReader &x, QString *error, const QString &part)
{
    x.readNext();
    if (x.tokenType() == QXmlStreamReader::DTD) {
        *error = QStringLiteral("%1: a DTD is not allowed in a workbook part").arg(part);
        return false;
    }
    if (x.hasError()) {
        *error = xmlError(x, part);
        return false;
    }
    return !x.atEnd();
}

QString resolve(const QString &target)
{
    if (target.startsWith(QLatin1Char('/')))
        return QDir::cleanPath(target.mid(1));
    return QDir::cleanPath(QStringLiteral("xl/") + target);
}

// Text of <t> elements below the current element (runs included, phonetic <rPh> excluded),
// reading up to the current element's end.
bool collectText(QXmlStreamReader &x, QString *text, QString *error, const QString &part)
{
    int depth = 1;
    int phonetic = 0;
    while (step(x, error, part)) {
        if (x.isStartElement()) {
            ++depth;
            if (x.name() == u"rPh")
                ++phonetic;
            else if (x.name() == u"t" && phonetic == 0) {
                *text += x.readElementText(QXmlStreamReader::IncludeChildElements);
                if (x.hasError()) {
                    *error = xmlError(x, part);
                    return false;
                }
                --depth;
            }
        } else if (x.isEndElement()) {
            if (x.name() == u"rPh")
                --phonetic;
            if (--depth == 0)
                return true;
        }
    }
    if (error->isEmpty())
        *error = QStringLiteral("%1: unexpected end of the part").arg(part);
    return false;
}

bool isDigits(QStringView s)
{
    if (s.isEmpty())
        return false;
    for (QChar c : s) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

QString timeText(QStringView stored)
{
    // Seconds of the day from the fraction digits, in integer arithmetic.
    const qsizetype dot = stored.indexOf(QLatin1Char('.'));
    if (dot < 0)
        return QStringLiteral("00:00:00");
    QStringView frac = stored.mid(dot + 1).left(12);
    if (!isDigits(frac))
        return stored.toString();
    qint64 f = frac.toLongLong();
    qint64 scale = 1;
    for (qsizetype i = 0; i < frac.size(); ++i)
        scale *= 10;
    qint64 secs = (f * 86400 + scale / 2) / scale;
    if (secs >= 86400)
        secs = 86399;
    return QStringLiteral("%1:%2:%3")
        .arg(secs / 3600, 2, 10, QLatin1Char('0'))
        .arg((secs / 60) % 60, 2, 10, QLatin1Char('0'))
        .arg(secs % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

PartResult parseWorkbook(const QByteArray &workbookXml, const QByteArray &relsXml, Workbook *out)
{
    PartResult res;
    QHash<QString, QString> targets;
    if (!relsXml.isEmpty()) {
        QXmlStreamReader x(relsXml);
        const QString part = QStringLiteral("xl/_rels/workbook.xml.rels");
        while (step(x, &res.error, part)) {
            if (!x.isStartElement() || x.name() != u"Relationship")
                continue;
            const auto a = x.attributes();
            const QString type = a.value(QLatin1String("Type")).toString();
            const QString path = resolve(a.value(QLatin1String("Target")).toString());
            targets.insert(a.value(QLatin1String("Id")).toString(), path);
            if (type.endsWith(u"/sharedStrings"))
                out->sharedStringsPath = path;
            else if (type.endsWith(u"/styles"))
                out->stylesPath = path;
        }
        if (!res.error.isEmpty())
            return res;
    }
    QXmlStreamReader x(workbookXml);
    const QString part = QStringLiteral("xl/workbook.xml");
    int index = 0;
    while (step(x, &res.error, part)) {
        if (!x.isStartElement())
            continue;
        if (x.name() == u"workbookPr") {
            const auto v = x.attributes().value(QLatin1String("date1904"));
            out->date1904 = v == u"1" || v == u"true";
        } else if (x.name() == u"sheet") {
            ++index;
            SheetRef s;
            QString rid;
            for (const auto &a : x.attributes()) {
                if (a.name() == u"name" && a.prefix().isEmpty())
                    s.name = a.value().toString();
                else if (a.name() == u"id" && !a.prefix().isEmpty())
                    rid = a.value().toString();
            }
            s.path = targets.value(rid);
            if (s.path.isEmpty())
                s.path = QStringLiteral("xl/worksheets/sheet%1.xml").arg(index);
            out->sheets.append(s);
        }
    }
    if (out->sharedStringsPath.isEmpty())
        out->sharedStringsPath = QStringLiteral("xl/sharedStrings.xml");
    if (out->stylesPath.isEmpty())
        out->stylesPath = QStringLiteral("xl/styles.xml");
    return res;
}

PartResult parseSharedStrings(const QByteArray &xml, QStringList *out)
{
    PartResult res;
    QXmlStreamReader x(xml);
    const QString part = QStringLiteral("xl/sharedStrings.xml");
    while (step(x, &res.error, part)) {
        if (x.isStartElement() && x.name() == u"si") {
            QString text;
            if (!collectText(x, &text, &res.error, part))
                return res;
            out->append(text);
        }
    }
    return res;
}

NumberKind kindOfFormat(int id, const QString &code)
{
    if (code.isEmpty()) {
        if ((id >= 14 && id <= 17) || id == 22 || (id >= 27 && id <= 36) || (id >= 50 && id <= 58))
            return NumberKind::Date;
        if ((id >= 18 && id <= 21) || (id >= 45 && id <= 47))
            return NumberKind::Time;
        return NumberKind::Number;
    }
    // Drop quoted literals, escaped characters and [...] sections (colours, locales, elapsed).
    QString s;
    bool quoted = false;
    int bracket = 0;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code.at(i);
        if (quoted) {
            quoted = c != QLatin1Char('"');
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char('\\') || c == QLatin1Char('_') || c == QLatin1Char('*')) {
            ++i; // the next character is literal (or padding)
        } else if (c == QLatin1Char('[')) {
            ++bracket;
        } else if (c == QLatin1Char(']')) {
            bracket = std::max(0, bracket - 1);
        } else if (bracket == 0) {
            s += c.toLower();
        }
    }
    if (s.contains(QLatin1Char('d')) || s.contains(QLatin1Char('y')))
        return NumberKind::Date;
    const bool hasTime = s.contains(QLatin1Char('h')) || s.contains(QLatin1Char('s'));
    if (s.contains(QLatin1Char('m')))
        return hasTime ? NumberKind::Time : NumberKind::Date;
    return hasTime && !s.contains(QLatin1Char('0')) && !s.contains(QLatin1Char('#'))
        ? NumberKind::Time
        : NumberKind::Number;
}

PartResult parseStyles(const QByteArray &xml, Styles *out)
{
    PartResult res;
    QHash<int, QString> custom;
    QXmlStreamReader x(xml);
    const QString part = QStringLiteral("xl/styles.xml");
    bool inCellXfs = false;
    while (step(x, &res.error, part)) {
        if (x.isStartElement()) {
            if (x.name() == u"numFmt") {
                custom.insert(x.attributes().value(QLatin1String("numFmtId")).toInt(),
                    x.attributes().value(QLatin1String("formatCode")).toString());
            } else if (x.name() == u"cellXfs") {
                inCellXfs = true;
            } else if (inCellXfs && x.name() == u"xf") {
                const int id = x.attributes().value(QLatin1String("numFmtId")).toInt();
                out->cellXfs.append(kindOfFormat(id, custom.value(id)));
            }
        } else if (x.isEndElement() && x.name() == u"cellXfs") {
            inCellXfs = false;
        }
    }
    return res;
}

std::optional<QDate> serialToDate(QStringView stored, bool date1904)
{
    const QString n = normaliseNumber(stored.trimmed());
    const qsizetype dot = n.indexOf(QLatin1Char('.'));
    const QStringView whole = QStringView(n).left(dot < 0 ? n.size() : dot);
    if (!isDigits(whole) || whole.size() > 7)
        return std::nullopt; // negative, empty or far beyond 9999-12-31
    const qint64 days = whole.toLongLong();
    QDate d;
    if (date1904)
        d = QDate(1904, 1, 1).addDays(days);
    else if (days == 0 || days == 60)
        return std::nullopt; // 1900-01-00 and Lotus' 1900-02-29 name no real day
    else if (days < 60)
        d = QDate(1899, 12, 31).addDays(days);
    else
        d = QDate(1899, 12, 30).addDays(days);
    if (!d.isValid() || d.year() > 9999)
        return std::nullopt;
    return d;
}

QString normaliseNumber(QStringView stored)
{
    static const QRegularExpression re(
        QStringLiteral(R"(^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d{1,4}))?$)"));
    const auto m = re.match(stored);
    if (!m.hasMatch() || (m.capturedLength(2) == 0 && m.capturedLength(3) == 0))
        return stored.toString();
    if (!m.hasCaptured(4)) // no exponent: exactly as stored
        return stored.startsWith(QLatin1Char('+')) ? stored.mid(1).toString() : stored.toString();
    const int exp = m.captured(4).toInt();
    if (exp > 400 || exp < -400)
        return stored.toString();
    const QString intPart = m.captured(2);
    const QString digits = intPart + m.captured(3);
    const qsizetype point = intPart.size() + exp; // position of the decimal point in `digits`
    QString whole, frac;
    if (point <= 0) {
        frac = QString(-point, QLatin1Char('0')) + digits;
    } else if (point >= digits.size()) {
        whole = digits + QString(point - digits.size(), QLatin1Char('0'));
    } else {
        whole = digits.left(point);
        frac = digits.mid(point);
    }
    while (whole.size() > 1 && whole.startsWith(QLatin1Char('0')))
        whole.remove(0, 1);
    if (whole.isEmpty())
        whole = QStringLiteral("0");
    while (frac.endsWith(QLatin1Char('0')))
        frac.chop(1);
    QString out = whole;
    if (!frac.isEmpty())
        out += QLatin1Char('.') + frac;
    const bool zero = !out.contains(QRegularExpression(QStringLiteral("[1-9]")));
    if (m.captured(1) == QLatin1String("-") && !zero)
        out.prepend(QLatin1Char('-'));
    return out;
}

std::optional<std::pair<int, int>> parseCellRef(QStringView ref)
{
    qsizetype i = 0;
    int col = 0;
    while (i < ref.size() && ref.at(i).isLetter() && ref.at(i).unicode() < 128) {
        col = col * 26 + (ref.at(i).toUpper().unicode() - 'A' + 1);
        if (col > kMaxColumns)
            return std::nullopt;
        ++i;
    }
    if (i == 0 || i == ref.size() || !isDigits(ref.mid(i)) || ref.size() - i > 7)
        return std::nullopt;
    const int row = ref.mid(i).toInt();
    if (row < 1)
        return std::nullopt;
    return std::pair(col - 1, row);
}

SheetResult parseSheet(
    const QByteArray &xml, const QStringList &sharedStrings, const Styles &styles, bool date1904)
{
    SheetResult res;
    QXmlStreamReader x(xml);
    const QString part = QStringLiteral("worksheet");
    qint64 cellCount = 0;
    int rowNumber = 0;
    QStringList cells;
    bool inRow = false;
    auto finishRow = [&] {
        while (!cells.isEmpty() && cells.last().trimmed().isEmpty())
            cells.removeLast();
        if (!cells.isEmpty())
            res.rows.append(TabularRow { rowNumber, cells });
        cells.clear();
        inRow = false;
    };
    while (step(x, &res.error, part)) {
        if (x.isEndElement() && x.name() == u"row") {
            finishRow();
            continue;
        }
        if (!x.isStartElement())
            continue;
        if (x.name() == u"row") {
            if (inRow)
                finishRow();
            inRow = true;
            const auto r = x.attributes().value(QLatin1String("r"));
            const int n = r.isEmpty() ? rowNumber + 1 : r.toInt();
            if (n < 1 || n > 1048576) {
                res.error = QStringLiteral("row number '%1' is out of range").arg(r);
                return res;
            }
            rowNumber = n;
            continue;
        }
        if (x.name() != u"c")
            continue;
        if (!inRow) { // a cell outside a row: tolerate as its own row
            inRow = true;
            ++rowNumber;
        }
        const auto a = x.attributes();
        const QString ref = a.value(QLatin1String("r")).toString();
        const QString type = a.value(QLatin1String("t")).toString();
        const int style
            = a.value(QLatin1String("s")).isEmpty() ? 0 : a.value(QLatin1String("s")).toInt();
        int col = int(cells.size());
        if (!ref.isEmpty()) {
            const auto cr = parseCellRef(ref);
            if (!cr) {
                res.error = QStringLiteral("cell reference '%1' is malformed").arg(ref);
                return res;
            }
            col = cr->first;
        }
        if (col >= kMaxColumns) {
            res.error
                = QStringLiteral("row %1 has more than %2 columns").arg(rowNumber).arg(kMaxColumns);
            return res;
        }
        // Read the cell's content: <v>, <is> (inline string), <f> (ignored).
        QString v, inlineText;
        bool hasInline = false;
        int depth = 1;
        while (depth > 0 && step(x, &res.error, part)) {
            if (x.isStartElement()) {
                if (x.name() == u"v") {
                    v = x.readElementText(QXmlStreamReader::IncludeChildElements);
                    if (x.hasError()) {
                        res.error = xmlError(x, part);
                        return res;
                    }
                } else if (x.name() == u"is") {
                    hasInline = true;
                    if (!collectText(x, &inlineText, &res.error, part))
                        return res;
                } else {
                    ++depth;
                }
            } else if (x.isEndElement()) {
                --depth;
            }
        }
        if (!res.error.isEmpty())
            return res;
        if (depth > 0) {
            res.error = QStringLiteral("the worksheet ends inside cell %1").arg(ref);
            return res;
        }
        QString text;
        if (type == u"s") {
            bool ok = false;
            const int i = v.trimmed().toInt(&ok);
            if (ok && i >= 0 && i < sharedStrings.size())
                text = sharedStrings.at(i);
            else
                res.issues.append({ rowNumber, ref,
                    QStringLiteral("shared string %1 does not exist").arg(v.trimmed()) });
        } else if (type == u"inlineStr") {
            text = hasInline ? inlineText : v;
        } else if (type == u"str" || type == u"e") {
            text = v;
        } else if (type == u"b") {
            text = v.trimmed() == u"1" ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
        } else if (type == u"d") {
            const QDate d = QDate::fromString(v.trimmed().left(10), Qt::ISODate);
            text = d.isValid() ? d.toString(Qt::ISODate) : v;
        } else if (!v.trimmed().isEmpty()) {
            const QString t = v.trimmed();
            switch (styles.kindOf(style)) {
            case NumberKind::Date:
                if (const auto d = serialToDate(t, date1904))
                    text = d->toString(Qt::ISODate);
                else
                    text = normaliseNumber(t);
                break;
            case NumberKind::Time:
                text = timeText(normaliseNumber(t));
                break;
            case NumberKind::Number:
                text = normaliseNumber(t);
                break;
            }
        }
        if (text.isEmpty())
            continue; // an empty (styled) cell: the gap is filled only if a later cell needs it
        if (col < cells.size()) {
            cells[col] = text; // out of order: later wins
            continue;
        }
        cellCount += col - cells.size() + 1;
        if (cellCount > kMaxCells) {
            res.error = QStringLiteral("the sheet has more than %1 cells").arg(kMaxCells);
            return res;
        }
        while (cells.size() < col)
            cells.append(QString());
        cells.append(text);
    }
    if (!res.error.isEmpty())
        return res;
    if (inRow)
        finishRow();
    return res;
}

} // namespace recon::xlsx
