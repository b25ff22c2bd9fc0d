// Offscreen tests of File > Export…: the menu opens the dialog; an XLSX export with a status
// filter runs off the GUI thread, reports what it wrote and offers the folder; CSV options (BOM,
// ';') reach the files; Cancel during a running export leaves no file and no audit entry; an
// unwritable target is a clear message in the dialog.
#include "core/report/export_service.h"
#include "core/store/workspace.h"
#include "support/demo_workspace.h"
#include "support/testsupport.h"
#include "ui/export/export_dialog.h"
#include "ui/export/export_job.h"
#include "ui/windows/main_window.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSemaphore>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>

using namespace recon;

class TestExportDialog : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void menuOpensDialog();
    void xlsxWithStatusFilter();
    void csvOptionsReachTheFiles();
    void cancelLeavesNoFile();
    void unwritableTargetIsShown();

private:
    template <typename T> T *child(QWidget *w, const char *name) const
    {
        T *c = w->findChild<T *>(QLatin1String(name));
        if (!c)
            qWarning("no child %s", name);
        return c;
    }
    void setTarget(ExportDialog &dlg, const QString &target) const;
    qint64 auditCount() const;

    QTemporaryDir m_dir;
    QString m_ws;
};

void TestExportDialog::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_ws = m_dir.filePath(QStringLiteral("demo.recon"));
    QVERIFY(test::makeDemoWorkspace(m_ws, true).ok);
}

qint64 TestExportDialog::auditCount() const
{
    auto ws = Workspace::open(m_ws, true);
    return ws->audit().head().count;
}

void TestExportDialog::setTarget(ExportDialog &dlg, const QString &target) const
{
    auto *edit = child<QLineEdit>(&dlg, "targetEdit");
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, target);
    QCOMPARE(edit->text(), target);
}

void TestExportDialog::menuOpensDialog()
{
    MainWindow win;
    QString error;
    QVERIFY2(win.openWorkspace(m_ws, &error, true), qPrintable(error));
    win.show();
    QVERIFY(QTest::qWaitForWindowExposed(&win));
    QTest::keySequence(&win, QKeySequence(QStringLiteral("Ctrl+Alt+E")));
    ExportDialog *dlg = nullptr;
    QTRY_VERIFY((dlg = win.findChild<ExportDialog *>()) != nullptr);
    QTRY_VERIFY(dlg->isVisible());
    // The default target sits next to the workspace and follows the format.
    auto *target = child<QLineEdit>(dlg, "targetEdit");
    QCOMPARE(target->text(), m_dir.filePath(QStringLiteral("demo-report.xlsx")));
    auto *format = child<QComboBox>(dlg, "formatCombo");
    format->setFocus();
    QTest::keyClick(format, Qt::Key_Down);
    QCOMPARE(dlg->options().format, report::Format::Csv);
    QCOMPARE(target->text(), m_dir.filePath(QStringLiteral("demo-report-csv")));
    QTest::mouseClick(child<QPushButton>(dlg, "closeButton"), Qt::LeftButton);
    QTRY_VERIFY(win.findChild<ExportDialog *>() == nullptr); // WA_DeleteOnClose
}

