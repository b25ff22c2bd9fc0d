#include "core/match/rules.h"

#include "core/match/json_lines.h"
#include "core/match/text_norm.h"

#include <QCryptographicHash>
#include <QFile>

#include <set>

namespace recon::match {

QString fieldName(Field f)
{
    switch (f) {
    case Field::Reference:
        return QStringLiteral("reference");
    case Field::Description:
        return QStringLiteral("description");
    case Field::Counterparty:
        return QStringLiteral("counterparty");
    case Field::CounterpartyAccount:
        return QStringLiteral("counterparty_account");
    case Field::ExternalId:
        return QStringLiteral("external_id");
    }
    return {};
}

QString condKindName(CondKind k)
{
    switch (k) {
    case CondKind::All:
        return QStringLiteral("all");
    case CondKind::Any:
        return QStringLiteral("any");
    case CondKind::Equals:
        return QStringLiteral("equals");
    case CondKind::Amount:
        return QStringLiteral("amount");
    case CondKind::Sign:
        return QStringLiteral("sign");
    case CondKind::Date:
        return QStringLiteral("date");
    case CondKind::Text:
        return QStringLiteral("text");
    case CondKind::Regex:
        return QStringLiteral("regex");
    case CondKind::ReferenceInText:
        return QStringLiteral("reference_in_text");
    case CondKind::Counterparty:
        return QStringLiteral("counterparty");
    case CondKind::Currency:
        return QStringLiteral("currency");
    }
    return {};
}

QString ruleKindName(RuleKind k)
{
    switch (k) {
    case RuleKind::OneToOne:
        return QStringLiteral("one_to_one");
    case RuleKind::OneToMany:
        return QStringLiteral("one_to_many");
    case RuleKind::ManyToOne:
        return QStringLiteral("many_to_one");
    case RuleKind::ManyToMany:
        return QStringLiteral("many_to_many");
    }
    return {};
}

bool Rule::oppositeSign() const
{
    for (const Condition &c : conditions)
        if (c.kind == CondKind::Sign)
            return c.opposite;
    return false;
}

QString RuleIssue::toString(const QString &fileName) const
{
    QString s = fileName + QLatin1Char(':') + QString::number(line) + QStringLiteral(": ");
    if (!path.isEmpty())
        s += path + QStringLiteral(": ");
    return s + message;
}

namespace {

class Checker {
public:
    QList<RuleIssue> errors;

    void error(const JNode &n, const QString &path, const QString &msg)
    {
        if (errors.size() < 200)
            errors.append({ n.line, path, msg });
    }

    // Unknown members are errors: a typo must never silently weaken a rule.
    void allowOnly(const JNode &obj, const QString &path, std::initializer_list<const char *> keys)
    {
        for (const auto &m : obj.members) {
            bool known = false;
            for (const char *k : keys)
                known = known || m.first == QLatin1String(k);
            if (!known)
                error(m.second, join(path, m.first), QStringLiteral("unknown field"));
        }
    }

    static QString join(const QString &path, const QString &key)
    {
        return path.isEmpty() ? key : path + QLatin1Char('.') + key;
    }

    std::optional<QString> string(const JNode &obj, const QString &path, const char *key,
        bool required, const QString &def = {})
    {
        const JNode *n = obj.member(QLatin1String(key));
        if (!n) {
            if (required) {
                error(obj, join(path, QLatin1String(key)), QStringLiteral("is required"));
                return std::nullopt;
            }
            return def;
        }
        if (!n->isString()) {
            error(*n, join(path, QLatin1String(key)), QStringLiteral("must be a string"));
            return std::nullopt;
        }
        return n->text;
    }

    std::optional<bool> boolean(const JNode &obj, const QString &path, const char *key, bool def)
    {
        const JNode *n = obj.member(QLatin1String(key));
        if (!n)
            return def;
        if (!n->isBool()) {
            error(*n, join(path, QLatin1String(key)), QStringLiteral("must be true or false"));
            return std::nullopt;
        }
        return n->boolean;
    }

    std::optional<qint64> integer(
        const JNode &obj, const QString &path, const char *key, qint64 def, qint64 lo, qint64 hi)
    {
        const JNode *n = obj.member(QLatin1String(key));
        if (!n)
            return def;
        const QString p = join(path, QLatin1String(key));
        bool ok = false;
        const qint64 v = n->isNumber() ? n->text.toLongLong(&ok) : 0;
        if (!ok) {
            error(*n, p, QStringLiteral("must be a whole number"));
            return std::nullopt;
        }
        if (v < lo) {
            error(*n, p, QStringLiteral("must be >= %1").arg(lo));
            return std::nullopt;
        }
        if (v > hi) {
            error(*n, p, QStringLiteral("must be <= %1").arg(hi));
            return std::nullopt;
        }
        return v;
    }

