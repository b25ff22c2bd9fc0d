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

qint64 FingerprintBuilder::next(const Transaction &t)
{
    QByteArray key = t.account.toUtf8();
    key += '\x1f';
    key += QByteArray::number(t.effectiveDate().toJulianDay());
    key += '\x1f';
    key += QByteArray::number(t.amount.minor());
    key += t.amount.currencyCode().toLatin1();
    key += '\x1f';
    key += normaliseText(t.description);
    key += '\x1f';
    key += normaliseText(t.counterparty);
    key += '\x1f';
    key += normaliseText(t.reference);
    const quint64 base = fnv1a64(key.constData(), key.size());
    const int occurrence = m_occurrences[base]++;
    const QByteArray occ = QByteArray::number(occurrence);
    return static_cast<qint64>(fnv1a64(occ.constData(), occ.size(), base));
}

} // namespace recon
