// Offscreen tests of the workstation's sync room on the matched demo month: the server settings
// dialog validates and stores its values (never a password); the status bar's waiting count
// follows a manual match; the conflict view lists a conflict recorded in the workspace, shows
// mine vs theirs, and Take theirs / Keep mine resolve it (the row leaves, the workspace changes);
// a sync to an unreachable server can be cancelled and the error is shown.
#include "core/store/resolution_service.h"
#include "core/store/workspace.h"
#include "core/sync/sync_store.h"
#include "support/demo_workspace.h"
#include "support/testsupport.h"
#include "ui/models/transaction_table_model.h"
#include "ui/sync/conflict_table_model.h"
#include "ui/sync/conflict_view.h"
#include "ui/sync/server_settings.h"
#include "ui/sync/sync_controller.h"
#include "ui/windows/main_window.h"
#include "ui/windows/side_panel.h"
#include "ui/workbench/reason_dialog.h"
#include "ui/workbench/workbench.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>

using namespace recon;

class TestSyncUi : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void settingsDialogStoresValues();
    void waitingCountFollowsManualMatch();
    void conflictModel_data();
    void conflictModel();
    void conflictResolvedFromView_data();
    void conflictResolvedFromView();
    void cancelledSyncShowsError();

private:
    SyncController *controller() const { return m_win->findChild<SyncController *>(); }
    QLabel *label(const char *name) const
    {
        return m_win->findChild<QLabel *>(QLatin1String(name));
    }
    qint64 waiting() const { return sync::SyncStore(*m_win->workspace()).waitingCount(); }
    QString reasonOf(const QUuid &id) const;
    QUuid openItem(Side side) const;
    // Records a conflict on `item`'s reason code as a push would: mine "duplicate", theirs
    // "write_off" by alice at version 2.
    bool makeConflict(const QUuid &item);

    QTemporaryDir m_dir;
    QString m_base;
    int m_case = 0;
    std::unique_ptr<MainWindow> m_win;
};

void TestSyncUi::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("ReconWorkstationSyncUiTest"));
    qputenv("RECON_USER", "gui-tester");
    m_base = m_dir.filePath(QStringLiteral("base.recon"));
    QVERIFY(test::makeDemoWorkspace(m_base, true).ok);
}

void TestSyncUi::init()
{
    QSettings().clear();
    const QString path = m_dir.filePath(QStringLiteral("case%1.recon").arg(++m_case));
    QVERIFY(QFile::copy(m_base, path));
    m_win = std::make_unique<MainWindow>();
    m_win->show();
    QApplication::setActiveWindow(m_win.get());
    QVERIFY(QTest::qWaitForWindowActive(m_win.get()));
    QString error;
    QVERIFY2(m_win->openWorkspace(path, &error, true), qPrintable(error));
    QVERIFY(controller());
}

void TestSyncUi::cleanup()
{
    m_win.reset();
}

QString TestSyncUi::reasonOf(const QUuid &id) const
{
    auto q = m_win->workspace()->db().prepare("SELECT e.reason_code FROM exceptions e JOIN "
                                              "transactions t ON t.id = e.tx_id WHERE t.uuid = ?");
    q.bindBlob(1, uuidBytes(id));
    return q.step() ? q.textAt(0) : QString();
}

QUuid TestSyncUi::openItem(Side side) const
{
    const auto items = m_win->workspace()->transactions(side, Status::Open);
    return items.isEmpty() ? QUuid() : items.first().id;
}

bool TestSyncUi::makeConflict(const QUuid &item)
{
    Workspace &ws = *m_win->workspace();
    if (!ResolutionService(ws, QStringLiteral("gui-tester"))
             .setReasonCode({ item }, QStringLiteral("duplicate"))
             .ok())
        return false;
    sync::SyncStore store(ws);
    for (const sync::OutboxItem &o : store.nextBatch(100)) {
        if (o.entityId.compare(item.toString(QUuid::WithoutBraces), Qt::CaseInsensitive) != 0)
            continue;
        QJsonObject theirs = o.payload;
        theirs.insert(QStringLiteral("reason_code"), QStringLiteral("write_off"));
        return store.recordPushResult({ o }, {},
                   { { o.idempotencyKey, o.baseVersion, 2, o.payload, theirs,
                       QStringLiteral("alice") } })
            == 1;
    }
    return false;
}