    // Decimal from a JSON number or a numeric string, exactly (never via double).
    std::optional<Decimal> decimal(const JNode &n, const QString &path)
    {
        if (!n.isNumber() && !n.isString()) {
            error(n, path, QStringLiteral("must be a number"));
            return std::nullopt;
        }
        const QString t = n.text.trimmed();
        if (t.contains(QLatin1Char('e')) || t.contains(QLatin1Char('E'))) {
            error(n, path, QStringLiteral("must be a plain decimal (no exponent)"));
            return std::nullopt;
        }
        const DecimalParse p = parseDecimal(t, DecimalSeparator::Dot);
        if (!p.value) {
            error(n, path, QStringLiteral("must be a number"));
            return std::nullopt;
        }
        if (p.value->units < 0) {
            error(n, path, QStringLiteral("must be >= 0"));
            return std::nullopt;
        }
        return p.value;
    }

    std::optional<double> threshold(const JNode &obj, const QString &path, double def)
    {
        const JNode *n = obj.member(QStringLiteral("threshold"));
        if (!n)
            return def;
        const QString p = join(path, QStringLiteral("threshold"));
        bool ok = false;
        const double v = n->isNumber() ? n->text.toDouble(&ok) : 0.0;
        if (!ok) {
            error(*n, p, QStringLiteral("must be a number"));
            return std::nullopt;
        }
        if (v < 0.0 || v > 1.0) {
            error(*n, p, QStringLiteral("must be between 0 and 1"));
            return std::nullopt;
        }
        return v;
    }

    std::optional<Field> field(const JNode &n, const QString &path)
    {
        static const std::pair<const char *, Field> kFields[] = {
            { "reference", Field::Reference },
            { "description", Field::Description },
            { "counterparty", Field::Counterparty },
            { "counterparty_account", Field::CounterpartyAccount },
            { "external_id", Field::ExternalId },
        };
        if (n.isString())
            for (const auto &[name, f] : kFields)
                if (n.text == QLatin1String(name))
                    return f;
        error(n, path,
            QStringLiteral("must be one of reference, description, counterparty, "
                           "counterparty_account, external_id"));
        return std::nullopt;
    }

    // One field name or an array of them.
    std::optional<QList<Field>> fields(
        const JNode &obj, const QString &path, const char *key, const QList<Field> &def)
    {
        const JNode *n = obj.member(QLatin1String(key));
        if (!n)
            return def;
        const QString p = join(path, QLatin1String(key));
        QList<Field> out;
        if (n->isArray()) {
            if (n->items.empty()) {
                error(*n, p, QStringLiteral("must name at least one field"));
                return std::nullopt;
            }
            for (size_t i = 0; i < n->items.size(); ++i) {
                auto f = field(n->items[i], p + QStringLiteral("[%1]").arg(i));
                if (!f)
                    return std::nullopt;
                out.append(*f);
            }
            return out;
        }
        auto f = field(*n, p);
        if (!f)
            return std::nullopt;
        return QList<Field> { *f };
    }

    std::optional<unsigned> normalise(const JNode &obj, const QString &path)
    {
        const JNode *n = obj.member(QStringLiteral("normalize"));
        if (!n)
            return unsigned(NormAll);
        const QString p = join(path, QStringLiteral("normalize"));
        if (!n->isArray()) {
            error(*n, p,
                QStringLiteral("must be an array of case, spaces, punctuation, "
                               "leading_zeros"));
            return std::nullopt;
        }
        unsigned flags = 0;
        for (size_t i = 0; i < n->items.size(); ++i) {
            const JNode &it = n->items[i];
            const QString t = it.text;
            if (it.isString() && t == QLatin1String("case"))
                flags |= NormCase;
            else if (it.isString() && t == QLatin1String("spaces"))
                flags |= NormSpaces;
            else if (it.isString() && t == QLatin1String("punctuation"))
                flags |= NormPunctuation;
            else if (it.isString() && t == QLatin1String("leading_zeros"))
                flags |= NormLeadingZeros;
            else {
                error(it, p + QStringLiteral("[%1]").arg(i),
                    QStringLiteral("must be case, spaces, punctuation or leading_zeros"));
                return std::nullopt;
            }
        }
        return flags;
    }

