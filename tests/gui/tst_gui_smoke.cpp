// Offscreen smoke test of the workstation on the demo workspace: it opens, both sides show their
// items, typing in a filter narrows the grid, a read-only file shows its notice.
#include "core/store/import_service.h"
#include "core/store/text_index.h"
#include "core/store/workspace.h"
#include "support/demo_workspace.h"
#include "support/testsupport.h"
#include "ui/models/transaction_filter_proxy.h"
#include "ui/models/transaction_table_model.h"
#include "ui/windows/main_window.h"
#include "ui/windows/side_panel.h"
#include "ui/windows/text_index_loader.h"
#include "ui/workbench/workbench.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace recon;

class TestGuiSmoke : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void opensDemoWorkspace();
    void filterNarrowsGrid();
    void filterUsesTextIndex();
    void readOnlyNotice();
    void refusesForeignFile();

private:
    QTemporaryDir m_dir;
    QString m_demo;
    int m_left = 0;
    int m_right = 0;
};

void TestGuiSmoke::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("ReconWorkstationTest"));
    m_demo = m_dir.filePath(QStringLiteral("demo.recon"));
    const auto demo = test::makeDemoWorkspace(m_demo, false);
    QVERIFY(demo.ok);
    m_left = demo.left;
    m_right = demo.right;
    QVERIFY(m_left > 150);
    QVERIFY(m_right > 150);
}

void TestGuiSmoke::opensDemoWorkspace()
{
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QString error;
    QVERIFY2(w.openWorkspace(m_demo, &error, true), qPrintable(error));
    QCOMPARE(w.leftPanel()->model()->totalCount(), m_left);
    QCOMPARE(w.rightPanel()->model()->totalCount(), m_right);
    QVERIFY(w.windowTitle().contains(QStringLiteral("demo.recon")));
    QVERIFY(!w.findChild<QLabel *>(QStringLiteral("readOnlyNotice"))->isVisible());
}

void TestGuiSmoke::filterNarrowsGrid()
{
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.openWorkspace(m_demo, nullptr, true));
    SidePanel *right = w.rightPanel();
    QLineEdit *filter = right->filterEdit();
    const int before = right->proxy()->rowCount();
    QVERIFY(before > 100);
    QTest::mouseClick(filter, Qt::LeftButton);
    QTest::keyClicks(filter, QStringLiteral("Cheque"));
    QTRY_COMPARE(right->proxy()->rowCount(), 2); // the two outstanding cheques
    QTest::keyClick(filter, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(filter, Qt::Key_Delete);
    QTRY_COMPARE(right->proxy()->rowCount(), before);
    // Sorting by clicking the Amount header puts the smallest amount first.
    right->view()->sortByColumn(TransactionTableModel::Amount, Qt::AscendingOrder);
    const qint64 first
        = right->proxy()->index(0, 0).data(TransactionTableModel::AmountMinorRole).toLongLong();
    const qint64 second
        = right->proxy()->index(1, 0).data(TransactionTableModel::AmountMinorRole).toLongLong();
    QVERIFY(first <= second);
}

void TestGuiSmoke::filterUsesTextIndex()
{
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.openWorkspace(m_demo, nullptr, true));
    // Read in the background after opening, then handed to every grid's model.
    QTRY_VERIFY(w.textIndexLoader()->index() != nullptr);
    const auto index = w.textIndexLoader()->index();
    QCOMPARE(index->rowCount(Side::Left) + index->rowCount(Side::Right), qint64(m_left + m_right));
    for (SidePanel *p : { w.leftPanel(), w.rightPanel(), w.workbench()->side(Side::Left),
             w.workbench()->side(Side::Right) })
        QCOMPARE(p->model()->textIndex(), index);
    SidePanel *right = w.rightPanel();
    QTest::mouseClick(right->filterEdit(), Qt::LeftButton);
    QTest::keyClicks(right->filterEdit(), QStringLiteral("cHEQUE"));
    QTRY_COMPARE(right->proxy()->rowCount(), 2); // the two outstanding cheques, any case
}

void TestGuiSmoke::readOnlyNotice()
{
    const QString ro = m_dir.filePath(QStringLiteral("ro.recon"));
    QVERIFY(QFile::copy(m_demo, ro));
    QVERIFY(QFile::setPermissions(ro, QFile::ReadOwner | QFile::ReadGroup));
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.openWorkspace(ro, nullptr, true));
    QVERIFY(w.workspace()->isReadOnly());
    auto *notice = w.findChild<QLabel *>(QStringLiteral("readOnlyNotice"));
    QTRY_VERIFY(notice->isVisible());
    QVERIFY(notice->text().contains(QStringLiteral("Read-only")));
}

void TestGuiSmoke::refusesForeignFile()
{
    const QString bad = m_dir.filePath(QStringLiteral("bad.recon"));
    QFile f(bad);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("hello");
    f.close();
    MainWindow w;
    QString error;
    QVERIFY(!w.openWorkspace(bad, &error, true));
    QVERIFY(error.contains(QStringLiteral("not a Recon workspace")));
    QVERIFY(w.workspace() == nullptr);
}

QTEST_MAIN(TestGuiSmoke)
#include "tst_gui_smoke.moc"
