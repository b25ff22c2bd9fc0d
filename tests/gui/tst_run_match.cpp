// Reconcile › Run Matching: Ctrl+R runs the Rules tab's rules on the open items in the
// background, the grids and status bar show the outcome, and broken rules refuse to run.
#include "core/store/sqlite.h"
#include "core/store/workspace.h"
#include "support/demo_workspace.h"
#include "ui/match/match_controller.h"
#include "ui/match/match_job.h"
#include "ui/models/transaction_table_model.h"
#include "ui/windows/main_window.h"
#include "ui/windows/side_panel.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolBar>

using namespace recon;

namespace {

qint64 openCount(Workspace &ws)
{
    qint64 open = 0;
    for (const StatusCount &c : ws.statusCounts())
        if (c.status == Status::Open)
            open += c.count;
    return open;
}

qint64 groupCount(const QString &path)
{
    sql::Db db;
    db.open(path, true, false);
    return db.scalarInt("SELECT count(*) FROM match_groups WHERE active = 1");
}

} // namespace

class TestRunMatch : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void ctrlRRunsTheRules();
    void actionIsOnTheToolbar();
    void withoutWorkspaceExplains();

private:
    QTemporaryDir m_dir;
    QString m_demo;
};

void TestRunMatch::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("ReconWorkstationTest"));
    m_demo = m_dir.filePath(QStringLiteral("demo.recon"));
    QVERIFY(test::makeDemoWorkspace(m_demo, false).ok); // imported, not matched
}

void TestRunMatch::ctrlRRunsTheRules()
{
    const QString path = m_dir.filePath(QStringLiteral("run.recon"));
    QVERIFY(QFile::copy(m_demo, path));
    QCOMPARE(groupCount(path), 0);
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.openWorkspace(path, nullptr, true));
    const qint64 openBefore = openCount(*w.workspace());
    QVERIFY(openBefore > 300);
    auto *controller = w.findChild<MatchController *>();
    QVERIFY(controller);
    QSignalSpy done(controller, &MatchController::runFinished);
    QTest::keyClick(&w, Qt::Key_R, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 180000);
    QCOMPARE(done.at(0).at(0).toBool(), true);
    const qint64 groups = groupCount(path);
    QVERIFY2(groups > 100, qPrintable(QString::number(groups)));
    // The window re-read the workspace: fewer open items, and the status bar says why.
    QVERIFY(openCount(*w.workspace()) < openBefore / 2);
    const QString msg = w.statusBar()->currentMessage();
    QVERIFY2(msg.contains(QStringLiteral("%1 group(s)").arg(groups)), qPrintable(msg));
    // Every open item was looked at once; running again finds only what is left. A slow run
    // showed the (window-modal) progress dialog: the window takes the keyboard back once it is
    // gone, as a window manager would give it.
    QTRY_VERIFY(w.findChild<QProgressDialog *>() == nullptr);
    w.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    QTest::keyClick(&w, Qt::Key_R, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(done.size(), 2, 180000);
    QVERIFY(groupCount(path) >= groups);
    QVERIFY(w.statusBar()->currentMessage().contains(QStringLiteral("open items")));
}

void TestRunMatch::actionIsOnTheToolbar()
{
    MainWindow w;
    auto *bar = w.findChild<QToolBar *>(QStringLiteral("mainToolBar"));
    QVERIFY(bar);
    auto *action = w.findChild<QAction *>(QStringLiteral("actionRunMatch"));
    QVERIFY(action);
    QVERIFY(bar->actions().contains(action));
    QCOMPARE(action->shortcut(), QKeySequence(QStringLiteral("Ctrl+R")));
}

void TestRunMatch::withoutWorkspaceExplains()
{
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    bool sawBox = false;
    QTimer::singleShot(0, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (box) {
            sawBox = box->text().contains(QStringLiteral("Open a workspace first"));
            box->accept();
        }
    });
    w.findChild<QAction *>(QStringLiteral("actionRunMatch"))->trigger();
    QVERIFY(sawBox);
    QVERIFY(!w.findChild<MatchController *>()->job()->isRunning());
}

QTEST_MAIN(TestRunMatch)
#include "tst_run_match.moc"
