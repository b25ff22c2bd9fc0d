// CSV / TSV reader: decodes the text, splits it into records on bytes (RFC 4180), detects the
// layout on the first rows with the shared tabular engine and streams every row through it.
#include "core/import/csv_tokenizer.h"
#include "core/import/header_synonyms.h"
#include "core/import/registry.h"
#include "core/import/tabular_builder.h"
#include "core/import/text_decoding.h"
#include "core/log.h"

#include <algorithm>
#include <vector>

namespace recon {
namespace {

constexpr int kSampleRecords = 2000;

bool isAscii(std::string_view b)
{
    for (char c : b) {
        if (static_cast<unsigned char>(c) >= 0x80)
            return false;
    }
    return true;
}

char delimiterFromOption(const QString &opt)
{
    const QString o = opt.trimmed().toLower();
    if (o == QLatin1String("\\t") || o == QLatin1String("tab") || opt == QLatin1String("\t"))
        return '\t';
    if (o == QLatin1String("comma"))
        return ',';
    if (o == QLatin1String("semicolon"))
        return ';';
    if (o == QLatin1String("pipe"))
        return '|';
    if (!opt.isEmpty() && opt.front().unicode() < 128)
        return char(opt.front().unicode());
    return 0;
}

class CsvReader final : public Reader {
public:
    QString name() const override { return QStringLiteral("csv"); }
    QStringList names() const override { return { QStringLiteral("csv"), QStringLiteral("tsv") }; }
    QString description() const override
    {
        return QStringLiteral("CSV/TSV text table (bank or ledger export)");
    }

    int detect(const QByteArray &head) const override
    {
        if (head.isEmpty() || head.startsWith("PK\x03\x04") || head.startsWith("\xD0\xCF\x11\xE0"))
            return 0;
        const text::Decoded dec = text::decodeToUtf8(head.left(16 * 1024));
        if (!dec.error.isEmpty() || dec.utf8.contains('\0'))
            return 0;
        const QByteArray &t = dec.utf8;
        const qsizetype firstNonBlank = [&] {
            for (qsizetype i = 0; i < t.size(); ++i) {
                if (!QChar::isSpace(uchar(t[i])))
                    return i;
            }
            return t.size();
        }();
        if (firstNonBlank < t.size() && (t[firstNonBlank] == '<' || t[firstNonBlank] == '{'))
            return 0;
        const char delim = csv::detectDelimiter(t.constData(), t.size());
        csv::Tokenizer tok(t.constData(), t.size(), delim);
        int records = 0, multi = 0, headerLike = 0;
        std::vector<int> widths;
        while (records < 60) {
            const auto st = tok.next();
            if (st == csv::Tokenizer::Status::End)
                break;
            if (st == csv::Tokenizer::Status::Error)
                continue;
            ++records;
            if (tok.fieldCount() >= 2) {
                ++multi;
                widths.push_back(tok.fieldCount());
            }
            int strong = 0;
            for (int i = 0; i < tok.fieldCount() && i < 64; ++i) {
                const tabular::HeaderMatch m = tabular::matchHeader(tok.field(i));
                if (m.kind != tabular::HeaderKind::Unknown && m.strength >= 2)
                    ++strong;
            }
            if (strong >= 2)
                headerLike = 1;
        }
        if (records == 0 || multi * 2 < records)
            return 0; // not a table: leave it to the line-oriented formats
        std::sort(widths.begin(), widths.end());
        int best = 0;
        for (size_t i = 0; i < widths.size();) {
            size_t j = i;
            while (j < widths.size() && widths[j] == widths[i])
                ++j;
            best = std::max(best, int(j - i));
            i = j;
        }
        int score = 15;
        if (best * 10 >= records * 6 && best >= 2)
            score += 20;
        if (headerLike)
            score += 20;
        return score;
    }

