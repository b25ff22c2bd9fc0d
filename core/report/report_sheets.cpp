#include "core/report/report_sheets.h"

#include "core/report/report_summary.h"

#include <QDateTime>
#include <QHash>
#include <QMap>

namespace recon::report {

namespace {

const char kEffDate[] = "COALESCE(t.booking_date, t.value_date)";

// A text column's UTF-8 bytes as SQLite stores them (no round trip through UTF-16).
QByteArray utf8At(const sql::Stmt &s, int col)
{
    return s.blobAt(col);
}

Cell textCell(const sql::Stmt &s, int col)
{
    return Cell::str(cleanText(s.blobAt(col)));
}

QByteArray itemFilterSql(const Filters &f, const char *statusExpr, const char *dateExpr)
{
    QByteArray w;
    if (!f.statuses.isEmpty()) {
        w += " AND ";
        w += statusExpr;
        w += " IN (";
        for (qsizetype i = 0; i < f.statuses.size(); ++i)
            w += (i ? "," : "") + QByteArray::number(static_cast<int>(f.statuses.at(i)));
        w += ")";
    }
    if (f.from.isValid())
        w += QByteArray(" AND ") + dateExpr + " >= " + QByteArray::number(f.from.toJulianDay());
    if (f.to.isValid())
        w += QByteArray(" AND ") + dateExpr + " <= " + QByteArray::number(f.to.toJulianDay());
    return w;
}

// A group's date: its earliest member's.
const char kGroupDate[]
    = "(SELECT MIN(COALESCE(t.booking_date, t.value_date)) FROM match_members m "
      "JOIN transactions t ON t.id = m.tx_id WHERE m.group_id = g.id)";

// Per-currency running totals of the amount column.
class Totals {
public:
    void add(const QByteArray &currency, int exponent, qint64 minor)
    {
        CurrencyTotal &t = m_map[currency];
        t.currency = currency;
        t.exponent = exponent;
        ++t.count;
        if (__builtin_add_overflow(t.sumMinor, minor, &t.sumMinor))
            throw MoneyError("amount overflow in a sheet total");
    }
    QList<CurrencyTotal> list() const { return m_map.values(); }

private:
    QMap<QByteArray, CurrencyTotal> m_map;
};

class ExponentCache {
public:
    int operator()(const QByteArray &code)
    {
        auto it = m_map.constFind(code);
        if (it != m_map.cend())
            return it.value();
        const int e = Currency::exponentFor(QString::fromUtf8(code));
        m_map.insert(code, e);
        return e;
    }

private:
    QHash<QByteArray, int> m_map;
};

Cell dateCell(const sql::Stmt &s, int col)
{
    return s.isNull(col) ? Cell {} : Cell::date(s.intAt(col));
}

Cell timestampCell(const QString &iso);

// "yyyy-MM-ddTHH:mm:ss.zzzZ" (how the workspace stores times) without QDateTime's parser;
// false for any other shape.
bool fastTimestamp(const QByteArray &t, qint64 *msecs)
{
    if (t.size() != 24 || t[4] != '-' || t[7] != '-' || t[10] != 'T' || t[13] != ':' || t[16] != ':'
        || t[19] != '.' || t[23] != 'Z')
        return false;
    auto num = [&t](int at, int len, int *v) {
        *v = 0;
        for (int i = at; i < at + len; ++i) {
            if (t[i] < '0' || t[i] > '9')
                return false;
            *v = *v * 10 + (t[i] - '0');
        }
        return true;
    };
    int y, mo, d, h, mi, sec, ms;
    if (!num(0, 4, &y) || !num(5, 2, &mo) || !num(8, 2, &d) || !num(11, 2, &h) || !num(14, 2, &mi)
        || !num(17, 2, &sec) || !num(20, 3, &ms) || h > 23 || mi > 59 || sec > 59)
        return false;
    const QDate date(y, mo, d);
    if (!date.isValid())
        return false;
    *msecs = (date.toJulianDay() - 2440588) * 86400000LL + h * 3600000LL + mi * 60000LL
        + sec * 1000LL + ms;
    return true;
}

Cell timestampCell(const QByteArray &utf8)
{
    qint64 ms = 0;
    if (fastTimestamp(utf8, &ms)) {
        Cell c;
        c.kind = Cell::DateTime;
        c.i = ms;
        return c;
    }
    return timestampCell(QString::fromUtf8(utf8));
}

Cell timestampCell(const QString &iso)
{
    if (iso.isEmpty())
        return {};
    const QDateTime t = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!t.isValid())
        return Cell::str(iso);
    Cell c;
    c.kind = Cell::DateTime;
    c.i = t.toMSecsSinceEpoch();
    return c;
}

Cell ageCell(const sql::Stmt &s, int col, const Filters &f)
{
    if (s.isNull(col) || !f.asOf.isValid())
        return {};
    return Cell::integer(f.asOf.toJulianDay() - s.intAt(col));
}

Cell ratio(qint64 num, qint64 den)
{
    Cell c;
    c.kind = Cell::Ratio;
    c.i = den > 0 ? (num * 10000 + den / 2) / den : 0;
    return c;
}

Cell formula(const QByteArray &text, Cell::Kind valueKind, qint64 value, const QByteArray &cur = {},
    int exponent = 2)
{
    Cell c;
    c.kind = Cell::Formula;
    c.text = text;
    c.valueKind = valueKind;
    c.i = value;
    c.currency = cur;
    c.exponent = exponent;
    c.bold = true;
    return c;
}

QByteArray sideText(int side)
{
    return side == 0 ? QByteArrayLiteral("left") : QByteArrayLiteral("right");
}

QByteArray statusText(qint64 status)
{
    if (status < 0 || status > 4)
        return QByteArray::number(status);
    return statusName(static_cast<Status>(status)).toUtf8();
}

// Latest comment per transaction and per group (comments are few; loaded once).
struct Comments {
    QHash<qint64, QByteArray> byTx;
    QHash<QByteArray, QByteArray> byGroup;
    explicit Comments(Workspace &ws)
    {
        auto s = ws.db().prepare(
            "SELECT tx_id, group_id, body FROM comments ORDER BY created_at, rowid");
        while (s.step()) {
            if (!s.isNull(0))
                byTx.insert(s.intAt(0), cleanText(s.textAt(2)));
            if (!s.isNull(1))
                byGroup.insert(s.blobAt(1), cleanText(s.textAt(2)));
        }
    }
};

void writeSummary(Workspace &ws, const Filters &f, Sink &sink)
{
    const SummaryData d = computeSummary(ws);
    SheetSpec spec { QStringLiteral("Summary"), QStringLiteral("summary"),
        { { QStringLiteral("Item"), 48 }, { QStringLiteral("Amount"), 20 },
            { QStringLiteral("Currency"), 10 }, { QStringLiteral("Count"), 10 },
            { QStringLiteral("Total"), 20 } },
        false };
    sink.beginSheet(spec);
    int row = 0;
    auto put = [&](Row r) {
        sink.row(r);
        ++row;
    };
    put({ Cell::str(QByteArrayLiteral("Bank reconciliation statement"), true) });
    put({ Cell::str(QByteArrayLiteral("As of")),
        f.asOf.isValid() ? Cell::date(f.asOf.toJulianDay()) : Cell {} });
    put({ Cell::str(QByteArrayLiteral("Item sheets filtered by status")),
        Cell::str(statusFilterText(f)) });
    put({ Cell::str(QByteArrayLiteral("Item sheets filtered by date")),
        Cell::str(QStringLiteral("%1 .. %2")
                      .arg(f.from.isValid() ? f.from.toString(Qt::ISODate) : QString(),
                          f.to.isValid() ? f.to.toString(Qt::ISODate) : QString())) });
    if (d.statements.isEmpty())
        put({ Cell::str(QByteArrayLiteral("No items in the workspace.")) });
    for (const CurrencyStatement &c : d.statements) {
        put({});
        put({ Cell::str("Currency " + c.currency, true) });
        const int first = row + 1; // 1-based Excel row of the first line
        for (const auto &l : c.lines())
            put({ Cell::str(l.label), Cell::money(l.minor, c.currency, c.exponent),
                Cell::str(c.currency) });
        const int last = row;
        const int adjustedRow = row + 1;
        put({ Cell::str(QByteArrayLiteral("= Adjusted bank balance"), true),
            formula("SUM(B" + QByteArray::number(first) + ":B" + QByteArray::number(last) + ")",
                Cell::Money, c.adjustedBank(), c.currency, c.exponent),
            Cell::str(c.currency) });
        put({ Cell::str(QByteArrayLiteral("Balance per ledger")),
            Cell::money(c.ledgerBalance, c.currency, c.exponent), Cell::str(c.currency) });
        put({ Cell::str(QByteArrayLiteral("Unexplained difference (must be 0 to sign off)"), true),
            formula(
                "B" + QByteArray::number(adjustedRow) + "-B" + QByteArray::number(adjustedRow + 1),
                Cell::Money, c.unexplained(), c.currency, c.exponent),
            Cell::str(c.currency) });
    }
    put({});
    put({ Cell::str(QByteArrayLiteral("Items per side and status"), true) });
    put({ Cell::str(QByteArrayLiteral("Side / status"), true), Cell {},
        Cell::str(QByteArrayLiteral("Currency"), true), Cell::str(QByteArrayLiteral("Count"), true),
        Cell::str(QByteArrayLiteral("Total"), true) });
    for (const StatusFigure &s : d.statusFigures)
        put({ Cell::str(sideText(static_cast<int>(s.side)) + " / "
                  + statusText(static_cast<int>(s.status))),
            Cell {}, Cell::str(s.currency), Cell::integer(s.count),
            Cell::money(s.sumMinor, s.currency, s.exponent) });
    put({});
    put({ Cell::str(QByteArrayLiteral("Match rate per rule"), true) });
    put({ Cell::str(QByteArrayLiteral("Rule"), true),
        Cell::str(QByteArrayLiteral("Share of all items"), true), Cell {},
        Cell::str(QByteArrayLiteral("Groups"), true),
        Cell::str(QByteArrayLiteral("Items"), true) });
    qint64 matchedItems = 0;
    for (const RuleRate &r : d.rules) {
        matchedItems += r.items;
        put({ Cell::str(r.rule.isEmpty() ? QStringLiteral("(none)") : r.rule),
            ratio(r.items, d.totalItems), Cell {}, Cell::integer(r.groups),
            Cell::integer(r.items) });
    }
    put({ Cell::str(QByteArrayLiteral("All rules"), true), ratio(matchedItems, d.totalItems),
        Cell {}, Cell {}, Cell::integer(matchedItems) });
    put({ Cell::str(QByteArrayLiteral("Items in the workspace")), Cell {}, Cell {}, Cell {},
        Cell::integer(d.totalItems) });
    sink.endSheet();
}

qint64 writeMatched(Workspace &ws, const Filters &f, Sink &sink, Progress &p)
{
    SheetSpec spec { QStringLiteral("Matched"), QStringLiteral("matched"),
        { { QStringLiteral("Group"), 38 }, { QStringLiteral("Side"), 7 },
            { QStringLiteral("Date"), 11 }, { QStringLiteral("Value date"), 11 },
            { QStringLiteral("Amount"), 17 }, { QStringLiteral("Currency"), 9 },
            { QStringLiteral("Description"), 40 }, { QStringLiteral("Reference"), 22 },
            { QStringLiteral("Counterparty"), 24 }, { QStringLiteral("Rule"), 22 },
            { QStringLiteral("Score"), 9 }, { QStringLiteral("Status"), 11 },
            { QStringLiteral("Group difference"), 17 }, { QStringLiteral("Reason code"), 14 },
            { QStringLiteral("Confirmed by"), 18 }, { QStringLiteral("Confirmed at"), 20 } },
        true, 4, 5 };
    sink.beginSheet(spec);
    const QByteArray sql
        = "SELECT g.id, t.side, t.booking_date, t.value_date, t.amount_minor, t.currency, "
          "t.description, t.reference, t.counterparty, g.rule, g.score, g.status, "
          "g.difference_minor, g.currency, g.reason_code, g.confirmed_by, g.confirmed_at "
          "FROM match_groups g JOIN match_members m ON m.group_id = g.id JOIN transactions t ON "
          "t.id = m.tx_id WHERE g.active = 1"
        + itemFilterSql(f, "t.status", kEffDate)
        + " ORDER BY g.created_at, g.id, t.side, t.booking_date, t.id";
    auto s = ws.db().prepare(sql.constData());
    Totals totals;
    ExponentCache exp;
    QByteArray lastGroup;
    QByteArray groupText;
    Cell confirmedAt;
    Row r(16);
    qint64 n = 0;
    while (s.step()) {
        const QByteArray gid = s.blobAt(0);
        if (gid != lastGroup) {
            lastGroup = gid;
            groupText = uuidText(gid);
            confirmedAt = timestampCell(s.blobAt(16));
        }
        const QByteArray cur = utf8At(s, 5);
        const int e = exp(cur);
        const qint64 amount = s.intAt(4);
        totals.add(cur, e, amount);
        const QByteArray gcur = utf8At(s, 13);
        r[0] = Cell::str(groupText);
        r[1] = Cell::str(sideText(static_cast<int>(s.intAt(1))));
        r[2] = dateCell(s, 2);
        r[3] = dateCell(s, 3);
        r[4] = Cell::money(amount, cur, e);
        r[5] = Cell::str(cur);
        r[6] = textCell(s, 6);
        r[7] = textCell(s, 7);
        r[8] = textCell(s, 8);
        r[9] = textCell(s, 9);
        r[10] = Cell {};
        r[10].kind = Cell::Ratio;
        r[10].i = qRound64(s.doubleAt(10) * 10000.0);
        r[11] = Cell::str(statusText(s.intAt(11)));
        r[12] = gcur.isEmpty() ? Cell {} : Cell::money(s.intAt(12), gcur, exp(gcur));
        r[13] = s.isNull(14) ? Cell {} : Cell::str(s.textAt(14));
        r[14] = s.isNull(15) ? Cell {} : textCell(s, 15);
        r[15] = confirmedAt;
        sink.row(r);
        ++n;
        p.tick();
    }
    sink.totals(totals.list());
    sink.endSheet();
    return n;
}

qint64 writeUnmatched(Workspace &ws, const Filters &f, Side side, Sink &sink, Progress &p)
{
    const bool left = side == Side::Left;
    SheetSpec spec { left ? QStringLiteral("Unmatched left") : QStringLiteral("Unmatched right"),
        left ? QStringLiteral("unmatched_left") : QStringLiteral("unmatched_right"),
        { { QStringLiteral("Item"), 38 }, { QStringLiteral("Date"), 11 },
            { QStringLiteral("Value date"), 11 }, { QStringLiteral("Amount"), 17 },
            { QStringLiteral("Currency"), 9 }, { QStringLiteral("Description"), 40 },
            { QStringLiteral("Reference"), 22 }, { QStringLiteral("Counterparty"), 24 },
            { QStringLiteral("Account"), 24 }, { QStringLiteral("External id"), 18 },
            { QStringLiteral("Status"), 11 }, { QStringLiteral("Age (days)"), 10 } },
        true, 3, 4 };
    sink.beginSheet(spec);
    const QByteArray sql = QByteArray(kActiveMembersCte)
        + "SELECT t.uuid, t.booking_date, t.value_date, t.amount_minor, "
          "t.currency, t.description, t.reference, t.counterparty, t.account, "
          "t.external_id, t.status, "
        + QByteArray(kEffDate) + " FROM transactions t WHERE t.side = "
        + QByteArray::number(static_cast<int>(side)) + " AND t.id NOT IN act"
        + itemFilterSql(f, "t.status", kEffDate) + " ORDER BY " + kEffDate + ", t.id";
    auto s = ws.db().prepare(sql.constData());
    Totals totals;
    ExponentCache exp;
    Row r(12);
    qint64 n = 0;
    while (s.step()) {
        const QByteArray cur = utf8At(s, 4);
        const int e = exp(cur);
        const qint64 amount = s.intAt(3);
        totals.add(cur, e, amount);
        r[0] = Cell::str(uuidText(s.blobAt(0)));
        r[1] = dateCell(s, 1);
        r[2] = dateCell(s, 2);
        r[3] = Cell::money(amount, cur, e);
        r[4] = Cell::str(cur);
        r[5] = textCell(s, 5);
        r[6] = textCell(s, 6);
        r[7] = textCell(s, 7);
        r[8] = textCell(s, 8);
        r[9] = textCell(s, 9);
        r[10] = Cell::str(statusText(s.intAt(10)));
        r[11] = ageCell(s, 11, f);
        sink.row(r);
        ++n;
        p.tick();
    }
    sink.totals(totals.list());
    sink.endSheet();
    return n;
}

qint64 writeExceptions(Workspace &ws, const Filters &f, Sink &sink, Progress &p)
{
    SheetSpec spec { QStringLiteral("Exceptions"), QStringLiteral("exceptions"),
        { { QStringLiteral("Kind"), 8 }, { QStringLiteral("Item or group"), 38 },
            { QStringLiteral("Side"), 7 }, { QStringLiteral("Date"), 11 },
            { QStringLiteral("Amount"), 17 }, { QStringLiteral("Currency"), 9 },
            { QStringLiteral("Difference"), 17 }, { QStringLiteral("Reason code"), 14 },
            { QStringLiteral("Status"), 11 }, { QStringLiteral("Investigated"), 12 },
            { QStringLiteral("Comment"), 40 }, { QStringLiteral("Age (days)"), 10 } },
        true, 6, 5 };
    sink.beginSheet(spec);
    const Comments comments(ws);
    Totals totals;
    ExponentCache exp;
    Row r(12);
    qint64 n = 0;
    // Items under investigation (or resolved after one): their whole amount is the difference.
    const QByteArray itemsSql = "SELECT t.uuid, t.side, " + QByteArray(kEffDate)
        + ", t.amount_minor, t.currency, e.reason_code, t.status, e.investigated, t.id FROM "
          "exceptions e JOIN transactions t ON t.id = e.tx_id WHERE 1"
        + itemFilterSql(f, "t.status", kEffDate) + " ORDER BY " + kEffDate + ", t.id";
    auto s = ws.db().prepare(itemsSql.constData());
    while (s.step()) {
        const QByteArray cur = utf8At(s, 4);
        const int e = exp(cur);
        const qint64 amount = s.intAt(3);
        totals.add(cur, e, amount);
        r[0] = Cell::str(QByteArrayLiteral("item"));
        r[1] = Cell::str(uuidText(s.blobAt(0)));
        r[2] = Cell::str(sideText(static_cast<int>(s.intAt(1))));
        r[3] = dateCell(s, 2);
        r[4] = Cell::money(amount, cur, e);
        r[5] = Cell::str(cur);
        r[6] = Cell::money(amount, cur, e);
        r[7] = s.isNull(5) ? Cell {} : Cell::str(s.textAt(5));
        r[8] = Cell::str(statusText(s.intAt(6)));
        r[9] = Cell::str(s.intAt(7) ? QByteArrayLiteral("yes") : QByteArrayLiteral("no"));
        r[10] = Cell::str(comments.byTx.value(s.intAt(8)));
        r[11] = ageCell(s, 2, f);
        sink.row(r);
        ++n;
        p.tick();
    }
    // Match groups that carry a difference (bank fee, FX, short payment ...).
    const QByteArray groupDate = kGroupDate;
    const QByteArray groupsSql = "SELECT g.id, " + groupDate
        + ", g.difference_minor, g.currency, g.reason_code, g.status FROM match_groups g WHERE "
          "g.active = 1 AND g.difference_minor <> 0"
        + itemFilterSql(f, "g.status", groupDate.constData()) + " ORDER BY 2, g.id";
    auto gs = ws.db().prepare(groupsSql.constData());
    while (gs.step()) {
        const QByteArray cur = utf8At(gs, 3);
        const int e = exp(cur);
        const qint64 diff = gs.intAt(2);
        totals.add(cur, e, diff);
        r[0] = Cell::str(QByteArrayLiteral("group"));
        r[1] = Cell::str(uuidText(gs.blobAt(0)));
        r[2] = Cell {};
        r[3] = dateCell(gs, 1);
        r[4] = Cell {};
        r[5] = Cell::str(cur);
        r[6] = Cell::money(diff, cur, e);
        r[7] = gs.isNull(4) ? Cell {} : Cell::str(gs.textAt(4));
        r[8] = Cell::str(statusText(gs.intAt(5)));
        r[9] = Cell {};
        r[10] = Cell::str(comments.byGroup.value(gs.blobAt(0)));
        r[11] = ageCell(gs, 1, f);
        sink.row(r);
        ++n;
        p.tick();
    }
    sink.totals(totals.list());
    sink.endSheet();
    return n;
}

void writeRules(Workspace &ws, Sink &sink)
{
    SheetSpec spec { QStringLiteral("Rules"), QStringLiteral("rules"),
        { { QStringLiteral("Rule set"), 30 }, { QStringLiteral("Version"), 9 },
            { QStringLiteral("SHA-256"), 66 }, { QStringLiteral("Stored at"), 20 },
            { QStringLiteral("Active groups"), 14 } },
        true };
    sink.beginSheet(spec);
    auto s = ws.db().prepare(
        "SELECT r.name, r.version, r.hash, r.created_at, (SELECT COUNT(*) FROM match_groups g "
        "WHERE g.rule_set_id = r.id AND g.active = 1) FROM rule_sets r ORDER BY r.name, "
        "r.version");
    while (s.step())
        sink.row({ textCell(s, 0), Cell::integer(s.intAt(1)), Cell::str(s.textAt(2)),
            timestampCell(s.textAt(3)), Cell::integer(s.intAt(4)) });
    sink.endSheet();
}

} // namespace

