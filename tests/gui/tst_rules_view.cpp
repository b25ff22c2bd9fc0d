// Offscreen tests of the visual rule builder on the demo month (no rules run yet), driven by
// clicks and keys: a tolerance typed into its spin box changes the live preview's count to what
// the engine says; rules move with Alt+Up/Down and by drop; Space on a row disables the rule and
// the preview drops it; a regex condition's test field shows its captures; Ctrl+Z undoes an edit;
// JSON round-trips through import/export; saved versions are compared; the models pass the tester.
#include "core/match/rule_document.h"
#include "core/store/rule_preview.h"
#include "core/store/workspace.h"
#include "support/demo_workspace.h"
#include "ui/rules/compare_dialog.h"
#include "ui/rules/condition_row.h"
#include "ui/rules/decimal_spin_box.h"
#include "ui/rules/preview_panel.h"
#include "ui/rules/preview_runner.h"
#include "ui/rules/rule_count_model.h"
#include "ui/rules/rule_form.h"
#include "ui/rules/rule_list_model.h"
#include "ui/rules/rule_set_editor.h"
#include "ui/rules/rules_view.h"
#include "ui/windows/main_window.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>

using namespace recon;

class TestRulesView : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void toleranceChangesPreview();
    void reorderByKeysAndDrop();
    void disableRuleWithSpace();
    void regexTestShowsCaptures();
    void undoAnEdit();
    void jsonRoundTrip_data();
    void jsonRoundTrip();
    void invalidJsonRefused();
    void saveAndCompareVersions();
    void mainWindowShortcut();

private:
    ConditionRow *conditionRow(const match::CondPath &path) const;
    void clickRow(int row);
    void waitForPreview();
    int engineItems(const match::RuleDocument &doc) const;

    QTemporaryDir m_dir;
    QString m_base;
    int m_case = 0;
    QString m_path;
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<RulesView> m_view;
};

void TestRulesView::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_base = m_dir.filePath(QStringLiteral("base.recon"));
    QVERIFY(test::makeDemoWorkspace(m_base, false).ok);
}

void TestRulesView::init()
{
    m_path = m_dir.filePath(QStringLiteral("case%1.recon").arg(++m_case));
    QVERIFY(QFile::copy(m_base, m_path));
    m_ws = Workspace::open(m_path);
    m_view = std::make_unique<RulesView>();
    m_view->resize(1500, 950);
    m_view->runner()->setDebounceMs(50);
    m_view->setWorkspace(m_ws.get());
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    new QAbstractItemModelTester(
        m_view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest, m_view.get());
    new QAbstractItemModelTester(m_view->preview()->counts(),
        QAbstractItemModelTester::FailureReportingMode::QtTest, m_view.get());
}

void TestRulesView::cleanup()
{
    m_view.reset();
    m_ws.reset();
}

ConditionRow *TestRulesView::conditionRow(const match::CondPath &path) const
{
    QStringList p;
    for (int i : path)
        p << QString::number(i);
    return m_view->form()->findChild<ConditionRow *>(
        QStringLiteral("condition_") + p.join(QLatin1Char('_')));
}

void TestRulesView::clickRow(int row)
{
    QTableView *list = m_view->ruleList();
    // on the name's text, right of the check box: the current index is the checkable cell
    const QRect r = list->visualRect(m_view->model()->index(row, RuleListModel::Name));
    QTest::mouseClick(
        list->viewport(), Qt::LeftButton, Qt::NoModifier, QPoint(r.right() - 6, r.center().y()));
    QCOMPARE(m_view->currentRule(), row);
    QCOMPARE(m_view->form()->rule(), row);
}

void TestRulesView::waitForPreview()
{
    QTRY_VERIFY_WITH_TIMEOUT(
        m_view->preview()->matchedItems() >= 0 && !m_view->runner()->isBusy(), 30000);
}

int TestRulesView::engineItems(const match::RuleDocument &doc) const
{
    const PreviewData data = loadOpenItems(*m_ws);
    const match::MatchResult r = previewMatch(data, *doc.check().ruleSet);
    int n = 0;
    for (const auto &g : r.groups)
        n += int(g.left.size() + g.right.size());
    return n;
}

