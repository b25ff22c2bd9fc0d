#include "core/import/ofx_sgml.h"

#include <QStringDecoder>
#include <QStringList>

#include <optional>

namespace recon::ofx {

namespace {

// 0x80..0x9F in windows-1252; 0 marks the five undefined bytes (mapped to U+FFFD).
const char16_t kCp1252High[32] = { 0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0, 0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178 };

bool isAscii(QByteArrayView b)
{
    for (char c : b) {
        if (static_cast<unsigned char>(c) >= 0x80)
            return false;
    }
    return true;
}

bool isValidUtf8(QByteArrayView b)
{
    QStringDecoder dec(QStringDecoder::Utf8);
    const QString decoded = dec.decode(b); // EncodedData is lazy: convert to run it
    Q_UNUSED(decoded);
    return !dec.hasError();
}

QString normaliseCharset(QString s)
{
    s = s.trimmed().toLower();
    s.remove(QLatin1Char('"'));
    if (s == QLatin1String("utf-8") || s == QLatin1String("utf8"))
        return QStringLiteral("utf-8");
    if (s == QLatin1String("1252") || s == QLatin1String("windows-1252")
        || s == QLatin1String("cp1252"))
        return QStringLiteral("windows-1252");
    if (s == QLatin1String("iso-8859-1") || s == QLatin1String("latin1")
        || s == QLatin1String("latin-1") || s == QLatin1String("8859-1")
        || s == QLatin1String("iso8859-1"))
        return QStringLiteral("iso-8859-1");
    if (s == QLatin1String("usascii") || s == QLatin1String("us-ascii")
        || s == QLatin1String("ascii") || s == QLatin1String("none") || s.isEmpty())
        return QStringLiteral("us-ascii");
    return s;
}

// Value of `key="..."` inside an XML declaration or processing instruction.
QString attribute(const QByteArray &pi, const char *key)
{
    const qsizetype k = pi.indexOf(key);
    if (k < 0)
        return {};
    qsizetype p = k + qsizetype(qstrlen(key));
    while (p < pi.size() && (pi[p] == ' ' || pi[p] == '='))
        ++p;
    if (p >= pi.size() || (pi[p] != '"' && pi[p] != '\''))
        return {};
    const char quote = pi[p];
    const qsizetype e = pi.indexOf(quote, p + 1);
    if (e < 0)
        return {};
    return QString::fromLatin1(pi.mid(p + 1, e - p - 1));
}

QString decodeAs(const QString &charset, QByteArrayView bytes, QString *used, QString *warning)
{
    if (charset == QLatin1String("windows-1252")) {
        *used = charset;
        return fromWindows1252(bytes);
    }
    if (charset == QLatin1String("iso-8859-1")) {
        *used = charset;
        return QString::fromLatin1(bytes);
    }
    if (charset == QLatin1String("us-ascii")) {
        if (isAscii(bytes)) {
            *used = charset;
            return QString::fromLatin1(bytes);
        }
        // Declared ASCII but carries 8-bit text: UTF-8 when it is valid, else the usual
        // Windows code page of such files.
        if (isValidUtf8(bytes)) {
            *used = QStringLiteral("utf-8");
            return QString::fromUtf8(bytes);
        }
        *used = QStringLiteral("windows-1252");
        return fromWindows1252(bytes);
    }
    if (charset == QLatin1String("utf-8")) {
        if (isValidUtf8(bytes)) {
            *used = charset;
            return QString::fromUtf8(bytes);
        }
        *warning = QStringLiteral("declared UTF-8 but is not valid UTF-8; read as windows-1252");
        *used = QStringLiteral("windows-1252");
        return fromWindows1252(bytes);
    }
    QStringDecoder dec(charset.toLatin1().constData());
    if (dec.isValid()) {
        *used = charset;
        return dec.decode(bytes);
    }
    *warning = QStringLiteral("unknown charset '%1'; read as windows-1252").arg(charset);
    *used = QStringLiteral("windows-1252");
    return fromWindows1252(bytes);
}

} // namespace

QString fromWindows1252(QByteArrayView bytes)
{
    QString out(bytes.size(), Qt::Uninitialized);
    QChar *d = out.data();
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto c = static_cast<unsigned char>(bytes[i]);
        if (c >= 0x80 && c < 0xA0) {
            const char16_t u = kCp1252High[c - 0x80];
            d[i] = QChar(u ? u : char16_t(0xFFFD));
        } else {
            d[i] = QChar(char16_t(c));
        }
    }
    return out;
}

