#pragma once
// Bounded streaming helpers for the camt reader: QXmlStreamReader walks the file; only one small
// element (a balance, an entry's header, one TxDtls) is ever held as a tree of Nodes. Every read
// is capped (nesting depth, nodes per subtree, text per subtree) and DTDs/entities are refused, so
// hostile XML (billion laughs, deep nesting, giant text nodes) fails with a clear message instead
// of exhausting memory.

#include "core/model/transaction.h"

#include <QString>
#include <QStringList>
#include <QXmlStreamReader>

#include <optional>
#include <vector>

namespace recon::camt {

struct Node {
    QString name; // local name (namespace prefix dropped)
    QString text; // character data directly inside this element
    QList<std::pair<QString, QString>> attributes;
    std::vector<Node> children;
    qint64 line = 0;

    const Node *child(QStringView childName) const;
    std::vector<const Node *> childrenNamed(QStringView childName) const;
    // Slash-separated path of local names below this node ("Refs/EndToEndId"); first match.
    const Node *at(QStringView path) const;
    // Trimmed text at `path` (empty when absent). An empty path means this node's own text.
    QString textAt(QStringView path = {}) const;
    QString attribute(QStringView attrName) const;
};

// Appends "prefix/child/grandchild" -> text pairs (and "...@Attr" -> value) in document order.
void flatten(const Node &node, const QString &prefix, RawFields &out, int maxFields = 400);

struct Limits {
    int maxDepth = 64; // element nesting in the whole document
    int maxNodesPerSubtree = 20000;
    qsizetype maxTextPerSubtree = 1 << 20; // characters
};

class BoundedXml {
public:
    BoundedXml(QXmlStreamReader &xml, Limits limits = {});

    // Reads the next token, enforcing the limits; DTDs and entity references fail.
    QXmlStreamReader::TokenType next();
    // Advances to the next child StartElement of the current element; false at its end or on
    // failure (check failed()).
    bool nextChildElement();
    // Reads the element the reader stands on (a StartElement) with all its descendants.
    bool readSubtree(Node &out);
    // Skips the element the reader stands on.
    bool skipElement();

    bool failed() const { return !m_error.isEmpty() || m_xml.hasError(); }
    QString errorString() const;
    qint64 line() const { return m_xml.lineNumber(); }
    void fail(const QString &message);

private:
    bool readSubtreeInto(Node &out, int &nodeBudget, qsizetype &textBudget);

    QXmlStreamReader &m_xml;
    Limits m_limits;
    int m_depth = 0;
    QString m_error;
};

// Strict xs:decimal ("1234.5", no sign, no grouping) in `currency`; nullopt + error otherwise.
std::optional<Money> parseXmlAmount(const QString &text, const QString &currency, QString *error);
// ISO date from a <Dt> or <DtTm> (the date as stated, zone ignored); invalid when absent/bad.
QDate dateFrom(const Node *dateChoice, bool *bad = nullptr);

} // namespace recon::camt
