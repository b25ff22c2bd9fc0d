// Offscreen tests of the exception workbench on the matched demo month, driven by clicks and
// keys: a one-sided selection is not a match; a match with a difference asks for a reason code,
// changes the statuses, Ctrl+Z restores them and Ctrl+Shift+Z redoes; proposed groups are
// confirmed in bulk; a suggestion is accepted with Ctrl+Return; filters narrow the grids; the
// detail panel names the source file and line. Every model added runs under the model tester.
#include "core/store/import_service.h"
#include "core/store/match_service.h"
#include "core/store/workspace.h"
#include "support/demo_workspace.h"
#include "support/testsupport.h"
#include "ui/models/transaction_table_model.h"
#include "ui/windows/main_window.h"
#include "ui/windows/side_panel.h"
#include "ui/workbench/detail_panel.h"
#include "ui/workbench/group_table_model.h"
#include "ui/workbench/item_filter_proxy.h"
#include "ui/workbench/reason_dialog.h"
#include "ui/workbench/suggestion_model.h"
#include "ui/workbench/workbench.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace recon;

class TestWorkbench : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void oneSidedSelectionIsNotAMatch();
    void matchWithDifferenceUndoRedo();
    void confirmProposedInBulk();
    void acceptSuggestion();
    void filtersNarrowGrids();
    void reasonInvestigatedCommentUnmatch();
    void detailShowsSource();
    void textAgeFilterAndSortInSql();
    void editRefreshesOnlyTouchedRows();

private:
    Workbench *wb() const { return m_win->workbench(); }
    QTableView *grid(Side s) const { return wb()->side(s)->view(); }
    void clickRow(QTableView *view, int row, Qt::KeyboardModifiers mods = Qt::NoModifier);
    qint64 scalar(const char *sql) const { return m_win->workspace()->db().scalarInt(sql); }
    Status statusOf(const QUuid &id) const;
    ReasonDialog *waitForReasonDialog() const;

    QTemporaryDir m_dir;
    QString m_base;
    int m_case = 0;
    std::unique_ptr<MainWindow> m_win;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
};

void TestWorkbench::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("ReconWorkstationTest"));
    qputenv("RECON_USER", "gui-tester");
    m_base = m_dir.filePath(QStringLiteral("base.recon"));
    QVERIFY(test::makeDemoWorkspace(m_base, true).ok);
}

void TestWorkbench::init()
{
    const QString path = m_dir.filePath(QStringLiteral("case%1.recon").arg(++m_case));
    QVERIFY(QFile::copy(m_base, path));
    m_win = std::make_unique<MainWindow>();
    // The models the workbench adds, checked through every reset, insert and filter change.
    using Mode = QAbstractItemModelTester::FailureReportingMode;
    for (QAbstractItemModel *m :
        std::initializer_list<QAbstractItemModel *> { wb()->suggestionModel(), wb()->groupModel(),
            wb()->filter(Side::Left), wb()->filter(Side::Right) })
        m_testers.push_back(std::make_unique<QAbstractItemModelTester>(m, Mode::QtTest));
    m_win->show();
    QApplication::setActiveWindow(m_win.get());
    QVERIFY(QTest::qWaitForWindowActive(m_win.get()));
    QString error;
    QVERIFY2(m_win->openWorkspace(path, &error, true), qPrintable(error));
    QTest::keyClick(m_win.get(), Qt::Key_2, Qt::ControlModifier); // View > Workbench
    QTRY_COMPARE(m_win->tabs()->currentWidget(), static_cast<QWidget *>(wb()));
    QTRY_VERIFY(grid(Side::Left)->isVisible());
}

void TestWorkbench::cleanup()
{
    m_testers.clear();
    m_win.reset();
}

void TestWorkbench::clickRow(QTableView *view, int row, Qt::KeyboardModifiers mods)
{
    const QModelIndex idx = view->model()->index(row, TransactionTableModel::Description);
    view->scrollTo(idx);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, mods, view->visualRect(idx).center());
}

Status TestWorkbench::statusOf(const QUuid &id) const
{
    auto q = m_win->workspace()->db().prepare("SELECT status FROM transactions WHERE uuid = ?");
    q.bindBlob(1, uuidBytes(id));
    return q.step() ? static_cast<Status>(q.intAt(0)) : Status::Open;
}

ReasonDialog *TestWorkbench::waitForReasonDialog() const
{
    ReasonDialog *dlg = nullptr;
    (void)QTest::qWaitFor([&] {
        dlg = wb()->findChild<ReasonDialog *>();
        return dlg && dlg->isVisible();
    });
    return dlg;
}

