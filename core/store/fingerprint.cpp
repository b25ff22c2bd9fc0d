#include "core/store/fingerprint.h"

namespace recon {

quint64 fnv1a64(const char *data, qsizetype size, quint64 seed)
{
    quint64 h = seed;
    for (qsizetype i = 0; i < size; ++i) {
        h ^= static_cast<uchar>(data[i]);
        h *= 1099511628211ULL;
    }
    return h;
}

QByteArray normaliseText(const QString &text)
{
    QByteArray out;
    out.reserve(text.size());
    for (QChar c : text) {
        if (c.isLetterOrNumber()) {
            const QChar l = c.toLower();
            if (l.unicode() < 128)
                out.append(static_cast<char>(l.unicode()));
            else
                out.append(QString(l).toUtf8());
        }
    }
    return out;
}

namespace {

// Feeds the normalised form of `text` (letters and digits only, lower case) to the hash without
// allocating: ASCII takes a fast path, other letters go through QChar::toLower.
quint64 feedNormalised(quint64 h, const QString &text)
{
    const char16_t *p = reinterpret_cast<const char16_t *>(text.constData());
    const char16_t *end = p + text.size();
    for (; p != end; ++p) {
        char16_t c = *p;
        if (c < 128) {
            if (c >= 'A' && c <= 'Z')
                c = static_cast<char16_t>(c + 32);
            else if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')))
                continue;
            h ^= c;
            h *= 1099511628211ULL;
        } else {
            const QChar qc(c);
            if (!qc.isLetterOrNumber())
                continue;
            const char16_t l = qc.toLower().unicode();
            h ^= static_cast<uchar>(l & 0xff);
            h *= 1099511628211ULL;
            h ^= static_cast<uchar>(l >> 8);
            h *= 1099511628211ULL;
        }
    }
    h ^= 0x1f;
    h *= 1099511628211ULL;
    return h;
}

quint64 feedInt(quint64 h, qint64 v)
{
    for (int i = 0; i < 8; ++i) {
        h ^= static_cast<uchar>(static_cast<quint64>(v) >> (8 * i));
        h *= 1099511628211ULL;
    }
    return h;
}

} // namespace

qint64 FingerprintBuilder::next(const Transaction &t)
{
    quint64 h = 1469598103934665603ULL;
    h = feedNormalised(h, t.account);
    h = feedInt(h, t.effectiveDate().toJulianDay());
    h = feedInt(h, t.amount.minor());
    const QString code = t.amount.currencyCode();
    h = feedNormalised(h, code);
    h = feedNormalised(h, t.description);
    h = feedNormalised(h, t.counterparty);
    h = feedNormalised(h, t.reference);
    quint32 &count = h == 0 ? m_zeroCount : m_occurrences.insert(h);
    const int occurrence = int(count++);
    return static_cast<qint64>(feedInt(h, occurrence));
}

} // namespace recon
