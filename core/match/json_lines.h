#pragma once
// A small JSON reader that remembers the line of every value, so rule files can be checked with
// line-precise messages ("R.json:12: rules[2].conditions[0].tolerance: must be >= 0").
// Numbers keep their source text: tolerances are parsed exactly, never through a double.

#include <QByteArray>
#include <QString>

#include <memory>
#include <utility>
#include <vector>

namespace recon::match {

struct JNode {
    enum class Type { Null, Bool, Number, String, Array, Object };
    Type type = Type::Null;
    int line = 0;
    bool boolean = false;
    QString text; // string value, or the number's source text
    std::vector<JNode> items; // array
    std::vector<std::pair<QString, JNode>> members; // object, in file order

    // Declared (defaulted below) so that no compiler has to decide whether the recursive
    // members are nothrow-movable while JNode is still incomplete (clang refuses to).
    JNode() = default;
    JNode(const JNode &);
    JNode(JNode &&) noexcept;
    JNode &operator=(const JNode &);
    JNode &operator=(JNode &&) noexcept;
    ~JNode();

    bool isObject() const { return type == Type::Object; }
    bool isArray() const { return type == Type::Array; }
    bool isString() const { return type == Type::String; }
    bool isNumber() const { return type == Type::Number; }
    bool isBool() const { return type == Type::Bool; }
    const JNode *member(const QString &key) const;
};

inline JNode::JNode(const JNode &) = default;
inline JNode::JNode(JNode &&) noexcept = default;
inline JNode &JNode::operator=(const JNode &) = default;
inline JNode &JNode::operator=(JNode &&) noexcept = default;
inline JNode::~JNode() = default;

struct JParse {
    std::unique_ptr<JNode> root;
    int errorLine = 0;
    QString error; // empty on success
};

// Depth and size are bounded: a hostile file is refused, never allocated without limit.
JParse parseJsonWithLines(const QByteArray &data);

// Canonical form: objects with keys sorted, no whitespace, numbers as written.
QByteArray canonicalJson(const JNode &node);

} // namespace recon::match
