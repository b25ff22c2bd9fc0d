#include "core/match/rule_document.h"

#include <QRegularExpression>

#include <algorithm>

namespace recon::match {

namespace {

constexpr int kInlineWidth = 100;

void appendEscaped(QByteArray &out, const QString &s)
{
    out.append('"');
    for (const QChar ch : s) {
        const char16_t c = ch.unicode();
        switch (c) {
        case u'"':
            out.append("\\\"");
            break;
        case u'\\':
            out.append("\\\\");
            break;
        case u'\n':
            out.append("\\n");
            break;
        case u'\r':
            out.append("\\r");
            break;
        case u'\t':
            out.append("\\t");
            break;
        default:
            if (c < 0x20)
                out.append(QStringLiteral("\\u%1").arg(int(c), 4, 16, QLatin1Char('0')).toLatin1());
            else
                out.append(QString(ch).toUtf8());
        }
    }
    out.append('"');
}

// One-line form with a space after ':' and ',' and inside braces (as docs/rules.md writes it).
void inlineJson(const JNode &n, QByteArray &out)
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
        appendEscaped(out, n.text);
        break;
    case JNode::Type::Array:
        out.append('[');
        for (size_t i = 0; i < n.items.size(); ++i) {
            if (i)
                out.append(", ");
            inlineJson(n.items[i], out);
        }
        out.append(']');
        break;
    case JNode::Type::Object:
        if (n.members.empty()) {
            out.append("{}");
            break;
        }
        out.append("{ ");
        for (size_t i = 0; i < n.members.size(); ++i) {
            if (i)
                out.append(", ");
            appendEscaped(out, n.members[i].first);
            out.append(": ");
            inlineJson(n.members[i].second, out);
        }
        out.append(" }");
        break;
    }
}

void pretty(const JNode &n, QByteArray &out, int depth)
{
    const QByteArray pad(depth * 2, ' ');
    const QByteArray inner((depth + 1) * 2, ' ');
    const bool container = n.type == JNode::Type::Array || n.type == JNode::Type::Object;
    if (container && depth >= 3) {
        QByteArray one;
        inlineJson(n, one);
        if (one.size() + inner.size() <= kInlineWidth) {
            out.append(one);
            return;
        }
    }
    if (n.type == JNode::Type::Array && !n.items.empty()) {
        // Arrays of scalars stay on one line (field lists).
        const bool scalars = std::all_of(n.items.begin(), n.items.end(), [](const JNode &i) {
            return i.type != JNode::Type::Array && i.type != JNode::Type::Object;
        });
        if (scalars) {
            inlineJson(n, out);
            return;
        }
        out.append("[\n");
        for (size_t i = 0; i < n.items.size(); ++i) {
            out.append(inner);
            pretty(n.items[i], out, depth + 1);
            out.append(i + 1 < n.items.size() ? ",\n" : "\n");
        }
        out.append(pad).append(']');
        return;
    }
    if (n.type == JNode::Type::Object && !n.members.empty()) {
        out.append("{\n");
        for (size_t i = 0; i < n.members.size(); ++i) {
            out.append(inner);
            appendEscaped(out, n.members[i].first);
            out.append(": ");
            pretty(n.members[i].second, out, depth + 1);
            out.append(i + 1 < n.members.size() ? ",\n" : "\n");
        }
        out.append(pad).append('}');
        return;
    }
    inlineJson(n, out);
}

JNode *rulesArray(JNode &root)
{
    for (auto &m : root.members)
        if (m.first == QLatin1String("rules"))
            return &m.second;
    return nullptr;
}

// The member holding a condition group's children ("any" or "all"), or null.
JNode *groupChildren(JNode &cond)
{
    for (auto &m : cond.members)
        if (m.first == QLatin1String("any") || m.first == QLatin1String("all"))
            return &m.second;
    return nullptr;
}

