// Stored form of the raw source fields (core/store/raw_fields.h): names once per import, copies
// of typed columns as column numbers, everything else literal, and decoding gives back exactly
// what was read.

#include "core/store/raw_fields.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <limits>

using namespace recon;

namespace {

Transaction ledgerRow()
{
    Transaction t;
    t.externalId = QStringLiteral("GL-00000042");
    t.bookingDate = QDate(2026, 1, 31);
    t.valueDate = QDate(2026, 2, 2);
    t.amount = Money::fromMinor(-179126, u"EUR");
    t.description = QStringLiteral("Invoice payment \"INV-7\"\tÜberweisung");
    t.reference = QStringLiteral("INV-7");
    t.counterparty = QStringLiteral("Müller GmbH");
    t.account = QStringLiteral("DE89370400440532013000");
    t.raw = { { QStringLiteral("id"), QStringLiteral("GL-00000042") },
        { QStringLiteral("date"), QStringLiteral("2026-01-31") },
        { QStringLiteral("valuta"), QStringLiteral("2026-02-02") },
        { QStringLiteral("amount"), QStringLiteral("-1791.26") },
        { QStringLiteral("currency"), QStringLiteral("EUR") },
        { QStringLiteral("text"), QStringLiteral("Invoice payment \"INV-7\"\tÜberweisung") },
        { QStringLiteral("ref"), QStringLiteral("INV-7") },
        { QStringLiteral("name"), QStringLiteral("Müller GmbH") },
        { QStringLiteral("iban"), QStringLiteral("DE89370400440532013000") } };
    return t;
}

// A fresh import's dictionary unless one is given.
QByteArray encoded(const Transaction &t, rawfields::KeyDictionary *keys = nullptr)
{
    rawfields::KeyDictionary own;
    QByteArray out;
    rawfields::encode(out, t, keys ? *keys : own);
    return out;
}

// The stored values in order (positional rows hold them bare).
QJsonArray stored(const Transaction &t)
{
    const QByteArray out = encoded(t);
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(out, &err);
    if (err.error != QJsonParseError::NoError)
        qWarning("not JSON: %s", out.constData());
    return doc.array();
}

} // namespace

class TestRawFields : public QObject {
    Q_OBJECT
private slots:
    void copiesBecomeColumnNumbers()
    {
        const Transaction t = ledgerRow();
        const QJsonArray a = stored(t);
        QCOMPARE(a.size(), t.raw.size());
        const int expected[]
            = { rawfields::ExternalId, rawfields::BookingDateIso, rawfields::ValueDateIso,
                  rawfields::AmountPlain, rawfields::CurrencyCode, rawfields::Description,
                  rawfields::Reference, rawfields::Counterparty, rawfields::Account };
        for (int i = 0; i < a.size(); ++i) {
            QVERIFY2(a.at(i).isDouble(), qPrintable(t.raw.at(i).first));
            QCOMPARE(a.at(i).toInt(), expected[i]);
        }
        rawfields::KeyDictionary keys;
        const QByteArray out = encoded(t, &keys);
        QCOMPARE(out, QByteArray("[1,10,11,12,9,2,3,4,6]")); // names and values: about 330 bytes
        QCOMPARE(keys.keys().size(), t.raw.size());
        QCOMPARE(rawfields::decode(out, t, keys.keys()), t.raw);
    }

    void differentTextStaysLiteral()
    {
        Transaction t = ledgerRow();
        // What the reader normalised differs from the source text: the source text is kept.
        t.raw = { { QStringLiteral("date"), QStringLiteral("31.01.2026") },
            { QStringLiteral("amount"), QStringLiteral("-1.791,26") },
            { QStringLiteral("ref"), QStringLiteral(" INV-7 ") },
            { QStringLiteral("empty"), QString() },
            { QStringLiteral("ctl"), QStringLiteral("a\x01\nb\\") },
            { QStringLiteral("number"), QStringLiteral("12") } };
        const QJsonArray a = stored(t);
        for (const QJsonValue &v : a)
            QVERIFY(v.isString());
        rawfields::KeyDictionary keys;
        const QByteArray out = encoded(t, &keys);
        QCOMPARE(rawfields::decode(out, t, keys.keys()), t.raw);
    }

    void overriddenAccountIsNotReferenced()
    {
        Transaction t = ledgerRow();
        t.account = QStringLiteral("OWN-ACCOUNT"); // --account replaced the file's account
        const QJsonArray a = stored(t);
        QCOMPARE(a.last().toString(), QStringLiteral("DE89370400440532013000"));
        rawfields::KeyDictionary keys;
        const QByteArray out = encoded(t, &keys);
        QCOMPARE(rawfields::decode(out, t, keys.keys()).last().second,
            QStringLiteral("DE89370400440532013000"));
    }