    std::optional<Side> side(const JNode &obj, const QString &path, const char *key, Side def)
    {
        auto s = string(obj, path, key, false,
            def == Side::Left ? QStringLiteral("left") : QStringLiteral("right"));
        if (!s)
            return std::nullopt;
        if (*s == QLatin1String("left"))
            return Side::Left;
        if (*s == QLatin1String("right"))
            return Side::Right;
        error(*obj.member(QLatin1String(key)), join(path, QLatin1String(key)),
            QStringLiteral("must be left or right"));
        return std::nullopt;
    }

    std::optional<DateChoice> dateChoice(const JNode &obj, const QString &path, const char *key)
    {
        auto s = string(obj, path, key, false, QStringLiteral("either"));
        if (!s)
            return std::nullopt;
        if (*s == QLatin1String("booking"))
            return DateChoice::Booking;
        if (*s == QLatin1String("value"))
            return DateChoice::Value;
        if (*s == QLatin1String("either"))
            return DateChoice::Either;
        error(*obj.member(QLatin1String(key)), join(path, QLatin1String(key)),
            QStringLiteral("must be booking, value or either"));
        return std::nullopt;
    }

    std::optional<Condition> condition(const JNode &n, const QString &path, int depth);

    std::optional<std::vector<Condition>> conditionList(
        const JNode &n, const QString &path, int depth)
    {
        if (!n.isArray()) {
            error(n, path, QStringLiteral("must be an array of conditions"));
            return std::nullopt;
        }
        if (n.items.empty()) {
            error(n, path, QStringLiteral("must hold at least one condition"));
            return std::nullopt;
        }
        std::vector<Condition> out;
        bool ok = true;
        for (size_t i = 0; i < n.items.size(); ++i) {
            auto c = condition(n.items[i], path + QStringLiteral("[%1]").arg(i), depth + 1);
            if (c)
                out.push_back(std::move(*c));
            else
                ok = false;
        }
        if (!ok)
            return std::nullopt;
        return out;
    }

