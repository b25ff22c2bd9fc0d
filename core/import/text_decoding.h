#pragma once
// Turns the bytes of a text file (CSV, TSV) into UTF-8 bytes the tokenizer can scan: BOM
// detection, BOM-less UTF-16 heuristics, UTF-8 validation and the Windows-1252 / Latin-1 fallback.

#include <QByteArray>
#include <QString>

namespace recon::text {

struct Decoded {
    QByteArray utf8; // the text as UTF-8 (shares the input's bytes when it already was UTF-8)
    QString encoding; // "utf-8", "utf-16le", "utf-16be", "windows-1252", "iso-8859-1", ...
    int invalidLine = 0; // UTF-8 with a few invalid sequences: first line that had one (lossy)
    QString error; // unknown encoding override, undecodable input
};

// Detects the encoding of `data` (or applies `override`, e.g. "windows-1252") and converts the
// text to UTF-8 without a BOM. Never allocates more than a small multiple of the input.
Decoded decodeToUtf8(const QByteArray &data, const QString &override = QString());

// True when the whole buffer is well-formed UTF-8 (fast: skips ASCII runs word-wise).
bool isValidUtf8(const char *p, qsizetype n, qsizetype *firstBad = nullptr);

} // namespace recon::text
