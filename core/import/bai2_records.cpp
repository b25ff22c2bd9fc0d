#include "core/import/bai2_records.h"

#include <QDate>

namespace recon::bai2 {

bool isKnownRecordCode(int code)
{
    switch (code) {
    case 1:
    case 2:
    case 3:
    case 16:
    case 49:
    case 88:
    case 98:
    case 99:
        return true;
    default:
        return false;
    }
}

namespace {

bool isDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

// Record code at `pos` ("NN,"), or -1.
int codeAt(QStringView s, qsizetype pos)
{
    if (pos + 2 >= s.size() || !isDigit(s[pos]) || !isDigit(s[pos + 1])
        || s[pos + 2] != QLatin1Char(','))
        return -1;
    return (s[pos].unicode() - '0') * 10 + (s[pos + 1].unicode() - '0');
}

bool isBlank(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t');
}

void setBody(Record &r, QStringView text)
{
    QStringView t = text;
    while (!t.isEmpty() && t.back().isSpace())
        t.chop(1);
    r.terminated = t.endsWith(QLatin1Char('/'));
    if (r.terminated)
        t.chop(1);
    while (!t.isEmpty() && t.back().isSpace())
        t.chop(1); // padding before the "/"
    r.body = t.toString();
}

} // namespace

SplitResult splitRecords(const QByteArray &data)
{
    SplitResult out;
    qsizetype pos = 0;
    int lineNo = 0;
    if (data.startsWith("\xEF\xBB\xBF"))
        pos = 3;
    while (pos < data.size()) {
        qsizetype end = data.indexOf('\n', pos);
        if (end < 0)
            end = data.size();
        ++lineNo;
        QByteArray raw = data.mid(pos, std::min<qsizetype>(end - pos, kMaxRecordLength));
        if (end - pos > kMaxRecordLength)
            out.issues.append({ lineNo,
                QStringLiteral("line longer than %1 characters; cut").arg(kMaxRecordLength) });
        pos = end + 1;
        for (char c : raw) {
            if (static_cast<unsigned char>(c) >= 0x80) {
                out.ascii = false;
                break;
            }
        }
        const QString line = QString::fromLatin1(raw);
        qsizetype start = 0;
        while (start < line.size() && line[start].isSpace())
            ++start;
        if (start >= line.size())
            continue; // blank line
        // Cut the line into records: a "/" followed by blanks and a known "NN," starts a new one.
        QList<std::pair<qsizetype, qsizetype>> segments;
        qsizetype segStart = start;
        for (qsizetype i = line.indexOf(QLatin1Char('/'), start); i >= 0;
             i = line.indexOf(QLatin1Char('/'), i + 1)) {
            qsizetype j = i + 1;
            while (j < line.size() && isBlank(line[j]))
                ++j;
            const int code = codeAt(line, j);
            if (code >= 0 && isKnownRecordCode(code)) {
                segments.append({ segStart, i + 1 });
                segStart = j;
                i = j;
            }
        }
        segments.append({ segStart, line.size() });
        for (const auto &[from, to] : segments) {
            const QStringView seg = QStringView(line).mid(from, to - from);
            const int code = codeAt(seg, 0);
            if (code < 0) {
                // No record code: a long record wrapped onto this line (only when the previous
                // record was not closed with "/").
                if (!out.records.isEmpty() && !out.records.last().terminated) {
                    Record &prev = out.records.last();
                    if (prev.body.size() + seg.size() < kMaxRecordLength)
                        setBody(
                            prev, QString(prev.body + QLatin1Char(' ') + seg.trimmed().toString()));
                    else
                        out.issues.append({ lineNo, QStringLiteral("record too long; cut") });
                } else {
                    out.issues.append({ lineNo,
                        QStringLiteral("'%1' is not a BAI2 record (expected a two-digit record "
                                       "code and a comma)")
                            .arg(seg.left(30).toString()) });
                }
                continue;
            }
            Record r;
            r.code = code;
            r.line = lineNo;
            setBody(r, seg.mid(3));
            out.records.append(std::move(r));
        }
    }
    return out;
}

QString FieldCursor::next()
{
    if (m_pos > m_body.size())
        return QString();
    qsizetype comma = m_body.indexOf(QLatin1Char(','), m_pos);
    if (comma < 0)
        comma = m_body.size();
    const QString f = QStringView(m_body).mid(m_pos, comma - m_pos).trimmed().toString();
    m_pos = comma + 1;
    return f;
}

QString FieldCursor::rest()
{
    if (m_pos > m_body.size())
        return QString();
    const QString r = m_body.mid(m_pos);
    m_pos = m_body.size() + 1;
    return r;
}

std::optional<qint64> parseAmount(const QString &text, QString *error, bool *empty)
{
    const QString t = text.trimmed();
    if (empty)
        *empty = t.isEmpty();
    if (t.isEmpty())
        return std::nullopt;
    qsizetype i = 0;
    bool negative = false;
    if (t[0] == QLatin1Char('+') || t[0] == QLatin1Char('-')) {
        negative = t[0] == QLatin1Char('-');
        i = 1;
    }
    if (i >= t.size() || t.size() - i > 18) {
        if (error)
            *error = QStringLiteral("'%1' is not a valid BAI2 amount").arg(t.left(30));
        return std::nullopt;
    }
    qint64 v = 0;
    for (; i < t.size(); ++i) {
        if (!isDigit(t[i])) {
            if (error)
                *error = QStringLiteral("'%1' is not a valid BAI2 amount (whole minor units, no "
                                        "decimal point)")
                             .arg(t.left(30));
            return std::nullopt;
        }
        v = v * 10 + (t[i].unicode() - '0');
    }
    return negative ? -v : v;
}

QDate parseDate(const QString &text)
{
    const QString t = text.trimmed();
    if (t.size() == 8)
        return QDate::fromString(t, QStringLiteral("yyyyMMdd"));
    if (t.size() != 6)
        return {};
    for (QChar c : t) {
        if (!isDigit(c))
            return {};
    }
    const int yy = t.left(2).toInt();
    return QDate(yy < 70 ? 2000 + yy : 1900 + yy, t.mid(2, 2).toInt(), t.mid(4, 2).toInt());
}

} // namespace recon::bai2