    void namesOncePerImport()
    {
        // Rows of one import with varying names (as MT940 or QIF records have): a row whose
        // names are the import's first ones in order holds bare values, any other row numbers
        // its names; each decodes to exactly what it was.
        const auto row = [](std::initializer_list<const char *> names) {
            Transaction t;
            t.amount = Money::fromMinor(100, u"EUR");
            int i = 0;
            for (const char *n : names)
                t.raw.append({ QString::fromLatin1(n), QStringLiteral("v%1").arg(i++) });
            return t;
        };
        const Transaction rows[] = { row({ ":61:", ":86:" }), row({ ":61:", ":86:" }),
            row({ ":61:" }), row({ ":86:", ":61:" }), row({ ":61:", "?20", "?20" }),
            row({ ":61:", ":86:", "?20" }) };
        const char *expected[] = { R"(["v0","v1"])", R"(["v0","v1"])", R"(["v0"])",
            R"([[1,"v0"],[0,"v1"]])", R"([[0,"v0"],[2,"v1"],[2,"v2"]])", R"(["v0","v1","v2"])" };
        rawfields::KeyDictionary keys;
        QList<QByteArray> out;
        for (int i = 0; i < int(std::size(rows)); ++i) {
            out.append(encoded(rows[i], &keys));
            QCOMPARE(out.last(), QByteArray(expected[i]));
        }
        QCOMPARE(keys.keys(), QStringList({ ":61:", ":86:", "?20" }));
        QCOMPARE(keys.toJson(), QByteArray(R"([":61:",":86:","?20"])"));
        for (int i = 0; i < int(std::size(rows)); ++i)
            QCOMPARE(rawfields::decode(out.at(i), rows[i], keys.keys()), rows[i].raw);
    }

    void olderRowsAndOddInputDecode()
    {
        const Transaction t = ledgerRow();
        // Strings only, as every workspace stored them before.
        const RawFields legacy = rawfields::decode(R"([["id","GL-1"],["amount","5.00"]])", t);
        QCOMPARE(legacy,
            RawFields({ { QStringLiteral("id"), QStringLiteral("GL-1") },
                { QStringLiteral("amount"), QStringLiteral("5.00") } }));
        QVERIFY(rawfields::decode("", t).isEmpty());
        QVERIFY(rawfields::decode("not json", t).isEmpty());
        const RawFields unknown = rawfields::decode(R"([["x",999]])", t);
        QCOMPARE(unknown.size(), 1);
        QCOMPARE(unknown.first().second, QString());
    }

    void amountAndDateForms_data()
    {
        QTest::addColumn<qint64>("minor");
        QTest::addColumn<QString>("currency");
        QTest::addRow("cents") << qint64(-179126) << QStringLiteral("EUR");
        QTest::addRow("below one") << qint64(-5) << QStringLiteral("EUR");
        QTest::addRow("zero") << qint64(0) << QStringLiteral("EUR");
        QTest::addRow("no minor unit") << qint64(1500) << QStringLiteral("JPY");
        QTest::addRow("three decimals") << qint64(-123456) << QStringLiteral("KWD");
        QTest::addRow("smallest") << std::numeric_limits<qint64>::min() << QStringLiteral("EUR");
        QTest::addRow("largest") << std::numeric_limits<qint64>::max() << QStringLiteral("KWD");
    }

    void amountAndDateForms()
    {
        QFETCH(qint64, minor);
        QFETCH(QString, currency);
        Transaction t;
        t.amount = Money::fromMinor(minor, currency);
        t.bookingDate = QDate(987, 3, 4); // ISO pads the year: "0987-03-04"
        t.valueDate = QDate(2026, 12, 31);
        const QString plain = t.amount.toPlainString();
        t.raw = { { QStringLiteral("amount"), plain },
            { QStringLiteral("booked"), t.bookingDate.toString(Qt::ISODate) },
            { QStringLiteral("value"), t.valueDate.toString(Qt::ISODate) },
            { QStringLiteral("near miss"), plain + QLatin1Char('0') } };
        const QJsonArray a = stored(t);
        QCOMPARE(a.at(0).toInt(), int(rawfields::AmountPlain));
        QCOMPARE(a.at(1).toInt(), int(rawfields::BookingDateIso));
        QCOMPARE(a.at(2).toInt(), int(rawfields::ValueDateIso));
        QVERIFY(a.at(3).isString());
        rawfields::KeyDictionary keys;
        const QByteArray out = encoded(t, &keys);
        QCOMPARE(rawfields::decode(out, t, keys.keys()), t.raw);
    }

    void noRawFieldsNoText()
    {
        Transaction t = ledgerRow();
        t.raw.clear();
        rawfields::KeyDictionary keys;
        QByteArray out = "stale";
        rawfields::encode(out, t, keys);
        QVERIFY(out.isEmpty());
        QVERIFY(keys.keys().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRawFields)
#include "tst_raw_fields.moc"
