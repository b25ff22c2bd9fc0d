#include "core/store/raw_fields.h"

#include "core/json_write.h"
#include "core/store/sqlite.h"
#include "core/store/workspace.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>

namespace recon::rawfields {

namespace {

// True when the UTF-16 text `v` is exactly the ASCII text `a` of length `n`.
bool sameAscii(const QString &v, const char *a, int n)
{
    if (v.size() != n)
        return false;
    const char16_t *p = reinterpret_cast<const char16_t *>(v.constData());
    for (int i = 0; i < n; ++i) {
        if (p[i] != char16_t(uchar(a[i])))
            return false;
    }
    return true;
}

// minorToString() into `buf` (at least 24 bytes) without allocating; returns the length.
int plainAmount(char *buf, qint64 minor, int exponent)
{
    const bool neg = minor < 0;
    quint64 mag = neg ? (~static_cast<quint64>(minor) + 1) : static_cast<quint64>(minor);
    char digits[24];
    int n = 0;
    do {
        digits[n++] = char('0' + mag % 10);
        mag /= 10;
    } while (mag != 0);
    while (exponent > 0 && n <= exponent && n < 22)
        digits[n++] = '0'; // "0.05": at least one digit before the point
    int len = 0;
    if (neg)
        buf[len++] = '-';
    for (int i = n - 1; i >= 0; --i) {
        if (exponent > 0 && i == exponent - 1)
            buf[len++] = '.';
        buf[len++] = digits[i];
    }
    return len;
}

// The date as Qt::ISODate gives it ("2026-01-31") for years 1 to 9999; false otherwise.
bool isoDate(char *buf, const QDate &d)
{
    int y = 0, m = 0, day = 0;
    d.getDate(&y, &m, &day);
    if (y < 1 || y > 9999)
        return false;
    std::snprintf(buf, 11, "%04d-%02d-%02d", y, m, day);
    return true;
}

// The typed text column RawRef `ref` stands for (ExternalId to BatchId), or null.
const QString *plainField(const Transaction &t, int ref)
{
    switch (ref) {
    case ExternalId:
        return &t.externalId;
    case Description:
        return &t.description;
    case Reference:
        return &t.reference;
    case Counterparty:
        return &t.counterparty;
    case CounterpartyAccount:
        return &t.counterpartyAccount;
    case Account:
        return &t.account;
    case BankCode:
        return &t.bankCode;
    case BatchId:
        return &t.batchId;
    default:
        return nullptr;
    }
}

// `n` (not negative) in decimal, without a format string: it runs for most raw values.
void appendNumber(QByteArray &out, int n)
{
    char digits[12];
    int len = 0;
    do {
        digits[len++] = char('0' + n % 10);
        n /= 10;
    } while (n > 0);
    while (len > 0)
        out += digits[--len];
}

// The typed texts of one row, compared with a raw value without building any string.
class Candidates {
public:
    explicit Candidates(const Transaction &t)
        : m_t(t)
        , m_currency(t.amount.currencyCode())
    {
    }

