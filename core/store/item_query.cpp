#include "core/store/item_query.h"
#include "core/store/raw_fields.h"

#include "core/money.h"
#include "core/store/sqlite.h"
#include "core/store/text_index.h"
#include "core/store/workspace.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <limits>

namespace recon {

namespace {

// Must stay the same text as the expression index in 005_item_browse.sql.
constexpr const char *kEffectiveDate = "COALESCE(booking_date, value_date)";
constexpr const char *kColumns
    = "id, uuid, import_id, external_id, booking_date, value_date, amount_minor, currency, "
      "description, reference, counterparty, counterparty_account, account, bank_code, batch_id, "
      "source_line, status";

QString escapeLike(const QString &text)
{
    QString out;
    out.reserve(text.size() + 2);
    out += QLatin1Char('%');
    for (QChar c : text) {
        if (c == QLatin1Char('%') || c == QLatin1Char('_') || c == QLatin1Char('\\'))
            out += QLatin1Char('\\');
        out += c;
    }
    out += QLatin1Char('%');
    return out;
}

QString sortExpression(ItemSortKey key)
{
    switch (key) {
    case ItemSortKey::Row:
        return {};
    case ItemSortKey::Date:
        return QString::fromLatin1(kEffectiveDate);
    case ItemSortKey::Amount:
        return QStringLiteral("amount_minor");
    case ItemSortKey::Currency:
        return QStringLiteral("currency");
    case ItemSortKey::Description:
        return QStringLiteral("description COLLATE NOCASE");
    case ItemSortKey::Reference:
        return QStringLiteral("reference COLLATE NOCASE");
    case ItemSortKey::Counterparty:
        return QStringLiteral("counterparty COLLATE NOCASE");
    case ItemSortKey::Status:
        return QStringLiteral("status");
    case ItemSortKey::ExternalId:
        return QStringLiteral("external_id COLLATE NOCASE");
    }
    return {};
}

ItemRow readRow(sql::Stmt &s, Side side, QHash<QString, Currency> &currencies)
{
    ItemRow r;
    r.row = s.intAt(0);
    r.tx = readTransactionColumns(s, 1, side, currencies);
    return r;
}

} // namespace

unsigned ItemFilter::maskOf(std::initializer_list<Status> s)
{
    unsigned m = 0;
    for (Status st : s)
        m |= 1u << static_cast<int>(st);
    return m;
}

ItemQuery::ItemQuery(
    sql::Db &db, ItemFilter filter, ItemSort sort, std::shared_ptr<const TextIndex> textIndex)
    : m_db(db)
    , m_filter(std::move(filter))
    , m_sort(sort)
    , m_textIndex(std::move(textIndex))
{
    build();
}

void ItemQuery::build()
{
    QStringList where;
    where << QStringLiteral("side = ?");
    m_params.append(qint64(static_cast<int>(m_filter.side)));

    const unsigned all = 0x1f;
    if ((m_filter.statuses & all) != all) {
        QStringList in;
        for (int i = 0; i < 5; ++i) {
            if (m_filter.statuses & (1u << i))
                in << QString::number(i);
        }
        where << (in.isEmpty() ? QStringLiteral("0")
                               : QStringLiteral("status IN (%1)").arg(in.join(u',')));
    }

    const QString text = m_filter.text.trimmed().left(kMaxTextLength);
    if (!text.isEmpty())
        where << textClause(text);

    if (m_filter.minAbsMinor) {
        const qint64 m = std::max<qint64>(0, *m_filter.minAbsMinor);
        // |x| >= m without ABS(), which overflows on the smallest integer.
        where << QStringLiteral("(amount_minor >= ? OR amount_minor <= ?)");
        m_params.append(m);
        m_params.append(-m);
    }
    if (m_filter.maxAbsMinor) {
        const qint64 m = *m_filter.maxAbsMinor;
        if (m < 0) {
            where << QStringLiteral("0");
        } else {
            where << QStringLiteral("amount_minor BETWEEN ? AND ?");
            m_params.append(-m);
            m_params.append(m);
        }
    }

    std::optional<qint64> fromDay, toDay;
    if (m_filter.from.isValid())
        fromDay = m_filter.from.toJulianDay();
    if (m_filter.to.isValid())
        toDay = m_filter.to.toJulianDay();
    if (m_filter.minAgeDays || m_filter.maxAgeDays) {
        const qint64 asOf
            = (m_filter.asOf.isValid() ? m_filter.asOf : QDate::currentDate()).toJulianDay();
        if (m_filter.minAgeDays) {
            const qint64 d = asOf - *m_filter.minAgeDays;
            toDay = toDay ? std::min(*toDay, d) : d;
        }
        if (m_filter.maxAgeDays) {
            const qint64 d = asOf - *m_filter.maxAgeDays;
            fromDay = fromDay ? std::max(*fromDay, d) : d;
        }
    }
    if (fromDay) {
        where << QStringLiteral("%1 >= ?").arg(QLatin1String(kEffectiveDate));
        m_params.append(*fromDay);
    }
    if (toDay) {
        where << QStringLiteral("%1 <= ?").arg(QLatin1String(kEffectiveDate));
        m_params.append(*toDay);
    }
    m_where = where.join(QStringLiteral(" AND "));

    // Ties go by row id, ascending with an ascending key (a stable sort of import order) and
    // descending with a descending key, so one index serves both directions.
    const QString dir = m_sort.descending ? QStringLiteral(" DESC") : QString();
    const QString key = sortExpression(m_sort.key);
    m_order
        = key.isEmpty() ? QStringLiteral("id") + dir : QStringLiteral("%1%2, id%2").arg(key, dir);
}

QString ItemQuery::textClause(const QString &text)
{
    static const QString likeAll = QStringLiteral(
        "(description LIKE ? ESCAPE '\\' OR reference LIKE ? ESCAPE '\\' OR counterparty "
        "LIKE ? ESCAPE '\\' OR external_id LIKE ? ESCAPE '\\')");
    const QString like = escapeLike(text);
    QStringList any;
    if (m_textIndex) {
        const std::shared_ptr<const TextHits> hits = m_textIndex->find(m_filter.side, text);
        if (hits->size() <= kMaxInlineHits) {
            QStringList ids;
            ids.reserve(static_cast<qsizetype>(hits->size()));
            for (qint64 id : hits->ids())
                ids << QString::number(id);
            if (!ids.isEmpty())
                any << QStringLiteral("id IN (%1)").arg(ids.join(u','));
        } else {
            any << QStringLiteral("recon_text_hit(id, ?)");
            m_params.append(hits);
        }
        // Rows imported after the index was read are searched the slow way.
        if (m_db.scalarInt("SELECT COALESCE(max(id), 0) FROM transactions")
            > m_textIndex->maxId()) {
            any << QStringLiteral("(id > ? AND %1)").arg(likeAll);
            m_params.append(m_textIndex->maxId());
            for (int i = 0; i < 4; ++i)
                m_params.append(like);
        }
    } else {
        any << likeAll;
        for (int i = 0; i < 4; ++i)
            m_params.append(like);
    }
    // Only a plain number ("1234.50", "-12,00") is also an amount, not "INV-01".
    static const QRegularExpression number(QStringLiteral("^[-+]?\\d[\\d.,' ]*$"));
    const DecimalParse p = number.match(text).hasMatch()
        ? parseDecimal(text, DecimalSeparator::Auto)
        : DecimalParse {};
    if (p.value) {
        if (const auto m = Money::fromDecimal(*p.value, Currency::withExponent(u"XXX", 2))) {
            const qint64 v = m->minor();
            if (v != std::numeric_limits<qint64>::min()) {
                any << QStringLiteral("amount_minor = ? OR amount_minor = ?");
                m_params.append(v);
                m_params.append(-v);
            }
        }
    }
    return any.isEmpty() ? QStringLiteral("0")
                         : QLatin1Char('(') + any.join(QStringLiteral(" OR ")) + QLatin1Char(')');
}

int ItemQuery::bindFilter(sql::Stmt &s) const
{
    int i = 1;
    for (const Param &p : m_params) {
        if (const auto *v = std::get_if<qint64>(&p))
            s.bind(i++, *v);
        else if (const auto *t = std::get_if<QString>(&p))
            s.bind(i++, *t);
        else
            s.bindPointer(
                i++, std::get<std::shared_ptr<const TextHits>>(p).get(), TextHits::kPointerType);
    }
    return i;
}

QList<ItemRow> ItemQuery::page(qint64 offset, int limit)
{
    QList<ItemRow> out;
    if (limit <= 0 || offset < 0)
        return out;
    const QByteArray sqlText = QStringLiteral("SELECT %1 FROM transactions WHERE %2 ORDER BY %3 "
                                              "LIMIT ? OFFSET ?")
                                   .arg(QLatin1String(kColumns), m_where, m_order)
                                   .toUtf8();
    auto s = m_db.prepare(sqlText.constData());
    const int next = bindFilter(s);
    s.bind(next, qint64(limit)).bind(next + 1, offset);
    QHash<QString, Currency> currencies;
    out.reserve(limit);
    while (s.step())
        out.append(readRow(s, m_filter.side, currencies));
    return out;
}

qint64 ItemQuery::count(qint64 cap)
{
    const QByteArray sqlText
        = (cap < 0 ? QStringLiteral("SELECT count(*) FROM transactions WHERE %1").arg(m_where)
                   : QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM transactions WHERE %1 "
                                    "LIMIT ?)")
                         .arg(m_where))
              .toUtf8();
    auto s = m_db.prepare(sqlText.constData());
    const int next = bindFilter(s);
    if (cap >= 0)
        s.bind(next, cap);
    return s.step() ? s.intAt(0) : 0;
}