Decoded decode(const QByteArray &data, const QString &override)
{
    Decoded out;
    QByteArray bytes = data;
    QString charset;
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        bytes = bytes.mid(3);
        charset = QStringLiteral("utf-8");
    }
    // Skip leading whitespace to find what the file starts with.
    qsizetype p = 0;
    while (p < bytes.size()
        && (bytes[p] == ' ' || bytes[p] == '\t' || bytes[p] == '\r' || bytes[p] == '\n'))
        ++p;
    const QByteArray headRegion = bytes.mid(p, 4096);
    qsizetype bodyStart = 0;
    if (headRegion.startsWith("<?xml") || headRegion.startsWith("<?OFX")
        || headRegion.startsWith("<?ofx")) {
        out.xml = true;
        const qsizetype e = headRegion.indexOf("?>");
        if (headRegion.startsWith("<?xml") && e > 0 && charset.isEmpty()) {
            const QString enc = attribute(headRegion.left(e), "encoding");
            charset = normaliseCharset(enc.isEmpty() ? QStringLiteral("utf-8") : enc);
        }
        if (charset.isEmpty())
            charset = QStringLiteral("utf-8");
    } else {
        // OFX 1.x header: KEY:VALUE lines up to the first '<'.
        const qsizetype lt = bytes.indexOf('<');
        const qsizetype headerEnd = lt < 0 ? bytes.size() : lt;
        QString encoding, cs;
        for (const QByteArray &line : bytes.left(headerEnd).split('\n')) {
            const QByteArray l = line.trimmed();
            const qsizetype colon = l.indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray key = l.left(colon).trimmed().toUpper();
            const QString value = QString::fromLatin1(l.mid(colon + 1).trimmed());
            if (key == "ENCODING")
                encoding = value;
            else if (key == "CHARSET")
                cs = value;
        }
        if (charset.isEmpty()) {
            if (normaliseCharset(encoding) == QLatin1String("utf-8"))
                charset = QStringLiteral("utf-8");
            else
                charset = normaliseCharset(cs);
        }
        bodyStart = headerEnd;
        out.bodyLine = 1 + int(bytes.left(bodyStart).count('\n'));
    }
    if (!override.isEmpty())
        charset = normaliseCharset(override);
    out.text = decodeAs(charset, bytes.mid(bodyStart), &out.encoding, &out.warning);
    return out;
}

namespace {

enum class TokenType { End, Text, Open, Close, Empty };

struct Token {
    TokenType type = TokenType::End;
    QString value; // tag name (upper case) or text
    bool meaningful = false; // text: non-blank or CDATA
    int line = 0;
};

bool isNameChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('.') || c == QLatin1Char('_')
        || c == QLatin1Char('-') || c == QLatin1Char(':');
}

class Tokenizer {
public:
    Tokenizer(const QString &text, int firstLine)
        : m_s(text)
        , m_line(firstLine)
    {
    }

    std::optional<ParseError> error;

    Token next()
    {
        Token t;
        if (error || m_pos >= m_s.size())
            return t;
        if (m_s.at(m_pos) == QLatin1Char('<') && !startsWith(u"<![CDATA[")) {
            if (startsWith(u"<!--"))
                return skipTo(u"-->", QStringLiteral("unterminated comment")) ? next() : t;
            if (startsWith(u"<?"))
                return skipTo(u"?>", QStringLiteral("unterminated processing instruction")) ? next()
                                                                                            : t;
            if (startsWith(u"<!"))
                return skipTo(u">", QStringLiteral("unterminated declaration")) ? next() : t;
            if (auto tag = readTag())
                return *tag;
            if (error)
                return t;
            // A '<' that starts no tag is text.
        }
        return readText();
    }

private:
    const QString &m_s;
    qsizetype m_pos = 0;
    int m_line = 1;

