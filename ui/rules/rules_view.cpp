#include "ui/rules/rules_view.h"

#include "core/log.h"
#include "core/store/rule_preview.h"
#include "core/store/workspace.h"
#include "ui/rules/compare_dialog.h"
#include "ui/rules/preview_panel.h"
#include "ui/rules/preview_runner.h"
#include "ui/rules/rule_form.h"
#include "ui/rules/rule_list_model.h"
#include "ui/rules/rule_set_editor.h"

#include <QAction>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace recon {

RulesView::RulesView(QWidget *parent)
    : QWidget(parent)
    , m_editor(new RuleSetEditor(this))
    , m_model(new RuleListModel(m_editor, this))
    , m_runner(new PreviewRunner(this))
    , m_toolbar(new QToolBar(this))
    , m_setName(new QLineEdit(this))
    , m_version(new QLabel(this))
    , m_check(new QLabel(this))
    , m_list(new QTableView(this))
    , m_form(new RuleForm(m_editor, this))
    , m_preview(new PreviewPanel(this))
{
    setObjectName(QStringLiteral("rulesView"));
    m_toolbar->setObjectName(QStringLiteral("rulesToolbar"));
    m_toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_setName->setObjectName(QStringLiteral("setName"));
    m_version->setObjectName(QStringLiteral("setVersion"));
    m_check->setObjectName(QStringLiteral("checkStatus"));
    m_check->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_list->setObjectName(QStringLiteral("ruleList"));
    m_list->setModel(m_model);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setDragDropMode(QAbstractItemView::InternalMove);
    m_list->setDragEnabled(true);
    m_list->setAcceptDrops(true);
    m_list->setDropIndicatorShown(true);
    m_list->setDefaultDropAction(Qt::MoveAction);
    m_list->verticalHeader()->setSectionsClickable(false);
    m_list->verticalHeader()->setDefaultSectionSize(m_list->fontMetrics().height() + 8);
    m_list->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->horizontalHeader()->setSectionResizeMode(
        RuleListModel::Conditions, QHeaderView::Stretch);
    m_list->setAlternatingRowColors(true);
    m_list->setWordWrap(false);

    buildActions();

    auto *header = new QHBoxLayout;
    header->addWidget(new QLabel(tr("Rule set:"), this));
    header->addWidget(m_setName, 2);
    header->addWidget(m_version);
    header->addSpacing(12);
    header->addWidget(m_check, 3);

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("ruleFormScroll"));
    scroll->setWidget(m_form);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *left = new QSplitter(Qt::Vertical, this);
    left->addWidget(m_list);
    left->addWidget(scroll);
    left->setStretchFactor(0, 2);
    left->setStretchFactor(1, 3);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("rulesSplitter"));
    split->addWidget(left);
    split->addWidget(m_preview);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);

    auto *l = new QVBoxLayout(this);
    l->setContentsMargins(6, 4, 6, 6);
    l->addWidget(m_toolbar);
    l->addLayout(header);
    l->addWidget(split, 1);

    connect(m_editor, &RuleSetEditor::changed, this, &RulesView::onDocumentChanged);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &cur) { m_form->setRule(cur.isValid() ? cur.row() : -1); });
    connect(m_setName, &QLineEdit::textEdited, this, [this](const QString &n) {
        m_editor->edit(
            tr("Rename rule set"), [&](match::RuleDocument &d) { d.setName(n); },
            QStringLiteral("set/name"));
    });
    connect(m_runner, &PreviewRunner::started, m_preview, &PreviewPanel::showRunning);
    connect(m_runner, &PreviewRunner::finished, this, &RulesView::onOutcome);
    connect(m_runner, &PreviewRunner::failed, this,
        [this](const QString &m) { m_preview->showMessage(tr("Preview failed: %1").arg(m)); });
    connect(m_runner, &PreviewRunner::applied, this, [this](const QString &summary) {
        if (const auto applied = m_editor->document().check().ruleSet)
            m_runner->setBaseline(*applied); // the applied set is now the current one
        Q_EMIT workspaceChanged();
        onDocumentChanged(-1);
        QMessageBox::information(this, tr("Rules applied"),
            summary.isEmpty() ? tr("Nothing was left to match.") : summary);
    });
    onDocumentChanged(0);
}

RulesView::~RulesView() = default;

QAction *RulesView::action(const QString &objectName) const
{
    return findChild<QAction *>(objectName);
}

