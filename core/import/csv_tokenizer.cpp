#include "core/import/csv_tokenizer.h"

#include <algorithm>
#include <map>

namespace recon::csv {

Tokenizer::Tokenizer(const char *data, qsizetype size, char delimiter, Limits limits)
    : m_data(data)
    , m_size(size)
    , m_delim(delimiter)
    , m_limits(limits)
{
    m_fields.reserve(32);
}

bool Tokenizer::atLineEnd(qsizetype p) const
{
    return p < m_size && (m_data[p] == '\n' || m_data[p] == '\r');
}

void Tokenizer::consumeLineEnd()
{
    if (m_pos < m_size && m_data[m_pos] == '\r')
        ++m_pos;
    if (m_pos < m_size && m_data[m_pos] == '\n')
        ++m_pos;
    ++m_line;
}

void Tokenizer::skipToLineEnd()
{
    while (m_pos < m_size && m_data[m_pos] != '\n' && m_data[m_pos] != '\r')
        ++m_pos;
    if (m_pos < m_size)
        consumeLineEnd();
}

Tokenizer::Status Tokenizer::fail(const QString &message)
{
    m_error = message;
    m_fields.clear();
    return Status::Error;
}

std::string_view Tokenizer::fieldBytes(int i) const
{
    const Span &s = m_fields[size_t(i)];
    if (s.scratch)
        return std::string_view(m_scratch.data() + s.off, size_t(s.len));
    return std::string_view(m_data + s.off, size_t(s.len));
}

QString Tokenizer::field(int i) const
{
    const std::string_view b = fieldBytes(i);
    return QString::fromUtf8(b.data(), qsizetype(b.size()));
}

Tokenizer::Status Tokenizer::next()
{
    m_fields.clear();
    m_scratch.clear();
    m_error.clear();
    if (m_pos >= m_size)
        return Status::End;
    m_recordLine = m_line;
    const qsizetype recordStart = m_pos;
    const char *d = m_data;
    for (;;) {
        if (int(m_fields.size()) >= m_limits.maxFields) {
            skipToLineEnd();
            return fail(
                QStringLiteral("more than %1 fields in one record").arg(m_limits.maxFields));
        }
        Span span;
        // Leading blanks before an opening quote are tolerated (` "a b",...`).
        qsizetype q = m_pos;
        while (q < m_size && d[q] == ' ')
            ++q;
        if (q < m_size && d[q] == '"') {
            span.quoted = true;
            m_pos = q + 1;
            const qsizetype contentStart = m_pos;
            bool copied = false; // content moved to scratch (had "" or trailing text)
            qsizetype scratchStart = 0;
            for (;;) {
                // Scan to the next quote, counting line ends inside the field.
                qsizetype p = m_pos;
                while (p < m_size && d[p] != '"') {
                    if (d[p] == '\n' || (d[p] == '\r' && (p + 1 >= m_size || d[p + 1] != '\n')))
                        ++m_line;
                    ++p;
                }
                const qsizetype runLen = p - m_pos;
                if (copied)
                    m_scratch.append(d + m_pos, size_t(runLen));
                const qsizetype fieldLen
                    = copied ? qsizetype(m_scratch.size()) - scratchStart : p - contentStart;
                if (fieldLen > m_limits.maxField) {
                    m_pos = p;
                    skipToLineEnd();
                    return fail(QStringLiteral("field longer than %1 bytes (unbalanced quote?)")
                                    .arg(m_limits.maxField));
                }
                if (p - recordStart > m_limits.maxRecord) {
                    m_pos = p;
                    skipToLineEnd();
                    return fail(QStringLiteral("record longer than %1 bytes (unbalanced quote?)")
                                    .arg(m_limits.maxRecord));
                }
                if (p >= m_size) {
                    m_pos = m_size;
                    m_line = m_recordLine; // report where the quote was opened
                    return fail(QStringLiteral("unterminated quoted field at end of file"));
                }
                // d[p] == '"'
                if (p + 1 < m_size && d[p + 1] == '"') {
                    if (!copied) {
                        copied = true;
                        scratchStart = qsizetype(m_scratch.size());
                        m_scratch.append(d + contentStart, size_t(p - contentStart));
                    }
                    m_scratch.push_back('"');
                    m_pos = p + 2;
                    continue;
                }
                m_pos = p + 1; // closing quote
                // Text after the closing quote up to the delimiter is kept (lenient).
                qsizetype t = m_pos;
                while (t < m_size && d[t] != m_delim && d[t] != '\n' && d[t] != '\r')
                    ++t;
                bool trailing = false;
                for (qsizetype k = m_pos; k < t; ++k) {
                    if (d[k] != ' ' && d[k] != '\t') {
                        trailing = true;
                        break;
                    }
                }
                if (trailing) {
                    if (!copied) {
                        copied = true;
                        scratchStart = qsizetype(m_scratch.size());
                        m_scratch.append(d + contentStart, size_t(p - contentStart));
                    }
                    m_scratch.append(d + m_pos, size_t(t - m_pos));
                }
                m_pos = t;
                if (copied) {
                    span.scratch = true;
                    span.off = scratchStart;
                    span.len = qsizetype(m_scratch.size()) - scratchStart;
                } else {
                    span.off = contentStart;
                    span.len = p - contentStart;
                }
                break;
            }
        } else {
            qsizetype p = m_pos;
            const char delim = m_delim;
            while (p < m_size) {
                const char c = d[p];
                if (c == delim || c == '\n' || c == '\r')
                    break;
                ++p;
            }
            span.off = m_pos;
            span.len = p - m_pos;
            m_pos = p;
            if (span.len > m_limits.maxField) {
                skipToLineEnd();
                return fail(QStringLiteral("field longer than %1 bytes").arg(m_limits.maxField));
            }
            if (p - recordStart > m_limits.maxRecord) {
                skipToLineEnd();
                return fail(QStringLiteral("line longer than %1 bytes").arg(m_limits.maxRecord));
            }
        }
        m_fields.push_back(span);
        if (m_pos >= m_size)
            return Status::Record;
        if (d[m_pos] == m_delim) {
            ++m_pos;
            if (m_pos >= m_size) {
                m_fields.push_back(Span { m_pos, 0, false, false });
                return Status::Record;
            }
            continue;
        }
        if (atLineEnd(m_pos)) {
            consumeLineEnd();
            return Status::Record;
        }
    }
}

char detectDelimiter(const char *data, qsizetype size, qsizetype sampleBytes)
{
    const qsizetype n = std::min(size, sampleBytes);
    // Cut the sample at the last line end so a partial record does not count.
    qsizetype cut = n;
    if (n < size) {
        while (cut > 0 && data[cut - 1] != '\n')
            --cut;
        if (cut == 0)
            cut = n;
    }
    const char candidates[] = { ',', ';', '\t', '|' };
    char best = ',';
    long long bestScore = -1;
    for (char c : candidates) {
        Limits lim;
        lim.maxFields = 2000;
        Tokenizer tok(data, cut, c, lim);
        std::map<int, int> counts;
        int records = 0;
        while (records < 400) {
            const auto st = tok.next();
            if (st == Tokenizer::Status::End)
                break;
            if (st == Tokenizer::Status::Error)
                continue;
            ++records;
            if (tok.fieldCount() >= 2)
                ++counts[tok.fieldCount()];
        }
        int modeCount = 0, mode = 0;
        for (const auto &[fields, cnt] : counts) {
            if (cnt > modeCount || (cnt == modeCount && fields > mode)) {
                modeCount = cnt;
                mode = fields;
            }
        }
        // Records agreeing on the field count matter most; more columns break ties.
        const long long score = mode >= 2 ? (long long)modeCount * 1000 + mode : 0;
        if (score > bestScore) {
            bestScore = score;
            best = c;
        }
    }
    return best;
}

} // namespace recon::csv