void TestWorkbench::oneSidedSelectionIsNotAMatch()
{
    // Open and exceptions only: the demo leaves three open items on each side.
    QCOMPARE(grid(Side::Left)->model()->rowCount(), 3);
    QCOMPARE(grid(Side::Right)->model()->rowCount(), 3);
    clickRow(grid(Side::Left), 0);
    QCOMPARE(wb()->selectedIds(Side::Left).size(), 1);
    QVERIFY(wb()->sumLabel(Side::Left)->text().contains(QStringLiteral("1 selected")));
    QVERIFY(wb()->sumLabel(Side::Right)->text().contains(QStringLiteral("nothing")));
    QTest::keyClick(grid(Side::Left), Qt::Key_M, Qt::ControlModifier);
    QTRY_VERIFY(wb()->messageLabel()->text().contains(QStringLiteral("each side")));
    QVERIFY(!wb()->findChild<ReasonDialog *>());
    QCOMPARE(scalar("SELECT COUNT(*) FROM match_groups WHERE rule = 'manual'"), 0);
    QCOMPARE(m_win->undoStack()->count(), 0);
}

void TestWorkbench::matchWithDifferenceUndoRedo()
{
    QTableView *left = grid(Side::Left);
    QTableView *right = grid(Side::Right);
    clickRow(left, 0);
    clickRow(right, 0);
    const QUuid l = wb()->selectedIds(Side::Left).value(0);
    const QUuid r = wb()->selectedIds(Side::Right).value(0);
    QVERIFY(!l.isNull() && !r.isNull());
    const QString diff = wb()->differenceLabel()->text();
    QVERIFY2(diff.startsWith(QStringLiteral("Difference: ")) && !diff.contains(QStringLiteral("—")),
        qPrintable(diff));
    // The difference is the exact minor-unit difference of the two amounts.
    const qint64 lm = left->selectionModel()
                          ->selectedRows()
                          .first()
                          .data(TransactionTableModel::AmountMinorRole)
                          .toLongLong();
    const qint64 rm = right->selectionModel()
                          ->selectedRows()
                          .first()
                          .data(TransactionTableModel::AmountMinorRole)
                          .toLongLong();
    QVERIFY(lm != rm);
    QVERIFY2(diff.contains(
                 Money::fromMinor(lm - rm, u"EUR")
                     .format(QLocale().decimalPoint().front(), QLocale().groupSeparator().front())),
        qPrintable(diff));

    QTest::keyClick(left, Qt::Key_M, Qt::ControlModifier);
    ReasonDialog *dlg = waitForReasonDialog();
    QVERIFY(dlg);
    QTest::keyClicks(dlg->combo(), QStringLiteral("Timing"));
    QCOMPARE(dlg->code(), QStringLiteral("timing"));
    QTest::keyClicks(dlg->findChild<QLineEdit *>(QStringLiteral("reasonComment")),
        QStringLiteral("clears next month"));
    QTest::keyClick(dlg, Qt::Key_Return);
    QTRY_COMPARE(statusOf(l), Status::Resolved);
    QCOMPARE(statusOf(r), Status::Resolved);
    QCOMPARE(scalar("SELECT COUNT(*) FROM match_groups WHERE rule = 'manual' AND active = 1 AND "
                    "reason_code = 'timing'"),
        1);
    QCOMPARE(scalar("SELECT COUNT(*) FROM comments WHERE body = 'clears next month'"), 1);
    QTRY_COMPARE(left->model()->rowCount(), 2); // matched items leave the open list
    QCOMPARE(m_win->undoStack()->count(), 1);

    QTest::keyClick(left, Qt::Key_Z, Qt::ControlModifier);
    QTRY_COMPARE(statusOf(l), Status::Open);
    QCOMPARE(statusOf(r), Status::Open);
    QCOMPARE(left->model()->rowCount(), 3);
    QCOMPARE(scalar("SELECT COUNT(*) FROM match_groups WHERE rule = 'manual' AND active = 1"), 0);
    QCOMPARE(scalar("SELECT COUNT(*) FROM comments"), 0);

    QTest::keyClick(left, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE(statusOf(l), Status::Resolved);
    QCOMPARE(statusOf(r), Status::Resolved);
    QCOMPARE(scalar("SELECT COUNT(*) FROM comments"), 1);
    const auto entries = m_win->workspace()->audit().entries();
    QCOMPARE(entries.at(entries.size() - 3).action, QStringLiteral("resolve.match"));
    QCOMPARE(entries.at(entries.size() - 2).action, QStringLiteral("resolve.match.undo"));
    QCOMPARE(entries.last().action, QStringLiteral("resolve.match.redo"));
    QVERIFY(m_win->workspace()->audit().verify().ok);
}

void TestWorkbench::confirmProposedInBulk()
{
    QTableView *groups = grid(Side::Left) ? wb()->groupsView() : nullptr;
    const qint64 proposed = scalar("SELECT COUNT(*) FROM match_groups WHERE status = 1");
    QVERIFY(proposed >= 1);
    QCOMPARE(groups->model()->rowCount(), proposed);
    clickRow(groups, 0);
    QTest::keyClick(groups, Qt::Key_A, Qt::ControlModifier);
    QCOMPARE(groups->selectionModel()->selectedRows().size(), proposed);
    QTest::keyClick(groups, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE(scalar("SELECT COUNT(*) FROM match_groups WHERE status = 1"), 0);
    QCOMPARE(groups->model()->rowCount(), 0);
    QCOMPARE(scalar("SELECT COUNT(*) FROM transactions WHERE status = 1"), 0);
    QCOMPARE(
        scalar("SELECT COUNT(*) FROM match_groups WHERE confirmed_by = 'gui-tester'"), proposed);
    QTest::keyClick(groups, Qt::Key_Z, Qt::ControlModifier);
    QTRY_COMPARE(scalar("SELECT COUNT(*) FROM match_groups WHERE status = 1"), proposed);
    QCOMPARE(groups->model()->rowCount(), proposed);
}

void TestWorkbench::acceptSuggestion()
{
    // Reject the fee-deducted receipt's proposal: its two items come back as open items.
    QTableView *groups = wb()->groupsView();
    int row = -1;
    for (int i = 0; i < groups->model()->rowCount(); ++i) {
        if (wb()->groupModel()->groupAt(i)->difference.minor() != 0)
            row = i;
    }
    QVERIFY(row >= 0);
    const GroupInfo g = *wb()->groupModel()->groupAt(row);
    clickRow(groups, row);
    QTest::mouseClick(wb()->findChild<QWidget *>(QStringLiteral("rejectButton")), Qt::LeftButton);
    QTRY_COMPARE(statusOf(g.left.first()), Status::Open);
    QCOMPARE(grid(Side::Left)->model()->rowCount(), 4);

    QVERIFY(wb()->selectItem(Side::Left, g.left.first()));
    QTRY_VERIFY(wb()->suggestionModel()->rowCount() >= 1);
    const SuggestionRow *first = wb()->suggestionModel()->rowAt(0);
    QCOMPARE(first->right, g.right);
    QVERIFY(first->explanation.contains(QStringLiteral("amount")));
    QTest::keyClick(grid(Side::Left), Qt::Key_Return, Qt::ControlModifier);
    ReasonDialog *dlg = waitForReasonDialog(); // 24.00 vs 23.85: a difference
    QVERIFY(dlg);
    QTest::keyClicks(dlg->combo(), QStringLiteral("Bank"));
    QCOMPARE(dlg->code(), QStringLiteral("bank_fee"));
    QTest::keyClick(dlg, Qt::Key_Return);
    QTRY_COMPARE(statusOf(g.left.first()), Status::Resolved);
    for (const QUuid &id : g.right)
        QCOMPARE(statusOf(id), Status::Resolved);
    QCOMPARE(m_win->undoStack()->count(), 2); // reject, match
}

void TestWorkbench::filtersNarrowGrids()
{
    auto *status = wb()->findChild<QComboBox *>(QStringLiteral("statusFilter"));
    QTest::keyClicks(status, QStringLiteral("All"));
    QCOMPARE(status->currentText(), QStringLiteral("All"));
    const int all = grid(Side::Right)->model()->rowCount();
    QCOMPARE(all, wb()->side(Side::Right)->model()->totalCount());
    auto *min = wb()->findChild<QLineEdit *>(QStringLiteral("amountMin"));
    auto *max = wb()->findChild<QLineEdit *>(QStringLiteral("amountMax"));
    QTest::keyClicks(min, QStringLiteral("1000"));
    QTest::keyClicks(max, QStringLiteral("1000.00"));
    // Every item left has an absolute amount of exactly 1000.00.
    QAbstractItemModel *m = grid(Side::Right)->model();
    QVERIFY(m->rowCount() < all);
    for (int r = 0; r < m->rowCount(); ++r)
        QCOMPARE(
            qAbs(m->index(r, 0).data(TransactionTableModel::AmountMinorRole).toLongLong()), 100000);
    max->clear();
    QTRY_VERIFY(m->rowCount() > 0);
    for (int r = 0; r < m->rowCount(); ++r)
        QVERIFY(qAbs(m->index(r, 0).data(TransactionTableModel::AmountMinorRole).toLongLong())
            >= 100000);
    min->clear();
    QTRY_COMPARE(m->rowCount(), all);
}

void TestWorkbench::reasonInvestigatedCommentUnmatch()
{
    QTableView *left = grid(Side::Left);
    clickRow(left, 0);
    const QUuid item = wb()->selectedIds(Side::Left).value(0);
    QTest::keyClick(left, Qt::Key_E, Qt::ControlModifier); // Reason code…
    ReasonDialog *dlg = waitForReasonDialog();
    QVERIFY(dlg);
    QTest::keyClicks(dlg->combo(), QStringLiteral("Bank"));
    QTest::keyClick(dlg, Qt::Key_Return);
    QTRY_COMPARE(statusOf(item), Status::Exception);
    QCOMPARE(scalar("SELECT COUNT(*) FROM exceptions WHERE reason_code = 'bank_fee'"), 1);
    // Exceptions stay in the default list: the item is still there and can be selected again.
    QVERIFY(wb()->selectItem(Side::Left, item));
    QTest::keyClick(left, Qt::Key_I, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE(scalar("SELECT COUNT(*) FROM exceptions WHERE investigated = 1"), 1);
    QVERIFY(wb()->selectItem(Side::Left, item));
    QTest::keyClick(left, Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier); // Comment…
    QInputDialog *input = nullptr;
    QTRY_VERIFY((input = wb()->findChild<QInputDialog *>()) && input->isVisible());
    QTest::keyClicks(input->findChild<QLineEdit *>(), QStringLiteral("fee schedule 2026"));
    QTest::keyClick(input, Qt::Key_Return);
    QTRY_COMPARE(scalar("SELECT COUNT(*) FROM comments WHERE body = 'fee schedule 2026'"), 1);
    QCOMPARE(m_win->undoStack()->count(), 3);
    for (int i = 0; i < 3; ++i)
        QTest::keyClick(left, Qt::Key_Z, Qt::ControlModifier);
    QTRY_COMPARE(statusOf(item), Status::Open);
    QCOMPARE(scalar("SELECT COUNT(*) FROM exceptions"), 0);
    QCOMPARE(scalar("SELECT COUNT(*) FROM comments"), 0);

    // Un-match a confirmed item's group from the matched list.
    auto *status = wb()->findChild<QComboBox *>(QStringLiteral("statusFilter"));
    QTest::keyClicks(status, QStringLiteral("Matched"));
    QTRY_VERIFY(left->model()->rowCount() > 100);
    clickRow(left, 0);
    const QUuid matched = wb()->selectedIds(Side::Left).value(0);
    QCOMPARE(statusOf(matched), Status::Confirmed);
    QTest::mouseClick(wb()->findChild<QWidget *>(QStringLiteral("unmatchButton")), Qt::LeftButton);
    QTRY_COMPARE(statusOf(matched), Status::Open);
    QTest::keyClick(left, Qt::Key_Z, Qt::ControlModifier);
    QTRY_COMPARE(statusOf(matched), Status::Confirmed);
    QVERIFY(m_win->workspace()->audit().verify().ok);
}

void TestWorkbench::detailShowsSource()
{
    clickRow(grid(Side::Left), 0);
    DetailPanel *d = wb()->detailPanel();
    QTRY_VERIFY(d->topLevelItemCount() >= 3);
    const auto files = d->findItems(QStringLiteral("File"), Qt::MatchExactly | Qt::MatchRecursive);
    QCOMPARE(files.size(), 1);
    QCOMPARE(files.first()->text(1), QStringLiteral("bank_statement_2026-10.sta"));
    QCOMPARE(d->findItems(QStringLiteral("Line"), Qt::MatchExactly | Qt::MatchRecursive).size(), 1);
    // The MT940 source fields (:61:, :86: ...) are listed.
    QVERIFY(d->topLevelItem(2)->childCount() > 0);
}

void TestWorkbench::textAgeFilterAndSortInSql()
{
    SidePanel *panel = wb()->side(Side::Right);
    QVERIFY(panel->model()->isSqlBacked());
    QTableView *view = grid(Side::Right);
    QAbstractItemModel *m = view->model();
    const int before = m->rowCount();
    QVERIFY(before > 2);
    // Text: typed, debounced, answered by the query.
    const QString word = m->index(0, TransactionTableModel::Description)
                             .data()
                             .toString()
                             .section(QLatin1Char(' '), 0, 0);
    QTest::keyClicks(panel->filterEdit(), word.toLower());
    QTRY_COMPARE(panel->model()->filter().text, word.toLower());
    QVERIFY(m->rowCount() >= 1);
    for (int r = 0; r < m->rowCount(); ++r) {
        const QModelIndex i = m->index(r, 0);
        const QString hay
            = QStringList { m->index(r, TransactionTableModel::Description).data().toString(),
                  m->index(r, TransactionTableModel::Reference).data().toString(),
                  m->index(r, TransactionTableModel::Counterparty).data().toString(),
                  m->index(r, TransactionTableModel::ExternalId).data().toString() }
                  .join(QLatin1Char('|'));
        QVERIFY2(hay.contains(word, Qt::CaseInsensitive), qPrintable(hay));
        Q_UNUSED(i);
    }
    panel->filterEdit()->clear();
    QTRY_COMPARE(m->rowCount(), before);

    // Sort: a click on the Amount header re-queries in amount order; again for descending.
    QHeaderView *header = view->horizontalHeader();
    const QPoint amountHeader(
        header->sectionViewportPosition(TransactionTableModel::Amount) + 5, header->height() / 2);
    for (int click = 0; click < 2; ++click) {
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, amountHeader);
        const bool descending = header->sortIndicatorOrder() == Qt::DescendingOrder;
        QTRY_COMPARE(panel->model()->filter().side, Side::Right);
        QCOMPARE(m->rowCount(), before);
        for (int r = 1; r < m->rowCount(); ++r) {
            const qint64 a
                = m->index(r - 1, 0).data(TransactionTableModel::AmountMinorRole).toLongLong();
            const qint64 b
                = m->index(r, 0).data(TransactionTableModel::AmountMinorRole).toLongLong();
            QVERIFY2(descending ? a >= b : a <= b, qPrintable(QStringLiteral("row %1").arg(r)));
        }
    }

    // Age: every row shown is 31..60 days old today; "over 90 days" leaves only old items.
    auto *age = wb()->ageFilter();
    age->setCurrentIndex(age->findText(QStringLiteral("31–60 days")));
    const QDate today = QDate::currentDate();
    for (int r = 0; r < m->rowCount(); ++r) {
        const qint64 days
            = m->index(r, TransactionTableModel::Date).data(Qt::EditRole).toDate().daysTo(today);
        QVERIFY(days >= 31 && days <= 60);
    }
    age->setCurrentIndex(age->findText(QStringLiteral("over 90 days")));
    for (int r = 0; r < m->rowCount(); ++r)
        QVERIFY(m->index(r, TransactionTableModel::Date).data(Qt::EditRole).toDate().daysTo(today)
            >= 91);
    age->setCurrentIndex(0);
    QCOMPARE(m->rowCount(), before);
}

void TestWorkbench::editRefreshesOnlyTouchedRows()
{
    QTableView *left = grid(Side::Left);
    TransactionTableModel *model = wb()->side(Side::Left)->model();
    TransactionTableModel *allItems = m_win->leftPanel()->model();
    int resets = 0, changedRows = 0;
    for (TransactionTableModel *mm : { model, allItems })
        connect(mm, &QAbstractItemModel::modelReset, this, [&] { ++resets; });
    connect(model, &QAbstractItemModel::dataChanged, this,
        [&](const QModelIndex &a, const QModelIndex &b) { changedRows += b.row() - a.row() + 1; });
    clickRow(left, 1);
    clickRow(left, 2, Qt::ControlModifier);
    const QList<QUuid> ids = wb()->selectedIds(Side::Left);
    QCOMPARE(ids.size(), 2);
    QVERIFY(wb()->sumLabel(Side::Left)->text().contains(QStringLiteral("2 selected")));
    QTest::keyClick(left, Qt::Key_I, Qt::ControlModifier | Qt::ShiftModifier); // investigated
    QTRY_COMPARE(statusOf(ids.first()), Status::Exception);
    QCOMPARE(resets, 0);
    QCOMPARE(changedRows, 2);
    QCOMPARE(model->transactionById(ids.first())->status, Status::Exception);
    QCOMPARE(allItems->transactionById(ids.last())->status, Status::Exception);
    QTest::keyClick(left, Qt::Key_Z, Qt::ControlModifier);
    QTRY_COMPARE(model->transactionById(ids.first())->status, Status::Open);
    QCOMPARE(allItems->transactionById(ids.first())->status, Status::Open);
    QCOMPARE(resets, 0);
    QCOMPARE(changedRows, 4);
    QTest::keyClick(left, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier); // redo
    QTRY_COMPARE(model->transactionById(ids.last())->status, Status::Exception);
    QCOMPARE(resets, 0);
}

QTEST_MAIN(TestWorkbench)
#include "tst_workbench.moc"