void TestSyncUi::settingsDialogStoresValues()
{
    ServerSettingsDialog dlg(m_win.get());
    dlg.open();
    QVERIFY(QTest::qWaitForWindowExposed(&dlg));
    auto *url = dlg.findChild<QLineEdit *>(QStringLiteral("serverUrlEdit"));
    auto *user = dlg.findChild<QLineEdit *>(QStringLiteral("serverUserEdit"));
    auto *ca = dlg.findChild<QLineEdit *>(QStringLiteral("caFileEdit"));
    auto *ok = dlg.findChild<QDialogButtonBox *>(QStringLiteral("settingsButtons"))
                   ->button(QDialogButtonBox::Ok);
    QVERIFY(url && user && ca && ok);
    // Plain http is refused with a message; the dialog stays open and nothing is stored.
    QTest::keyClicks(url, QStringLiteral("http://recon.example.com"));
    QTest::keyClicks(user, QStringLiteral("bob"));
    QTest::mouseClick(ok, Qt::LeftButton);
    QVERIFY(dlg.isVisible());
    auto *error = dlg.findChild<QLabel *>(QStringLiteral("settingsError"));
    QVERIFY(error->isVisible());
    QVERIFY(error->text().contains(QStringLiteral("https://")));
    QVERIFY(ServerSettings::load().url.isEmpty());
    // An unreadable CA file is refused too.
    url->clear();
    QTest::keyClicks(url, QStringLiteral("https://recon.example.com:8443"));
    QTest::keyClicks(ca, m_dir.filePath(QStringLiteral("missing.pem")));
    QTest::mouseClick(ok, Qt::LeftButton);
    QVERIFY(dlg.isVisible());
    QVERIFY(error->text().contains(QStringLiteral("missing.pem")));
    ca->clear();
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY(!dlg.isVisible());
    QCOMPARE(dlg.result(), int(QDialog::Accepted));
    const ServerSettings s = ServerSettings::load();
    QCOMPARE(s.url, QStringLiteral("https://recon.example.com:8443"));
    QCOMPARE(s.user, QStringLiteral("bob"));
    QCOMPARE(s.caFile, QString());
    for (const QString &k : QSettings().allKeys())
        QVERIFY2(!k.contains(QStringLiteral("password"), Qt::CaseInsensitive), qPrintable(k));
    // Reopened, the dialog shows what was stored.
    ServerSettingsDialog again(m_win.get());
    QCOMPARE(again.findChild<QLineEdit *>(QStringLiteral("serverUrlEdit"))->text(), s.url);
}

void TestSyncUi::waitingCountFollowsManualMatch()
{
    QLabel *w = label("waitingLabel");
    QVERIFY(w && w->isVisible());
    const qint64 before = waiting();
    QCOMPARE(w->text(), QStringLiteral("%1 waiting").arg(before));
    QCOMPARE(label("lastSyncLabel")->text(), QStringLiteral("Last sync: never"));

    // A manual match through the workbench, as a user makes it.
    QTest::keyClick(m_win.get(), Qt::Key_2, Qt::ControlModifier);
    Workbench *wb = m_win->workbench();
    QTRY_VERIFY(wb->side(Side::Left)->view()->isVisible());
    for (Side side : { Side::Left, Side::Right }) {
        QTableView *view = wb->side(side)->view();
        const QModelIndex idx = view->model()->index(0, TransactionTableModel::Description);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(idx).center());
    }
    QTest::keyClick(wb->side(Side::Left)->view(), Qt::Key_M, Qt::ControlModifier);
    ReasonDialog *dlg = nullptr;
    QVERIFY(QTest::qWaitFor([&] {
        dlg = wb->findChild<ReasonDialog *>();
        return dlg && dlg->isVisible();
    }));
    QTest::keyClicks(dlg->combo(), QStringLiteral("Timing"));
    QTest::keyClick(dlg, Qt::Key_Return);
    QTRY_VERIFY(waiting() > before);
    QTRY_COMPARE(w->text(), QStringLiteral("%1 waiting").arg(waiting()));

    // Undo queues the reversal too: the count follows again.
    const qint64 afterMatch = waiting();
    QTest::keyClick(m_win.get(), Qt::Key_Z, Qt::ControlModifier);
    QTRY_VERIFY(waiting() > afterMatch);
    QTRY_COMPARE(w->text(), QStringLiteral("%1 waiting").arg(waiting()));
}

void TestSyncUi::conflictModel_data()
{
    QTest::addColumn<bool>("withConflict");
    QTest::newRow("empty") << false;
    QTest::newRow("one conflict") << true;
}

void TestSyncUi::conflictModel()
{
    QFETCH(bool, withConflict);
    const auto open = m_win->workspace()->transactions(Side::Right, Status::Open);
    QVERIFY(!open.isEmpty());
    if (withConflict)
        QVERIFY(makeConflict(open.first().id));
    ConflictTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setWorkspace(m_win->workspace());
    QCOMPARE(model.columnCount(), int(ConflictTableModel::ColumnCount));
    QCOMPARE(model.rowCount(), withConflict ? 1 : 0);
    if (!withConflict)
        return;
    auto cell = [&](ConflictTableModel::Column c) { return model.index(0, c).data().toString(); };
    QCOMPARE(cell(ConflictTableModel::Item), open.first().description); // named by description
    QCOMPARE(cell(ConflictTableModel::Field), QStringLiteral("reason_code"));
    QCOMPARE(cell(ConflictTableModel::Mine), QStringLiteral("duplicate"));
    QCOMPARE(cell(ConflictTableModel::Theirs), QStringLiteral("write_off"));
    QVERIFY(!cell(ConflictTableModel::When).isEmpty());
    model.reload(); // a reset under the tester
    QCOMPARE(model.rowCount(), 1);
}