void TestExportDialog::xlsxWithStatusFilter()
{
    ExportDialog dlg(m_ws);
    QString opened;
    dlg.setOpenFolderHandler([&opened](const QString &dir) { opened = dir; });
    dlg.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dlg));
    QVERIFY(!child<QWidget>(&dlg, "openFolderButton")->isVisible());
    const QString out = m_dir.filePath(QStringLiteral("out/open-items.xlsx"));
    QVERIFY(QDir().mkpath(QFileInfo(out).absolutePath()));
    setTarget(dlg, out);
    QTest::mouseClick(child<QCheckBox>(&dlg, "status_open"), Qt::LeftButton);
    QTest::mouseClick(child<QCheckBox>(&dlg, "status_exception"), Qt::LeftButton);
    QCOMPARE(dlg.options().filters.statuses, QList<Status>({ Status::Open, Status::Exception }));
    const qint64 before = auditCount();
    QTest::mouseClick(child<QPushButton>(&dlg, "exportButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dlg.isRunning() && dlg.lastResult().ok, 60000);
    QVERIFY(QFile::exists(out));
    // Every item row written is open or an exception; the count agrees with the workspace.
    auto ws = Workspace::open(m_ws, true);
    const qint64 open = ws->db().scalarInt("SELECT COUNT(*) FROM transactions WHERE status IN "
                                           "(0, 3) AND id NOT IN (SELECT tx_id FROM match_members "
                                           "m JOIN match_groups g ON g.id = m.group_id WHERE "
                                           "g.active = 1)");
    QVERIFY(open > 0);
    QVERIFY(dlg.lastResult().rows >= open);
    QCOMPARE(auditCount(), before + 1);
    const auto v = report::verifyExport(out, *ws);
    QVERIFY2(v.matches(), qPrintable(v.differences.join(QLatin1Char('\n'))));
    auto *status = child<QLabel>(&dlg, "statusLabel");
    QVERIFY2(status->text().startsWith(QLatin1String("Exported ")), qPrintable(status->text()));
    QVERIFY(status->text().contains(QLatin1String("open-items.xlsx")));
    QCOMPARE(child<QProgressBar>(&dlg, "progressBar")->value(),
        child<QProgressBar>(&dlg, "progressBar")->maximum());
    auto *openFolder = child<QPushButton>(&dlg, "openFolderButton");
    QVERIFY(openFolder->isVisible());
    QTest::mouseClick(openFolder, Qt::LeftButton);
    QCOMPARE(opened, QFileInfo(out).absolutePath());
    if (qEnvironmentVariableIsSet("RECON_EXPORT_SCREENSHOT")) // docs/screenshot-export.png
        QVERIFY(dlg.grab().save(qEnvironmentVariable("RECON_EXPORT_SCREENSHOT")));
}

void TestExportDialog::csvOptionsReachTheFiles()
{
    ExportDialog dlg(m_ws);
    dlg.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dlg));
    auto *format = child<QComboBox>(&dlg, "formatCombo");
    format->setCurrentIndex(format->findData(int(report::Format::Csv)));
    auto *bom = child<QCheckBox>(&dlg, "bomCheck");
    QTRY_VERIFY(bom->isVisible());
    QVERIFY(!child<QLineEdit>(&dlg, "preparerEdit")->isVisible()); // PDF only
    const QString out = m_dir.filePath(QStringLiteral("csv"));
    setTarget(dlg, out);
    // The group box has just been shown and the dialog resized: tick the options from the keyboard.
    bom->setFocus();
    QTest::keyClick(bom, Qt::Key_Space);
    auto *semicolon = child<QCheckBox>(&dlg, "semicolonCheck");
    semicolon->setFocus();
    QTest::keyClick(semicolon, Qt::Key_Space);
    QVERIFY(dlg.options().csvBom);
    QVERIFY(dlg.options().csvSemicolon);
    QTest::mouseClick(child<QPushButton>(&dlg, "exportButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dlg.isRunning() && dlg.lastResult().ok, 60000);
    QFile f(QDir(out).filePath(QStringLiteral("matched.csv")));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray text = f.readAll();
    QVERIFY2(text.startsWith("\xEF\xBB\xBFGroup;Side;Date;"), text.left(40).constData());
    QVERIFY(QFile::exists(QDir(out).filePath(QStringLiteral("evidence.csv"))));
}

void TestExportDialog::cancelLeavesNoFile()
{
    ExportDialog dlg(m_ws);
    dlg.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dlg));
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("cancelled.xlsx"));
    setTarget(dlg, out);
    // Hold the worker in its first progress report until Cancel has been clicked.
    auto *job = dlg.findChild<ExportJob *>(QStringLiteral("exportJob"));
    QVERIFY(job);
    QSemaphore release;
    std::atomic<bool> inProgress { false };
    connect(
        job, &ExportJob::progress, job,
        [&](qint64, qint64) {
            if (!inProgress.exchange(true))
                release.acquire();
        },
        Qt::DirectConnection);
    const qint64 before = auditCount();
    QTest::mouseClick(child<QPushButton>(&dlg, "exportButton"), Qt::LeftButton);
    QTRY_VERIFY(inProgress.load());
    auto *cancel = child<QPushButton>(&dlg, "cancelButton");
    QVERIFY(cancel->isEnabled());
    QVERIFY(!child<QPushButton>(&dlg, "exportButton")->isEnabled());
    QTest::mouseClick(cancel, Qt::LeftButton);
    release.release();
    QTRY_VERIFY_WITH_TIMEOUT(!dlg.isRunning(), 60000);
    QVERIFY(dlg.lastResult().cancelled);
    QVERIFY(!QFile::exists(out));
    QVERIFY(QDir(dir.path())
                .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot)
                .isEmpty());
    QCOMPARE(auditCount(), before);
    QCOMPARE(child<QLabel>(&dlg, "statusLabel")->text(),
        QStringLiteral("Export cancelled; nothing was written."));
    QVERIFY(!child<QPushButton>(&dlg, "openFolderButton")->isVisible());
    QVERIFY(child<QPushButton>(&dlg, "exportButton")->isEnabled());
}

void TestExportDialog::unwritableTargetIsShown()
{
    ExportDialog dlg(m_ws);
    dlg.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dlg));
    setTarget(dlg, QStringLiteral("/nonexistent/folder/report.xlsx"));
    QTest::mouseClick(child<QPushButton>(&dlg, "exportButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dlg.isRunning() && !dlg.lastResult().error.isEmpty(), 60000);
    const QString text = child<QLabel>(&dlg, "statusLabel")->text();
    QVERIFY2(text.startsWith(QLatin1String("Export failed: cannot write")), qPrintable(text));
    QVERIFY(text.contains(QLatin1String("does not exist")));
    QVERIFY(!child<QPushButton>(&dlg, "openFolderButton")->isVisible());
}

QTEST_MAIN(TestExportDialog)
#include "tst_export_dialog.moc"
