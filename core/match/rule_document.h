#pragma once
// A rule set being edited (the visual rule builder's document): the JSON tree exactly as written
// (key order kept, numbers as their source text), so importing a file and exporting it again
// keeps its content hash. Edits address rules by index and conditions by a path of indices
// (top-level condition, then children of any/all groups). Checking is parseRuleSet() on the
// written JSON: the builder never has a second idea of what is valid.

#include "core/match/json_lines.h"
#include "core/match/rules.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace recon::match {

using CondPath = QList<int>;

class RuleDocument {
public:
    RuleDocument(); // an empty, invalid set: name "new rules", version "1", no rules
    // Refuses JSON that is not a valid rule set; `errors` receives the line-precise issues.
    static std::optional<RuleDocument> load(const QByteArray &json, QList<RuleIssue> *errors);
    static RuleDocument fromDefault();

    // Indented JSON, one condition per line (as in docs/rules.md); parses back to the same tree.
    QByteArray toJson() const;
    RuleSetParse check() const { return parseRuleSet(toJson()); }

    QString name() const;
    void setName(const QString &name);
    QString version() const;
    void setVersion(const QString &version);

    int ruleCount() const;
    const JNode &rule(int i) const;
    JNode &rule(int i);
    QString ruleName(int i) const;
    void insertRule(int at, JNode rule);
    void removeRule(int i);
    void moveRule(int from, int to);
    // A copy of rule i, named uniquely ("x copy", "x copy 2" ...), inserted after it.
    int duplicateRule(int i);
    // A new one_to_one rule with an exact amount and a 5-day date window, inserted at `at`.
    int addRule(int at);
    QString uniqueRuleName(const QString &base) const;

    // Disabled rules are kept in the document (so a click can bring them back) but left out of
    // the JSON that is checked, exported and run. An export holds only the enabled rules.
    bool isEnabled(int i) const;
    void setEnabled(int i, bool on);

    // Conditions of rule `r` at `path` ({} = the rule's top-level list).
    const JNode *conditionList(int r, const CondPath &parent) const;
    JNode *conditionList(int r, const CondPath &parent);
    const JNode *condition(int r, const CondPath &path) const;
    JNode *condition(int r, const CondPath &path);
    // Appends a condition of `type` with sensible options to the list at `parent`; returns its
    // path. type "any"/"all" makes a group holding one exact amount condition.
    CondPath addCondition(int r, const CondPath &parent, const QString &type);
    void removeCondition(int r, const CondPath &path);

    bool operator==(const RuleDocument &o) const;
    bool operator!=(const RuleDocument &o) const { return !(*this == o); }

private:
    JNode m_root; // the set object; "rules" holds every rule, enabled or not
    QList<bool> m_enabled;
};

// Type of a condition object: "amount", "date" ..., or "any"/"all" for a group.
QString conditionType(const JNode &cond);
// A one-line human summary: "amount ± 0.05 or 2 %", "date within 5 days" ...
QString conditionSummary(const JNode &cond);

// JNode helpers for editing.
JNode jsonString(const QString &s);
JNode jsonNumber(const QString &text); // a number written as `text`
JNode jsonBool(bool b);
JNode jsonArray(const QStringList &strings);
JNode jsonObject();
// Replaces the member `key` (appending it when missing, in file order otherwise).
void setMember(JNode &obj, const QString &key, JNode value);
void removeMember(JNode &obj, const QString &key);
// One field name, or an array of names, as a list ({} when missing or not text).
QStringList memberStrings(const JNode &obj, const QString &key);
QString memberText(const JNode &obj, const QString &key, const QString &def = QString());
bool treesEqual(const JNode &a, const JNode &b); // ignoring line numbers
// Indented JSON of any tree (objects of scalars and short arrays on one line).
QByteArray prettyJson(const JNode &node);

// Live regex test for the builder: the captures of `pattern` (case-insensitive, as the engine
// compiles it) in `text`. `error` is set for a bad pattern; no match gives an empty list.
QStringList regexCaptures(const QString &pattern, const QString &text, QString *error = nullptr);

} // namespace recon::match