void RulesView::buildActions()
{
    auto add
        = [this](const QString &name, const QString &text, const QKeySequence &key, auto slot) {
              auto *a = new QAction(text, this);
              a->setObjectName(name);
              if (!key.isEmpty()) {
                  a->setShortcut(key);
                  a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
                  a->setToolTip(
                      QStringLiteral("%1 (%2)").arg(text, key.toString(QKeySequence::NativeText)));
              }
              connect(a, &QAction::triggered, this, slot);
              addAction(a);
              m_toolbar->addAction(a);
              return a;
          };
    add(QStringLiteral("actionRulesImport"), tr("Import…"), QKeySequence(tr("Ctrl+Shift+O")),
        [this] { chooseImport(); });
    add(QStringLiteral("actionRulesExport"), tr("Export…"), QKeySequence(tr("Ctrl+Shift+E")),
        [this] { chooseExport(); });
    m_toolbar->addSeparator();
    add(QStringLiteral("actionRuleAdd"), tr("Add rule"), QKeySequence(tr("Ctrl+Shift+A")), [this] {
        const int at = currentRule() + 1;
        int made = 0;
        m_editor->edit(tr("Add rule"), [&](match::RuleDocument &d) { made = d.addRule(at); });
        selectRule(made);
    });
    add(QStringLiteral("actionRuleDuplicate"), tr("Duplicate"), QKeySequence(tr("Ctrl+D")), [this] {
        const int r = currentRule();
        if (r < 0)
            return;
        m_editor->edit(
            tr("Duplicate rule %1").arg(m_editor->document().ruleName(r)),
            [&](match::RuleDocument &d) { d.duplicateRule(r); }, QString(), r + 1);
    });
    add(QStringLiteral("actionRuleDelete"), tr("Delete"), QKeySequence(tr("Ctrl+Del")), [this] {
        const int r = currentRule();
        if (r < 0)
            return;
        m_editor->edit(
            tr("Delete rule %1").arg(m_editor->document().ruleName(r)),
            [&](match::RuleDocument &d) { d.removeRule(r); }, QString(),
            std::max(0, std::min(r, m_editor->document().ruleCount() - 2)));
    });
    add(QStringLiteral("actionRuleUp"), tr("Move up"), QKeySequence(tr("Alt+Up")),
        [this] { moveSelected(-1); });
    add(QStringLiteral("actionRuleDown"), tr("Move down"), QKeySequence(tr("Alt+Down")),
        [this] { moveSelected(+1); });
    m_toolbar->addSeparator();
    QAction *undo = m_editor->undoStack()->createUndoAction(this, tr("Undo"));
    undo->setObjectName(QStringLiteral("actionRulesUndo"));
    QAction *redo = m_editor->undoStack()->createRedoAction(this, tr("Redo"));
    redo->setObjectName(QStringLiteral("actionRulesRedo"));
    m_toolbar->addAction(undo);
    m_toolbar->addAction(redo);
    m_toolbar->addSeparator();
    add(QStringLiteral("actionRulesSaveVersion"), tr("Save as new version…"),
        QKeySequence(tr("Ctrl+Alt+S")), [this] { askSaveVersion(); });
    add(QStringLiteral("actionRulesCompare"), tr("Compare versions…"),
        QKeySequence(tr("Ctrl+Shift+C")), [this] { showCompare(); });
    add(QStringLiteral("actionRulesApply"), tr("Apply…"), QKeySequence(tr("Ctrl+Shift+Return")),
        [this] { askApply(); });
}

bool RulesView::event(QEvent *e)
{
    // Ctrl+Z / Ctrl+Shift+Z here undo rule edits (the window's Edit › Undo is the workspace's).
    if (e->type() == QEvent::ShortcutOverride) {
        auto *k = static_cast<QKeyEvent *>(e);
        if (k->matches(QKeySequence::Undo) || k->matches(QKeySequence::Redo)
            || QKeySequence(k->keyCombination()) == QKeySequence(tr("Ctrl+Shift+Z"))) {
            e->accept();
            return true;
        }
    }
    return QWidget::event(e);
}

void RulesView::keyPressEvent(QKeyEvent *e)
{
    if (e->matches(QKeySequence::Undo)) {
        m_editor->undoStack()->undo();
        return;
    }
    if (e->matches(QKeySequence::Redo)
        || QKeySequence(e->keyCombination()) == QKeySequence(tr("Ctrl+Shift+Z"))) {
        m_editor->undoStack()->redo();
        return;
    }
    QWidget::keyPressEvent(e);
}

int RulesView::currentRule() const
{
    const QModelIndex i = m_list->currentIndex();
    return i.isValid() ? i.row() : -1;
}

void RulesView::selectRule(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    m_list->setCurrentIndex(m_model->index(row, RuleListModel::Name));
    m_form->setRule(row);
}

void RulesView::moveSelected(int delta)
{
    const int r = currentRule();
    const int to = r + delta;
    if (r < 0 || to < 0 || to >= m_model->rowCount())
        return;
    m_model->moveRule(r, to);
}

void RulesView::onDocumentChanged(int select)
{
    const match::RuleDocument &d = m_editor->document();
    if (m_setName->text() != d.name())
        m_setName->setText(d.name());
    m_version->setText(tr("version %1").arg(d.version()));
    if (select >= 0 && select != currentRule())
        selectRule(select);
    else if (currentRule() < 0 && d.ruleCount() > 0)
        selectRule(0);
    const match::RuleSetParse p = d.check();
    if (!p.ruleSet) {
        const match::RuleIssue &e = p.errors.first();
        m_check->setText(tr("<span style='color:#b02418'>✗ %1: %2</span>").arg(e.path, e.message));
        m_preview->showMessage(tr("Fix the rules to see a preview."));
        return;
    }
    int enabled = 0;
    for (int i = 0; i < d.ruleCount(); ++i)
        enabled += d.isEnabled(i);
    m_check->setText(tr("<span style='color:#1b7a2e'>✓ valid</span>, %1 of %2 rules enabled, "
                        "sha256 %3…")
                         .arg(enabled)
                         .arg(d.ruleCount())
                         .arg(p.ruleSet->hash.left(12)));
    if (m_runner->workspacePath().isEmpty())
        return;
    m_preview->showMessage(tr("Waiting…"));
    m_runner->request(*p.ruleSet);
}