    bool startsWith(QStringView what) const
    {
        return QStringView(m_s).mid(m_pos).startsWith(what, Qt::CaseInsensitive);
    }
    void advance(qsizetype n)
    {
        const qsizetype end = std::min(m_s.size(), m_pos + n);
        for (qsizetype i = m_pos; i < end; ++i) {
            if (m_s.at(i) == QLatin1Char('\n'))
                ++m_line;
        }
        m_pos = end;
    }
    bool skipTo(QStringView terminator, const QString &message)
    {
        const qsizetype e = m_s.indexOf(terminator, m_pos + 2);
        if (e < 0) {
            error = ParseError { m_line, message };
            return false;
        }
        advance(e + terminator.size() - m_pos);
        return true;
    }
    std::optional<Token> readTag()
    {
        qsizetype p = m_pos + 1;
        const bool closing = p < m_s.size() && m_s.at(p) == QLatin1Char('/');
        if (closing)
            ++p;
        const qsizetype nameStart = p;
        while (p < m_s.size() && isNameChar(m_s.at(p)))
            ++p;
        const qsizetype nameLen = p - nameStart;
        if (nameLen == 0 || !m_s.at(nameStart).isLetter())
            return std::nullopt;
        if (nameLen > kMaxTagLength) {
            error = ParseError { m_line,
                QStringLiteral("tag name longer than %1 characters").arg(kMaxTagLength) };
            return std::nullopt;
        }
        // Attributes (not used by OFX) and whitespace up to '>'.
        const qsizetype gt = m_s.indexOf(QLatin1Char('>'), p);
        if (gt < 0 || gt - p > 1024) {
            error = ParseError { m_line,
                QStringLiteral("unterminated tag <%1").arg(m_s.mid(nameStart, nameLen)) };
            return std::nullopt;
        }
        Token t;
        t.line = m_line;
        t.value = m_s.mid(nameStart, nameLen).toUpper();
        const bool selfClosing = gt > p && m_s.at(gt - 1) == QLatin1Char('/');
        t.type = closing ? TokenType::Close : selfClosing ? TokenType::Empty : TokenType::Open;
        advance(gt + 1 - m_pos);
        return t;
    }
    Token readText()
    {
        Token t;
        t.type = TokenType::Text;
        t.line = m_line;
        const qsizetype start = m_pos;
        QString out;
        auto append = [&](QStringView piece) {
            if (out.size() + piece.size() > kMaxTextLength) {
                error = ParseError { t.line,
                    QStringLiteral("text longer than %1 characters").arg(kMaxTextLength) };
                return false;
            }
            out += piece;
            return true;
        };
        while (m_pos < m_s.size()) {
            if (startsWith(u"<![CDATA[")) {
                const qsizetype e = m_s.indexOf(u"]]>", m_pos + 9);
                if (e < 0) {
                    error = ParseError { m_line, QStringLiteral("unterminated CDATA section") };
                    return Token {};
                }
                if (!append(QStringView(m_s).mid(m_pos + 9, e - m_pos - 9)))
                    return Token {};
                t.meaningful = true;
                advance(e + 3 - m_pos);
                continue;
            }
            const QChar c = m_s.at(m_pos);
            if (c == QLatin1Char('<') && m_pos != start) {
                // Text ends at a real tag; a stray '<' is kept as text.
                const qsizetype n = m_pos + 1;
                if (n < m_s.size()
                    && (m_s.at(n).isLetter() || m_s.at(n) == QLatin1Char('/')
                        || m_s.at(n) == QLatin1Char('!') || m_s.at(n) == QLatin1Char('?')))
                    break;
            }
            if (c == QLatin1Char('&')) {
                const qsizetype semi = m_s.indexOf(QLatin1Char(';'), m_pos);
                if (semi > m_pos && semi - m_pos <= 10) {
                    if (auto e = entity(QStringView(m_s).mid(m_pos + 1, semi - m_pos - 1))) {
                        if (!append(QStringView(&*e, 1)))
                            return Token {};
                        t.meaningful = true;
                        advance(semi + 1 - m_pos);
                        continue;
                    }
                }
            }
            if (!append(QStringView(&c, 1)))
                return Token {};
            if (!c.isSpace())
                t.meaningful = true;
            advance(1);
        }
        t.value = out;
        return t;
    }
    static std::optional<QChar> entity(QStringView name)
    {
        if (name == u"amp")
            return QLatin1Char('&');
        if (name == u"lt")
            return QLatin1Char('<');
        if (name == u"gt")
            return QLatin1Char('>');
        if (name == u"quot")
            return QLatin1Char('"');
        if (name == u"apos")
            return QLatin1Char('\'');
        if (name == u"nbsp")
            return QChar(0x00A0);
        if (name.startsWith(u'#')) {
            bool ok = false;
            const uint code = name.startsWith(u"#x") || name.startsWith(u"#X")
                ? name.mid(2).toUInt(&ok, 16)
                : name.mid(1).toUInt(&ok, 10);
            if (ok && code > 0 && code < 0xD800)
                return QChar(char16_t(code));
            if (ok && code >= 0xE000 && code <= 0xFFFD)
                return QChar(char16_t(code));
        }
        return std::nullopt;
    }
};

} // namespace

