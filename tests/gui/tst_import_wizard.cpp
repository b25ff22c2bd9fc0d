// Offscreen tests of the import wizard, driven by keys, clicks and drops: Ctrl+I and files
// dropped on the window open it; a ';'-separated CSV with decimal commas previews correctly; a
// changed column role or date format re-previews at once (bad cells highlighted, with the reason
// as tooltip); a saved profile is re-applied to the next file with the same header; a broken
// file lists its line errors and blocks Import until bad lines are skipped; an import writes and
// reloads the window, a second one is refused; a cancelled big import leaves the workspace
// exactly as it was (rows, imports, audit log). The wizard's models run under the model tester.
#include "core/import/preview.h"
#include "core/store/workspace.h"
#include "support/demo_workspace.h"
#include "support/testsupport.h"
#include "ui/import/file_list_model.h"
#include "ui/import/files_page.h"
#include "ui/import/import_wizard.h"
#include "ui/import/mapping_page.h"
#include "ui/import/preview_model.h"
#include "ui/import/problems_page.h"
#include "ui/import/run_page.h"
#include "ui/models/transaction_table_model.h"
#include "ui/windows/main_window.h"
#include "ui/windows/side_panel.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace recon;

namespace {
constexpr int kSlow = 60000; // dry runs of big files on a busy machine

const char *kSemicolonCsv = "Buchungstag;Empfänger;Verwendungszweck;Betrag;Währung\n"
                            "02.03.2026;ACME GmbH;Rechnung 4711;-1.234,56;EUR\n"
                            "03.03.2026;Foo AG;Gutschrift 12;250,00;EUR\n"
                            "04.03.2026;Bar KG;Miete März;-800,00;EUR\n";
} // namespace

class TestImportWizard : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void dropOnWindowOpensWizard();
    void semicolonCsvAndRoleChange();
    void badDateFormatHighlightsCells();
    void profileSavedAndReapplied();
    void brokenFileBlocksImportUntilSkipped();
    void importWritesAndSecondIsRefused();
    void cancelBigImportLeavesWorkspaceUnchanged();

private:
    QString writeFile(const QString &name, const QByteArray &content);
    ImportWizard *openWizardByKey();
    void drop(QWidget *target, const QStringList &files);
    void waitFilesChecked(ImportWizard *w);
    void next(ImportWizard *w, int expectedPage);
    PreviewModel *previewOf(ImportWizard *w);
    QComboBox *roleCombo(ImportWizard *w, int column);
    QString parsed(ImportWizard *w, int row, int column);
    qint64 scalar(const char *sql) const { return m_win->workspace()->db().scalarInt(sql); }

    QTemporaryDir m_dir;
    QString m_base;
    int m_case = 0;
    std::unique_ptr<MainWindow> m_win;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
};

void TestImportWizard::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("ReconWorkstationTest"));
    qputenv("RECON_USER", "gui-tester");
    m_base = m_dir.filePath(QStringLiteral("base.recon"));
    QVERIFY(test::makeDemoWorkspace(m_base, false).ok);
}

void TestImportWizard::init()
{
    const QString path = m_dir.filePath(QStringLiteral("case%1.recon").arg(++m_case));
    QVERIFY(QFile::copy(m_base, path));
    m_win = std::make_unique<MainWindow>();
    m_win->show();
    QApplication::setActiveWindow(m_win.get());
    QVERIFY(QTest::qWaitForWindowActive(m_win.get()));
    QString error;
    QVERIFY2(m_win->openWorkspace(path, &error, true), qPrintable(error));
}

void TestImportWizard::cleanup()
{
    m_testers.clear();
    if (auto *w = m_win->findChild<ImportWizard *>())
        delete w;
    m_win.reset();
}