QList<ItemRow> ItemQuery::byIds(const QList<QUuid> &ids, bool withRaw)
{
    QList<ItemRow> out;
    const QByteArray sqlText
        = QStringLiteral("SELECT %1%2 FROM transactions WHERE uuid = ? AND side = ?")
              .arg(QLatin1String(kColumns), withRaw ? QStringLiteral(", raw") : QString())
              .toUtf8();
    auto s = m_db.prepare(sqlText.constData());
    QHash<QString, Currency> currencies;
    rawfields::ImportKeys rawKeys(m_db);
    for (const QUuid &id : ids) {
        s.reset();
        s.bindBlob(1, uuidBytes(id)).bind(2, static_cast<int>(m_filter.side));
        if (!s.step())
            continue;
        ItemRow r = readRow(s, m_filter.side, currencies);
        if (withRaw) {
            r.tx.raw = rawfields::decode(s.blobAt(17), r.tx, rawKeys.of(r.tx.importId));
        }
        out.append(std::move(r));
    }
    return out;
}

QList<QUuid> ItemQuery::matching(const QList<QUuid> &ids)
{
    QList<QUuid> out;
    const QByteArray sqlText
        = QStringLiteral("SELECT 1 FROM transactions WHERE %1 AND uuid = ?").arg(m_where).toUtf8();
    auto s = m_db.prepare(sqlText.constData());
    for (const QUuid &id : ids) {
        s.reset();
        const int next = bindFilter(s);
        s.bindBlob(next, uuidBytes(id));
        if (s.step())
            out.append(id);
    }
    return out;
}

qint64 ItemQuery::sideTotal()
{
    auto s = m_db.prepare("SELECT count(*) FROM transactions WHERE side = ?");
    s.bind(1, static_cast<int>(m_filter.side));
    return s.step() ? s.intAt(0) : 0;
}

} // namespace recon