std::optional<ParseError> parse(const QString &text, int firstLine, const Handler &handler)
{
    Tokenizer tz(text, firstLine);
    QStringList stack;
    auto closeTo = [&](qsizetype index, bool lastByTag) {
        while (stack.size() > index) {
            const QString name = stack.takeLast();
            handler.end(name, lastByTag && stack.size() == index);
        }
    };
    Token tok = tz.next();
    while (tok.type != TokenType::End) {
        switch (tok.type) {
        case TokenType::Open: {
            Token after = tz.next();
            // Blank text between tags carries nothing.
            while (after.type == TokenType::Text && !after.meaningful)
                after = tz.next();
            if (after.type == TokenType::Text) {
                // A leaf: its value, then its optional end tag (XML, or SGML written tidily).
                handler.leaf(tok.value, after.value.trimmed(), tok.line);
                Token n = tz.next();
                while (n.type == TokenType::Text && !n.meaningful)
                    n = tz.next();
                if (n.type == TokenType::Close && n.value == tok.value)
                    n = tz.next();
                tok = n;
                continue;
            }
            // An aggregate. OFX never nests an aggregate in itself: a repeated name means the
            // previous one lacked its end tag.
            const qsizetype again = stack.lastIndexOf(tok.value);
            if (again >= 0)
                closeTo(again, false);
            if (stack.size() >= kMaxDepth) {
                return ParseError { tok.line,
                    QStringLiteral("elements nested deeper than %1").arg(kMaxDepth) };
            }
            stack.append(tok.value);
            handler.start(tok.value, tok.line);
            tok = after;
            continue;
        }
        case TokenType::Empty:
            handler.start(tok.value, tok.line);
            handler.end(tok.value, true);
            break;
        case TokenType::Close: {
            const qsizetype at = stack.lastIndexOf(tok.value);
            if (at >= 0)
                closeTo(at, true);
            break; // a stray end tag (of an SGML leaf or unknown) is ignored
        }
        case TokenType::Text:
        case TokenType::End:
            break; // stray text outside a leaf is ignored
        }
        tok = tz.next();
    }
    if (tz.error)
        return tz.error; // aggregates cut short by refused input are not delivered
    closeTo(0, false);
    return std::nullopt;
}

} // namespace recon::ofx
