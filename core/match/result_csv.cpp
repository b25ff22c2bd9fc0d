// Stable text forms of a match result (CSV for `recon reconcile`, a full dump for tests).
#include "core/match/engine.h"

#include <string>

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
    std::string out = "group,side,id,rule,score,status\n";
    size_t rows = 0;
    for (const MatchGroup &g : r.groups)
        rows += g.left.size() + g.right.size();
    out.reserve(rows * 64 + 64);
    auto id = [&out](const MatchSide &s, uint32_t i) {
        const std::string_view e = s.externalId.at(i);
        if (e.empty()) {
            out += "line:";
            out += std::to_string(s.sourceLine[i]);
        } else if (e.find_first_of(",\"\r\n") != std::string_view::npos) {
            out += csvField(QString::fromUtf8(e.data(), qsizetype(e.size()))).toStdString();
        } else {
            out.append(e);
        }
    };
    int n = 0;
    for (const MatchGroup &g : r.groups) {
        ++n;
        const std::string num = std::to_string(n);
        const std::string tail = ',' + csvField(g.rule).toStdString() + ','
            + score(g.score).toStdString() + ',' + statusName(g.status).toStdString() + '\n';
        for (const uint32_t i : g.left) {
            out += num;
            out += ",left,";
            id(left, i);
            out += tail;
        }
        for (const uint32_t i : g.right) {
            out += num;
            out += ",right,";
            id(right, i);
            out += tail;
        }
    }
    return QByteArray(out.data(), qsizetype(out.size()));
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