void RulesView::onOutcome(const PreviewOutcome &o)
{
    m_preview->showOutcome(o);
}

void RulesView::setWorkspace(Workspace *ws)
{
    m_ws = ws;
    m_runner->setWorkspacePath(ws ? ws->path() : QString());
    match::RuleDocument doc = match::RuleDocument::fromDefault();
    if (ws) {
        if (const auto cur = currentRuleSet(*ws)) {
            if (auto loaded = match::RuleDocument::load(storedRuleSetJson(*ws, cur->id), nullptr))
                doc = *loaded;
        }
        m_runner->setBaseline(*doc.check().ruleSet);
    } else {
        m_preview->showMessage(tr("No workspace open: open one to preview the rules on its data."));
    }
    m_editor->reset(doc);
}

bool RulesView::importJson(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("%1: cannot open (%2)").arg(path, f.errorString());
        return false;
    }
    QList<match::RuleIssue> issues;
    const auto doc = match::RuleDocument::load(f.read(8 * 1024 * 1024 + 1), &issues);
    if (!doc) {
        QStringList lines;
        for (const match::RuleIssue &i : issues)
            lines << i.toString(QFileInfo(path).fileName());
        if (error)
            *error = lines.join(QLatin1Char('\n'));
        return false;
    }
    m_editor->edit(
        tr("Import %1").arg(QFileInfo(path).fileName()), [&](match::RuleDocument &d) { d = *doc; },
        QString(), 0);
    return true;
}

bool RulesView::exportJson(const QString &path, QString *error) const
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || f.write(m_editor->document().toJson()) < 0) {
        if (error)
            *error = tr("%1: cannot write (%2)").arg(path, f.errorString());
        return false;
    }
    return true;
}

void RulesView::chooseImport()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import Rules"), QString(), tr("Rule sets (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!importJson(path, &error))
        QMessageBox::warning(this, tr("Cannot import rules"), error);
}

void RulesView::chooseExport()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Rules"),
        m_editor->document().name() + QStringLiteral(".json"), tr("Rule sets (*.json)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportJson(path, &error))
        QMessageBox::warning(this, tr("Cannot export rules"), error);
}

bool RulesView::saveAsNewVersion(const QString &version, QString *error)
{
    if (!m_ws) {
        if (error)
            *error = tr("Open a workspace first.");
        return false;
    }
    match::RuleDocument doc = m_editor->document();
    doc.setVersion(version);
    const match::RuleSetParse p = doc.check();
    if (!p.ruleSet) {
        if (error)
            *error = p.errors.first().toString(tr("rules"));
        return false;
    }
    try {
        saveRuleSetVersion(*m_ws, *p.ruleSet, doc.toJson());
    } catch (const std::exception &e) {
        if (error)
            *error = QString::fromUtf8(e.what());
        return false;
    }
    m_editor->edit(
        tr("Set version %1").arg(version), [&](match::RuleDocument &d) { d.setVersion(version); });
    return true;
}

void RulesView::askSaveVersion()
{
    if (!m_ws) {
        QMessageBox::information(this, tr("Save rules"), tr("Open a workspace first."));
        return;
    }
    bool ok = false;
    const QString v = QInputDialog::getText(this, tr("Save as new version"),
        tr("Version of \"%1\":").arg(m_editor->document().name()), QLineEdit::Normal,
        nextFreeVersion(*m_ws, m_editor->document().name()), &ok);
    if (!ok || v.trimmed().isEmpty())
        return;
    QString error;
    if (!saveAsNewVersion(v.trimmed(), &error))
        QMessageBox::warning(this, tr("Cannot save rules"), error);
}

void RulesView::askApply()
{
    const match::RuleSetParse p = m_editor->document().check();
    if (!m_ws || !p.ruleSet) {
        QMessageBox::information(this, tr("Apply rules"),
            m_ws ? tr("Fix the rules first.") : tr("Open a workspace first."));
        return;
    }
    const auto answer = QMessageBox::question(this, tr("Apply rules"),
        tr("Run \"%1\" version %2 on the workspace's open items and record the matches?\n\n%3")
            .arg(p.ruleSet->name, p.ruleSet->version,
                m_preview->findChild<QLabel *>(QStringLiteral("previewStatus"))->text()));
    if (answer != QMessageBox::Yes)
        return;
    m_runner->apply(*p.ruleSet, m_editor->document().toJson());
}

void RulesView::showCompare()
{
    auto *dlg = new CompareDialog(m_ws, m_runner, this);
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    dlg->open();
}

} // namespace recon
