#pragma once

#include "core/import/reader.h"

#include <QStringList>

namespace recon {

// Every reader the product knows, detected by content, never by file extension.
class ReaderRegistry {
public:
    static const ReaderRegistry &instance();

    QStringList formats() const;
    const Reader *byName(const QString &name) const;
    // The best reader for this content, or nullptr when nothing claims it.
    const Reader *detect(const QByteArray &head) const;

private:
    ReaderRegistry();
    std::vector<std::unique_ptr<Reader>> m_readers;
};

// Factories, one per format (each in its own reader file).
std::unique_ptr<Reader> makeMt940Reader(); // mt940 and mt942
std::unique_ptr<Reader> makeCamtReader(); // camt052 / camt053 / camt054
std::unique_ptr<Reader> makeOfxReader();
std::unique_ptr<Reader> makeQifReader();
std::unique_ptr<Reader> makeBai2Reader();
std::unique_ptr<Reader> makeCsvReader();
std::unique_ptr<Reader> makeXlsxReader();

// Reads a file from disk (memory-mapped where possible) and parses it with `format` or the
// detected reader. Errors about the file itself (missing, unreadable, unknown format) come back
// as errors in the result.
ReadResult readFile(const QString &path, const QString &format, const ReadOptions &options);

} // namespace recon
