// When the CLI asks glibc for transparent huge pages (core/huge_pages.h): only for a large file
// argument and only when the kernel's THP mode is "madvise".
#include "core/huge_pages.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <vector>

using namespace recon;

class TestHugePages : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void decision();

private:
    static bool worthIt(const QStringList &args, const char *mode)
    {
        std::vector<QByteArray> bytes { QByteArrayLiteral("recon") };
        for (const QString &a : args)
            bytes.push_back(a.toLocal8Bit());
        std::vector<char *> argv;
        for (QByteArray &b : bytes)
            argv.push_back(b.data());
        argv.push_back(nullptr);
        return hugePagesWorthIt(argv.data(), mode);
    }
};

void TestHugePages::decision()
{
    QTemporaryDir dir;
    const QString small = dir.filePath(QStringLiteral("small.csv"));
    const QString large = dir.filePath(QStringLiteral("large.csv"));
    QFile s(small);
    QVERIFY(s.open(QIODevice::WriteOnly));
    s.write("id,date,amount\n");
    s.close();
    QFile l(large);
    QVERIFY(l.open(QIODevice::WriteOnly));
    QVERIFY(l.resize(kHugePagesMinFileBytes)); // sparse: no 16 MiB written
    l.close();
    const char *madvise = "always [madvise] never";
    const QString reconcile = QStringLiteral("reconcile");

    QVERIFY(worthIt({ reconcile, QStringLiteral("--left"), large }, madvise));
    QVERIFY(worthIt({ reconcile, QStringLiteral("--left=") + large }, madvise));
    QVERIFY(!worthIt({ reconcile, QStringLiteral("--left"), small }, madvise));
    QVERIFY(!worthIt({ QStringLiteral("--version") }, madvise));
    QVERIFY(!worthIt({ dir.path() }, madvise)); // a directory is not a file
    QVERIFY(!worthIt({ large + QStringLiteral(".missing") }, madvise));
    // "always": the kernel uses huge pages anyway; "never": it will not; unreadable: unknown
    QVERIFY(!worthIt({ large }, "[always] madvise never"));
    QVERIFY(!worthIt({ large }, "always madvise [never]"));
    QVERIFY(!worthIt({ large }, ""));
    QVERIFY(!hugePagesWorthIt(nullptr, madvise));
    // one byte short of the threshold
    QVERIFY(l.resize(kHugePagesMinFileBytes - 1));
    QVERIFY(!worthIt({ large }, madvise));
}

QTEST_GUILESS_MAIN(TestHugePages)
#include "tst_huge_pages.moc"
