#pragma once
// The OFX document layer shared by 1.x (SGML, unclosed leaf tags) and 2.x (XML): header and
// charset detection, decoding to text, and one tolerant, bounded event parser for both syntaxes.
// The statement logic lives in ofx_reader.cpp.

#include <QByteArray>
#include <QString>

#include <functional>

namespace recon::ofx {

// Limits that keep hostile input bounded.
inline constexpr int kMaxDepth = 32;
inline constexpr int kMaxTagLength = 64;
inline constexpr int kMaxTextLength = 64 * 1024;

struct Decoded {
    QString text; // the body, header block removed (SGML) or kept (XML: the PIs are skipped)
    QString encoding; // "utf-8", "windows-1252", "iso-8859-1", "us-ascii"
    int bodyLine = 1; // line number of the first character of `text`
    bool xml = false; // OFX 2.x
    QString warning; // e.g. declared UTF-8 but not valid UTF-8
};

// Reads the OFX 1.x header block (OFXHEADER:100, ENCODING, CHARSET) or the XML declaration and
// decodes the bytes accordingly. `override` (ReadOptions::encoding) wins when not empty.
Decoded decode(const QByteArray &data, const QString &override);

// windows-1252 to Unicode (0x80-0x9F differ from latin-1).
QString fromWindows1252(QByteArrayView bytes);

// Parser events. Tag names are upper-cased. A leaf is an element holding text (SGML leaves
// have no end tag); aggregates come as start/end pairs (ends are synthesised where missing).
struct Handler {
    std::function<void(const QString &name, int line)> start;
    // `byTag`: closed by its own end tag (false: closed implicitly, e.g. at end of input).
    std::function<void(const QString &name, bool byTag)> end;
    std::function<void(const QString &name, const QString &value, int line)> leaf;
};

struct ParseError {
    int line = 0;
    QString message;
};

// Streams the document through `handler`. Returns an error (line > 0) on input the parser
// refuses (too deep, oversized tag or text, unterminated markup); events up to that point
// have been delivered, but the aggregates still open then get no end event. At the end of the
// input, open aggregates are closed (end with byTag = false).
std::optional<ParseError> parse(const QString &text, int firstLine, const Handler &handler);

} // namespace recon::ofx