JNode conditionOfType(const QString &type)
{
    JNode c = jsonObject();
    if (type == QLatin1String("any") || type == QLatin1String("all")) {
        JNode list;
        list.type = JNode::Type::Array;
        JNode amount = jsonObject();
        setMember(amount, QStringLiteral("type"), jsonString(QStringLiteral("amount")));
        list.items.push_back(std::move(amount));
        setMember(c, type, std::move(list));
        return c;
    }
    setMember(c, QStringLiteral("type"), jsonString(type));
    if (type == QLatin1String("date"))
        setMember(c, QStringLiteral("days"), jsonNumber(QStringLiteral("5")));
    else if (type == QLatin1String("sign"))
        setMember(c, QStringLiteral("value"), jsonString(QStringLiteral("same")));
    else if (type == QLatin1String("equals"))
        setMember(c, QStringLiteral("field"), jsonString(QStringLiteral("reference")));
    else if (type == QLatin1String("text")) {
        setMember(c, QStringLiteral("field"), jsonString(QStringLiteral("description")));
        setMember(c, QStringLiteral("method"), jsonString(QStringLiteral("jaro_winkler")));
        setMember(c, QStringLiteral("threshold"), jsonNumber(QStringLiteral("0.85")));
    } else if (type == QLatin1String("regex")) {
        setMember(c, QStringLiteral("pattern"), jsonString(QStringLiteral("INV[-/ ]?(\\d+)")));
        setMember(c, QStringLiteral("search"), jsonString(QStringLiteral("left")));
        setMember(c, QStringLiteral("in"), jsonArray({ QStringLiteral("description") }));
        setMember(c, QStringLiteral("key"), jsonString(QStringLiteral("reference")));
    } else if (type == QLatin1String("counterparty"))
        setMember(c, QStringLiteral("threshold"), jsonNumber(QStringLiteral("0.85")));
    return c;
}

} // namespace

JNode jsonString(const QString &s)
{
    JNode n;
    n.type = JNode::Type::String;
    n.text = s;
    return n;
}

JNode jsonNumber(const QString &text)
{
    JNode n;
    n.type = JNode::Type::Number;
    n.text = text;
    return n;
}

JNode jsonBool(bool b)
{
    JNode n;
    n.type = JNode::Type::Bool;
    n.boolean = b;
    return n;
}

JNode jsonArray(const QStringList &strings)
{
    JNode n;
    n.type = JNode::Type::Array;
    for (const QString &s : strings)
        n.items.push_back(jsonString(s));
    return n;
}

JNode jsonObject()
{
    JNode n;
    n.type = JNode::Type::Object;
    return n;
}

void setMember(JNode &obj, const QString &key, JNode value)
{
    for (auto &m : obj.members) {
        if (m.first == key) {
            m.second = std::move(value);
            return;
        }
    }
    obj.members.emplace_back(key, std::move(value));
}

void removeMember(JNode &obj, const QString &key)
{
    obj.members.erase(std::remove_if(obj.members.begin(), obj.members.end(),
                          [&](const auto &m) { return m.first == key; }),
        obj.members.end());
}

QStringList memberStrings(const JNode &obj, const QString &key)
{
    const JNode *n = obj.member(key);
    if (!n)
        return {};
    if (n->isString())
        return { n->text };
    QStringList out;
    if (n->isArray())
        for (const JNode &i : n->items)
            if (i.isString())
                out << i.text;
    return out;
}

QString memberText(const JNode &obj, const QString &key, const QString &def)
{
    const JNode *n = obj.member(key);
    if (!n)
        return def;
    if (n->isBool())
        return n->boolean ? QStringLiteral("true") : QStringLiteral("false");
    return n->isString() || n->isNumber() ? n->text : def;
}

