#include "core/import/camt_xml.h"

namespace recon::camt {

const Node *Node::child(QStringView childName) const
{
    for (const Node &c : children) {
        if (c.name == childName)
            return &c;
    }
    return nullptr;
}

std::vector<const Node *> Node::childrenNamed(QStringView childName) const
{
    std::vector<const Node *> out;
    for (const Node &c : children) {
        if (c.name == childName)
            out.push_back(&c);
    }
    return out;
}

const Node *Node::at(QStringView path) const
{
    const Node *n = this;
    for (QStringView part : path.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        n = n->child(part);
        if (!n)
            return nullptr;
    }
    return n;
}

QString Node::textAt(QStringView path) const
{
    const Node *n = path.isEmpty() ? this : at(path);
    return n ? n->text.trimmed() : QString();
}

QString Node::attribute(QStringView attrName) const
{
    for (const auto &[k, v] : attributes) {
        if (k == attrName)
            return v.trimmed();
    }
    return QString();
}

void flatten(const Node &node, const QString &prefix, RawFields &out, int maxFields)
{
    if (out.size() >= maxFields)
        return;
    const QString path = prefix.isEmpty() ? node.name : prefix + QLatin1Char('/') + node.name;
    const QString text = node.text.trimmed();
    if (!text.isEmpty())
        out.append({ path, text });
    for (const auto &[k, v] : node.attributes)
        out.append({ path + QLatin1Char('@') + k, v });
    for (const Node &c : node.children)
        flatten(c, path, out, maxFields);
}

BoundedXml::BoundedXml(QXmlStreamReader &xml, Limits limits)
    : m_xml(xml)
    , m_limits(limits)
{
}

void BoundedXml::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = message;
}

QString BoundedXml::errorString() const
{
    if (!m_error.isEmpty())
        return m_error;
    if (m_xml.error() == QXmlStreamReader::PrematureEndOfDocumentError)
        return QStringLiteral("the XML ends before the document is complete (truncated file?)");
    return QStringLiteral("malformed XML: %1").arg(m_xml.errorString());
}

QXmlStreamReader::TokenType BoundedXml::next()
{
    if (failed())
        return QXmlStreamReader::Invalid;
    const auto t = m_xml.readNext();
    switch (t) {
    case QXmlStreamReader::DTD:
        fail(QStringLiteral("DTD and entity declarations are not allowed in camt files (refused "
                            "for safety)"));
        return QXmlStreamReader::Invalid;
    case QXmlStreamReader::EntityReference:
        fail(QStringLiteral("entity references are not allowed in camt files"));
        return QXmlStreamReader::Invalid;
    case QXmlStreamReader::StartElement:
        if (++m_depth > m_limits.maxDepth) {
            fail(QStringLiteral("elements nested deeper than %1 levels").arg(m_limits.maxDepth));
            return QXmlStreamReader::Invalid;
        }
        break;
    case QXmlStreamReader::EndElement:
        --m_depth;
        break;
    default:
        break;
    }
    return t;
}

bool BoundedXml::nextChildElement()
{
    for (;;) {
        switch (next()) {
        case QXmlStreamReader::StartElement:
            return true;
        case QXmlStreamReader::EndElement:
        case QXmlStreamReader::EndDocument:
        case QXmlStreamReader::Invalid:
            return false;
        default:
            break;
        }
    }
}

bool BoundedXml::readSubtree(Node &out)
{
    int nodes = m_limits.maxNodesPerSubtree;
    qsizetype text = m_limits.maxTextPerSubtree;
    return readSubtreeInto(out, nodes, text);
}

bool BoundedXml::readSubtreeInto(Node &out, int &nodeBudget, qsizetype &textBudget)
{
    out.name = m_xml.name().toString();
    out.line = m_xml.lineNumber();
    const auto attrs = m_xml.attributes();
    for (const QXmlStreamAttribute &a : attrs)
        out.attributes.append({ a.name().toString(), a.value().toString() });
    for (;;) {
        switch (next()) {
        case QXmlStreamReader::Characters: {
            const QStringView t = m_xml.text();
            textBudget -= t.size();
            if (textBudget < 0) {
                fail(QStringLiteral("<%1> holds more text than allowed (%2 characters)")
                         .arg(out.name)
                         .arg(m_limits.maxTextPerSubtree));
                return false;
            }
            if (!m_xml.isWhitespace())
                out.text += t;
            break;
        }
        case QXmlStreamReader::StartElement:
            if (--nodeBudget < 0) {
                fail(QStringLiteral("<%1> has more than %2 descendant elements")
                         .arg(out.name)
                         .arg(m_limits.maxNodesPerSubtree));
                return false;
            }
            out.children.emplace_back();
            if (!readSubtreeInto(out.children.back(), nodeBudget, textBudget))
                return false;
            break;
        case QXmlStreamReader::EndElement:
            return true;
        case QXmlStreamReader::EndDocument:
        case QXmlStreamReader::Invalid:
            return false;
        default:
            break;
        }
    }
}

bool BoundedXml::skipElement()
{
    int depth = 1;
    for (;;) {
        switch (next()) {
        case QXmlStreamReader::StartElement:
            ++depth;
            break;
        case QXmlStreamReader::EndElement:
            if (--depth == 0)
                return true;
            break;
        case QXmlStreamReader::EndDocument:
        case QXmlStreamReader::Invalid:
            return false;
        default:
            break;
        }
    }
}

std::optional<Money> parseXmlAmount(const QString &text, const QString &currency, QString *error)
{
    const QString t = text.trimmed();
    auto bad = [&](const QString &why) -> std::optional<Money> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (t.isEmpty())
        return bad(QStringLiteral("amount is empty"));
    const auto cur = Currency::fromCode(currency);
    if (!cur)
        return bad(currency.isEmpty()
                ? QStringLiteral("amount '%1' has no currency").arg(t)
                : QStringLiteral("unknown currency code '%1'").arg(currency.left(16)));
    qint64 units = 0;
    int scale = 0;
    bool dot = false;
    int digits = 0;
    for (QChar c : t) {
        if (c == QLatin1Char('.') && !dot) {
            dot = true;
            continue;
        }
        if (c < QLatin1Char('0') || c > QLatin1Char('9') || ++digits > 18)
            return bad(QStringLiteral("'%1' is not a valid amount").arg(t.left(40)));
        units = units * 10 + (c.unicode() - '0');
        if (dot)
            ++scale;
    }
    if (digits == 0)
        return bad(QStringLiteral("'%1' is not a valid amount").arg(t.left(40)));
    const auto m = Money::fromDecimal(Decimal { units, scale }, *cur);
    if (!m)
        return bad(QStringLiteral("'%1' has more decimals than %2 allows").arg(t, cur->code()));
    return m;
}

QDate dateFrom(const Node *dateChoice, bool *bad)
{
    if (!dateChoice)
        return {};
    QString t = dateChoice->textAt(u"Dt");
    if (t.isEmpty())
        t = dateChoice->textAt(u"DtTm");
    if (t.isEmpty())
        return {};
    const QDate d = QDate::fromString(t.left(10), Qt::ISODate);
    if (!d.isValid() && bad)
        *bad = true;
    return d;
}

} // namespace recon::camt
