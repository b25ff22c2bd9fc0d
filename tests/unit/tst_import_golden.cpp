// Golden import tests: tests/data/import/<format>/<case>/ holds one input file ("input.*"), the
// expected `recon inspect --json --rows` output ("expected.json") and optionally "options.json"
// ({"format": "...", "default_currency": "...", "skip_bad_lines": true}). Adding a case is adding
// a folder. Malformed inputs are cases too: their expected.json lists the errors.
#include "core/import/inspect_json.h"
#include "core/import/registry.h"
#include "support/testsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QTest>

using namespace recon;

class TestImportGolden : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void golden_data();
    void golden();
};

void TestImportGolden::golden_data()
{
    QTest::addColumn<QString>("caseDir");
    const QDir root(test::testDataDir() + QStringLiteral("/import"));
    int n = 0;
    for (const QString &fmt : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        const QDir fdir(root.filePath(fmt));
        for (const QString &c : fdir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
            QTest::newRow(qPrintable(fmt + QLatin1Char('/') + c)) << fdir.filePath(c);
            ++n;
        }
    }
    if (n == 0)
        QSKIP("no golden cases yet");
}

void TestImportGolden::golden()
{
    QFETCH(QString, caseDir);
    const QDir dir(caseDir);
    const QStringList inputs = dir.entryList({ QStringLiteral("input.*") }, QDir::Files);
    QCOMPARE(inputs.size(), 1);
    QJsonObject options;
    QFile of(dir.filePath(QStringLiteral("options.json")));
    if (of.open(QIODevice::ReadOnly))
        options = QJsonDocument::fromJson(of.readAll()).object();
    ReadOptions opts;
    opts.fileName = inputs.first();
    opts.defaultCurrency = options.value(QStringLiteral("default_currency")).toString();
    opts.skipBadLines = options.value(QStringLiteral("skip_bad_lines")).toBool();
    const ReadResult r = readFile(
        dir.filePath(inputs.first()), options.value(QStringLiteral("format")).toString(), opts);
    const QJsonObject actual = inspectJson(r, true);
    QFile ef(dir.filePath(QStringLiteral("expected.json")));
    QVERIFY2(ef.open(QIODevice::ReadOnly), "expected.json missing");
    const QJsonObject expected = QJsonDocument::fromJson(ef.readAll()).object();
    if (actual != expected) {
        const QByteArray a = QJsonDocument(actual).toJson();
        QFile out(dir.filePath(QStringLiteral("actual.json.tmp")));
        if (qEnvironmentVariableIsSet("RECON_GOLDEN_UPDATE") && out.open(QIODevice::WriteOnly))
            out.write(a);
        QFAIL(qPrintable(
            QStringLiteral("output differs from expected.json:\n") + QString::fromUtf8(a)));
    }
}

QTEST_GUILESS_MAIN(TestImportGolden)
#include "tst_import_golden.moc"
