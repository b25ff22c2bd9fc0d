#include "core/import/tabular_detect.h"

#include "core/import/header_synonyms.h"
#include "core/import/tabular_header_rows.h"

#include <QHash>

#include <algorithm>
#include <map>

namespace recon::tabular {

using namespace detail;

namespace {

constexpr int kMaxSampleRows = 2000;

QStringView cellAt(const TabularRow &row, int c)
{
    return c < row.cells.size() ? QStringView(row.cells[c]).trimmed() : QStringView();
}

struct ColumnStats {
    int nonEmpty = 0;
    int dateOk[kNumDate] = {};
    int amountDot = 0, amountComma = 0;
    int voteDot = 0, voteComma = 0;
    int withFraction = 0;
    int signedOrSymbol = 0;
    int iban = 0, currencyCode = 0, indicator = 0;
    qint64 textLen = 0;
    int textual = 0;
    QString first;
    bool constant = true;
    QHash<QString, int> symbolCurrencies;

    int bestDate(int *count) const
    {
        int best = -1, bestCount = 0;
        for (int k = 0; k < kNumDate; ++k) {
            if (dateOk[k] > bestCount) {
                best = k;
                bestCount = dateOk[k];
            }
        }
        *count = bestCount;
        return best;
    }
    double dateRate() const
    {
        int c = 0;
        bestDate(&c);
        return nonEmpty ? double(c) / nonEmpty : 0.0;
    }
    double amountRate() const
    {
        return nonEmpty ? double(std::max(amountDot, amountComma)) / nonEmpty : 0.0;
    }
};

QChar voteToChar(int dot, int comma, QChar fallback)
{
    if (dot > comma)
        return QLatin1Char('.');
    if (comma > dot)
        return QLatin1Char(',');
    return fallback;
}

// Scales a decimal to 10^-4 units for comparisons; nullopt on overflow or finer scale.
std::optional<qint64> scaled4(const Decimal &d)
{
    if (d.scale > 4)
        return std::nullopt;
    qint64 out = 0;
    static const qint64 pow10[] = { 10000, 1000, 100, 10, 1 };
    if (__builtin_mul_overflow(d.units, pow10[d.scale], &out))
        return std::nullopt;
    return out;
}

} // namespace

int Layout::columnOf(ColumnRole r) const
{
    for (int c = 0; c < int(cols.size()); ++c) {
        if (cols[size_t(c)].role == r)
            return c;
    }
    return -1;
}

QString Layout::fieldName(int col) const
{
    if (col >= 0 && col < headers.size() && !headers[col].trimmed().isEmpty())
        return headers[col].trimmed();
    return QStringLiteral("column %1").arg(col + 1);
}

ChainResult chainTest(const std::vector<qint64> &amounts, const std::vector<qint64> &balances)
{
    ChainResult res;
    const size_t n = std::min(amounts.size(), balances.size());
    if (n < 2)
        return res;
    int hits[5] = {};
    const int pairs = int(n - 1);
    for (size_t i = 1; i < n; ++i) {
        qint64 d = 0;
        if (__builtin_sub_overflow(balances[i], balances[i - 1], &d))
            continue;
        if (d == amounts[i])
            ++hits[1];
        if (d == -amounts[i - 1])
            ++hits[2];
        if (d == amounts[i - 1])
            ++hits[3];
        if (d == -amounts[i])
            ++hits[4];
    }
    for (int h = 1; h <= 4; ++h) {
        if (hits[h] > res.hits) {
            res.hits = hits[h];
            res.kind = ChainKind(h);
        }
    }
    res.pairs = pairs;
    return res;
}

Layout detectLayout(const QList<TabularRow> &all, const ReadOptions &options, QChar decimalHint)
{
    Layout L;
    const QList<TabularRow> sample = all.mid(0, std::min<qsizetype>(all.size(), kMaxSampleRows));
    bool anyContent = false;
    int colCount = 0;
    for (const TabularRow &r : sample) {
        colCount = std::max<int>(colCount, int(r.cells.size()));
        for (const QString &c : r.cells) {
            if (!anyContent && !c.trimmed().isEmpty())
                anyContent = true;
        }
    }
    colCount = std::min(colCount, 1000);
    if (!anyContent) {
        L.error = QStringLiteral("the file is empty");
        return L;
    }
    const TabularMapping *user = options.mapping ? &*options.mapping : nullptr;
    int headerRow = user ? user->headerRow : findHeaderRow(sample);
    if (!user && headerRow < 0)
        headerRow = findUnnamedHeaderRow(sample);
    if (headerRow >= sample.size()) {
        L.error = QStringLiteral("header row %1 is past the end of the file").arg(headerRow + 1);
        return L;
    }
    if (headerRow >= 0) {
        L.headers = sample[headerRow].cells;
        colCount = std::max<int>(colCount, int(L.headers.size()));
    }
    L.cols.resize(size_t(colCount));

    // Candidate data rows: after the header, or (without one) rows of the modal width.
    std::vector<int> dataIdx;
    if (headerRow >= 0) {
        for (int r = headerRow + 1; r < sample.size(); ++r)
            dataIdx.push_back(r);
    } else {
        std::map<int, int> widths;
        for (const TabularRow &r : sample) {
            if (r.cells.size() >= 2)
                ++widths[int(r.cells.size())];
        }
        int mode = 0, modeCount = 0;
        for (const auto &[w, cnt] : widths) {
            if (cnt > modeCount) {
                mode = w;
                modeCount = cnt;
            }
        }
        for (int r = 0; r < sample.size(); ++r) {
            if (sample[r].cells.size() == mode || (user && sample[r].cells.size() >= 2))
                dataIdx.push_back(r);
        }
    }

    // Per-column statistics over the data rows.
    std::vector<ColumnStats> st { size_t(colCount) };
    for (int r : dataIdx) {
        const TabularRow &row = sample[r];
        for (int c = 0; c < colCount && c < row.cells.size(); ++c) {
            const QStringView v = cellAt(row, c);
            if (v.isEmpty())
                continue;
            ColumnStats &s = st[size_t(c)];
            ++s.nonEmpty;
            if (s.nonEmpty == 1)
                s.first = v.toString();
            else if (s.constant && v != s.first)
                s.constant = false;
            bool isDate = false;
            if (v.front().isDigit()) {
                for (int k = 0; k < kNumDate; ++k) {
                    if (parseDate(v, kDateCandidates[k])) {
                        ++s.dateOk[k];
                        isDate = true;
                    }
                }
            }
            const AmountParse pd = parseAmount(v, QLatin1Char('.'));
            const AmountParse pc = parseAmount(v, QLatin1Char(','));
            if (!isDate) {
                s.amountDot += pd.ok;
                s.amountComma += pc.ok;
            }
            if ((pd.ok || pc.ok) && !isDate) {
                const DecimalVote vote = voteDecimal(v);
                s.voteDot += vote == DecimalVote::Dot;
                s.voteComma += vote == DecimalVote::Comma;
                s.withFraction += vote != DecimalVote::None;
                const QString cur = pd.ok ? pd.currency : pc.currency;
                bool symbolic = !cur.isEmpty();
                for (QChar ch : v) {
                    if (ch == QLatin1Char('-') || ch == QLatin1Char('(') || ch == QLatin1Char('+'))
                        symbolic = true;
                }
                s.signedOrSymbol += symbolic;
                if (!cur.isEmpty())
                    ++s.symbolCurrencies[cur];
            } else if (!isDate) {
                ++s.textual;
                s.textLen += v.size();
            }
            if (looksLikeIban(v))
                ++s.iban;
            if (v.size() == 3 && isKnownCurrencyCode(v))
                ++s.currencyCode;
            if (indicatorSign(v) != 0)
                ++s.indicator;
        }
    }
    const int rowsN = int(dataIdx.size());

    // Roles: the user's mapping, else header synonyms checked against the content.
    std::vector<HeaderMatch> hm { size_t(colCount) };
    if (headerRow >= 0) {
        for (int c = 0; c < colCount && c < L.headers.size(); ++c)
            hm[size_t(c)] = matchHeader(L.headers[c]);
    }
    auto role = [&](int c) -> ColumnRole & { return L.cols[size_t(c)].role; };
    if (user) {
        for (int c = 0; c < colCount && c < user->roles.size(); ++c)
            role(c) = user->roles[c];
    } else {
        for (int c = 0; c < colCount; ++c) {
            const HeaderMatch &m = hm[size_t(c)];
            const ColumnStats &s = st[size_t(c)];
            L.cols[size_t(c)].currency = m.currency;
            L.cols[size_t(c)].openingBalance = m.kind == HeaderKind::OpeningBalance;
            L.cols[size_t(c)].closingBalance = m.kind == HeaderKind::ClosingBalance;
            if (m.kind != HeaderKind::Role)
                continue;
            ColumnRole r = m.role;
            // An exact header synonym is strong evidence: bad cells below it are errors to
            // report, not a reason to ignore the column.
            const double need = m.strength >= 2 ? 0.5 : 0.8;
            if (r == ColumnRole::Date || r == ColumnRole::ValueDate) {
                if (s.nonEmpty > 0 && s.currencyCode * 10 >= s.nonEmpty * 9)
                    r = ColumnRole::Currency; // Dutch "Valuta" is a currency
                else if (s.nonEmpty == 0 || s.dateRate() < need)
                    r = ColumnRole::Ignore;
            } else if (r == ColumnRole::Amount || r == ColumnRole::Balance) {
                if (s.nonEmpty == 0 || s.amountRate() < need)
                    r = ColumnRole::Ignore;
            } else if (r == ColumnRole::Debit || r == ColumnRole::Credit) {
                if (s.nonEmpty > 0 && s.amountRate() < need)
                    r = ColumnRole::Ignore;
            } else if (r == ColumnRole::Currency) {
                if (s.nonEmpty > 0 && s.currencyCode * 10 < s.nonEmpty * 8)
                    r = ColumnRole::Ignore;
            } else if (r == ColumnRole::DebitCreditIndicator) {
                if (s.nonEmpty == 0 || s.indicator < s.nonEmpty * need)
                    r = ColumnRole::Ignore;
            }
            role(c) = r;
        }
        // One column per single-valued role: the strongest, best-filled candidate wins.
        const ColumnRole singles[] = { ColumnRole::Date, ColumnRole::ValueDate, ColumnRole::Amount,
            ColumnRole::Debit, ColumnRole::Credit, ColumnRole::DebitCreditIndicator,
            ColumnRole::Currency, ColumnRole::Reference, ColumnRole::Counterparty,
            ColumnRole::CounterpartyAccount, ColumnRole::Account, ColumnRole::ExternalId,
            ColumnRole::Balance, ColumnRole::BankCode };
        const int amountCol = [&] {
            for (int c = 0; c < colCount; ++c) {
                if (role(c) == ColumnRole::Amount)
                    return c;
            }
            return -1;
        }();
        for (ColumnRole r : singles) {
            int best = -1;
            long long bestScore = -1;
            for (int c = 0; c < colCount; ++c) {
                if (role(c) != r)
                    continue;
                long long score = hm[size_t(c)].strength * 100000LL + st[size_t(c)].nonEmpty;
                if (r == ColumnRole::Currency && amountCol >= 0 && c == amountCol + 1)
                    score += 1000000LL;
                if (score > bestScore) {
                    bestScore = score;
                    best = c;
                }
            }
            for (int c = 0; c < colCount; ++c) {
                if (role(c) == r && c != best)
                    role(c) = ColumnRole::Ignore;
            }
        }
        if (amountCol >= 0) {
            for (int c = 0; c < colCount; ++c) {
                if (role(c) == ColumnRole::Debit || role(c) == ColumnRole::Credit)
                    role(c) = ColumnRole::Ignore;
            }
        }
    }

    auto has = [&](ColumnRole r) { return L.columnOf(r) >= 0; };
    auto isFree = [&](int c) {
        return role(c) == ColumnRole::Ignore
            && (headerRow < 0 || hm[size_t(c)].kind == HeaderKind::Unknown);
    };
    const int minFill = std::max(1, rowsN / 2);

    if (!user) {
        // Content fills what the header did not say.
        if (!has(ColumnRole::Date) && !has(ColumnRole::ValueDate)) {
            int found = 0;
            for (int c = 0; c < colCount && found < (headerRow < 0 ? 2 : 1); ++c) {
                const ColumnStats &s = st[size_t(c)];
                if (isFree(c) && s.nonEmpty >= minFill && s.dateRate() >= 0.8) {
                    role(c) = found == 0 ? ColumnRole::Date : ColumnRole::ValueDate;
                    ++found;
                }
            }
        }
        if (!has(ColumnRole::Amount) && !has(ColumnRole::Debit) && !has(ColumnRole::Credit)) {
            std::vector<int> cand;
            for (int c = 0; c < colCount; ++c) {
                const ColumnStats &s = st[size_t(c)];
                if (isFree(c) && s.nonEmpty >= minFill && s.amountRate() >= 0.6
                    && s.dateRate() < 0.5
                    && (s.withFraction * 2 >= s.nonEmpty || s.signedOrSymbol > 0))
                    cand.push_back(c);
            }
            if (cand.size() == 1) {
                role(cand[0]) = ColumnRole::Amount;
            } else if (cand.size() >= 2) {
                // A running balance chains with the amounts: that pair decides both roles.
                int bestA = -1, bestB = -1;
                double bestRate = 0;
                const size_t lim = std::min<size_t>(cand.size(), 4);
                for (size_t i = 0; i < lim; ++i) {
                    for (size_t j = 0; j < lim; ++j) {
                        if (i == j)
                            continue;
                        const int a = cand[i], b = cand[j];
                        const QChar da = voteToChar(
                            st[size_t(a)].voteDot, st[size_t(a)].voteComma, QLatin1Char('.'));
                        const QChar db = voteToChar(
                            st[size_t(b)].voteDot, st[size_t(b)].voteComma, QLatin1Char('.'));
                        std::vector<qint64> av, bv;
                        for (int r : dataIdx) {
                            const auto pa = parseAmount(cellAt(sample[r], a), da);
                            const auto pb = parseAmount(cellAt(sample[r], b), db);
                            const auto sa = pa.ok ? scaled4(pa.value) : std::nullopt;
                            const auto sb = pb.ok ? scaled4(pb.value) : std::nullopt;
                            if (sa && sb) {
                                av.push_back(*sa);
                                bv.push_back(*sb);
                            }
                        }
                        const ChainResult cr = chainTest(av, bv);
                        const double rate = cr.pairs ? double(cr.hits) / cr.pairs : 0.0;
                        if (cr.pairs >= 1 && rate >= 0.9 && rate > bestRate) {
                            bestRate = rate;
                            bestA = a;
                            bestB = b;
                        }
                    }
                }
                if (bestA >= 0) {
                    role(bestA) = ColumnRole::Amount;
                    role(bestB) = ColumnRole::Balance;
                } else {
                    int pick = cand[0];
                    for (int c : cand) {
                        if (st[size_t(c)].signedOrSymbol > 0) {
                            pick = c;
                            break;
                        }
                    }
                    role(pick) = ColumnRole::Amount;
                }
            }
        }
        {
            for (int c = 0; c < colCount; ++c) {
                const ColumnStats &s = st[size_t(c)];
                if (!isFree(c) || s.nonEmpty == 0)
                    continue;
                if (!has(ColumnRole::Currency) && s.currencyCode * 10 >= s.nonEmpty * 9) {
                    role(c) = ColumnRole::Currency;
                } else if (!has(ColumnRole::DebitCreditIndicator) && s.nonEmpty >= minFill
                    && s.indicator * 10 >= s.nonEmpty * 9 && s.amountRate() < 0.5) {
                    role(c) = ColumnRole::DebitCreditIndicator;
                } else if (s.iban * 10 >= s.nonEmpty * 8 && s.nonEmpty >= minFill) {
                    if (s.constant && !has(ColumnRole::Account))
                        role(c) = ColumnRole::Account;
                    else if (!has(ColumnRole::CounterpartyAccount))
                        role(c) = ColumnRole::CounterpartyAccount;
                }
            }
            int bestText = -1;
            qint64 bestLen = 0;
            for (int c = 0; c < colCount; ++c) {
                const ColumnStats &s = st[size_t(c)];
                if (isFree(c) && s.textual * 2 >= s.nonEmpty && s.textLen > bestLen) {
                    bestLen = s.textLen;
                    bestText = c;
                }
            }
            if (bestText >= 0 && !has(ColumnRole::Description))
                role(bestText) = ColumnRole::Description;
        }
    }

    const bool hasDate = has(ColumnRole::Date) || has(ColumnRole::ValueDate);
    const bool hasAmount
        = has(ColumnRole::Amount) || has(ColumnRole::Debit) || has(ColumnRole::Credit);
    bool anyData = false;
    for (const ColumnStats &s : st)
        anyData = anyData || s.nonEmpty > 0;
    if (!anyData && headerRow >= 0 && !hasDate) {
        // A header and nothing below it: an export of an empty period, not a broken file.
        L.dataStart = headerRow + 1;
        L.mapping.headerRow = headerRow;
        for (const ColumnLayout &cl : L.cols)
            L.mapping.roles.append(cl.role);
        return L;
    }
    if (!hasDate || !hasAmount) {
        L.error = !hasDate ? QStringLiteral("no date column found")
                           : QStringLiteral("no amount column found");
        L.error += QStringLiteral(
            " (pass a column mapping, e.g. from the import wizard, to read this layout)");
    }

    // Date layouts: the best-fitting pattern per column; day/month order decided jointly.
    std::optional<DatePattern> userPattern;
    if (user && !user->dateFormat.isEmpty()) {
        userPattern = DatePattern::fromQtFormat(user->dateFormat);
        if (!userPattern)
            L.qtDateFormat = user->dateFormat;
    }
    int dmyEvidence = 0, mdyEvidence = 0;
    for (int c = 0; c < colCount; ++c) {
        const ColumnStats &s = st[size_t(c)];
        if (role(c) != ColumnRole::Date && role(c) != ColumnRole::ValueDate)
            continue;
        for (int k = 0; k < kNumDate; ++k) {
            for (int k2 = 0; k2 < kNumDate; ++k2) {
                const DatePattern &a = kDateCandidates[k], &b = kDateCandidates[k2];
                if (a.order == DateOrder::DMY && b.order == DateOrder::MDY && a.sep == b.sep) {
                    dmyEvidence += std::max(0, s.dateOk[k] - s.dateOk[k2]);
                    mdyEvidence += std::max(0, s.dateOk[k2] - s.dateOk[k]);
                }
            }
        }
    }
    int dmyTieBreak = 0; // > 0 prefer DMY, < 0 prefer MDY
    if (dmyEvidence != mdyEvidence) {
        dmyTieBreak = dmyEvidence > mdyEvidence ? 1 : -1;
    } else {
        // All values fit both: the reading with the shorter span of dates is the real one.
        const int dc = std::max(L.columnOf(ColumnRole::Date), L.columnOf(ColumnRole::ValueDate));
        const int col = L.columnOf(ColumnRole::Date) >= 0 ? L.columnOf(ColumnRole::Date) : dc;
        auto span = [&](DateOrder order) -> qint64 {
            QDate lo, hi;
            for (int r : dataIdx) {
                for (char sep : { '/', '.', '-' }) {
                    const auto d = parseDate(cellAt(sample[r], col), DatePattern { order, sep, 0 });
                    if (d) {
                        if (!lo.isValid() || *d < lo)
                            lo = *d;
                        if (!hi.isValid() || *d > hi)
                            hi = *d;
                        break;
                    }
                }
            }
            return lo.isValid() ? lo.daysTo(hi) : -1;
        };
        if (col >= 0) {
            const qint64 sd = span(DateOrder::DMY), sm = span(DateOrder::MDY);
            if (sd >= 0 && sm >= 0 && sd != sm)
                dmyTieBreak = sd < sm ? 1 : -1;
        }
    }
    bool anyCommaDecimal = false, anyUsd = false;
    for (int c = 0; c < colCount; ++c) {
        if (isAmountRole(role(c)) && st[size_t(c)].voteComma > st[size_t(c)].voteDot)
            anyCommaDecimal = true;
        if (st[size_t(c)].symbolCurrencies.contains(QStringLiteral("USD")))
            anyUsd = true;
    }
    if (dmyTieBreak == 0)
        dmyTieBreak = (anyUsd && !anyCommaDecimal) ? -1 : 1;

    bool monthFirst = false;
    for (int c = 0; c < colCount; ++c) {
        if (role(c) != ColumnRole::Date && role(c) != ColumnRole::ValueDate)
            continue;
        ColumnLayout &cl = L.cols[size_t(c)];
        if (userPattern) {
            cl.date = *userPattern;
            continue;
        }
        const ColumnStats &s = st[size_t(c)];
        int bestCount = 0;
        int best = s.bestDate(&bestCount);
        if (best < 0) {
            cl.date = DatePattern { DateOrder::YMD, '-', 4 };
            continue;
        }
        DatePattern p = kDateCandidates[best];
        if (p.order != DateOrder::YMD) {
            // Same count under the other order: ambiguous, use the file-wide decision.
            for (int k = 0; k < kNumDate; ++k) {
                const DatePattern &q = kDateCandidates[k];
                if (q.sep == p.sep && q.order != p.order && q.order != DateOrder::YMD
                    && s.dateOk[k] == bestCount) {
                    p.order = dmyTieBreak > 0 ? DateOrder::DMY : DateOrder::MDY;
                }
            }
        }
        if (p.sep != 0 && p.yearDigits == 0) {
            // Report (and later insist on) the year width the file uses.
            int two = 0, four = 0;
            for (int r : dataIdx) {
                const QStringView v = cellAt(sample[r], c);
                two += parseDate(v, DatePattern { p.order, p.sep, 2 }).has_value();
                four += parseDate(v, DatePattern { p.order, p.sep, 4 }).has_value();
            }
            if (two == bestCount)
                p.yearDigits = 2;
            else if (four == bestCount)
                p.yearDigits = 4;
        }
        cl.date = p;
        if (role(c) == ColumnRole::Date && p.order == DateOrder::MDY)
            monthFirst = true;
    }

    // Decimal separator per amount column, from its own values, else from the others.
    int fileDot = 0, fileComma = 0;
    for (int c = 0; c < colCount; ++c) {
        if (isAmountRole(role(c)) || L.cols[size_t(c)].openingBalance
            || L.cols[size_t(c)].closingBalance) {
            fileDot += st[size_t(c)].voteDot;
            fileComma += st[size_t(c)].voteComma;
        }
    }
    const QChar fileDecimal
        = voteToChar(fileDot, fileComma, decimalHint.isNull() ? QLatin1Char('.') : decimalHint);
    QChar primaryDecimal = fileDecimal;
    for (int c = 0; c < colCount; ++c) {
        ColumnLayout &cl = L.cols[size_t(c)];
        if (user && user->decimal != DecimalSeparator::Auto) {
            cl.decimal
                = user->decimal == DecimalSeparator::Comma ? QLatin1Char(',') : QLatin1Char('.');
        } else {
            cl.decimal = voteToChar(st[size_t(c)].voteDot, st[size_t(c)].voteComma, fileDecimal);
        }
        if (role(c) == ColumnRole::Amount || role(c) == ColumnRole::Debit
            || role(c) == ColumnRole::Credit)
            primaryDecimal = cl.decimal;
    }

    // Where the data starts.
    if (headerRow >= 0) {
        L.dataStart = headerRow + 1;
    } else if (!user) {
        const int dc = L.columnOf(ColumnRole::Date) >= 0 ? L.columnOf(ColumnRole::Date)
                                                         : L.columnOf(ColumnRole::ValueDate);
        L.dataStart = 0;
        if (dc >= 0) {
            for (int r : dataIdx) {
                if (parseDate(cellAt(sample[r], dc), L.cols[size_t(dc)].date)) {
                    L.dataStart = r;
                    break;
                }
            }
        }
    }

    // Currency: header, the user's default, the preamble, symbols, the caller's default.
    QString headerCurrency;
    QHash<QString, int> symbols;
    for (int c = 0; c < colCount; ++c) {
        if (!isAmountRole(role(c)) && !L.cols[size_t(c)].openingBalance
            && !L.cols[size_t(c)].closingBalance)
            continue;
        if (headerCurrency.isEmpty() && role(c) != ColumnRole::Balance)
            headerCurrency = L.cols[size_t(c)].currency;
        for (auto it = st[size_t(c)].symbolCurrencies.cbegin();
             it != st[size_t(c)].symbolCurrencies.cend(); ++it)
            symbols[it.key()] += it.value();
    }
    QString symbolCurrency;
    int symbolCount = 0;
    for (auto it = symbols.cbegin(); it != symbols.cend(); ++it) {
        if (it.value() > symbolCount) {
            symbolCount = it.value();
            symbolCurrency = it.key();
        }
    }
    const int preambleEnd = headerRow >= 0 ? headerRow : L.dataStart;
    const QString preCurrency = preambleCurrency(sample, 0, preambleEnd, headerRow);
    const int curCol = L.columnOf(ColumnRole::Currency);
    const QString userCurrency = user ? user->currency : QString();
    if (!headerCurrency.isEmpty())
        L.fileCurrency = headerCurrency;
    else if (!userCurrency.isEmpty())
        L.fileCurrency = userCurrency.toUpper();
    else if (!preCurrency.isEmpty())
        L.fileCurrency = preCurrency;
    else if (!symbolCurrency.isEmpty())
        L.fileCurrency = symbolCurrency;
    else if (!options.defaultCurrency.isEmpty())
        L.fileCurrency = options.defaultCurrency.toUpper();
    else if (curCol >= 0 && !st[size_t(curCol)].first.isEmpty())
        L.fileCurrency = st[size_t(curCol)].first.toUpper();
    else if (L.error.isEmpty()) {
        L.fileCurrency = monthFirst ? QStringLiteral("USD") : QStringLiteral("EUR");
        L.notes.append({ options.fileName, 0, QString(),
            QStringLiteral("the file states no currency; assumed %1 (%2); pass --currency to "
                           "override")
                .arg(L.fileCurrency,
                    monthFirst ? QStringLiteral("month-first dates")
                               : QStringLiteral("day-first dates")) });
    }
    L.account = preambleAccount(sample, 0, preambleEnd, headerRow);

    L.mapping.headerRow = headerRow;
    L.mapping.roles.clear();
    for (const ColumnLayout &cl : L.cols)
        L.mapping.roles.append(cl.role);
    const int dateCol
        = has(ColumnRole::Date) ? L.columnOf(ColumnRole::Date) : L.columnOf(ColumnRole::ValueDate);
    if (!L.qtDateFormat.isEmpty())
        L.mapping.dateFormat = L.qtDateFormat;
    else if (dateCol >= 0)
        L.mapping.dateFormat = L.cols[size_t(dateCol)].date.qtFormat();
    L.mapping.decimal
        = primaryDecimal == QLatin1Char(',') ? DecimalSeparator::Comma : DecimalSeparator::Dot;
    L.mapping.invertSign = user && user->invertSign;
    L.mapping.currency = curCol >= 0 ? userCurrency : L.fileCurrency;
    return L;
}

} // namespace recon::tabular
