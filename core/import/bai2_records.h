#pragma once
// BAI2 physical layout: records "NN,field,field,.../" where NN is the record code. Real files
// put several records on one physical line ("49,...,2/  03,..."), end records with a newline
// instead of "/", and wrap a long record onto the next line without an 88. splitRecords() turns
// the bytes into logical records; FieldCursor reads their comma-separated fields.

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace recon::bai2 {

struct Record {
    int code = 0; // 1, 2, 3, 16, 49, 88, 98, 99 (or another two-digit code: an error later)
    int line = 0; // 1-based physical line where the record starts
    QString body; // everything after "NN," with the trailing "/" terminator removed
    bool terminated = false; // ended with "/"
};

struct SplitIssue {
    int line = 0;
    QString message;
};

struct SplitResult {
    QList<Record> records;
    QList<SplitIssue> issues; // lines that are not records
    bool ascii = true;
};

// Records longer than this (after joining wrapped lines) are cut and reported.
constexpr qsizetype kMaxRecordLength = 64 * 1024;

SplitResult splitRecords(const QByteArray &data);

bool isKnownRecordCode(int code);

// Reads comma-separated fields; the text field of a 16 record is "the rest" (it may hold commas).
class FieldCursor {
public:
    // Owns a copy of the text: callers often pass a temporary (r.body.section(...)).
    explicit FieldCursor(QString body)
        : m_body(std::move(body))
    {
    }
    bool atEnd() const { return m_pos > m_body.size(); }
    QString next(); // trimmed; empty past the end
    QString rest(); // the remainder, untrimmed, or empty past the end

private:
    QString m_body;
    qsizetype m_pos = 0;
};

// "+000000012345", "-3500", "00": signed integer minor units; nullopt with error when malformed.
// Empty text is not an error: *empty is set and nullopt returned.
std::optional<qint64> parseAmount(const QString &text, QString *error, bool *empty = nullptr);

// YYMMDD (years 70-99 are 19xx) or YYYYMMDD.
QDate parseDate(const QString &text);

} // namespace recon::bai2