QString TestImportWizard::writeFile(const QString &name, const QByteArray &content)
{
    const QString path = m_dir.filePath(QStringLiteral("c%1_").arg(m_case) + name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
        return QString();
    return path;
}

ImportWizard *TestImportWizard::openWizardByKey()
{
    QApplication::setActiveWindow(m_win.get());
    if (!QTest::qWaitForWindowActive(m_win.get()))
        return nullptr;
    QTest::keySequence(m_win.get(), QKeySequence(QStringLiteral("Ctrl+I")));
    ImportWizard *w = nullptr;
    if (!QTest::qWaitFor([&] {
            w = m_win->findChild<ImportWizard *>();
            return w && w->isVisible();
        }))
        return nullptr;
    using Mode = QAbstractItemModelTester::FailureReportingMode;
    m_testers.push_back(
        std::make_unique<QAbstractItemModelTester>(w->filesPage()->model(), Mode::QtTest));
    m_testers.push_back(
        std::make_unique<QAbstractItemModelTester>(w->mappingPage()->model(), Mode::QtTest));
    return w;
}

void TestImportWizard::drop(QWidget *target, const QStringList &files)
{
    auto *mime = new QMimeData;
    QList<QUrl> urls;
    for (const QString &f : files)
        urls << QUrl::fromLocalFile(f);
    mime->setUrls(urls);
    const QPoint pos = target->rect().center();
    QDragEnterEvent enter(pos, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent dropEvent(QPointF(pos), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &dropEvent);
    QVERIFY(dropEvent.isAccepted());
    delete mime;
}

void TestImportWizard::waitFilesChecked(ImportWizard *w)
{
    QTRY_VERIFY_WITH_TIMEOUT(w->button(QWizard::NextButton)->isEnabled(), kSlow);
}

void TestImportWizard::next(ImportWizard *w, int expectedPage)
{
    QAbstractButton *b
        = w->button(w->currentPage()->isCommitPage() ? QWizard::CommitButton : QWizard::NextButton);
    QTRY_VERIFY_WITH_TIMEOUT(b->isEnabled(), kSlow);
    QTest::mouseClick(b, Qt::LeftButton);
    QTRY_COMPARE(w->currentId(), expectedPage);
}

PreviewModel *TestImportWizard::previewOf(ImportWizard *w)
{
    return w->mappingPage()->model();
}

QComboBox *TestImportWizard::roleCombo(ImportWizard *w, int column)
{
    // The combo above the column now (a re-preview replaces them; old ones linger until deleted).
    QTableView *v = w->mappingPage()->view();
    auto *c = qobject_cast<QComboBox *>(v->indexWidget(
        v->model()->index(PreviewModel::RoleRow, PreviewModel::FirstSourceColumn + column)));
    return c && c->objectName() == QStringLiteral("roleCombo%1").arg(column) ? c : nullptr;
}

QString TestImportWizard::parsed(ImportWizard *w, int row, int column)
{
    return previewOf(w)->index(row, column).data().toString();
}

void TestImportWizard::dropOnWindowOpensWizard()
{
    const QString csv = writeFile(QStringLiteral("bank.csv"), kSemicolonCsv);
    drop(m_win.get(), { csv });
    ImportWizard *w = nullptr;
    QTRY_VERIFY((w = m_win->findChild<ImportWizard *>()) && w->isVisible());
    QCOMPARE(w->files().size(), 1);
    waitFilesChecked(w);
    const FileListModel *m = w->filesPage()->model();
    QCOMPARE(m->index(0, FileListModel::Format).data().toString(), QStringLiteral("csv"));
    QCOMPARE(m->index(0, FileListModel::Encoding).data().toString(), QStringLiteral("utf-8"));
    QCOMPARE(m->index(0, FileListModel::Transactions).data().toInt(), 3);
    QCOMPARE(m->index(0, FileListModel::Statements).data().toInt(), 1);
    QCOMPARE(m->index(0, FileListModel::State).data().toString(), QStringLiteral("ready"));
    // The demo bank side is full: a CSV defaults to the ledger side.
    QCOMPARE(m->index(0, FileListModel::SideColumn).data().toString(),
        FileListModel::sideLabel(Side::Right));
    // Dropping the same file again does not list it twice; a bank statement goes left.
    drop(w, { csv, test::testDataDir() + QStringLiteral("/import/mt940/envelope_sepa/input.sta") });
    QCOMPARE(w->files().size(), 2);
    waitFilesChecked(w);
    QCOMPARE(m->index(1, FileListModel::Format).data().toString(), QStringLiteral("mt940"));
    QCOMPARE(m->index(1, FileListModel::SideColumn).data().toString(),
        FileListModel::sideLabel(Side::Left));
    QVERIFY(!m->index(1, FileListModel::Balances).data().toString().isEmpty());
}

void TestImportWizard::semicolonCsvAndRoleChange()
{
    ImportWizard *w = openWizardByKey();
    QVERIFY(w);
    drop(w, { writeFile(QStringLiteral("bank.csv"), kSemicolonCsv) });
    waitFilesChecked(w);
    next(w, ImportWizard::MappingPageId);
    PreviewModel *pm = previewOf(w);
    QCOMPARE(pm->rowCount(), 1 + 3);
    QCOMPARE(pm->columnCount(), PreviewModel::FirstSourceColumn + 5);
    QCOMPARE(parsed(w, 1, PreviewModel::ParsedAmount), QStringLiteral("-1234.56 EUR"));
    QCOMPARE(parsed(w, 2, PreviewModel::ParsedAmount), QStringLiteral("250.00 EUR"));
    QVERIFY(parsed(w, 1, PreviewModel::ParsedDescription).contains(QStringLiteral("Rechnung")));
    QVERIFY(w->mappingPage()
                ->findChild<QLabel *>(QStringLiteral("sourceLabel"))
                ->text()
                .contains(QStringLiteral("“;”")));
    auto *decimal = w->mappingPage()->findChild<QComboBox *>(QStringLiteral("decimalCombo"));
    QCOMPARE(DecimalSeparator(decimal->currentData().toInt()), DecimalSeparator::Comma);

    // "Verwendungszweck" becomes the reference: the parsed text column follows at once.
    QComboBox *purpose = roleCombo(w, 2);
    QVERIFY(purpose);
    QTest::mouseClick(purpose, Qt::LeftButton);
    QTest::keyClick(purpose->view(), Qt::Key_Escape);
    QTest::keyClicks(purpose, QStringLiteral("Ref"));
    QTRY_COMPARE(ColumnRole(pm->index(0, PreviewModel::FirstSourceColumn + 2)
                                .data(PreviewModel::ColumnRoleData)
                                .toInt()),
        ColumnRole::Reference);
    QTRY_VERIFY(w->files()[0].mapping.has_value());
    QCOMPARE(w->files()[0].mapping->roles.at(2), ColumnRole::Reference);
    // Ignore the amount: nothing parses, the sign convention says so.
    QTest::keyClicks(roleCombo(w, 3), QStringLiteral("("));
    QTRY_COMPARE(parsed(w, 1, PreviewModel::ParsedAmount), QString());
    QVERIFY(w->mappingPage()
                ->findChild<QLabel *>(QStringLiteral("signConventionLabel"))
                ->text()
                .contains(QStringLiteral("no amount")));
    // And back: an amount again.
    QVERIFY(roleCombo(w, 3));
    QTest::keyClicks(roleCombo(w, 3), QStringLiteral("Am"));
    QTRY_COMPARE(ColumnRole(pm->index(0, PreviewModel::FirstSourceColumn + 3)
                                .data(PreviewModel::ColumnRoleData)
                                .toInt()),
        ColumnRole::Amount);
    QTRY_VERIFY2(pm->grid().rows.at(0).parsed,
        qPrintable(QStringList(pm->grid().rows.at(0).cellErrors.values()).join(QLatin1Char('|'))
            + pm->grid().mapping.toJson()
            + w->mappingPage()->findChild<QLabel *>(QStringLiteral("previewSummary"))->text()));
    QTRY_COMPARE(parsed(w, 1, PreviewModel::ParsedAmount), QStringLiteral("-1234.56 EUR"));
    // Invert the signs with a click.
    QTest::mouseClick(w->mappingPage()->findChild<QCheckBox *>(QStringLiteral("invertSignCheck")),
        Qt::LeftButton);
    QTRY_COMPARE(parsed(w, 1, PreviewModel::ParsedAmount), QStringLiteral("1234.56 EUR"));
}

void TestImportWizard::badDateFormatHighlightsCells()
{
    ImportWizard *w = openWizardByKey();
    QVERIFY(w);
    drop(w, { writeFile(QStringLiteral("bank.csv"), kSemicolonCsv) });
    next(w, ImportWizard::MappingPageId);
    PreviewModel *pm = previewOf(w);
    const QModelIndex dateCell = pm->index(1, PreviewModel::FirstSourceColumn + 0);
    QVERIFY(dateCell.data(Qt::ToolTipRole).toString().isEmpty());
    auto *fmt = w->mappingPage()->findChild<QComboBox *>(QStringLiteral("dateFormatCombo"));
    QCOMPARE(fmt->currentText(), QStringLiteral("dd.MM.yyyy"));
    fmt->lineEdit()->selectAll();
    QTest::keyClicks(fmt->lineEdit(), QStringLiteral("yyyy-MM-dd"));
    QTest::keyClick(fmt->lineEdit(), Qt::Key_Return);
    QTRY_VERIFY(!pm->index(1, PreviewModel::FirstSourceColumn + 0)
                     .data(Qt::ToolTipRole)
                     .toString()
                     .isEmpty());
    const QModelIndex bad = pm->index(1, PreviewModel::FirstSourceColumn + 0);
    QVERIFY(bad.data(Qt::BackgroundRole).isValid());
    QCOMPARE(pm->index(1, PreviewModel::ParsedDate).data().toString(), tr("not parsed"));
    QVERIFY(pm->grid().errorRows == 3);
    QVERIFY(w->mappingPage()
                ->findChild<QLabel *>(QStringLiteral("previewSummary"))
                ->text()
                .contains(QStringLiteral("3 with problems")));
    // The right format makes them parse again.
    fmt->lineEdit()->selectAll();
    QTest::keyClicks(fmt->lineEdit(), QStringLiteral("dd.MM.yyyy"));
    QTest::keyClick(fmt->lineEdit(), Qt::Key_Return);
    QTRY_COMPARE(pm->grid().errorRows, 0);
    QCOMPARE(pm->index(1, PreviewModel::ParsedDate).data().toString(),
        QLocale().toString(QDate(2026, 3, 2), QLocale::ShortFormat));
}

void TestImportWizard::profileSavedAndReapplied()
{
    ImportWizard *w = openWizardByKey();
    QVERIFY(w);
    drop(w, { writeFile(QStringLiteral("march.csv"), kSemicolonCsv) });
    next(w, ImportWizard::MappingPageId);
    QTest::keyClicks(roleCombo(w, 2), QStringLiteral("Ref"));
    QTRY_COMPARE(ColumnRole(previewOf(w)
                                ->index(0, PreviewModel::FirstSourceColumn + 2)
                                .data(PreviewModel::ColumnRoleData)
                                .toInt()),
        ColumnRole::Reference);
    auto *name = w->mappingPage()->findChild<QLineEdit *>(QStringLiteral("profileNameEdit"));
    QTest::keyClicks(name, QStringLiteral("Hausbank CSV"));
    QTest::mouseClick(
        w->mappingPage()->findChild<QPushButton *>(QStringLiteral("saveProfileButton")),
        Qt::LeftButton);
    QCOMPARE(scalar("SELECT count(*) FROM csv_profiles WHERE name = 'Hausbank CSV'"), 1);
    QVERIFY(w->mappingPage()
                ->findChild<QLabel *>(QStringLiteral("profileAppliedLabel"))
                ->text()
                .contains(QStringLiteral("Hausbank CSV")));
    w->reject();
    QTRY_VERIFY(!m_win->findChild<ImportWizard *>());

    // Next month's file, same layout: the profile comes back by itself.
    m_testers.clear();
    w = openWizardByKey();
    QVERIFY(w);
    drop(w,
        { writeFile(QStringLiteral("april.csv"),
            "Buchungstag;Empfänger;Verwendungszweck;Betrag;Währung\n"
            "02.04.2026;ACME GmbH;RE-4712;-99,90;EUR\n") });
    waitFilesChecked(w);
    QCOMPARE(w->files()[0].analysis.profileApplied, QStringLiteral("Hausbank CSV"));
    next(w, ImportWizard::MappingPageId);
    QVERIFY(w->mappingPage()
                ->findChild<QLabel *>(QStringLiteral("profileAppliedLabel"))
                ->text()
                .contains(QStringLiteral("Hausbank CSV")));
    QCOMPARE(ColumnRole(previewOf(w)
                            ->index(0, PreviewModel::FirstSourceColumn + 2)
                            .data(PreviewModel::ColumnRoleData)
                            .toInt()),
        ColumnRole::Reference);
    QCOMPARE(roleCombo(w, 2)->currentData().toInt(), int(ColumnRole::Reference));
}

void TestImportWizard::brokenFileBlocksImportUntilSkipped()
{
    const qint64 before = scalar("SELECT count(*) FROM transactions");
    ImportWizard *w = openWizardByKey();
    QVERIFY(w);
    drop(w,
        { writeFile(QStringLiteral("broken.csv"),
            "Buchungstag;Empfänger;Verwendungszweck;Betrag;Währung\n"
            "02.03.2026;ACME GmbH;Rechnung 4711;-1.234,56;EUR\n"
            "03.03.2026;Foo AG;Gutschrift;zwölf;EUR\n"
            "31.02.2026;Bar KG;Miete;-800,00;EUR\n"
            "05.03.2026;Baz SE;Strom;-61,20;EUR\n") });
    waitFilesChecked(w);
    QVERIFY(w->filesPage()
                ->model()
                ->index(0, FileListModel::State)
                .data()
                .toString()
                .contains(QStringLiteral("2 error")));
    next(w, ImportWizard::MappingPageId);
    // The preview marks the bad cells too.
    PreviewModel *pm = previewOf(w);
    QVERIFY(!pm->index(2, PreviewModel::FirstSourceColumn + 3).data(Qt::ToolTipRole).isNull());
    next(w, ImportWizard::ProblemsPageId);
    QListWidget *list = w->problemsPage()->list();
    QTRY_VERIFY(!w->problemsPage()->isChecking() && list->count() >= 2);
    QStringList lines;
    for (int i = 0; i < list->count(); ++i)
        lines << list->item(i)->text();
    QVERIFY2(
        lines.filter(QRegularExpression(QStringLiteral("^c\\d+_broken\\.csv:3: Betrag: "))).size()
            == 1,
        qPrintable(lines.join(QLatin1Char('\n'))));
    QVERIFY2(
        lines.filter(QRegularExpression(QStringLiteral("^c\\d+_broken\\.csv:4: Buchungstag: ")))
                .size()
            == 1,
        qPrintable(lines.join(QLatin1Char('\n'))));
    QAbstractButton *import = w->button(QWizard::CommitButton);
    QVERIFY(!import->isEnabled());
    auto *skip = w->problemsPage()->findChild<QCheckBox *>(QStringLiteral("skipBadLinesCheck"));
    QTest::mouseClick(skip, Qt::LeftButton, {}, QPoint(6, skip->height() / 2));
    QVERIFY(w->problemsPage()->skipBadLines());
    QTRY_VERIFY(!w->problemsPage()->isChecking());
    lines.clear();
    for (int i = 0; i < list->count(); ++i)
        lines << list->item(i)->text();
    QVERIFY2(import->isEnabled(),
        qPrintable(w->findChild<QLabel *>(QStringLiteral("problemSummary"))->text()
            + QLatin1Char('\n') + lines.join(QLatin1Char('\n'))));
    QTest::mouseClick(import, Qt::LeftButton);
    QTRY_COMPARE(w->currentId(), int(ImportWizard::RunPageId));
    QTRY_VERIFY_WITH_TIMEOUT(w->button(QWizard::FinishButton)->isEnabled(), kSlow);
    QCOMPARE(scalar("SELECT count(*) FROM transactions"), before + 2);
    QCOMPARE(scalar("SELECT rows_skipped FROM imports ORDER BY rowid DESC LIMIT 1"), 2);
    QVERIFY(w->runPage()->results()->item(0)->text().contains(QStringLiteral("2 bad line")));
}

void TestImportWizard::importWritesAndSecondIsRefused()
{
    const qint64 right = scalar("SELECT count(*) FROM transactions WHERE side = 1");
    const qint64 audit = scalar("SELECT count(*) FROM audit_log");
    const int shown = m_win->rightPanel()->model()->rowCount();
    QCOMPARE(shown, int(right));
    ImportWizard *w = openWizardByKey();
    QVERIFY(w);
    const QString csv = writeFile(QStringLiteral("ledger.csv"), kSemicolonCsv);
    drop(w, { csv });
    next(w, ImportWizard::MappingPageId);
    next(w, ImportWizard::ProblemsPageId);
    QTRY_VERIFY(!w->problemsPage()->isChecking());
    QVERIFY(w->findChild<QLabel *>(QStringLiteral("problemSummary"))
                ->text()
                .contains(QStringLiteral("3 new items")));
    next(w, ImportWizard::RunPageId);
    QTRY_VERIFY_WITH_TIMEOUT(w->button(QWizard::FinishButton)->isEnabled(), kSlow);
    QCOMPARE(scalar("SELECT count(*) FROM transactions WHERE side = 1"), right + 3);
    QCOMPARE(scalar("SELECT count(*) FROM audit_log"), audit + 1);
    QCOMPARE(w->runPage()->progressBar()->value(), w->runPage()->progressBar()->maximum());
    QVERIFY(w->runPage()->results()->item(0)->text().contains(QStringLiteral("imported 3 items")));
    // The window reloaded.
    QTRY_COMPARE(m_win->rightPanel()->model()->rowCount(), shown + 3);
    QTest::mouseClick(w->button(QWizard::FinishButton), Qt::LeftButton);
    QTRY_VERIFY(!m_win->findChild<ImportWizard *>());

    // The same file again: refused before anything is written, Import stays off.
    m_testers.clear();
    w = openWizardByKey();
    QVERIFY(w);
    drop(w, { csv });
    waitFilesChecked(w);
    QCOMPARE(w->filesPage()->model()->index(0, FileListModel::State).data().toString(),
        QStringLiteral("already imported"));
    next(w, ImportWizard::MappingPageId);
    next(w, ImportWizard::ProblemsPageId);
    QTRY_VERIFY(!w->problemsPage()->isChecking());
    QVERIFY(
        w->problemsPage()->list()->item(0)->text().contains(QStringLiteral("already imported")));
    QVERIFY(!w->button(QWizard::CommitButton)->isEnabled());
}

void TestImportWizard::cancelBigImportLeavesWorkspaceUnchanged()
{
    QByteArray big = "Buchungstag;Empfänger;Verwendungszweck;Betrag;Währung\n";
    constexpr int kRows = 120000;
    big.reserve(kRows * 52);
    for (int i = 0; i < kRows; ++i) {
        const QDate d = QDate(2026, 1, 1).addDays(i % 365);
        big += d.toString(QStringLiteral("dd.MM.yyyy")).toLatin1() + ";Kunde "
            + QByteArray::number(i % 977) + ";RE-" + QByteArray::number(i) + ";"
            + QByteArray::number(i % 5000) + "," + QByteArray::number(10 + i % 90) + ";EUR\n";
    }
    const QString path = writeFile(QStringLiteral("big.csv"), big);
    QVERIFY(!path.isEmpty());
    const char *counts[] = { "SELECT count(*) FROM transactions", "SELECT count(*) FROM imports",
        "SELECT count(*) FROM statements", "SELECT count(*) FROM audit_log",
        "SELECT count(*) FROM outbox" };
    QList<qint64> before;
    for (const char *sql : counts)
        before << scalar(sql);

    ImportWizard *w = openWizardByKey();
    QVERIFY(w);
    drop(w, { path });
    waitFilesChecked(w);
    QCOMPARE(w->filesPage()->model()->index(0, FileListModel::Transactions).data().toInt(), kRows);
    next(w, ImportWizard::MappingPageId);
    QVERIFY(w->mappingPage()->model()->rowCount() == 1 + 50);
    next(w, ImportWizard::ProblemsPageId);
    next(w, ImportWizard::RunPageId);
    QPushButton *cancel = w->runPage()->cancelButton();
    QVERIFY(cancel->isVisible() && cancel->isEnabled());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(w->button(QWizard::FinishButton)->isEnabled(), kSlow);
    QVERIFY2(w->runPage()->results()->item(0)->text().contains(QStringLiteral("cancelled")),
        qPrintable(w->runPage()->results()->item(0)->text()));
    QVERIFY(w->findChild<QLabel *>(QStringLiteral("importSummary"))
                ->text()
                .contains(QStringLiteral("unchanged")));
    QList<qint64> after;
    for (const char *sql : counts)
        after << scalar(sql);
    QCOMPARE(after, before);
}

QTEST_MAIN(TestImportWizard)
#include "tst_import_wizard.moc"
