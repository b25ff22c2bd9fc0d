#include "core/import/tabular_builder.h"

#include "core/import/header_synonyms.h"

namespace recon::tabular {

namespace {

inline QStringView cellOf(const QString *cells, int count, int c)
{
    return (c >= 0 && c < count) ? QStringView(cells[c]).trimmed() : QStringView();
}

// a + b at the finer of the two scales; nullopt on overflow.
std::optional<Decimal> addDecimal(Decimal a, Decimal b)
{
    static const qint64 pow10[] = { 1, 10, 100, 1000, 10000, 100000, 1000000, 10000000, 100000000,
        1000000000, 10000000000LL, 100000000000LL, 1000000000000LL, 10000000000000LL,
        100000000000000LL, 1000000000000000LL, 10000000000000000LL, 100000000000000000LL,
        1000000000000000000LL };
    const int scale = std::max(a.scale, b.scale);
    qint64 ua = 0, ub = 0, sum = 0;
    if (__builtin_mul_overflow(a.units, pow10[scale - a.scale], &ua)
        || __builtin_mul_overflow(b.units, pow10[scale - b.scale], &ub)
        || __builtin_add_overflow(ua, ub, &sum))
        return std::nullopt;
    return Decimal { sum, scale };
}

Decimal absDecimal(Decimal d)
{
    return Decimal { d.units < 0 ? -d.units : d.units, d.scale };
}

// The cell's text without surrounding blanks or single quotes (ASN writes 'text'); shares the
// cell's buffer when there is nothing to strip.
QString cleanText(const QString &raw)
{
    QStringView s = QStringView(raw);
    if (s.isEmpty()
        || (!s.front().isSpace() && !s.back().isSpace() && s.front() != QLatin1Char('\'')))
        return raw;
    s = s.trimmed();
    if (s.size() >= 2 && s.front() == QLatin1Char('\'') && s.back() == QLatin1Char('\''))
        s = s.sliced(1, s.size() - 2).trimmed();
    return s.size() == raw.size() ? raw : s.toString();
}

} // namespace

TabularBuilder::TabularBuilder(
    const ReadOptions &options, const QString &format, const QString &encoding)
    : m_opt(options)
{
    m_res.format = format;
    m_res.encoding = encoding;
}

bool TabularBuilder::detect(const QList<TabularRow> &sample, QChar decimalHint)
{
    m_layout = detectLayout(sample, m_opt, decimalHint);
    m_res.headers = m_layout.headers;
    m_res.mapping = m_layout.mapping;
    if (!m_layout.error.isEmpty()) {
        m_res.addError({ m_opt.fileName, 0, QString(), m_layout.error }, m_opt.maxErrors);
        m_ok = false;
        return false;
    }
    m_res.warnings += m_layout.notes;
    const auto &cols = m_layout.cols;
    for (int c = 0; c < int(cols.size()); ++c) {
        const ColumnLayout &cl = cols[size_t(c)];
        auto once = [&](int &slot) {
            if (slot < 0)
                slot = c;
        };
        switch (cl.role) {
        case ColumnRole::Date:
            once(m_dateCol);
            break;
        case ColumnRole::ValueDate:
            once(m_valueDateCol);
            break;
        case ColumnRole::Amount:
            once(m_amountCol);
            break;
        case ColumnRole::Debit:
            once(m_debitCol);
            break;
        case ColumnRole::Credit:
            once(m_creditCol);
            break;
        case ColumnRole::DebitCreditIndicator:
            once(m_indCol);
            break;
        case ColumnRole::Currency:
            once(m_curCol);
            break;
        case ColumnRole::Description:
            m_descCols.push_back(c);
            break;
        case ColumnRole::Reference:
            once(m_refCol);
            break;
        case ColumnRole::Counterparty:
            once(m_cpCol);
            break;
        case ColumnRole::CounterpartyAccount:
            once(m_cpAccCol);
            break;
        case ColumnRole::Account:
            once(m_accCol);
            break;
        case ColumnRole::ExternalId:
            once(m_idCol);
            break;
        case ColumnRole::Balance:
            once(m_balCol);
            break;
        case ColumnRole::BankCode:
            once(m_codeCol);
            break;
        case ColumnRole::Ignore:
            break;
        }
        if (cl.openingBalance)
            m_openCols.push_back(c);
        if (cl.closingBalance)
            m_closeCols.push_back(c);
    }
    for (int c = 0; c < int(cols.size()); ++c) {
        m_fieldNames.append(m_layout.fieldName(c));
        const ColumnRole r = cols[size_t(c)].role;
        const bool stored = r == ColumnRole::Description || r == ColumnRole::Reference
            || r == ColumnRole::Counterparty || r == ColumnRole::CounterpartyAccount
            || r == ColumnRole::Account || r == ColumnRole::ExternalId || r == ColumnRole::BankCode;
        m_keep.push_back(m_opt.keepRawFields || stored ? 1 : 0);
    }
    if (!m_layout.fileCurrency.isEmpty()) {
        if (auto cur = Currency::fromCode(m_layout.fileCurrency))
            m_fileCur = *cur;
    }
    m_ok = true;
    return true;
}

void TabularBuilder::reserve(qsizetype rows)
{
    if (!m_opt.sink)
        m_tx.reserve(rows);
}

std::optional<QDate> TabularBuilder::parseDateCell(QStringView s, int col) const
{
    if (!m_layout.qtDateFormat.isEmpty()) {
        QDate d = QDate::fromString(s.toString(), m_layout.qtDateFormat);
        if (d.isValid() && m_layout.qtDateFormat.contains(QLatin1String("yy"))
            && !m_layout.qtDateFormat.contains(QLatin1String("yyyy")) && d.year() < 1970)
            d = d.addYears(100);
        return d.isValid() ? std::optional<QDate>(d) : std::nullopt;
    }
    return parseDate(s, m_layout.cols[size_t(col)].date);
}

std::optional<Money> TabularBuilder::statedMoney(QStringView s, QChar decimal) const
{
    if (decimal.isNull()) {
        const DecimalVote v = voteDecimal(s);
        decimal = v == DecimalVote::Comma ? QLatin1Char(',') : QLatin1Char('.');
    }
    const AmountParse p = parseAmount(s, decimal);
    if (!p.ok)
        return std::nullopt;
    Currency cur = m_fileCur;
    if (!p.currency.isEmpty()) {
        if (auto c = Currency::fromCode(p.currency))
            cur = *c;
    }
    if (!cur.isValid())
        return std::nullopt;
    return Money::fromDecimal(p.value, cur);
}

void TabularBuilder::scanLabelledBalance(const QString *cells, int count)
{
    for (int i = 0; i < count; ++i) {
        const QStringView c = QStringView(cells[i]).trimmed();
        if (c.isEmpty())
            continue;
        const BalanceLabel label = balanceLabel(c);
        if (label == BalanceLabel::None)
            return; // the label must be the row's first text
        for (int j = i + 1; j < count; ++j) {
            const QStringView v = QStringView(cells[j]).trimmed();
            if (v.isEmpty())
                continue;
            const auto m = statedMoney(v, QChar());
            if (!m)
                return;
            if (label == BalanceLabel::Opening) {
                if (!m_statedOpening)
                    m_statedOpening = m;
            } else {
                m_statedClosing = m;
            }
            return;
        }
        return;
    }
}

void TabularBuilder::scanBalanceColumns(const QString *cells, int count)
{
    for (int c : m_openCols) {
        const QStringView v = cellOf(cells, count, c);
        if (!v.isEmpty() && !m_statedOpening) {
            if (auto m = statedMoney(v, m_layout.cols[size_t(c)].decimal))
                m_statedOpening = m;
        }
    }
    for (int c : m_closeCols) {
        const QStringView v = cellOf(cells, count, c);
        if (!v.isEmpty()) {
            if (auto m = statedMoney(v, m_layout.cols[size_t(c)].decimal))
                m_statedClosing = m;
        }
    }
}

void TabularBuilder::report(int line, const std::vector<Issue> &issues)
{
    if (m_opt.skipBadLines)
        ++m_res.skippedLines;
    for (const Issue &is : issues) {
        ImportIssue ii { m_opt.fileName, line, is.col >= 0 ? m_fieldNames.value(is.col) : QString(),
            is.message };
        if (m_collect)
            m_rowIssues.append(ii);
        if (m_opt.skipBadLines) {
            if (m_res.warnings.size() < m_opt.maxErrors) {
                ii.message += QStringLiteral(" (line skipped)");
                m_res.warnings.append(ii);
            }
        } else {
            m_res.addError(ii, m_opt.maxErrors);
        }
    }
}

void TabularBuilder::addBrokenRow(int line, const QString &message)
{
    ++m_rowIndex;
    ++m_dataRows;
    report(line, { Issue { -1, message } });
}

void TabularBuilder::addRow(int line, const QString *cells, int count)
{
    const int r = m_rowIndex++;
    if (!m_ok || m_stopped)
        return;
    if (r < m_layout.dataStart) {
        if (r != m_layout.mapping.headerRow)
            scanLabelledBalance(cells, count);
        return;
    }
    const int dateCol = m_dateCol >= 0 ? m_dateCol : m_valueDateCol;
    const QStringView dateCell = cellOf(cells, count, dateCol);
    const QStringView amountCell = cellOf(cells, count, m_amountCol);
    const QStringView debitCell = cellOf(cells, count, m_debitCol);
    const QStringView creditCell = cellOf(cells, count, m_creditCol);
    const bool amountEmpty = amountCell.isEmpty() && debitCell.isEmpty() && creditCell.isEmpty();
    if (dateCell.isEmpty() && amountEmpty) {
        // Blank, balance or note rows between and after the bookings.
        scanBalanceColumns(cells, count);
        scanLabelledBalance(cells, count);
        return;
    }
    std::optional<QDate> date;
    if (!dateCell.isEmpty())
        date = parseDateCell(dateCell, dateCol);
    if (!date) {
        // Footers: "Total;;-12,00", "Balance at start of period,,,,+30000,77".
        for (int i = 0; i < count; ++i) {
            const QStringView c = QStringView(cells[i]).trimmed();
            if (c.isEmpty())
                continue;
            if (isSummaryLabel(c)) {
                scanLabelledBalance(cells, count);
                return;
            }
            break;
        }
    }
    ++m_dataRows;
    std::vector<Issue> issues;
    if (!date) {
        issues.push_back({ dateCol,
            dateCell.isEmpty() ? QStringLiteral("missing date")
                               : QStringLiteral("'%1' is not a date (expected %2)")
                                     .arg(dateCell.left(80), m_layout.mapping.dateFormat) });
    }
    std::optional<QDate> valueDate;
    if (m_dateCol >= 0 && m_valueDateCol >= 0) {
        const QStringView v = cellOf(cells, count, m_valueDateCol);
        if (!v.isEmpty()) {
            valueDate = parseDateCell(v, m_valueDateCol);
            if (!valueDate)
                issues.push_back({ m_valueDateCol,
                    QStringLiteral("'%1' is not a date (expected %2)")
                        .arg(v.left(80),
                            m_layout.qtDateFormat.isEmpty()
                                ? m_layout.cols[size_t(m_valueDateCol)].date.qtFormat()
                                : m_layout.qtDateFormat) });
        }
    }
    auto notAmount = [&](int col, QStringView v) {
        issues.push_back({ col, QStringLiteral("'%1' is not an amount").arg(v.left(80)) });
    };
    Decimal value;
    bool haveValue = false;
    if (m_amountCol >= 0) {
        if (amountCell.isEmpty()) {
            issues.push_back({ m_amountCol, QStringLiteral("missing amount") });
        } else {
            const AmountParse p
                = parseAmount(amountCell, m_layout.cols[size_t(m_amountCol)].decimal);
            if (!p.ok) {
                notAmount(m_amountCol, amountCell);
            } else {
                value = p.value;
                haveValue = true;
            }
        }
        const QStringView ind = cellOf(cells, count, m_indCol);
        if (!ind.isEmpty()) {
            const int sign = indicatorSign(ind);
            if (sign == 0)
                issues.push_back({ m_indCol,
                    QStringLiteral("'%1' is not a debit/credit indicator").arg(ind.left(80)) });
            else if (haveValue)
                value = sign < 0 ? Decimal { -absDecimal(value).units, value.scale }
                                 : absDecimal(value);
        }
    } else {
        Decimal sum { 0, 0 };
        bool any = false, bad = false;
        if (!debitCell.isEmpty()) {
            const AmountParse p = parseAmount(debitCell, m_layout.cols[size_t(m_debitCol)].decimal);
            if (!p.ok) {
                notAmount(m_debitCol, debitCell);
                bad = true;
            } else {
                // Money out, whatever sign the bank wrote.
                const Decimal a = absDecimal(p.value);
                sum = Decimal { -a.units, a.scale };
                any = true;
            }
        }
        if (!creditCell.isEmpty()) {
            const AmountParse p
                = parseAmount(creditCell, m_layout.cols[size_t(m_creditCol)].decimal);
            if (!p.ok) {
                notAmount(m_creditCol, creditCell);
                bad = true;
            } else {
                const auto s = addDecimal(sum, p.value);
                if (!s) {
                    notAmount(m_creditCol, creditCell);
                    bad = true;
                } else {
                    sum = *s;
                    any = true;
                }
            }
        }
        if (!any && !bad)
            issues.push_back(
                { m_debitCol >= 0 ? m_debitCol : m_creditCol, QStringLiteral("missing amount") });
        value = sum;
        haveValue = any && !bad;
    }
    Currency cur = m_fileCur;
    const QStringView curCell = cellOf(cells, count, m_curCol);
    if (!curCell.isEmpty()) {
        if (curCell == m_lastCurCode) {
            cur = m_lastCur;
        } else {
            std::optional<Currency> c = Currency::fromCode(curCell);
            if (!c && curCell.size() == 1) {
                const QString sym = currencyForSymbol(curCell.front());
                if (!sym.isEmpty())
                    c = Currency::fromCode(sym);
            }
            if (!c) {
                issues.push_back({ m_curCol,
                    QStringLiteral("'%1' is not a currency code").arg(curCell.left(80)) });
            } else {
                cur = *c;
                m_lastCurCode = curCell.toString();
                m_lastCur = cur;
            }
        }
    }
    std::optional<Decimal> balance;
    if (m_balCol >= 0) {
        const QStringView b = cellOf(cells, count, m_balCol);
        if (!b.isEmpty()) {
            const AmountParse p = parseAmount(b, m_layout.cols[size_t(m_balCol)].decimal);
            if (!p.ok)
                notAmount(m_balCol, b);
            else
                balance = p.value;
        }
    }
    std::optional<Money> amount;
    if (issues.empty() && haveValue) {
        amount = Money::fromDecimal(value, cur);
        if (!amount) {
            const int col = m_amountCol >= 0 ? m_amountCol
                : m_debitCol >= 0            ? m_debitCol
                                             : m_creditCol;
            issues.push_back({ col,
                QStringLiteral("'%1' has more decimals than %2 allows or is too large")
                    .arg(cellOf(cells, count, col).left(80), cur.code()) });
        } else if (m_layout.mapping.invertSign) {
            amount = amount->checkedNegate();
        }
    }
    std::optional<Money> balMoney;
    if (issues.empty() && balance) {
        balMoney = Money::fromDecimal(*balance, cur);
        if (!balMoney)
            notAmount(m_balCol, cellOf(cells, count, m_balCol));
    }
    if (!issues.empty() || !amount) {
        if (issues.empty())
            issues.push_back({ -1, QStringLiteral("row could not be read") });
        report(line, issues);
        return;
    }

    Transaction t;
    if (m_dateCol >= 0) {
        t.bookingDate = *date;
        if (valueDate)
            t.valueDate = *valueDate;
    } else {
        t.valueDate = *date;
    }
    t.amount = *amount;
    if (m_descCols.size() == 1) {
        if (m_descCols[0] < count)
            t.description = cleanText(cells[m_descCols[0]]);
    } else {
        for (int c : m_descCols) {
            if (c >= count)
                continue;
            const QString v = cleanText(cells[c]);
            if (v.isEmpty())
                continue;
            if (!t.description.isEmpty())
                t.description += QLatin1Char(' ');
            t.description += v;
        }
    }
    auto text = [&](int c) {
        if (c < 0 || c >= count)
            return QString();
        const QString &raw = cells[c];
        if (raw.isEmpty() || (!raw.front().isSpace() && !raw.back().isSpace()))
            return raw;
        return raw.trimmed();
    };
    t.reference = text(m_refCol);
    t.counterparty = text(m_cpCol);
    t.counterpartyAccount = text(m_cpAccCol);
    t.account = text(m_accCol);
    if (t.account.isEmpty())
        t.account = m_opt.account.isEmpty() ? m_layout.account : m_opt.account;
    t.externalId = text(m_idCol);
    t.bankCode = text(m_codeCol);
    t.sourceLine = line;
    if (m_opt.keepRawFields) {
        t.raw.reserve(count);
        for (int c = 0; c < count; ++c) {
            if (!cells[c].isEmpty())
                t.raw.append({ c < m_fieldNames.size() ? m_fieldNames[c]
                                                       : QStringLiteral("column %1").arg(c + 1),
                    cells[c] });
        }
    }
    take(std::move(t), balMoney ? std::optional<qint64>(balMoney->minor()) : std::nullopt);
}

namespace {
// A zero-amount row that repeats the date and text of a neighbouring booking is a notice about
// that booking (ING NL writes one), not a booking of its own.
bool echoes(const Transaction &zero, bool otherNonZero, const QDate &otherDate,
    const QString &otherDescription, const QString &otherCounterparty)
{
    return otherNonZero && zero.effectiveDate() == otherDate
        && ((!zero.description.isEmpty() && zero.description == otherDescription)
            || (!zero.counterparty.isEmpty() && zero.counterparty == otherCounterparty));
}
} // namespace

void TabularBuilder::take(Transaction &&t, std::optional<qint64> balance)
{
    if (m_pending)
        resolvePending(&t);
    if (t.amount.isZero()) {
        m_pending = Pending { std::move(t), balance };
        return;
    }
    m_prev = Prev { true, true, t.effectiveDate(), t.description, t.counterparty, t.sourceLine };
    accept(std::move(t), balance);
}

void TabularBuilder::resolvePending(const Transaction *next)
{
    Pending p = std::move(*m_pending);
    m_pending.reset();
    const Transaction &t = p.t;
    int echoOf = 0;
    if (m_prev.valid
        && echoes(t, m_prev.nonZero, m_prev.date, m_prev.description, m_prev.counterparty))
        echoOf = m_prev.line;
    else if (next
        && echoes(t, !next->amount.isZero(), next->effectiveDate(), next->description,
            next->counterparty))
        echoOf = next->sourceLine;
    m_prev = Prev { true, false, t.effectiveDate(), t.description, t.counterparty, t.sourceLine };
    if (echoOf) {
        m_echoWarnings.append({ m_opt.fileName, t.sourceLine, QString(),
            QStringLiteral("zero amount repeating the booking on line %1: skipped as a notice")
                .arg(echoOf) });
        return;
    }
    accept(std::move(p.t), p.balance);
}

void TabularBuilder::accept(Transaction &&t, std::optional<qint64> balance)
{
    if (m_stopped)
        return;
    const Currency cur = t.amount.currency();
    if (!(m_lastGroup < m_groups.size() && m_groups[m_lastGroup]->currency == cur
            && m_groups[m_lastGroup]->statement.account == t.account)) {
        m_lastGroup = m_groups.size();
        for (size_t g = 0; g < m_groups.size(); ++g) {
            if (m_groups[g]->currency == cur && m_groups[g]->statement.account == t.account) {
                m_lastGroup = g;
                break;
            }
        }
        if (m_lastGroup == m_groups.size()) {
            auto g = std::make_unique<Group>();
            g->statement.account = t.account;
            if (!m_opt.account.isEmpty() && g->statement.account.isEmpty())
                g->statement.account = m_opt.account;
            g->statement.currency = cur.code();
            g->currency = cur;
            g->allBal = m_balCol >= 0;
            m_groups.push_back(std::move(g));
        }
    }
    Group &g = *m_groups[m_lastGroup];
    Statement &s = g.statement;
    const QDate d = t.effectiveDate();
    if (!s.periodFrom.isValid() || d < s.periodFrom)
        s.periodFrom = d;
    if (!s.periodTo.isValid() || d > s.periodTo)
        s.periodTo = d;
    if (!g.sumOverflow && __builtin_add_overflow(g.sum, t.amount.minor(), &g.sum))
        g.sumOverflow = true;
    if (g.allBal) {
        if (!balance) {
            g.allBal = false;
            g.amounts = {};
            g.balances = {};
        } else {
            g.amounts.push_back(t.amount.minor());
            g.balances.push_back(*balance);
        }
    }
    if (m_opt.sink) {
        if (!m_opt.sink(s, std::move(t)))
            m_stopped = true;
        return;
    }
    g.idx.append(m_tx.size());
    m_tx.append(std::move(t));
}

QList<Transaction> TabularBuilder::transactions() const
{
    QList<Transaction> out = m_tx;
    if (m_pending)
        out.append(m_pending->t);
    return out;
}

void TabularBuilder::buildStatements()
{
    const bool single = m_groups.size() == 1;
    for (auto &gp : m_groups) {
        Group &g = *gp;
        Statement s = std::move(g.statement);
        const std::vector<qint64> &amounts = g.amounts;
        const std::vector<qint64> &balances = g.balances;
        if (g.allBal && amounts.size() >= 2) {
            const ChainResult cr = chainTest(amounts, balances);
            if (cr.pairs > 0 && cr.hits * 10 >= cr.pairs * 9) {
                const qsizetype n = qsizetype(amounts.size());
                const Currency c = g.currency;
                switch (cr.kind) {
                case ChainKind::AscAfter:
                    s.closingBalance = Money(balances[size_t(n - 1)], c);
                    break;
                case ChainKind::DescAfter:
                    s.closingBalance = Money(balances[0], c);
                    break;
                case ChainKind::AscBefore:
                    s.openingBalance = Money(balances[0], c);
                    s.closingBalance = Money(balances[size_t(n - 1)], c)
                                           .checkedAdd(Money(amounts[size_t(n - 1)], c));
                    break;
                case ChainKind::DescBefore:
                    s.openingBalance = Money(balances[size_t(n - 1)], c);
                    s.closingBalance = Money(balances[0], c).checkedAdd(Money(amounts[0], c));
                    break;
                case ChainKind::None:
                    break;
                }
            } else if (cr.pairs > 0) {
                m_res.warnings.append({ m_opt.fileName, 0, m_fieldNames.value(m_balCol),
                    QStringLiteral("the running balance does not follow the amounts (%1 of %2 "
                                   "steps agree): no balance derived from it")
                        .arg(cr.hits)
                        .arg(cr.pairs) });
            }
        }
        auto applies = [&](const std::optional<Money> &m) {
            return m && (single || m->currency() == g.currency);
        };
        if (applies(m_statedOpening))
            s.openingBalance = m_statedOpening;
        if (applies(m_statedClosing)) {
            if (s.closingBalance && *s.closingBalance != *m_statedClosing)
                m_res.warnings.append({ m_opt.fileName, 0, QString(),
                    QStringLiteral("stated closing balance %1 differs from the running balance %2")
                        .arg(
                            m_statedClosing->toPlainString(), s.closingBalance->toPlainString()) });
            s.closingBalance = m_statedClosing;
        }
        if (!m_opt.sink) {
            if (single) {
                s.transactions = std::move(m_tx); // the common case: no copy of a million rows
                m_tx = QList<Transaction>();
            } else {
                for (qsizetype i : g.idx)
                    s.transactions.append(std::move(m_tx[i]));
            }
        }
        if (s.openingBalance && s.closingBalance
            && s.openingBalance->currency() == s.closingBalance->currency()) {
            // opening + the bookings of the opening's currency (all of them, or none).
            std::optional<Money> sum = s.openingBalance;
            if (sum->currency() == g.currency)
                sum = g.sumOverflow ? std::nullopt : sum->checkedAdd(Money(g.sum, g.currency));
            if (sum && *sum != *s.closingBalance)
                m_res.warnings.append({ m_opt.fileName, 0, QString(),
                    QStringLiteral("balances do not roll: opening %1 + bookings = %2, but the "
                                   "closing balance is %3")
                        .arg(s.openingBalance->toPlainString(), sum->toPlainString(),
                            s.closingBalance->toPlainString()) });
        }
        m_res.statements.append(std::move(s));
    }
    m_groups.clear();
    m_tx.clear();
}

ReadResult TabularBuilder::finish()
{
    if (!m_ok)
        return std::move(m_res);
    if (m_pending)
        resolvePending(nullptr);
    m_res.warnings += m_echoWarnings;
    if (m_opt.skipBadLines && m_res.skippedLines > 0)
        m_res.warnings.append({ m_opt.fileName, 0, QString(),
            QStringLiteral("%1 bad line(s) skipped").arg(m_res.skippedLines) });
    if (m_groups.empty() && m_res.errors.isEmpty())
        m_res.warnings.append({ m_opt.fileName, 0, QString(),
            m_dataRows == 0 ? QStringLiteral("the file has no data rows (nothing to import)")
                            : QStringLiteral("no bookings found") });
    buildStatements();
    return std::move(m_res);
}

} // namespace recon::tabular