void TestSyncUi::conflictResolvedFromView_data()
{
    QTest::addColumn<QString>("button");
    QTest::addColumn<QString>("reasonAfter");
    QTest::addColumn<bool>("requeued");
    QTest::newRow("take theirs") << QStringLiteral("takeTheirsButton")
                                 << QStringLiteral("write_off") << false;
    QTest::newRow("keep mine") << QStringLiteral("keepMineButton") << QStringLiteral("duplicate")
                               << true;
}

void TestSyncUi::conflictResolvedFromView()
{
    QFETCH(QString, button);
    QFETCH(QString, reasonAfter);
    QFETCH(bool, requeued);
    const QUuid item = openItem(Side::Right);
    QVERIFY(!item.isNull());
    QVERIFY(makeConflict(item));
    m_win->reload();
    auto *conflictsButton = m_win->findChild<QToolButton *>(QStringLiteral("conflictsButton"));
    QTRY_VERIFY(conflictsButton->isVisible());
    QCOMPARE(conflictsButton->text(), QStringLiteral("1 conflict(s)"));

    QTest::keyClick(m_win.get(), Qt::Key_K, Qt::ControlModifier | Qt::ShiftModifier);
    ConflictView *view = nullptr;
    QVERIFY(QTest::qWaitFor([&] {
        view = m_win->findChild<ConflictView *>();
        return view && view->isVisible();
    }));
    QAbstractItemModelTester tester(
        view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(view->model()->rowCount(), 1);
    // The first row is selected and shown side by side.
    QTRY_VERIFY(view->findChild<QTextBrowser *>(QStringLiteral("mineText"))
                    ->toPlainText()
                    .contains(QStringLiteral("duplicate")));
    QVERIFY(view->findChild<QTextBrowser *>(QStringLiteral("theirsText"))
                ->toPlainText()
                .contains(QStringLiteral("write_off")));
    QVERIFY(view->findChild<QLabel *>(QStringLiteral("theirsTitle"))
                ->text()
                .contains(QStringLiteral("alice")));
    QVERIFY(!view->findChild<QPushButton *>(QStringLiteral("mergeCommentButton"))->isEnabled());

    auto *b = view->findChild<QPushButton *>(button);
    QVERIFY(b && b->isEnabled());
    QTest::mouseClick(b, Qt::LeftButton);
    QTRY_COMPARE(view->model()->rowCount(), 0);
    QCOMPARE(reasonOf(item), reasonAfter);
    QCOMPARE(sync::SyncStore(*m_win->workspace()).openConflictCount(), 0);
    QCOMPARE(waiting() > 0, requeued); // keep mine queues my state again for the next sync
    QTRY_VERIFY(!conflictsButton->isVisible());
    QCOMPARE(label("waitingLabel")->text(), QStringLiteral("%1 waiting").arg(waiting()));
    QVERIFY(!b->isEnabled()); // nothing left to resolve
    QVERIFY(view->findChild<QLabel *>(QStringLiteral("conflictMessage"))
                ->text()
                .contains(QStringLiteral("No open conflicts")));
}

void TestSyncUi::cancelledSyncShowsError()
{
    // Nothing listens on port 1: the client retries with backoff until cancelled.
    ServerSettings { QStringLiteral("https://127.0.0.1:1"), {}, QStringLiteral("bob") }.save();
    SyncController *c = controller();
    c->setPassword(QStringLiteral("secret"));
    QSignalSpy finished(c, &SyncController::syncFinished);
    QTest::keyClick(m_win.get(), Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(c->isSyncing());
    QVERIFY(!c->syncAction()->isEnabled());
    auto *cancel = m_win->findChild<QToolButton *>(QStringLiteral("cancelSyncButton"));
    QTRY_VERIFY(cancel->isVisible());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!c->isSyncing(), 20000);
    QCOMPARE(finished.count(), 1);
    QVERIFY2(c->lastError().contains(QStringLiteral("cancelled")), qPrintable(c->lastError()));
    QVERIFY2(m_win->statusBar()->currentMessage().contains(QStringLiteral("cancelled")),
        qPrintable(m_win->statusBar()->currentMessage()));
    QVERIFY(c->syncAction()->isEnabled());
    QVERIFY(!cancel->isVisible());
    QCOMPARE(label("lastSyncLabel")->text(), QStringLiteral("Last sync: never"));
}

QTEST_MAIN(TestSyncUi)
#include "tst_sync_ui.moc"