bool treesEqual(const JNode &a, const JNode &b)
{
    if (a.type != b.type || a.boolean != b.boolean || a.text != b.text
        || a.items.size() != b.items.size() || a.members.size() != b.members.size())
        return false;
    for (size_t i = 0; i < a.items.size(); ++i)
        if (!treesEqual(a.items[i], b.items[i]))
            return false;
    for (size_t i = 0; i < a.members.size(); ++i)
        if (a.members[i].first != b.members[i].first
            || !treesEqual(a.members[i].second, b.members[i].second))
            return false;
    return true;
}

QByteArray prettyJson(const JNode &node)
{
    QByteArray out;
    pretty(node, out, 0);
    out.append('\n');
    return out;
}

QString conditionType(const JNode &cond)
{
    if (cond.member(QStringLiteral("any")))
        return QStringLiteral("any");
    if (cond.member(QStringLiteral("all")))
        return QStringLiteral("all");
    return memberText(cond, QStringLiteral("type"));
}

QString conditionSummary(const JNode &cond)
{
    const QString t = conditionType(cond);
    auto text = [&](const char *k, const QString &def = QString()) {
        return memberText(cond, QLatin1String(k), def);
    };
    auto fieldsOf = [&](const char *k, const QString &def) {
        const QStringList l = memberStrings(cond, QLatin1String(k));
        return l.isEmpty() ? def : l.join(QStringLiteral(", "));
    };
    if (t == QLatin1String("any") || t == QLatin1String("all")) {
        const JNode *g = cond.member(t);
        QStringList parts;
        if (g && g->isArray())
            for (const JNode &c : g->items)
                parts << conditionSummary(c);
        return (t == QLatin1String("any") ? QStringLiteral("any of: ") : QStringLiteral("all of: "))
            + parts.join(
                t == QLatin1String("any") ? QStringLiteral(" OR ") : QStringLiteral(" AND "));
    }
    if (t == QLatin1String("amount")) {
        const QString tol = text("tolerance"), pct = text("percent");
        if (tol.isEmpty() && pct.isEmpty())
            return QStringLiteral("amount exact");
        QStringList lim;
        if (!tol.isEmpty())
            lim << QStringLiteral("± %1").arg(tol);
        if (!pct.isEmpty())
            lim << QStringLiteral("%1 %").arg(pct);
        return QStringLiteral("amount ") + lim.join(QStringLiteral(" or "));
    }
    if (t == QLatin1String("sign"))
        return QStringLiteral("sign %1").arg(text("value", QStringLiteral("same")));
    if (t == QLatin1String("date"))
        return QStringLiteral("date within %1 days (%2 / %3)")
            .arg(text("days", QStringLiteral("?")), text("left_date", QStringLiteral("either")),
                text("right_date", QStringLiteral("either")));
    if (t == QLatin1String("equals") || t == QLatin1String("text")) {
        const QString both = fieldsOf("field",
            t == QLatin1String("text") ? QStringLiteral("description")
                                       : QStringLiteral("reference"));
        const QString l = fieldsOf("left", both), r = fieldsOf("right", both);
        const QString f = l == r ? l : l + QStringLiteral(" = ") + r;
        if (t == QLatin1String("equals"))
            return QStringLiteral("equals %1").arg(f);
        return QStringLiteral("text %1 %2 >= %3")
            .arg(f, text("method", QStringLiteral("jaro_winkler")),
                text("threshold", QStringLiteral("0.85")));
    }
    if (t == QLatin1String("regex"))
        return QStringLiteral("regex /%1/ in %2 %3 = %4")
            .arg(text("pattern"), text("search", QStringLiteral("left")),
                fieldsOf("in", QStringLiteral("description, reference")),
                fieldsOf("key", QStringLiteral("reference")));
    if (t == QLatin1String("reference_in_text"))
        return QStringLiteral("%1 %2 in the other side's %3")
            .arg(text("reference", QStringLiteral("right")),
                fieldsOf("field", QStringLiteral("reference")),
                fieldsOf("in", QStringLiteral("description, reference")));
    if (t == QLatin1String("counterparty"))
        return QStringLiteral("counterparty >= %1").arg(text("threshold", QStringLiteral("0.85")));
    return t;
}