    std::optional<Rule> rule(const JNode &n, const QString &path);
};

std::optional<Condition> Checker::condition(const JNode &n, const QString &path, int depth)
{
    if (!n.isObject()) {
        error(n, path, QStringLiteral("must be an object"));
        return std::nullopt;
    }
    if (depth > 8) {
        error(n, path, QStringLiteral("conditions nested too deep"));
        return std::nullopt;
    }
    Condition c;
    for (const char *group : { "all", "any" }) {
        if (const JNode *g = n.member(QLatin1String(group))) {
            allowOnly(n, path, { group });
            c.kind = group[1] == 'l' ? CondKind::All : CondKind::Any;
            c.label = QLatin1String(group);
            auto children = conditionList(*g, join(path, QLatin1String(group)), depth);
            if (!children)
                return std::nullopt;
            c.children = std::move(*children);
            return c;
        }
    }
    auto type = string(n, path, "type", true);
    if (!type)
        return std::nullopt;
    const QString t = *type;
    c.label = t;
    const int before = int(errors.size());
    if (t == QLatin1String("equals")) {
        allowOnly(n, path, { "type", "field", "left", "right", "normalize" });
        c.kind = CondKind::Equals;
        auto both = fields(n, path, "field", { Field::Reference });
        auto l = fields(n, path, "left", both ? *both : QList<Field> {});
        auto r = fields(n, path, "right", both ? *both : QList<Field> {});
        auto norm = normalise(n, path);
        if (l && r && norm && !l->isEmpty() && !r->isEmpty()) {
            c.leftField = l->first();
            c.rightField = r->first();
            c.normalise = *norm;
        }
    } else if (t == QLatin1String("amount")) {
        allowOnly(n, path, { "type", "tolerance", "percent" });
        c.kind = CondKind::Amount;
        if (const JNode *tol = n.member(QStringLiteral("tolerance")))
            if (auto d = decimal(*tol, join(path, QStringLiteral("tolerance"))))
                c.absTolerance = *d;
        if (const JNode *pct = n.member(QStringLiteral("percent"))) {
            if (auto d = decimal(*pct, join(path, QStringLiteral("percent")))) {
                // 100 % or more would match any amount against any other of the same sign
                qint64 limit = 100;
                for (int i = 0; i < d->scale; ++i)
                    limit *= 10;
                if (d->units >= limit)
                    error(*pct, join(path, QStringLiteral("percent")),
                        QStringLiteral("must be below 100"));
                else
                    c.pctTolerance = *d;
            }
        }
    } else if (t == QLatin1String("sign")) {
        allowOnly(n, path, { "type", "value" });
        c.kind = CondKind::Sign;
        auto v = string(n, path, "value", false, QStringLiteral("same"));
        if (v && *v != QLatin1String("same") && *v != QLatin1String("opposite"))
            error(*n.member(QStringLiteral("value")), join(path, QStringLiteral("value")),
                QStringLiteral("must be same or opposite"));
        c.opposite = v && *v == QLatin1String("opposite");
    } else if (t == QLatin1String("date")) {
        allowOnly(n, path, { "type", "days", "left_date", "right_date" });
        c.kind = CondKind::Date;
        if (!n.member(QStringLiteral("days")))
            error(n, join(path, QStringLiteral("days")), QStringLiteral("is required"));
        else if (auto d = integer(n, path, "days", 0, 0, 3660))
            c.days = int(*d);
        if (auto l = dateChoice(n, path, "left_date"))
            c.leftDate = *l;
        if (auto r = dateChoice(n, path, "right_date"))
            c.rightDate = *r;
    } else if (t == QLatin1String("text")) {
        allowOnly(n, path, { "type", "field", "left", "right", "method", "threshold" });
        c.kind = CondKind::Text;
        auto both = fields(n, path, "field", { Field::Description });
        auto l = fields(n, path, "left", both ? *both : QList<Field> {});
        auto r = fields(n, path, "right", both ? *both : QList<Field> {});
        if (l && r && !l->isEmpty() && !r->isEmpty()) {
            c.leftField = l->first();
            c.rightField = r->first();
        }
        auto m = string(n, path, "method", false, QStringLiteral("jaro_winkler"));
        if (m) {
            if (*m == QLatin1String("contains"))
                c.method = TextMethod::Contains;
            else if (*m == QLatin1String("jaro_winkler"))
                c.method = TextMethod::JaroWinkler;
            else if (*m == QLatin1String("token_set"))
                c.method = TextMethod::TokenSet;
            else if (*m == QLatin1String("trigram"))
                c.method = TextMethod::Trigram;
            else
                error(*n.member(QStringLiteral("method")), join(path, QStringLiteral("method")),
                    QStringLiteral("must be contains, jaro_winkler, token_set or trigram"));
        }
        if (auto th = threshold(n, path, c.method == TextMethod::Contains ? 1.0 : 0.85))
            c.threshold = *th;
    } else if (t == QLatin1String("regex")) {
        allowOnly(n, path, { "type", "pattern", "search", "in", "key", "normalize" });
        c.kind = CondKind::Regex;
        auto pat = string(n, path, "pattern", true);
        if (pat) {
            c.regex = QRegularExpression(*pat, QRegularExpression::CaseInsensitiveOption);
            const JNode *pn = n.member(QStringLiteral("pattern"));
            if (!c.regex.isValid())
                error(*pn, join(path, QStringLiteral("pattern")),
                    QStringLiteral("bad regular expression: %1 (at offset %2)")
                        .arg(c.regex.errorString())
                        .arg(c.regex.patternErrorOffset()));
            else if (c.regex.captureCount() < 1)
                error(*pn, join(path, QStringLiteral("pattern")),
                    QStringLiteral("needs at least one capture group (the key)"));
        }
        if (auto s = side(n, path, "search", Side::Left))
            c.searchSide = *s;
        if (auto in = fields(n, path, "in", { Field::Description, Field::Reference }))
            c.textFields = *in;
        if (auto k = fields(n, path, "key", { Field::Reference }); k && !k->isEmpty())
            c.leftField = c.rightField = k->first();
        if (auto norm = normalise(n, path))
            c.normalise = *norm;
    } else if (t == QLatin1String("reference_in_text")) {
        allowOnly(n, path, { "type", "reference", "field", "in", "min_length" });
        c.kind = CondKind::ReferenceInText;
        // "reference": the side whose reference is looked for; the other side's text is searched
        if (auto s = side(n, path, "reference", Side::Right))
            c.searchSide = *s == Side::Left ? Side::Right : Side::Left;
        if (auto f = fields(n, path, "field", { Field::Reference }); f && !f->isEmpty())
            c.leftField = c.rightField = f->first();
        if (auto in = fields(n, path, "in", { Field::Description, Field::Reference }))
            c.textFields = *in;
        if (auto m = integer(n, path, "min_length", 5, 4, 64))
            c.minLength = int(*m);
    } else if (t == QLatin1String("counterparty")) {
        allowOnly(n, path, { "type", "threshold" });
        c.kind = CondKind::Counterparty;
        if (auto th = threshold(n, path, 0.85))
            c.threshold = *th;
    } else if (t == QLatin1String("currency")) {
        allowOnly(n, path, { "type" });
        c.kind = CondKind::Currency;
    } else {
        error(*n.member(QStringLiteral("type")), join(path, QStringLiteral("type")),
            QStringLiteral("unknown condition type '%1' (equals, amount, sign, date, text, regex, "
                           "reference_in_text, counterparty, currency, or an all/any group)")
                .arg(t));
    }
    if (int(errors.size()) != before)
        return std::nullopt;
    return c;
}

std::optional<Rule> Checker::rule(const JNode &n, const QString &path)
{
    if (!n.isObject()) {
        error(n, path, QStringLiteral("must be an object"));
        return std::nullopt;
    }
    const int before = int(errors.size());
    allowOnly(n, path,
        { "name", "description", "kind", "max_left", "max_right", "auto_confirm", "conditions",
            "group_key", "search", "min_margin" });
    Rule r;
    r.line = n.line;
    if (auto name = string(n, path, "name", true))
        r.name = *name;
    if (auto k = string(n, path, "kind", false, QStringLiteral("one_to_one"))) {
        if (*k == QLatin1String("one_to_one"))
            r.kind = RuleKind::OneToOne;
        else if (*k == QLatin1String("one_to_many"))
            r.kind = RuleKind::OneToMany;
        else if (*k == QLatin1String("many_to_one"))
            r.kind = RuleKind::ManyToOne;
        else if (*k == QLatin1String("many_to_many"))
            r.kind = RuleKind::ManyToMany;
        else
            error(*n.member(QStringLiteral("kind")), join(path, QStringLiteral("kind")),
                QStringLiteral("must be one_to_one, one_to_many, many_to_one or many_to_many"));
    }
    const bool manyLeft = r.kind == RuleKind::ManyToOne || r.kind == RuleKind::ManyToMany;
    const bool manyRight = r.kind == RuleKind::OneToMany || r.kind == RuleKind::ManyToMany;
    if (auto ml = integer(n, path, "max_left", manyLeft ? 5 : 1, 1, 50))
        r.maxLeft = int(*ml);
    if (auto mr = integer(n, path, "max_right", manyRight ? 5 : 1, 1, 50))
        r.maxRight = int(*mr);
    if (!manyLeft && r.maxLeft != 1)
        error(*n.member(QStringLiteral("max_left")), join(path, QStringLiteral("max_left")),
            QStringLiteral("must be 1 for kind %1").arg(ruleKindName(r.kind)));
    if (!manyRight && r.maxRight != 1)
        error(*n.member(QStringLiteral("max_right")), join(path, QStringLiteral("max_right")),
            QStringLiteral("must be 1 for kind %1").arg(ruleKindName(r.kind)));
    if (auto ac = boolean(n, path, "auto_confirm", false))
        r.autoConfirm = *ac;
    if (const JNode *m = n.member(QStringLiteral("min_margin"))) {
        bool ok = false;
        const double v = m->isNumber() ? m->text.toDouble(&ok) : 0.0;
        if (!ok || v < 0.0 || v >= 1.0)
            error(*m, join(path, QStringLiteral("min_margin")),
                QStringLiteral("must be a number in 0..1"));
        else
            r.minMargin = v;
    }
    if (auto gk = fields(n, path, "group_key", {}))
        r.groupKey = *gk;
    if (const JNode *s = n.member(QStringLiteral("search"))) {
        const QString sp = join(path, QStringLiteral("search"));
        if (!s->isObject()) {
            error(*s, sp, QStringLiteral("must be an object"));
        } else {
            allowOnly(*s, sp, { "max_items", "max_combinations", "max_ms" });
            if (auto v = integer(*s, sp, "max_items", 20, 1, 64))
                r.search.maxItems = int(*v);
            if (auto v = integer(*s, sp, "max_combinations", 200000, 1, 100000000))
                r.search.maxCombinations = *v;
            if (auto v = integer(*s, sp, "max_ms", 2000, 1, 600000))
                r.search.maxMillis = int(*v);
        }
    }
    const JNode *conds = n.member(QStringLiteral("conditions"));
    if (!conds) {
        error(n, join(path, QStringLiteral("conditions")), QStringLiteral("is required"));
    } else if (auto list = conditionList(*conds, join(path, QStringLiteral("conditions")), 0)) {
        r.conditions = std::move(*list);
        int amounts = 0, signs = 0;
        bool blockable = false;
        for (const Condition &c : r.conditions) {
            amounts += c.kind == CondKind::Amount;
            signs += c.kind == CondKind::Sign;
            blockable = blockable || c.kind == CondKind::Amount || c.kind == CondKind::Date
                || c.kind == CondKind::ReferenceInText || c.kind == CondKind::Regex
                || c.kind == CondKind::Equals || c.kind == CondKind::Counterparty;
        }
        if (r.conditions.size() > 32)
            error(*conds, join(path, QStringLiteral("conditions")),
                QStringLiteral("at most 32 top-level conditions per rule"));
        if (signs > 1)
            error(*conds, join(path, QStringLiteral("conditions")),
                QStringLiteral("at most one sign condition per rule"));
        if (r.kind != RuleKind::OneToOne && amounts != 1)
            error(*conds, join(path, QStringLiteral("conditions")),
                QStringLiteral("a grouped rule needs exactly one top-level amount condition "
                               "(it applies to the group's sums)"));
        if (!blockable)
            error(*conds, join(path, QStringLiteral("conditions")),
                QStringLiteral("needs at least one top-level amount, date, reference_in_text, "
                               "regex, equals or counterparty condition to find candidates"));
    }
    if (int(errors.size()) != before)
        return std::nullopt;
    return r;
}

} // namespace

RuleSetParse parseRuleSet(const QByteArray &json)
{
    RuleSetParse out;
    const JParse jp = parseJsonWithLines(json);
    if (!jp.root) {
        out.errors.append({ jp.errorLine, QString(), QStringLiteral("invalid JSON: ") + jp.error });
        return out;
    }
    const JNode &root = *jp.root;
    Checker ck;
    if (!root.isObject()) {
        ck.error(root, QString(), QStringLiteral("a rule set must be a JSON object"));
        out.errors = ck.errors;
        return out;
    }
    ck.allowOnly(root, QString(), { "name", "version", "description", "rules" });
    RuleSet rs;
    if (auto name = ck.string(root, QString(), "name", true))
        rs.name = *name;
    if (const JNode *v = root.member(QStringLiteral("version"))) {
        if (v->isString() || v->isNumber())
            rs.version = v->text;
        else
            ck.error(*v, QStringLiteral("version"), QStringLiteral("must be a string"));
    } else {
        ck.error(root, QStringLiteral("version"), QStringLiteral("is required"));
    }
    ck.string(root, QString(), "description", false);
    const JNode *rules = root.member(QStringLiteral("rules"));
    if (!rules) {
        ck.error(root, QStringLiteral("rules"), QStringLiteral("is required"));
    } else if (!rules->isArray() || rules->items.empty()) {
        ck.error(*rules, QStringLiteral("rules"), QStringLiteral("must be a non-empty array"));
    } else {
        std::set<QString> names;
        for (size_t i = 0; i < rules->items.size(); ++i) {
            const QString p = QStringLiteral("rules[%1]").arg(i);
            auto r = ck.rule(rules->items[i], p);
            if (!r)
                continue;
            if (!names.insert(r->name).second)
                ck.error(rules->items[i], p + QStringLiteral(".name"),
                    QStringLiteral("duplicate rule name '%1'").arg(r->name));
            rs.rules.push_back(std::move(*r));
        }
    }
    out.errors = ck.errors;
    if (!out.errors.isEmpty())
        return out;
    rs.hash = QString::fromLatin1(
        QCryptographicHash::hash(canonicalJson(root), QCryptographicHash::Sha256).toHex());
    out.ruleSet = std::move(rs);
    return out;
}

QByteArray defaultRuleSetJson()
{
    QFile f(QStringLiteral(":/rules/default_bank_ledger.json"));
    if (!f.open(QIODevice::ReadOnly))
        throw std::runtime_error("built-in rule set missing from resources");
    return f.readAll();
}

RuleSet defaultRuleSet()
{
    RuleSetParse p = parseRuleSet(defaultRuleSetJson());
    if (!p.ruleSet)
        throw std::runtime_error((
            "built-in rule set is invalid: " + p.errors.first().toString(QStringLiteral("default")))
                                     .toStdString());
    return std::move(*p.ruleSet);
}

} // namespace recon::match
