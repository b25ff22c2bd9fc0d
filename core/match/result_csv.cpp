// Stable text forms of a match result (CSV for `recon reconcile`, a full dump for tests).
#include "core/match/engine.h"

namespace recon::match {

namespace {

QByteArray csvField(const QString &s)
{
    QByteArray u = s.toUtf8();
    if (u.contains(',') || u.contains('"') || u.contains('\n') || u.contains('\r')) {
        u.replace("\"", "\"\"");
        return '"' + u + '"';
    }
    return u;
}

QByteArray score(double s)
{
    return QByteArray::number(s, 'f', 4);
}

} // namespace

QByteArray matchesCsv(const MatchResult &r, const MatchSide &left, const MatchSide &right)
{
    QByteArray out = "group,side,id,rule,score,status\n";
    int n = 0;
    for (const MatchGroup &g : r.groups) {
        ++n;
        const QByteArray tail = ',' + csvField(g.rule) + ',' + score(g.score) + ','
            + statusName(g.status).toUtf8() + '\n';
        for (const uint32_t i : g.left)
            out += QByteArray::number(n) + ",left," + csvField(left.outputId(i)) + tail;
        for (const uint32_t i : g.right)
            out += QByteArray::number(n) + ",right," + csvField(right.outputId(i)) + tail;
    }
    return out;
}

QByteArray resultText(const MatchResult &r, const MatchSide &left, const MatchSide &right)
{
    QByteArray out = matchesCsv(r, left, right);
    auto ids = [](const MatchSide &s, const std::vector<uint32_t> &v) {
        QByteArray b;
        for (const uint32_t i : v)
            b += (b.isEmpty() ? "" : " ") + csvField(s.outputId(i));
        return b;
    };
    out += "exceptions\n";
    for (const MatchException &e : r.exceptions) {
        const MatchSide &s = e.side == Side::Left ? left : right;
        out += csvField(e.rule) + ',' + sideName(e.side).toUtf8() + ','
            + csvField(s.outputId(e.item)) + ',' + e.reason.toUtf8() + '\n';
        for (const Alternative &a : e.alternatives)
            out += "  [" + ids(left, a.left) + "] <-> [" + ids(right, a.right) + "] "
                + score(a.score) + '\n';
    }
    return out;
}

} // namespace recon::match
