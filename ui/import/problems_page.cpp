#include "ui/import/problems_page.h"

#include "core/store/workspace.h"
#include "ui/import/import_job.h"
#include "ui/import/import_wizard.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QListWidget>
#include <QStyle>
#include <QVBoxLayout>

namespace recon {

ProblemsPage::ProblemsPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_list(new QListWidget(this))
    , m_skip(new QCheckBox(tr("&Skip bad lines (import the good ones, report the rest)"), this))
    , m_summary(new QLabel(this))
    , m_job(new ImportJob(wizard->workspace() ? wizard->workspace()->path() : QString(), this))
{
    setObjectName(QStringLiteral("problemsPage"));
    setTitle(tr("Problems"));
    setSubTitle(tr("Nothing has been written yet. A file with errors is not imported unless its "
                   "bad lines are skipped."));
    setCommitPage(true);
    m_list->setObjectName(QStringLiteral("problemList"));
    m_list->setAlternatingRowColors(true);
    m_list->setWordWrap(true);
    m_skip->setObjectName(QStringLiteral("skipBadLinesCheck"));
    m_summary->setObjectName(QStringLiteral("problemSummary"));
    m_summary->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_skip);
    connect(m_skip, &QCheckBox::toggled, this, &ProblemsPage::check);
    connect(m_job, &ImportJob::finished, this, &ProblemsPage::checked);
}

bool ProblemsPage::skipBadLines() const
{
    return m_skip->isChecked();
}

bool ProblemsPage::isChecking() const
{
    return m_job->isRunning();
}

void ProblemsPage::initializePage()
{
    check();
}

void ProblemsPage::check()
{
    if (m_job->isRunning()) {
        // Check again once this run is back (its answer is for the old settings).
        connect(m_job, &ImportJob::finished, this, &ProblemsPage::check, Qt::SingleShotConnection);
        return;
    }
    QList<ImportRequest> requests;
    for (const WizardFile &f : std::as_const(m_wizard->files()))
        requests << f.request(true, skipBadLines());
    m_list->clear();
    m_summary->setText(tr("Checking %n file(s)…", nullptr, int(requests.size())));
    m_blocked = true;
    m_job->start(requests);
    Q_EMIT completeChanged();
}

void ProblemsPage::checked()
{
    QList<WizardFile> &files = m_wizard->files();
    const QList<ImportReport> &reports = m_job->reports();
    m_list->clear();
    const QIcon errIcon = style()->standardIcon(QStyle::SP_MessageBoxCritical);
    const QIcon warnIcon = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    const QIcon infoIcon = style()->standardIcon(QStyle::SP_MessageBoxInformation);
    int errors = 0, warnings = 0, blockedFiles = 0, importable = 0;
    qint64 rows = 0, duplicates = 0;
    m_blocked = false;
    for (int i = 0; i < reports.size() && i < files.size(); ++i) {
        const ImportReport &r = reports[i];
        files[i].analysis = r;
        files[i].analysed = true;
        if (!r.refusal.isEmpty()) {
            m_list->addItem(new QListWidgetItem(infoIcon, r.refusal));
            continue;
        }
        for (const ImportIssue &e : r.read.errors) {
            auto *item = new QListWidgetItem(errIcon, e.toString());
            item->setData(Qt::UserRole, QStringLiteral("error"));
            m_list->addItem(item);
        }
        if (r.read.errorCount > r.read.errors.size())
            m_list->addItem(new QListWidgetItem(errIcon,
                tr("%1: … and %2 more errors")
                    .arg(files[i].fileName())
                    .arg(r.read.errorCount - r.read.errors.size())));
        for (const ImportIssue &w : r.read.warnings) {
            auto *item = new QListWidgetItem(warnIcon, w.toString());
            item->setData(Qt::UserRole, QStringLiteral("warning"));
            m_list->addItem(item);
        }
        errors += r.read.errorCount;
        warnings += int(r.read.warnings.size());
        if (importBlocked(r, skipBadLines())) {
            ++blockedFiles;
            m_blocked = true;
        } else {
            ++importable;
            rows += r.import.rowsImported;
            duplicates += r.duplicates;
        }
    }
    if (!m_job->error().isEmpty()) {
        m_blocked = true;
        m_list->addItem(new QListWidgetItem(errIcon, m_job->error()));
    }
    m_importable = importable > 0;
    QString text;
    if (m_blocked)
        text = tr("%n error(s) in %1 file(s): fix the mapping or the file, or skip bad lines.",
            nullptr, errors)
                   .arg(blockedFiles);
    else
        text
            = tr("Ready: %1 new items from %n file(s), %2 duplicates skipped.", nullptr, importable)
                  .arg(rows)
                  .arg(duplicates);
    if (warnings > 0)
        text += QLatin1Char(' ') + tr("%n warning(s).", nullptr, warnings);
    m_summary->setText(text);
    Q_EMIT completeChanged();
}

bool ProblemsPage::isComplete() const
{
    return !m_job->isRunning() && !m_blocked && m_importable;
}

} // namespace recon