    // The RawRef whose text equals `v`, or 0.
    int find(const QString &v)
    {
        if (v.isEmpty())
            return 0; // "" is as short as any reference
        for (int ref = ExternalId; ref <= BatchId; ++ref) {
            const QString *text = plainField(m_t, ref);
            if (text->size() == v.size() && *text == v)
                return ref;
        }
        if (v == m_currency)
            return CurrencyCode;
        if (v.size() == 10) {
            char buf[11];
            if (m_t.bookingDate.isValid() && isoDate(buf, m_t.bookingDate) && sameAscii(v, buf, 10))
                return BookingDateIso;
            if (m_t.valueDate.isValid() && isoDate(buf, m_t.valueDate) && sameAscii(v, buf, 10))
                return ValueDateIso;
        }
        if (v.size() <= 24) {
            if (m_amountLen < 0)
                m_amountLen
                    = plainAmount(m_amount, m_t.amount.minor(), m_t.amount.currency().exponent());
            if (sameAscii(v, m_amount, m_amountLen))
                return AmountPlain;
        }
        return 0;
    }

private:
    const Transaction &m_t;
    const QString m_currency;
    char m_amount[24];
    int m_amountLen = -1;
};

} // namespace

QString typedText(const Transaction &t, int ref)
{
    if (const QString *text = plainField(t, ref))
        return *text;
    switch (ref) {
    case CurrencyCode:
        return t.amount.currencyCode();
    case BookingDateIso:
        return t.bookingDate.isValid() ? t.bookingDate.toString(Qt::ISODate) : QString();
    case ValueDateIso:
        return t.valueDate.isValid() ? t.valueDate.toString(Qt::ISODate) : QString();
    case AmountPlain:
        return t.amount.toPlainString();
    default:
        return QString();
    }
}

bool KeyDictionary::number(const RawFields &raw, std::vector<int> &out)
{
    out.resize(raw.size());
    bool positional = true;
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const QString &k = raw.at(i).first;
        int n = 0;
        if (i < m_keys.size() && m_keys.at(i) == k) {
            n = int(i); // the common case: the names of the rows before, in the same places
        } else {
            const auto it = m_index.constFind(k);
            if (it != m_index.constEnd()) {
                n = it.value();
            } else {
                n = int(m_keys.size());
                m_keys.append(k);
                m_index.insert(k, n);
            }
        }
        out[i] = n;
        positional = positional && n == i;
    }
    return positional;
}

QByteArray KeyDictionary::toJson() const
{
    QByteArray out = "[";
    for (qsizetype i = 0; i < m_keys.size(); ++i) {
        if (i > 0)
            out += ',';
        json::appendString(out, m_keys.at(i));
    }
    out += ']';
    return out;
}

void encode(QByteArray &out, const Transaction &t, KeyDictionary &keys)
{
    out.clear();
    if (t.raw.isEmpty())
        return;
    thread_local std::vector<int> numbers;
    const bool positional = keys.number(t.raw, numbers);
    Candidates typed(t);
    out += '[';
    for (qsizetype i = 0; i < t.raw.size(); ++i) {
        if (i > 0)
            out += ',';
        if (!positional) {
            out += '[';
            appendNumber(out, numbers[size_t(i)]);
            out += ',';
        }
        const QString &v = t.raw.at(i).second;
        if (const int ref = typed.find(v))
            appendNumber(out, ref);
        else
            json::appendString(out, v);
        if (!positional)
            out += ']';
    }
    out += ']';
}

RawFields decode(QByteArrayView json, const Transaction &t, const QStringList &keys)
{
    RawFields raw;
    if (json.isEmpty())
        return raw;
    const QJsonArray arr = QJsonDocument::fromJson(json.toByteArray()).array();
    raw.reserve(arr.size());
    const auto valueOf = [&t](const QJsonValue &v) {
        return v.isDouble() ? typedText(t, v.toInt()) : v.toString();
    };
    for (qsizetype i = 0; i < arr.size(); ++i) {
        const QJsonValue e = arr.at(i);
        if (e.isArray()) { // [name or key number, value]
            const QJsonArray pair = e.toArray();
            const QJsonValue k = pair.at(0);
            raw.append(
                { k.isString() ? k.toString() : keys.value(k.toInt()), valueOf(pair.at(1)) });
        } else { // positional
            raw.append({ keys.value(i), valueOf(e) });
        }
    }
    return raw;
}

const QStringList &ImportKeys::of(const QUuid &importId)
{
    auto it = m_cache.find(importId);
    if (it != m_cache.end())
        return it.value();
    QStringList keys;
    auto s = m_db.prepare("SELECT raw_keys FROM imports WHERE id = ?");
    s.bindBlob(1, uuidBytes(importId));
    if (s.step()) {
        for (const QJsonValue &v : QJsonDocument::fromJson(s.blobAt(0)).array())
            keys.append(v.toString());
    }
    return m_cache.insert(importId, keys).value();
}

} // namespace recon::rawfields
