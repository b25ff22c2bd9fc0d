// Stable text forms of a match result (CSV for `recon reconcile`, a full dump for tests).
#include "core/match/engine.h"

#include <charconv>
#include <map>
#include <string>
#include <thread>

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

std::vector<std::string> matchesCsvParts(
    const MatchResult &r, const MatchSide &left, const MatchSide &right)
{
    // Per group only the number and the score are formatted; the rule and status text come from
    // a small table (formatting them per group was most of the time on 1M rows).
    std::map<int, std::string> ruleText; // by rule index
    std::map<int, std::string> statusText;
    for (const MatchGroup &grp : r.groups) {
        if (auto [it, added] = ruleText.try_emplace(grp.ruleIndex); added)
            it->second = csvField(grp.rule).toStdString() + ',';
        if (auto [it, added] = statusText.try_emplace(int(grp.status)); added)
            it->second = ',' + statusName(grp.status).toStdString() + '\n';
    }

    auto id = [](std::string &out, const MatchSide &s, uint32_t i) {
        const std::string_view e = s.externalId.at(i);
        if (e.empty()) {
            char buf[16];
            out += "line:";
            out.append(buf, std::to_chars(buf, buf + sizeof buf, s.sourceLine[i]).ptr);
        } else if (e.find_first_of(",\"\r\n") != std::string_view::npos) {
            out += csvField(QString::fromUtf8(e.data(), qsizetype(e.size()))).toStdString();
        } else {
            out.append(e);
        }
    };
    // Groups [b, e) as CSV lines (group numbers are 1-based positions).
    auto part = [&](size_t b, size_t e) {
        std::string out;
        size_t rows = 0;
        for (size_t g = b; g < e; ++g)
            rows += r.groups[g].left.size() + r.groups[g].right.size();
        out.reserve(rows * 72);
        char num[24], score[32];
        for (size_t g = b; g < e; ++g) {
            const MatchGroup &grp = r.groups[g];
            const size_t numLen = size_t(std::to_chars(num, num + sizeof num, g + 1).ptr - num);
            const size_t scoreLen = size_t(
                std::to_chars(score, score + sizeof score, grp.score, std::chars_format::fixed, 4)
                    .ptr
                - score);
            const std::string &st = statusText.at(int(grp.status));
            auto line = [&](const char *sideText, const MatchSide &s, uint32_t i) {
                out.append(num, numLen);
                out += sideText;
                id(out, s, i);
                out += ',';
                out += ruleText.at(grp.ruleIndex);
                out.append(score, scoreLen);
                out += st;
            };
            for (const uint32_t i : grp.left)
                line(",left,", left, i);
            for (const uint32_t i : grp.right)
                line(",right,", right, i);
        }
        return out;
    };
    const size_t n = r.groups.size();
    std::vector<std::string> parts(3);
    parts[0] = "group,side,id,rule,score,status\n";
    if (n > 20000) {
        std::thread other([&] { parts[2] = part(n / 2, n); });
        parts[1] = part(0, n / 2);
        other.join();
    } else {
        parts[1] = part(0, n);
    }
    return parts;
}

QByteArray matchesCsv(const MatchResult &r, const MatchSide &left, const MatchSide &right)
{
    QByteArray out;
    for (const std::string &p : matchesCsvParts(r, left, right))
        out.append(p.data(), qsizetype(p.size()));
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