void Progress::report()
{
    if (m_cancel && m_cancel->load(std::memory_order_relaxed))
        throw Cancelled {};
    if (m_fn)
        m_fn(m_done, m_total);
}

QString statusFilterText(const Filters &f)
{
    if (f.statuses.isEmpty())
        return QStringLiteral("all");
    QStringList names;
    for (Status s : f.statuses)
        names << statusName(s);
    return names.join(QLatin1Char(','));
}

qint64 countItemRows(Workspace &ws, const Filters &f)
{
    const QByteArray w = itemFilterSql(f, "t.status", kEffDate);
    const QByteArray a = QByteArray(kActiveMembersCte)
        + "SELECT (SELECT COUNT(*) FROM act JOIN transactions t ON t.id = act.tx_id WHERE 1" + w
        + ") + (SELECT COUNT(*) FROM transactions t WHERE t.id NOT IN act" + w
        + ") + (SELECT COUNT(*) FROM exceptions e JOIN transactions t ON t.id = e.tx_id WHERE 1" + w
        + ") + (SELECT COUNT(*) FROM match_groups g WHERE g.active = 1 AND g.difference_minor <> 0"
        + itemFilterSql(f, "g.status", kGroupDate) + ")";
    return ws.db().scalarInt(a.constData());
}

QStringList dataSheetNames()
{
    return { QStringLiteral("Summary"), QStringLiteral("Matched"), QStringLiteral("Unmatched left"),
        QStringLiteral("Unmatched right"), QStringLiteral("Exceptions"), QStringLiteral("Rules") };
}

qint64 writeDataSheets(Workspace &ws, const Filters &f, Sink &sink, Progress &progress)
{
    qint64 n = 0;
    writeSummary(ws, f, sink);
    n += writeMatched(ws, f, sink, progress);
    n += writeUnmatched(ws, f, Side::Left, sink, progress);
    n += writeUnmatched(ws, f, Side::Right, sink, progress);
    n += writeExceptions(ws, f, sink, progress);
    writeRules(ws, sink);
    progress.report();
    return n;
}

} // namespace recon::report