void TestRulesView::toleranceChangesPreview()
{
    waitForPreview();
    const int before = m_view->preview()->matchedItems();
    QCOMPARE(before, engineItems(m_view->editor()->document()));
    // Rule 2 (reference_amount_difference): fees up to 25.00 or 2 % -> no percent, 0.00.
    const int rule = 1;
    clickRow(rule);
    ConditionRow *row = conditionRow({ 1 });
    QVERIFY(row);
    auto *tol = row->findChild<DecimalSpinBox *>(QStringLiteral("tolerance"));
    auto *usePct = row->findChild<QCheckBox *>(QStringLiteral("usePercent"));
    QVERIFY(tol && usePct);
    QCOMPARE(tol->text(), QStringLiteral("25.00"));
    QVERIFY(usePct->isChecked());
    QTest::mouseClick(usePct, Qt::LeftButton, Qt::NoModifier, QPoint(6, usePct->height() / 2));
    QVERIFY(!usePct->isChecked());
    tol->setFocus();
    QTest::keyClick(tol, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(tol, QStringLiteral("0.00"));
    const match::JNode &amount = *m_view->editor()->document().condition(rule, { 1 });
    QCOMPARE(match::memberText(amount, QStringLiteral("tolerance")), QStringLiteral("0.00"));
    QVERIFY(!amount.member(QStringLiteral("percent")));
    // one undo step for the check box, one for the whole typing
    QCOMPARE(m_view->editor()->undoStack()->count(), 2);
    const int expected = engineItems(m_view->editor()->document());
    QVERIFY2(expected != before, "the demo month has fee differences this rule finds");
    QTRY_COMPARE_WITH_TIMEOUT(m_view->preview()->matchedItems(), expected, 30000);
    // the per-rule table says where the change came from
    RuleCountModel *counts = m_view->preview()->counts();
    QCOMPARE(counts->rowCount(), 8);
    QVERIFY(counts->data(counts->index(rule, RuleCountModel::Change)).toString()
        != QStringLiteral("±0"));
    // the step button (arrow key) changes it again, exactly
    auto *summary = m_view->preview()->findChild<QLabel *>(QStringLiteral("diffSummary"));
    QVERIFY2(!summary->text().startsWith(QLatin1String("+0 items newly matched, −0")),
        qPrintable(summary->text()));
    QTest::keyClick(tol, Qt::Key_Up);
    QCOMPARE(tol->text(), QStringLiteral("1.00"));
    QCOMPARE(match::memberText(
                 *m_view->editor()->document().condition(rule, { 1 }), QStringLiteral("tolerance")),
        QStringLiteral("1.00"));
}

void TestRulesView::reorderByKeysAndDrop()
{
    const match::RuleDocument original = m_view->editor()->document();
    clickRow(0);
    QTest::keyClick(m_view->ruleList(), Qt::Key_Down, Qt::AltModifier);
    const match::RuleDocument &d = m_view->editor()->document();
    QCOMPARE(d.ruleName(0), original.ruleName(1));
    QCOMPARE(d.ruleName(1), original.ruleName(0));
    QCOMPARE(m_view->currentRule(), 1); // the moved rule stays selected
    QTest::keyClick(m_view->ruleList(), Qt::Key_Up, Qt::AltModifier);
    QVERIFY(m_view->editor()->document() == original);

    // a drop of row 0 onto the place before row 3
    RuleListModel *m = m_view->model();
    std::unique_ptr<QMimeData> mime(m->mimeData({ m->index(0, 0) }));
    m->dropMimeData(mime.get(), Qt::MoveAction, 3, 0, {});
    QCOMPARE(m_view->editor()->document().ruleName(2), original.ruleName(0));
    QCOMPARE(m_view->editor()->document().ruleName(0), original.ruleName(1));
    QCOMPARE(m->data(m->index(2, RuleListModel::Name)).toString(), original.ruleName(0));
    QCOMPARE(m_view->editor()->undoStack()->count(), 3);
}

void TestRulesView::disableRuleWithSpace()
{
    waitForPreview();
    clickRow(2);
    QTest::keyClick(m_view->ruleList(), Qt::Key_Space);
    QVERIFY(!m_view->editor()->document().isEnabled(2));
    QCOMPARE(m_view->model()->data(m_view->model()->index(2, 0), Qt::CheckStateRole).toInt(),
        int(Qt::Unchecked));
    QTRY_COMPARE_WITH_TIMEOUT(m_view->preview()->counts()->rowCount(), 7, 30000);
    auto *check = m_view->findChild<QLabel *>(QStringLiteral("checkStatus"));
    QVERIFY2(check->text().contains(QLatin1String("7 of 8")), qPrintable(check->text()));
    QTest::keyClick(m_view->ruleList(), Qt::Key_Space);
    QTRY_COMPARE_WITH_TIMEOUT(m_view->preview()->counts()->rowCount(), 8, 30000);
}

void TestRulesView::regexTestShowsCaptures()
{
    clickRow(4);
    auto *add = m_view->form()->findChild<QToolButton *>(QStringLiteral("addCondition"));
    QVERIFY(add && add->menu());
    QAction *regex = add->menu()->findChild<QAction *>(QStringLiteral("addCondition_regex"));
    QVERIFY(regex);
    const int n = int(m_view->editor()->document().conditionList(4, {})->items.size());
    regex->trigger();
    QTRY_VERIFY(conditionRow({ n }));
    ConditionRow *row = conditionRow({ n });
    auto *pattern = row->findChild<QLineEdit *>(QStringLiteral("pattern"));
    auto *test = row->findChild<QLineEdit *>(QStringLiteral("regexTest"));
    auto *caps = row->findChild<QLabel *>(QStringLiteral("regexCaptures"));
    QVERIFY(pattern && test && caps);
    pattern->selectAll();
    QTest::keyClicks(pattern, QStringLiteral("INV[-/ ]?2026[-/ ]?(\\d{6})"));
    QTest::keyClicks(test, QStringLiteral("pmt inv 2026 004711 thanks"));
    QCOMPARE(caps->text(), QStringLiteral("captures: 1 = \u201c004711\u201d"));
    QTest::keyClick(pattern, Qt::Key_Backspace); // "(\d{6}" : bad pattern
    QVERIFY2(caps->text().startsWith(QLatin1String("bad pattern")), qPrintable(caps->text()));
    auto *check = m_view->findChild<QLabel *>(QStringLiteral("checkStatus"));
    QVERIFY2(check->text().contains(QLatin1String("pattern")), qPrintable(check->text()));
    QTest::keyClicks(pattern, QStringLiteral(")"));
    QCOMPARE(caps->text(), QStringLiteral("captures: 1 = \u201c004711\u201d"));
    const auto parsed = m_view->editor()->document().check();
    QVERIFY(parsed.ruleSet);
    QCOMPARE(parsed.ruleSet->rules.at(4).conditions.at(size_t(n)).kind, match::CondKind::Regex);
}

void TestRulesView::undoAnEdit()
{
    clickRow(0);
    ConditionRow *date = conditionRow({ 4 });
    QVERIFY(date);
    auto *days = date->findChild<QSpinBox *>(QStringLiteral("days"));
    QCOMPARE(days->value(), 45);
    days->setFocus();
    QTest::keyClick(days, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(days, QStringLiteral("7"));
    auto daysInDoc = [this] {
        return match::memberText(
            *m_view->editor()->document().condition(0, { 4 }), QStringLiteral("days"));
    };
    QCOMPARE(daysInDoc(), QStringLiteral("7"));
    m_view->ruleList()->setFocus();
    QTest::keySequence(m_view->ruleList(), QKeySequence(QStringLiteral("Ctrl+Z")));
    QCOMPARE(daysInDoc(), QStringLiteral("45"));
    QCOMPARE(days->value(), 45); // the form shows the undone value
    QTest::keySequence(m_view->ruleList(), QKeySequence(QStringLiteral("Ctrl+Shift+Z")));
    QCOMPARE(daysInDoc(), QStringLiteral("7"));
    QCOMPARE(days->value(), 7);
}

static QList<QByteArray> docsExamples()
{
    QFile f(QStringLiteral(RECON_SOURCE_DIR "/docs/rules.md"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QList<QByteArray> out;
    static const QRegularExpression re(
        QStringLiteral("```json\\n(.*?)```"), QRegularExpression::DotMatchesEverythingOption);
    for (auto it = re.globalMatch(QString::fromUtf8(f.readAll())); it.hasNext();) {
        const QString b = it.next().captured(1);
        if (b.contains(QLatin1String("\"rules\"")) && !b.contains(QLatin1String("RULE,")))
            out << b.toUtf8();
    }
    return out;
}

void TestRulesView::jsonRoundTrip_data()
{
    QTest::addColumn<QByteArray>("json");
    QFile def(QStringLiteral(RECON_SOURCE_DIR "/resources/rules/default_bank_ledger.json"));
    QVERIFY(def.open(QIODevice::ReadOnly));
    QTest::newRow("default_bank_ledger.json") << def.readAll();
    int n = 0;
    for (const QByteArray &j : docsExamples())
        if (match::parseRuleSet(j).ruleSet)
            QTest::newRow(qPrintable(QStringLiteral("docs/rules.md example %1").arg(++n))) << j;
    QVERIFY(n >= 1);
}

void TestRulesView::jsonRoundTrip()
{
    QFETCH(QByteArray, json);
    const QString in = m_dir.filePath(QStringLiteral("in%1.json").arg(m_case));
    const QString out = m_dir.filePath(QStringLiteral("out%1.json").arg(m_case));
    QFile f(in);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(json);
    f.close();
    QString error;
    QVERIFY2(m_view->importJson(in, &error), qPrintable(error));
    const int steps = m_view->editor()->undoStack()->count(); // 0 when equal to the current set
    QCOMPARE(m_view->model()->rowCount(), int(match::parseRuleSet(json).ruleSet->rules.size()));
    // walk every rule through the form: showing values must not edit anything
    for (int r = 0; r < m_view->model()->rowCount(); ++r)
        clickRow(r);
    QCOMPARE(m_view->editor()->undoStack()->count(), steps);
    QVERIFY(m_view->exportJson(out, &error));
    QFile o(out);
    QVERIFY(o.open(QIODevice::ReadOnly));
    const QByteArray written = o.readAll();
    QCOMPARE(match::parseRuleSet(written).ruleSet->hash, match::parseRuleSet(json).ruleSet->hash);
    m_view->editor()->undoStack()->undo(); // the import is one undo step
    QCOMPARE(m_view->editor()->document().name(), QStringLiteral("bank statement vs ledger"));
    QCOMPARE(m_view->editor()->document().ruleCount(), 8);
}

void TestRulesView::invalidJsonRefused()
{
    QByteArray bad;
    for (const QByteArray &j : docsExamples())
        if (!match::parseRuleSet(j).ruleSet)
            bad = j;
    QVERIFY(!bad.isEmpty());
    const QString in = m_dir.filePath(QStringLiteral("R.json"));
    QFile f(in);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bad);
    f.close();
    QString error;
    QVERIFY(!m_view->importJson(in, &error));
    QVERIFY2(error.contains(QLatin1String("R.json:20: rules[1].conditions[0].type: unknown field")),
        qPrintable(error));
    QCOMPARE(m_view->editor()->undoStack()->count(), 0);
}

void TestRulesView::saveAndCompareVersions()
{
    QString error;
    QVERIFY2(m_view->saveAsNewVersion(QStringLiteral("1"), &error), qPrintable(error));
    clickRow(0);
    QTest::keyClick(m_view->ruleList(), Qt::Key_Space); // disable reference_exact_amount
    clickRow(1);
    QTest::keyClick(m_view->ruleList(), Qt::Key_Space); // and reference_amount_difference
    QVERIFY(!m_view->saveAsNewVersion(QStringLiteral("1"), &error)); // same version, other content
    QVERIFY(error.contains(QLatin1String("new version")));
    QVERIFY2(m_view->saveAsNewVersion(QStringLiteral("2"), &error), qPrintable(error));
    QCOMPARE(m_view->editor()->document().version(), QStringLiteral("2"));
    QCOMPARE(m_ws->ruleSets().size(), 2);

    CompareDialog dlg(m_ws.get(), m_view->runner(), m_view.get());
    dlg.show();
    QCOMPARE(dlg.versionA()->count(), 2);
    dlg.versionA()->setCurrentIndex(0);
    dlg.versionB()->setCurrentIndex(1);
    QTest::mouseClick(dlg.compareButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dlg.summary()->text().startsWith(QLatin1String("A matches")), 30000);
    QVERIFY2(!dlg.summary()->text().contains(QLatin1String("−0 no longer")),
        qPrintable(dlg.summary()->text()));
    QCOMPARE(dlg.tree()->topLevelItemCount(), 3);
    QVERIFY(
        dlg.tree()->topLevelItem(1)->childCount() + dlg.tree()->topLevelItem(2)->childCount() > 0);
}

void TestRulesView::mainWindowShortcut()
{
    m_view.reset();
    MainWindow win;
    QString error;
    QVERIFY2(win.openWorkspace(m_path, &error, true), qPrintable(error));
    win.show();
    QVERIFY(QTest::qWaitForWindowExposed(&win));
    QTest::keySequence(&win, QKeySequence(QStringLiteral("Ctrl+3")));
    auto *view = win.findChild<RulesView *>();
    QVERIFY(view);
    QCOMPARE(win.tabs()->currentWidget(), view);
    QCOMPARE(view->model()->rowCount(), 8);
}

QTEST_MAIN(TestRulesView)
#include "tst_rules_view.moc"
