#include "core/match/json_lines.h"

#include <algorithm>

namespace recon::match {

namespace {

constexpr int kMaxDepth = 64;
constexpr qsizetype kMaxSize = 8 * 1024 * 1024;

class Parser {
public:
    explicit Parser(const QByteArray &d)
        : m_d(d)
    {
    }

    JParse run()
    {
        JParse r;
        auto root = std::make_unique<JNode>();
        skipWs();
        if (!value(*root, 0)) {
            r.error = m_error;
            r.errorLine = m_line;
            return r;
        }
        skipWs();
        if (m_pos < m_d.size()) {
            r.error = QStringLiteral("unexpected text after the JSON value");
            r.errorLine = m_line;
            return r;
        }
        r.root = std::move(root);
        return r;
    }

private:
    bool fail(const QString &msg)
    {
        if (m_error.isEmpty())
            m_error = msg;
        return false;
    }

    void skipWs()
    {
        while (m_pos < m_d.size()) {
            const char c = m_d[m_pos];
            if (c == '\n')
                ++m_line;
            else if (c != ' ' && c != '\t' && c != '\r')
                break;
            ++m_pos;
        }
    }

    bool literal(const char *word)
    {
        const qsizetype n = qsizetype(strlen(word));
        if (m_d.mid(m_pos, n) != word)
            return fail(QStringLiteral("invalid literal"));
        m_pos += n;
        return true;
    }

    bool value(JNode &n, int depth)
    {
        if (depth > kMaxDepth)
            return fail(QStringLiteral("nesting too deep"));
        if (m_pos >= m_d.size())
            return fail(QStringLiteral("unexpected end of file"));
        n.line = m_line;
        const char c = m_d[m_pos];
        if (c == '{')
            return object(n, depth);
        if (c == '[')
            return array(n, depth);
        if (c == '"') {
            n.type = JNode::Type::String;
            return string(n.text);
        }
        if (c == 't') {
            n.type = JNode::Type::Bool;
            n.boolean = true;
            return literal("true");
        }
        if (c == 'f') {
            n.type = JNode::Type::Bool;
            return literal("false");
        }
        if (c == 'n')
            return literal("null");
        if (c == '-' || (c >= '0' && c <= '9'))
            return number(n);
        return fail(QStringLiteral("unexpected character '%1'").arg(QChar::fromLatin1(c)));
    }

    bool number(JNode &n)
    {
        n.type = JNode::Type::Number;
        const qsizetype start = m_pos;
        if (m_d[m_pos] == '-')
            ++m_pos;
        auto digits = [&] {
            const qsizetype s = m_pos;
            while (m_pos < m_d.size() && m_d[m_pos] >= '0' && m_d[m_pos] <= '9')
                ++m_pos;
            return m_pos > s;
        };
        if (!digits())
            return fail(QStringLiteral("invalid number"));
        if (m_pos < m_d.size() && m_d[m_pos] == '.') {
            ++m_pos;
            if (!digits())
                return fail(QStringLiteral("invalid number"));
        }
        if (m_pos < m_d.size() && (m_d[m_pos] == 'e' || m_d[m_pos] == 'E')) {
            ++m_pos;
            if (m_pos < m_d.size() && (m_d[m_pos] == '+' || m_d[m_pos] == '-'))
                ++m_pos;
            if (!digits())
                return fail(QStringLiteral("invalid number"));
        }
        n.text = QString::fromLatin1(m_d.mid(start, m_pos - start));
        return true;
    }

    bool string(QString &out)
    {
        ++m_pos; // opening quote
        QByteArray buf;
        while (m_pos < m_d.size()) {
            const char c = m_d[m_pos++];
            if (c == '"') {
                out = QString::fromUtf8(buf);
                return true;
            }
            if (c == '\n' || (unsigned char)c < 0x20)
                return fail(QStringLiteral("control character in string"));
            if (c != '\\') {
                buf.append(c);
                continue;
            }
            if (m_pos >= m_d.size())
                break;
            const char e = m_d[m_pos++];
            switch (e) {
            case '"':
            case '\\':
            case '/':
                buf.append(e);
                break;
            case 'b':
                buf.append('\b');
                break;
            case 'f':
                buf.append('\f');
                break;
            case 'n':
                buf.append('\n');
                break;
            case 'r':
                buf.append('\r');
                break;
            case 't':
                buf.append('\t');
                break;
            case 'u': {
                if (m_pos + 4 > m_d.size())
                    return fail(QStringLiteral("bad \\u escape"));
                bool ok = false;
                const uint cp = m_d.mid(m_pos, 4).toUInt(&ok, 16);
                if (!ok)
                    return fail(QStringLiteral("bad \\u escape"));
                m_pos += 4;
                buf.append(QString(QChar(char16_t(cp))).toUtf8());
                break;
            }
            default:
                return fail(QStringLiteral("bad escape in string"));
            }
        }
        return fail(QStringLiteral("unterminated string"));
    }

