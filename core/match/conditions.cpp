#include "core/match/conditions.h"

#include "core/match/match_index.h"
#include "core/match/text_norm.h"
#include "core/money.h"

#include <algorithm>
#include <cstdlib>

namespace recon::match {

namespace {

__extension__ typedef __int128 i128;

i128 pow10(int n)
{
    i128 p = 1;
    for (int i = 0; i < n; ++i)
        p *= 10;
    return p;
}

int64_t absDiff(int64_t a, int64_t b)
{
    const i128 d = i128(a) - i128(b);
    const i128 ad = d < 0 ? -d : d;
    return ad > INT64_MAX ? INT64_MAX : int64_t(ad);
}

int32_t pickDate(const MatchSide &s, size_t i, DateChoice c, bool second)
{
    switch (c) {
    case DateChoice::Booking:
        return second ? kNoDate : s.booking[i];
    case DateChoice::Value:
        return second ? kNoDate : s.value[i];
    case DateChoice::Either:
        return second ? s.value[i] : s.booking[i];
    }
    return kNoDate;
}

// Smallest distance in days between the chosen dates; -1 when no date pair exists.
int dateDistance(const Condition &c, const MatchSide &L, size_t l, const MatchSide &R, size_t r)
{
    int best = -1;
    for (int a = 0; a < 2; ++a) {
        const int32_t dl = pickDate(L, l, c.leftDate, a == 1);
        if (dl == kNoDate)
            continue;
        for (int b = 0; b < 2; ++b) {
            const int32_t dr = pickDate(R, r, c.rightDate, b == 1);
            if (dr == kNoDate)
                continue;
            const int d = std::abs(dl - dr);
            if (best < 0 || d < best)
                best = d;
        }
    }
    return best;
}

thread_local std::string tlsA, tlsB;

// Regex key: the captures of `pattern` in the text, or (other side) the whole normalised value
// when the pattern does not match it.
std::string regexKey(const QRegularExpression &re, std::string_view text, unsigned norm, bool whole)
{
    const QString s = QString::fromUtf8(text.data(), qsizetype(text.size()));
    const QRegularExpressionMatch m = re.match(s);
    if (m.hasMatch()) {
        std::string key;
        for (int g = 1; g <= re.captureCount(); ++g) {
            if (g > 1)
                key.push_back('|');
            key += normalise(m.captured(g).toUpper().toStdString(), norm);
        }
        return key;
    }
    return whole ? normalise(text, norm) : std::string();
}

QString qs(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

QString fieldsText(const MatchSide &s, size_t i, const QList<Field> &fields)
{
    QStringList parts;
    for (const Field f : fields)
        if (!fieldText(s, i, f).empty())
            parts << qs(fieldText(s, i, f));
    return parts.join(QStringLiteral(" | "));
}

QString num(double v)
{
    return QString::number(v, 'f', 2);
}

Eval evalText(const Condition &c, std::string_view a, std::string_view b)
{
    if (a.empty() || b.empty())
        return {};
    double sim = 0.0;
    switch (c.method) {
    case TextMethod::Contains: {
        const std::string na = alnumKey(a), nb = alnumKey(b);
        sim = !nb.empty() && na.find(nb) != std::string::npos ? 1.0 : 0.0;
        return { sim > 0.0, sim };
    }
    case TextMethod::JaroWinkler:
        sim = jaroWinkler(a, b);
        break;
    case TextMethod::TokenSet:
        sim = tokenSetSimilarity(a, b);
        break;
    case TextMethod::Trigram:
        sim = trigramSimilarity(a, b);
        break;
    }
    return { sim >= c.threshold, sim };
}

} // namespace

int64_t toleranceMinor(const Condition &c, int64_t a, int64_t b, int exponent)
{
    i128 tol = 0;
    if (c.absTolerance.units > 0) {
        const i128 v = i128(c.absTolerance.units) * pow10(exponent);
        tol = v / pow10(c.absTolerance.scale);
    }
    if (c.pctTolerance.units > 0) {
        const i128 base = std::max<i128>(a < 0 ? -i128(a) : a, b < 0 ? -i128(b) : b);
        const i128 v = base * c.pctTolerance.units / (pow10(c.pctTolerance.scale) * 100);
        tol = std::max(tol, v);
    }
    return tol > INT64_MAX ? INT64_MAX : int64_t(tol);
}

Eval evalAmount(const Condition &c, int64_t a, int64_t b, int exponent)
{
    const int64_t tol = toleranceMinor(c, a, b, exponent);
    const int64_t d = absDiff(a, b);
    if (d > tol)
        return {};
    if (tol == 0)
        return { true, 1.0 };
    return { true, 1.0 - 0.5 * double(d) / double(tol) };
}

Eval evalCondition(const Condition &c, const MatchSide &L, size_t l, const MatchSide &R, size_t r,
    bool opposite, EvalScratch *scratch)
{
    switch (c.kind) {
    case CondKind::All: {
        double sum = 0.0;
        for (const Condition &ch : c.children) {
            const Eval e = evalCondition(ch, L, l, R, r, opposite, scratch);
            if (!e.pass)
                return {};
            sum += e.measure;
        }
        return { true, sum / double(c.children.size()) };
    }
    case CondKind::Any: {
        Eval best;
        for (const Condition &ch : c.children) {
            const Eval e = evalCondition(ch, L, l, R, r, opposite, scratch);
            if (e.pass && (!best.pass || e.measure > best.measure))
                best = e;
        }
        return best;
    }
    case CondKind::Amount:
        if (L.currency[l] && R.currency[r] && L.currency[l] != R.currency[r])
            return {};
        return evalAmount(c, L.amount[l], opposite ? -R.amount[r] : R.amount[r], L.exponent[l]);
    case CondKind::Sign: {
        const int sl = (L.amount[l] > 0) - (L.amount[l] < 0);
        const int sr = (R.amount[r] > 0) - (R.amount[r] < 0);
        const bool pass = c.opposite ? sl == -sr : sl == sr;
        return { pass, pass ? 1.0 : 0.0 };
    }
    case CondKind::Date: {
        const int d = dateDistance(c, L, l, R, r);
        if (d < 0 || d > c.days)
            return {};
        return { true, 1.0 - double(d) / double(c.days + 1) };
    }
    case CondKind::Equals: {
        const std::string a = normalise(fieldText(L, l, c.leftField), c.normalise);
        if (a.empty())
            return {};
        const bool pass = a == normalise(fieldText(R, r, c.rightField), c.normalise);
        return { pass, pass ? 1.0 : 0.0 };
    }
    case CondKind::Text:
        return evalText(c, fieldText(L, l, c.leftField), fieldText(R, r, c.rightField));
    case CondKind::Regex: {
        const MatchSide &S = c.searchSide == Side::Left ? L : R;
        const MatchSide &O = c.searchSide == Side::Left ? R : L;
        const size_t si = c.searchSide == Side::Left ? l : r;
        const size_t oi = c.searchSide == Side::Left ? r : l;
        std::string key;
        for (const Field f : c.textFields) {
            key = regexKey(c.regex, fieldText(S, si, f), c.normalise, false);
            if (!key.empty())
                break;
        }
        if (key.empty())
            return {};
        const bool pass
            = key == regexKey(c.regex, fieldText(O, oi, c.leftField), c.normalise, true);
        return { pass, pass ? 1.0 : 0.0 };
    }
    case CondKind::ReferenceInText: {
        const MatchSide &S = c.searchSide == Side::Left ? L : R;
        const MatchSide &O = c.searchSide == Side::Left ? R : L;
        const size_t si = c.searchSide == Side::Left ? l : r;
        const size_t oi = c.searchSide == Side::Left ? r : l;
        searchText(O, oi, { c.leftField }, tlsA);
        if (tlsA.size() < size_t(c.minLength))
            return {};
        const std::string *searched = &tlsB;
        if (scratch) {
            if (scratch->condition != &c || scratch->item != si) {
                searchText(S, si, c.textFields, scratch->text);
                scratch->condition = &c;
                scratch->item = si;
            }
            searched = &scratch->text;
        } else {
            searchText(S, si, c.textFields, tlsB);
        }
        const bool pass = searched->find(tlsA) != std::string::npos;
        return { pass, pass ? 1.0 : 0.0 };
    }
    case CondKind::Counterparty: {
        const std::string_view a = L.counterparty.at(l), b = R.counterparty.at(r);
        // remembered per pair of names only inside a search loop on finished sides
        if (!scratch || L.counterpartyId.size() != L.size()
            || R.counterpartyId.size() != R.size()) {
            const double sim = counterpartySimilarity(a, b);
            return { sim >= c.threshold, sim };
        }
        if (scratch->similar.size() >= (size_t(1) << 22)) { // bounded: start over
            scratch->similarSlot = FlatMap();
            scratch->similar.clear();
        }
        const uint64_t key
            = ((uint64_t(L.counterpartyId[l]) << 32) | uint64_t(R.counterpartyId[r])) + 1;
        uint32_t &slot = scratch->similarSlot.insert(key);
        if (slot)
            return { scratch->similar[slot - 1] >= c.threshold, scratch->similar[slot - 1] };
        const double sim = counterpartySimilarity(a, b);
        scratch->similar.push_back(sim);
        slot = uint32_t(scratch->similar.size());
        return { sim >= c.threshold, sim };
    }
    case CondKind::Currency: {
        const bool pass = L.currency[l] == R.currency[r];
        return { pass, pass ? 1.0 : 0.0 };
    }
    }
    return {};
}

ConditionOutcome explainAmountSums(
    const Condition &c, int64_t sumLeft, int64_t sumRight, int exponent, bool opposite)
{
    const int64_t b = opposite ? -sumRight : sumRight;
    const Eval e = evalAmount(c, sumLeft, b, exponent);
    ConditionOutcome o;
    o.condition = c.label;
    o.leftValue = minorToString(sumLeft, exponent);
    o.rightValue = minorToString(sumRight, exponent);
    o.measure = QStringLiteral("difference ") + minorToString(absDiff(sumLeft, b), exponent);
    o.threshold
        = QStringLiteral("<= ") + minorToString(toleranceMinor(c, sumLeft, b, exponent), exponent);
    o.pass = e.pass;
    return o;
}

ConditionOutcome explainCondition(
    const Condition &c, const MatchSide &L, size_t l, const MatchSide &R, size_t r, bool opposite)
{
    ConditionOutcome o;
    o.condition = c.label;
    const Eval e = evalCondition(c, L, l, R, r, opposite);
    o.pass = e.pass;
    o.measure = num(e.measure);
    switch (c.kind) {
    case CondKind::All:
    case CondKind::Any: {
        QStringList parts;
        for (const Condition &ch : c.children) {
            const ConditionOutcome co = explainCondition(ch, L, l, R, r, opposite);
            parts << co.condition + (co.pass ? QStringLiteral(" pass") : QStringLiteral(" fail"));
        }
        o.measure = parts.join(QStringLiteral(", "));
        o.threshold = c.kind == CondKind::All ? QStringLiteral("all") : QStringLiteral("any");
        break;
    }
    case CondKind::Amount: {
        ConditionOutcome a
            = explainAmountSums(c, L.amount[l], R.amount[r], L.exponent[l], opposite);
        a.pass = e.pass;
        if (L.currency[l] && R.currency[r] && L.currency[l] != R.currency[r])
            a.measure = QStringLiteral("currencies differ");
        return a;
    }
    case CondKind::Sign:
        o.leftValue = minorToString(L.amount[l], L.exponent[l]);
        o.rightValue = minorToString(R.amount[r], R.exponent[r]);
        o.threshold = c.opposite ? QStringLiteral("opposite") : QStringLiteral("same");
        o.measure = e.pass ? o.threshold : QStringLiteral("differs");
        break;
    case CondKind::Date: {
        auto d = [](int32_t jd) {
            return jd == kNoDate ? QString() : QDate::fromJulianDay(jd).toString(Qt::ISODate);
        };
        o.leftValue = d(L.date(l));
        o.rightValue = d(R.date(r));
        const int dist = dateDistance(c, L, l, R, r);
        o.measure = dist < 0 ? QStringLiteral("no date") : QStringLiteral("%1 days").arg(dist);
        o.threshold = QStringLiteral("<= %1 days").arg(c.days);
        break;
    }
    case CondKind::Equals:
    case CondKind::Text:
        o.leftValue = qs(fieldText(L, l, c.leftField));
        o.rightValue = qs(fieldText(R, r, c.rightField));
        o.threshold = c.kind == CondKind::Equals ? QStringLiteral("equal")
            : c.method == TextMethod::Contains   ? QStringLiteral("contains")
                                                 : QStringLiteral(">= ") + num(c.threshold);
        break;
    case CondKind::Regex:
    case CondKind::ReferenceInText: {
        const bool leftSearched = c.searchSide == Side::Left;
        const QString searched
            = fieldsText(leftSearched ? L : R, leftSearched ? l : r, c.textFields);
        const QString key = qs(fieldText(leftSearched ? R : L, leftSearched ? r : l, c.leftField));
        o.leftValue = leftSearched ? searched : key;
        o.rightValue = leftSearched ? key : searched;
        o.measure = e.pass ? QStringLiteral("found") : QStringLiteral("not found");
        o.threshold = c.kind == CondKind::Regex ? c.regex.pattern() : QStringLiteral("found");
        break;
    }
    case CondKind::Counterparty:
        o.leftValue = qs(L.counterparty.at(l));
        o.rightValue = qs(R.counterparty.at(r));
        o.threshold = QStringLiteral(">= ") + num(c.threshold);
        break;
    case CondKind::Currency:
        o.leftValue = L.currencyCode(l);
        o.rightValue = R.currencyCode(r);
        o.threshold = QStringLiteral("equal");
        o.measure = e.pass ? QStringLiteral("equal") : QStringLiteral("differs");
        break;
    }
    return o;
}

} // namespace recon::match
