#pragma once
// The rule language (see docs/rules.md): a rule set is an ordered list of rules; each rule runs on
// what earlier rules left open. Rules are JSON; parseRuleSet() checks them with line-precise
// messages and computes the set's content hash (SHA-256 of the canonical JSON).

#include "core/model/transaction.h"
#include "core/money.h"

#include <QByteArray>
#include <QList>
#include <QRegularExpression>
#include <QString>

#include <optional>
#include <vector>

namespace recon::match {

// Item fields a condition can look at.
enum class Field { Reference, Description, Counterparty, CounterpartyAccount, ExternalId };
QString fieldName(Field f);

enum class DateChoice { Booking, Value, Either };

enum class CondKind {
    All, // every child passes
    Any, // at least one child passes (an OR group)
    Equals, // field equals field after normalisation
    Amount, // amounts (or a group's sums) equal within tolerance
    Sign, // same / opposite sign
    Date, // dates within N days
    Text, // contains / jaro_winkler / token_set / trigram similarity
    Regex, // capture groups found on one side equal a field of the other
    ReferenceInText, // one side's reference appears anywhere in the other side's text
    Counterparty, // counterparty names similar
    Currency, // same currency
};
QString condKindName(CondKind k);

enum class TextMethod { Contains, JaroWinkler, TokenSet, Trigram };

struct Condition {
    CondKind kind = CondKind::All;
    QString label; // "amount", "date", "reference_in_text" ... for explanations
    std::vector<Condition> children; // All / Any
    // Equals / Text / Regex / ReferenceInText
    Field leftField = Field::Reference;
    Field rightField = Field::Reference;
    QList<Field> textFields; // the searched side's fields (ReferenceInText, Regex)
    unsigned normalise = 15; // NormFlag bits (Equals, Regex keys)
    Side searchSide = Side::Left; // Regex: side the pattern is searched on;
                                  // ReferenceInText: side whose text is searched
    int minLength = 5; // ReferenceInText: shortest reference considered
    QRegularExpression regex;
    // Amount: |a - b| <= max(absolute, percent of the larger |amount|)
    Decimal absTolerance; // currency units, e.g. 0.05
    Decimal pctTolerance; // percent, e.g. 0.5
    // Sign
    bool opposite = false;
    // Date
    int days = 0;
    DateChoice leftDate = DateChoice::Either;
    DateChoice rightDate = DateChoice::Either;
    // Text / Counterparty
    TextMethod method = TextMethod::JaroWinkler;
    double threshold = 0.0;
};

enum class RuleKind { OneToOne, OneToMany, ManyToOne, ManyToMany };
QString ruleKindName(RuleKind k);

struct SearchLimits {
    int maxItems = 20; // candidates considered per subset search
    qint64 maxCombinations = 200000; // subsets tried per search
    int maxMillis = 2000; // wall time per search (generous: combinations bound first)
};

struct Rule {
    QString name;
    RuleKind kind = RuleKind::OneToOne;
    int maxLeft = 1; // max group size per side
    int maxRight = 1;
    bool autoConfirm = false;
    std::vector<Condition> conditions; // all must pass
    QList<Field> groupKey; // grouped kinds: members of one side share these fields
    SearchLimits search;
    double minMargin = 0.0; // best must beat the runner-up by more than this, else ambiguous
    int line = 0;
    bool oppositeSign() const; // a top-level sign condition says "opposite"
};

struct RuleSet {
    QString name;
    QString version;
    QString hash; // hex SHA-256 of the canonical JSON
    std::vector<Rule> rules;
};

struct RuleIssue {
    int line = 0;
    QString path; // "rules[2].conditions[0].tolerance"
    QString message;
    QString toString(const QString &fileName) const; // "R.json:12: path: message"
};

struct RuleSetParse {
    std::optional<RuleSet> ruleSet;
    QList<RuleIssue> errors;
};

RuleSetParse parseRuleSet(const QByteArray &json);
// The built-in "bank statement vs ledger" rule set (resources/rules/default_bank_ledger.json).
QByteArray defaultRuleSetJson();
RuleSet defaultRuleSet();

} // namespace recon::match