    bool array(JNode &n, int depth)
    {
        n.type = JNode::Type::Array;
        ++m_pos;
        skipWs();
        if (m_pos < m_d.size() && m_d[m_pos] == ']') {
            ++m_pos;
            return true;
        }
        for (;;) {
            skipWs();
            n.items.emplace_back();
            if (!value(n.items.back(), depth + 1))
                return false;
            skipWs();
            if (m_pos >= m_d.size())
                return fail(QStringLiteral("unexpected end of file in array"));
            const char c = m_d[m_pos++];
            if (c == ']')
                return true;
            if (c != ',')
                return fail(QStringLiteral("expected ',' or ']' in array"));
        }
    }

    bool object(JNode &n, int depth)
    {
        n.type = JNode::Type::Object;
        ++m_pos;
        skipWs();
        if (m_pos < m_d.size() && m_d[m_pos] == '}') {
            ++m_pos;
            return true;
        }
        for (;;) {
            skipWs();
            if (m_pos >= m_d.size() || m_d[m_pos] != '"')
                return fail(QStringLiteral("expected a quoted member name"));
            QString key;
            const int keyLine = m_line;
            if (!string(key))
                return false;
            for (const auto &m : n.members) {
                if (m.first == key) {
                    m_line = keyLine;
                    return fail(QStringLiteral("duplicate member '%1'").arg(key));
                }
            }
            skipWs();
            if (m_pos >= m_d.size() || m_d[m_pos] != ':')
                return fail(QStringLiteral("expected ':' after member name"));
            ++m_pos;
            skipWs();
            n.members.emplace_back(key, JNode {});
            if (!value(n.members.back().second, depth + 1))
                return false;
            skipWs();
            if (m_pos >= m_d.size())
                return fail(QStringLiteral("unexpected end of file in object"));
            const char c = m_d[m_pos++];
            if (c == '}')
                return true;
            if (c != ',')
                return fail(QStringLiteral("expected ',' or '}' in object"));
        }
    }

    const QByteArray &m_d;
    qsizetype m_pos = 0;
    int m_line = 1;
    QString m_error;
};

void appendString(QByteArray &out, const QString &s)
{
    out.append('"');
    for (const char c : s.toUtf8()) {
        switch (c) {
        case '"':
            out.append("\\\"");
            break;
        case '\\':
            out.append("\\\\");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\t':
            out.append("\\t");
            break;
        case '\r':
            out.append("\\r");
            break;
        default:
            if ((unsigned char)c < 0x20)
                out.append(
                    QByteArray("\\u00") + QByteArray::number(int(c), 16).rightJustified(2, '0'));
            else
                out.append(c);
        }
    }
    out.append('"');
}

void canonical(const JNode &n, QByteArray &out)
{
    switch (n.type) {
    case JNode::Type::Null:
        out.append("null");
        break;
    case JNode::Type::Bool:
        out.append(n.boolean ? "true" : "false");
        break;
    case JNode::Type::Number:
        out.append(n.text.toLatin1());
        break;
    case JNode::Type::String:
        appendString(out, n.text);
        break;
    case JNode::Type::Array:
        out.append('[');
        for (size_t i = 0; i < n.items.size(); ++i) {
            if (i)
                out.append(',');
            canonical(n.items[i], out);
        }
        out.append(']');
        break;
    case JNode::Type::Object: {
        std::vector<const std::pair<QString, JNode> *> sorted;
        for (const auto &m : n.members)
            sorted.push_back(&m);
        std::sort(sorted.begin(), sorted.end(),
            [](const auto *a, const auto *b) { return a->first < b->first; });
        out.append('{');
        for (size_t i = 0; i < sorted.size(); ++i) {
            if (i)
                out.append(',');
            appendString(out, sorted[i]->first);
            out.append(':');
            canonical(sorted[i]->second, out);
        }
        out.append('}');
        break;
    }
    }
}

} // namespace

const JNode *JNode::member(const QString &key) const
{
    for (const auto &m : members)
        if (m.first == key)
            return &m.second;
    return nullptr;
}

JParse parseJsonWithLines(const QByteArray &data)
{
    if (data.size() > kMaxSize) {
        JParse r;
        r.errorLine = 0;
        r.error = QStringLiteral("file too large for a rule set (over 8 MiB)");
        return r;
    }
    return Parser(data).run();
}

QByteArray canonicalJson(const JNode &node)
{
    QByteArray out;
    canonical(node, out);
    return out;
}

} // namespace recon::match