    ReadResult read(const QByteArray &data, const ReadOptions &options) const override
    {
        const text::Decoded dec = text::decodeToUtf8(data, options.encoding);
        tabular::TabularBuilder builder(options, name(), dec.encoding);
        if (!dec.error.isEmpty()) {
            ReadResult r;
            r.format = name();
            r.addError(
                { options.fileName, 0, QStringLiteral("encoding"), dec.error }, options.maxErrors);
            return r;
        }
        const QByteArray &text = dec.utf8;
        char delim = delimiterFromOption(options.csvDelimiter);
        if (!delim)
            delim = csv::detectDelimiter(text.constData(), text.size());
        csv::Tokenizer tok(text.constData(), text.size(), delim);

        // Sample for detection; broken records keep their place as empty rows.
        QList<TabularRow> sample;
        sample.reserve(kSampleRecords);
        std::vector<std::pair<qsizetype, QString>> broken; // sample index -> message
        bool more = true;
        while (sample.size() < kSampleRecords) {
            const auto st = tok.next();
            if (st == csv::Tokenizer::Status::End) {
                more = false;
                break;
            }
            TabularRow row;
            row.line = tok.line();
            if (st == csv::Tokenizer::Status::Error) {
                broken.emplace_back(sample.size(), tok.error());
            } else {
                row.cells.reserve(tok.fieldCount());
                for (int i = 0; i < tok.fieldCount(); ++i)
                    row.cells.append(tok.field(i));
            }
            sample.append(std::move(row));
        }
        const qsizetype sampleBytes = tok.position();
        if (!builder.detect(sample, delim == ';' ? QLatin1Char(',') : QChar())) {
            ReadResult r = builder.finish();
            r.format = name();
            r.encoding = dec.encoding;
            return r;
        }
        if (more && sampleBytes > 0)
            builder.reserve(
                qsizetype(double(sample.size()) * double(text.size()) / double(sampleBytes)) + 16);
        size_t nextBroken = 0;
        for (qsizetype i = 0; i < sample.size(); ++i) {
            if (nextBroken < broken.size() && broken[nextBroken].first == i) {
                builder.addBrokenRow(sample[i].line, broken[nextBroken].second);
                ++nextBroken;
                continue;
            }
            builder.addRow(sample[i]);
        }
        sample.clear();
        if (more && !builder.stopped()) {
            std::vector<QString> cells;
            cells.reserve(64);
            for (;;) {
                const auto st = tok.next();
                if (st == csv::Tokenizer::Status::End)
                    break;
                if (st == csv::Tokenizer::Status::Error) {
                    builder.addBrokenRow(tok.line(), tok.error());
                    continue;
                }
                const int n = tok.fieldCount();
                if (int(cells.size()) < n)
                    cells.resize(size_t(n));
                for (int i = 0; i < n; ++i) {
                    const std::string_view b = tok.fieldBytes(i);
                    QString &cell = cells[size_t(i)];
                    if (!builder.keepsCellText(i) && isAscii(b)) {
                        // Parsed only: refill the same buffer instead of allocating per row.
                        cell.resize(qsizetype(b.size()));
                        char16_t *dst = reinterpret_cast<char16_t *>(cell.data());
                        for (size_t k = 0; k < b.size(); ++k)
                            dst[k] = char16_t(static_cast<unsigned char>(b[k]));
                    } else {
                        cell = QString::fromUtf8(b.data(), qsizetype(b.size()));
                    }
                }
                builder.addRow(tok.line(), cells.data(), n);
                if (builder.stopped())
                    break;
            }
        }
        ReadResult r = builder.finish();
        if (dec.invalidLine > 0)
            r.warnings.prepend({ options.fileName, dec.invalidLine, QStringLiteral("encoding"),
                QStringLiteral("invalid UTF-8 byte sequence(s), the first on this line; replaced "
                               "with U+FFFD") });
        log::import()->debug("csv: {} statement(s), {} transaction(s), encoding {}",
            r.statements.size(), r.transactionCount(), r.encoding.toStdString());
        return r;
    }
};

} // namespace

std::unique_ptr<Reader> makeCsvReader()
{
    return std::make_unique<CsvReader>();
}

} // namespace recon
