#pragma once
// RFC 4180 tokenizer over UTF-8 bytes: quoted fields with doubled quotes and embedded newlines,
// CRLF / LF / CR line ends, exact source line numbers, and hard caps on field, record and field
// count so hostile input cannot make it allocate without bound. Fields are byte spans into the
// input (or into a small scratch buffer for fields that needed unescaping): no per-char work.

#include <QString>

#include <string>
#include <string_view>
#include <vector>

namespace recon::csv {

struct Limits {
    qsizetype maxField = qsizetype(1) << 20; // 1 MiB
    qsizetype maxRecord = qsizetype(4) << 20; // 4 MiB
    int maxFields = 10000;
};

class Tokenizer {
public:
    enum class Status { Record, End, Error };

    Tokenizer(const char *data, qsizetype size, char delimiter, Limits limits = {});

    // Reads the next record. After Error, error() says why; the tokenizer has already skipped
    // past the bad record, so calling next() again continues with the following one.
    Status next();

    int line() const { return m_recordLine; } // 1-based first line of the current record
    int lastLine() const { return m_line; } // line the tokenizer is on now
    int fieldCount() const { return int(m_fields.size()); }
    std::string_view fieldBytes(int i) const;
    QString field(int i) const;
    bool fieldWasQuoted(int i) const { return m_fields[size_t(i)].quoted; }
    const QString &error() const { return m_error; }
    qsizetype position() const { return m_pos; }
    qsizetype size() const { return m_size; }

private:
    struct Span {
        qsizetype off = 0;
        qsizetype len = 0;
        bool scratch = false;
        bool quoted = false;
    };
    bool atLineEnd(qsizetype p) const;
    void consumeLineEnd();
    void skipToLineEnd();
    Status fail(const QString &message);

    const char *m_data;
    qsizetype m_size;
    qsizetype m_pos = 0;
    char m_delim;
    Limits m_limits;
    int m_line = 1;
    int m_recordLine = 1;
    std::vector<Span> m_fields;
    std::string m_scratch;
    QString m_error;
};

// Picks the delimiter (',' ';' '\t' '|') whose split gives the most records with one
// consistent field count (>= 2) over the first `sampleBytes` of the text.
char detectDelimiter(const char *data, qsizetype size, qsizetype sampleBytes = 64 * 1024);

} // namespace recon::csv
