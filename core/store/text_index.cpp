#include "core/store/text_index.h"

#include "core/store/sqlite.h"

#include <sqlite3.h>

#include <algorithm>
#include <cstring>
#include <limits>
#include <thread>

namespace recon {

namespace {

constexpr char kFieldSeparator = '\x1f';
constexpr char kRowEnd = '\n';
// Below this many rows a side is searched on the calling thread only.
constexpr size_t kParallelRows = 100000;

bool isAsciiClean(const unsigned char *s, int n)
{
    for (int i = 0; i < n; ++i) {
        if (s[i] >= 0x80 || s[i] < 0x20)
            return false;
    }
    return true;
}

// Appends the folded form of one UTF-8 field: ASCII letters lowered, anything else through
// Unicode lower-casing, control characters (our separators among them) dropped.
void appendFolded(std::string &out, const unsigned char *s, int n)
{
    if (n <= 0)
        return;
    if (isAsciiClean(s, n)) {
        const size_t at = out.size();
        out.resize(at + static_cast<size_t>(n));
        char *dst = out.data() + at;
        for (int i = 0; i < n; ++i) {
            const unsigned char c = s[i];
            dst[i] = static_cast<char>(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
        }
        return;
    }
    const QByteArray lowered
        = QString::fromUtf8(reinterpret_cast<const char *>(s), n).toLower().toUtf8();
    for (char c : lowered) {
        if (static_cast<unsigned char>(c) >= 0x20)
            out += c;
    }
}

void textHitFunction(sqlite3_context *ctx, int, sqlite3_value **argv)
{
    const auto *hits
        = static_cast<const TextHits *>(sqlite3_value_pointer(argv[1], TextHits::kPointerType));
    sqlite3_result_int(ctx, hits && hits->contains(sqlite3_value_int64(argv[0])) ? 1 : 0);
}

} // namespace

std::string TextIndex::fold(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    std::string out;
    appendFolded(out, reinterpret_cast<const unsigned char *>(utf8.constData()),
        static_cast<int>(utf8.size()));
    return out;
}

std::shared_ptr<const TextIndex> TextIndex::load(sql::Db &db, const std::atomic_bool *cancel)
{
    auto index = std::make_shared<TextIndex>();
    sqlite3_stmt *raw = nullptr;
    // Row id order, so each side's ids come out sorted.
    const char *query = "SELECT id, side, description, reference, counterparty, external_id "
                        "FROM transactions ORDER BY id";
    int rc = sqlite3_prepare_v2(db.handle(), query, -1, &raw, nullptr);
    if (rc != SQLITE_OK)
        throw sql::Error(QStringLiteral("text index: %1").arg(db.errorMessage()), rc);
    std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt *)> stmt(raw, sqlite3_finalize);
    qint64 rows = 0;
    while ((rc = sqlite3_step(raw)) == SQLITE_ROW) {
        if (cancel && (++rows & 0xffff) == 0 && cancel->load())
            return nullptr;
        const qint64 id = sqlite3_column_int64(raw, 0);
        Part &part = index->m_parts[sqlite3_column_int(raw, 1) == 1 ? 1 : 0];
        for (int c = 2; c <= 5; ++c) {
            appendFolded(part.text, sqlite3_column_text(raw, c), sqlite3_column_bytes(raw, c));
            part.text += c == 5 ? kRowEnd : kFieldSeparator;
        }
        if (part.text.size() > std::numeric_limits<quint32>::max())
            return nullptr; // past 4 GiB of text a side is searched in SQL
        part.ends.push_back(static_cast<quint32>(part.text.size()));
        part.ids.push_back(id);
        index->m_maxId = std::max(index->m_maxId, id);
    }
    if (rc != SQLITE_DONE)
        throw sql::Error(QStringLiteral("text index: %1").arg(db.errorMessage()), rc);
    for (Part &p : index->m_parts) {
        p.text.shrink_to_fit();
        p.ends.shrink_to_fit();
        p.ids.shrink_to_fit();
    }
    return index;
}

qint64 TextIndex::rowCount(Side side) const
{
    return static_cast<qint64>(m_parts[side == Side::Right ? 1 : 0].ids.size());
}

qint64 TextIndex::bytes() const
{
    qint64 n = 0;
    for (const Part &p : m_parts)
        n += static_cast<qint64>(p.text.capacity() + p.ends.capacity() * sizeof(quint32)
            + p.ids.capacity() * sizeof(qint64));
    return n;
}

void TextIndex::findIn(const Part &part, size_t firstRow, size_t lastRow, const std::string &needle,
    std::vector<qint64> &out) const
{
    if (firstRow >= lastRow)
        return;
    const char *base = part.text.data();
    const char *cur = base + (firstRow == 0 ? 0 : part.ends[firstRow - 1]);
    const char *end = base + part.ends[lastRow - 1];
    const auto endsFirst = part.ends.begin() + static_cast<std::ptrdiff_t>(firstRow);
    const auto endsLast = part.ends.begin() + static_cast<std::ptrdiff_t>(lastRow);
    while (cur < end) {
        const void *hit = memmem(cur, static_cast<size_t>(end - cur), needle.data(), needle.size());
        if (!hit)
            break;
        const auto pos = static_cast<quint32>(static_cast<const char *>(hit) - base);
        const auto it = std::upper_bound(endsFirst, endsLast, pos);
        const auto row = static_cast<size_t>(it - part.ends.begin());
        out.push_back(part.ids[row]);
        cur = base + part.ends[row]; // on to the next row
    }
}

std::shared_ptr<const TextHits> TextIndex::find(Side side, const QString &needle) const
{
    auto hits = std::make_shared<TextHits>();
    const std::string folded = fold(needle);
    if (folded.empty())
        return hits;
    const int sideIndex = side == Side::Right ? 1 : 0;
    {
        std::lock_guard lock(m_cacheMutex);
        if (m_lastHits[sideIndex] && m_lastNeedle[sideIndex] == folded)
            return m_lastHits[sideIndex];
    }
    const Part &part = m_parts[sideIndex];
    const size_t n = part.ids.size();
    if (n < kParallelRows) {
        findIn(part, 0, n, folded, hits->m_ids);
    } else {
        std::vector<qint64> second;
        std::thread worker([&] { findIn(part, n / 2, n, folded, second); });
        findIn(part, 0, n / 2, folded, hits->m_ids);
        worker.join();
        hits->m_ids.insert(hits->m_ids.end(), second.begin(), second.end());
    }
    hits->m_bitCount = static_cast<quint64>(m_maxId) + 1;
    hits->m_bits.assign(static_cast<size_t>((hits->m_bitCount + 63) / 64), 0);
    for (qint64 id : hits->m_ids)
        hits->m_bits[static_cast<size_t>(id) >> 6] |= quint64(1) << (id & 63);
    std::lock_guard lock(m_cacheMutex);
    m_lastNeedle[sideIndex] = folded;
    m_lastHits[sideIndex] = hits;
    return hits;
}

void registerTextHitFunction(sql::Db &db)
{
    const int rc = sqlite3_create_function_v2(db.handle(), "recon_text_hit", 2,
        SQLITE_UTF8 | SQLITE_INNOCUOUS, nullptr, textHitFunction, nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK)
        throw sql::Error(QStringLiteral("recon_text_hit: %1").arg(db.errorMessage()), rc);
}

} // namespace recon
