#include "ui/match/match_controller.h"

#include "core/match/rule_document.h"
#include "core/store/workspace.h"
#include "ui/match/match_job.h"
#include "ui/rules/rule_set_editor.h"
#include "ui/rules/rules_view.h"
#include "ui/windows/main_window.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStatusBar>

namespace recon {

MatchController::MatchController(MainWindow *window, RulesView *rules)
    : QObject(window)
    , m_window(window)
    , m_rules(rules)
    , m_job(new MatchJob(this))
{
    connect(m_job, &MatchJob::finished, this, &MatchController::onFinished);
    connect(m_job, &MatchJob::progress, this, [this](const QString &stage, int done, int total) {
        if (!m_progress)
            return;
        m_progress->setMaximum(total);
        m_progress->setLabelText(tr("Rule %1 of %2: %3").arg(done + 1).arg(total).arg(stage));
        // Last: on a shown modal dialog setValue() processes events, and the run may finish
        // (onFinished clears m_progress) inside it.
        m_progress->setValue(done);
    });
}

void MatchController::install()
{
    QMenu *menu = m_window->menuBar()->addMenu(tr("&Reconcile"));
    menu->setObjectName(QStringLiteral("reconcileMenu"));
    QAction *a = menu->addAction(
        tr("Run &Matching"), QKeySequence(tr("Ctrl+R")), this, &MatchController::run);
    a->setObjectName(QStringLiteral("actionRunMatch"));
    a->setToolTip(tr("Run the rules of the Rules tab on the open items (Ctrl+R)"));
}

void MatchController::run()
{
    Workspace *ws = m_window->workspace();
    if (!ws) {
        QMessageBox::information(m_window, tr("Run Matching"), tr("Open a workspace first."));
        return;
    }
    if (ws->isReadOnly()) {
        QMessageBox::information(m_window, tr("Run Matching"),
            tr("The workspace is read-only: %1").arg(ws->readOnlyReason()));
        return;
    }
    if (m_job->isRunning())
        return;
    const match::RuleSetParse p = m_rules->editor()->document().check();
    if (!p.ruleSet) {
        QMessageBox::information(m_window, tr("Run Matching"),
            tr("The rules in the Rules tab have errors; fix them first."));
        return;
    }
    m_progress = new QProgressDialog(tr("Matching…"), tr("Cancel"), 0, 0, m_window);
    m_progress->setObjectName(QStringLiteral("matchProgress"));
    m_progress->setWindowTitle(tr("Run Matching"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(300);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(m_progress, &QProgressDialog::canceled, m_job, &MatchJob::cancel);
    m_window->statusBar()->showMessage(
        tr("Matching with \"%1\" version %2…").arg(p.ruleSet->name, p.ruleSet->version));
    m_job->start(ws->path(), *p.ruleSet, m_rules->editor()->document().toJson());
}

void MatchController::onFinished(const MatchJobOutcome &o)
{
    if (m_progress) {
        m_progress->deleteLater();
        m_progress = nullptr;
    }
    if (!o.error.isEmpty()) {
        m_window->statusBar()->clearMessage();
        QMessageBox::warning(m_window, tr("Run Matching"), tr("Matching failed: %1").arg(o.error));
    } else if (o.cancelled || !o.written) {
        m_window->statusBar()->showMessage(tr("Matching cancelled: nothing was recorded."), 8000);
    } else {
        m_window->reload();
        m_window->statusBar()->showMessage(
            tr("Matching: %1 group(s) (%2 confirmed, %3 proposed), %4 exception(s) from %5 + %6 "
               "open items in %7 ms")
                .arg(o.groups)
                .arg(o.confirmed)
                .arg(o.proposed)
                .arg(o.exceptions)
                .arg(o.leftOpen)
                .arg(o.rightOpen)
                .arg(o.millis),
            15000);
    }
    Q_EMIT runFinished(o.written);
}

} // namespace recon