QStringList regexCaptures(const QString &pattern, const QString &text, QString *error)
{
    const QRegularExpression re(pattern, QRegularExpression::CaseInsensitiveOption);
    if (!re.isValid()) {
        if (error)
            *error = QStringLiteral("%1 (at offset %2)")
                         .arg(re.errorString())
                         .arg(re.patternErrorOffset());
        return {};
    }
    if (error)
        error->clear();
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return {};
    QStringList out;
    for (int i = 1; i <= re.captureCount(); ++i)
        out << m.captured(i);
    return out;
}

// --- RuleDocument ---------------------------------------------------------------------------

RuleDocument::RuleDocument()
{
    m_root = jsonObject();
    setMember(m_root, QStringLiteral("name"), jsonString(QStringLiteral("new rules")));
    setMember(m_root, QStringLiteral("version"), jsonString(QStringLiteral("1")));
    JNode rules;
    rules.type = JNode::Type::Array;
    setMember(m_root, QStringLiteral("rules"), std::move(rules));
}

std::optional<RuleDocument> RuleDocument::load(const QByteArray &json, QList<RuleIssue> *errors)
{
    RuleSetParse p = parseRuleSet(json);
    if (errors)
        *errors = p.errors;
    if (!p.ruleSet)
        return std::nullopt;
    JParse jp = parseJsonWithLines(json);
    RuleDocument d;
    d.m_root = std::move(*jp.root);
    d.m_enabled = QList<bool>(d.ruleCount(), true);
    return d;
}

RuleDocument RuleDocument::fromDefault()
{
    return *load(defaultRuleSetJson(), nullptr);
}

QByteArray RuleDocument::toJson() const
{
    if (!m_enabled.contains(false))
        return prettyJson(m_root);
    JNode copy = m_root;
    JNode *rules = rulesArray(copy);
    std::vector<JNode> kept;
    for (int i = 0; i < ruleCount(); ++i)
        if (m_enabled.at(i))
            kept.push_back(rules->items[size_t(i)]);
    rules->items = std::move(kept);
    return prettyJson(copy);
}

QString RuleDocument::name() const
{
    return memberText(m_root, QStringLiteral("name"));
}

void RuleDocument::setName(const QString &name)
{
    setMember(m_root, QStringLiteral("name"), jsonString(name));
}

QString RuleDocument::version() const
{
    return memberText(m_root, QStringLiteral("version"));
}

void RuleDocument::setVersion(const QString &version)
{
    setMember(m_root, QStringLiteral("version"), jsonString(version));
}

int RuleDocument::ruleCount() const
{
    const JNode *r = m_root.member(QStringLiteral("rules"));
    return r && r->isArray() ? int(r->items.size()) : 0;
}

const JNode &RuleDocument::rule(int i) const
{
    return m_root.member(QStringLiteral("rules"))->items.at(size_t(i));
}

JNode &RuleDocument::rule(int i)
{
    return rulesArray(m_root)->items.at(size_t(i));
}

QString RuleDocument::ruleName(int i) const
{
    return memberText(rule(i), QStringLiteral("name"));
}

void RuleDocument::insertRule(int at, JNode rule)
{
    auto &items = rulesArray(m_root)->items;
    at = std::clamp(at, 0, int(items.size()));
    items.insert(items.begin() + at, std::move(rule));
    m_enabled.insert(at, true);
}

void RuleDocument::removeRule(int i)
{
    auto &items = rulesArray(m_root)->items;
    items.erase(items.begin() + i);
    m_enabled.removeAt(i);
}

void RuleDocument::moveRule(int from, int to)
{
    if (from == to)
        return;
    auto &items = rulesArray(m_root)->items;
    JNode r = std::move(items[size_t(from)]);
    items.erase(items.begin() + from);
    items.insert(items.begin() + to, std::move(r));
    m_enabled.move(from, to);
}

QString RuleDocument::uniqueRuleName(const QString &base) const
{
    auto taken = [&](const QString &n) {
        for (int i = 0; i < ruleCount(); ++i)
            if (ruleName(i) == n)
                return true;
        return false;
    };
    if (!taken(base))
        return base;
    for (int k = 2;; ++k) {
        const QString n = QStringLiteral("%1 %2").arg(base).arg(k);
        if (!taken(n))
            return n;
    }
}

int RuleDocument::duplicateRule(int i)
{
    JNode copy = rule(i);
    setMember(copy, QStringLiteral("name"),
        jsonString(uniqueRuleName(ruleName(i) + QStringLiteral(" copy"))));
    const bool on = isEnabled(i);
    insertRule(i + 1, std::move(copy));
    m_enabled[i + 1] = on;
    return i + 1;
}

int RuleDocument::addRule(int at)
{
    JNode r = jsonObject();
    setMember(r, QStringLiteral("name"), jsonString(uniqueRuleName(QStringLiteral("new_rule"))));
    setMember(r, QStringLiteral("kind"), jsonString(QStringLiteral("one_to_one")));
    setMember(r, QStringLiteral("auto_confirm"), jsonBool(false));
    JNode conds;
    conds.type = JNode::Type::Array;
    conds.items.push_back(conditionOfType(QStringLiteral("amount")));
    conds.items.push_back(conditionOfType(QStringLiteral("date")));
    setMember(r, QStringLiteral("conditions"), std::move(conds));
    at = std::clamp(at, 0, ruleCount());
    insertRule(at, std::move(r));
    return at;
}

bool RuleDocument::isEnabled(int i) const
{
    return m_enabled.value(i, true);
}

void RuleDocument::setEnabled(int i, bool on)
{
    if (i >= 0 && i < m_enabled.size())
        m_enabled[i] = on;
}

const JNode *RuleDocument::conditionList(int r, const CondPath &parent) const
{
    return const_cast<RuleDocument *>(this)->conditionList(r, parent);
}

JNode *RuleDocument::conditionList(int r, const CondPath &parent)
{
    if (r < 0 || r >= ruleCount())
        return nullptr;
    JNode *list = nullptr;
    for (auto &m : rule(r).members)
        if (m.first == QLatin1String("conditions"))
            list = &m.second;
    for (int idx : parent) {
        if (!list || !list->isArray() || idx < 0 || idx >= int(list->items.size()))
            return nullptr;
        list = groupChildren(list->items[size_t(idx)]);
    }
    return list && list->isArray() ? list : nullptr;
}

const JNode *RuleDocument::condition(int r, const CondPath &path) const
{
    return const_cast<RuleDocument *>(this)->condition(r, path);
}

JNode *RuleDocument::condition(int r, const CondPath &path)
{
    if (path.isEmpty())
        return nullptr;
    JNode *list = conditionList(r, path.mid(0, path.size() - 1));
    const int idx = path.last();
    if (!list || idx < 0 || idx >= int(list->items.size()))
        return nullptr;
    return &list->items[size_t(idx)];
}

CondPath RuleDocument::addCondition(int r, const CondPath &parent, const QString &type)
{
    JNode *list = conditionList(r, parent);
    if (!list)
        return {};
    list->items.push_back(conditionOfType(type));
    CondPath p = parent;
    p << int(list->items.size()) - 1;
    return p;
}

void RuleDocument::removeCondition(int r, const CondPath &path)
{
    if (path.isEmpty())
        return;
    JNode *list = conditionList(r, path.mid(0, path.size() - 1));
    if (list && path.last() >= 0 && path.last() < int(list->items.size()))
        list->items.erase(list->items.begin() + path.last());
}

bool RuleDocument::operator==(const RuleDocument &o) const
{
    return m_enabled == o.m_enabled && treesEqual(m_root, o.m_root);
}

} // namespace recon::match
