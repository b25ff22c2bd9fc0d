#include "ui/import/run_page.h"

#include "core/store/workspace.h"
#include "ui/import/import_job.h"
#include "ui/import/import_wizard.h"
#include "ui/import/problems_page.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace recon {

RunPage::RunPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_file(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("&Stop Import"), this))
    , m_summary(new QLabel(this))
    , m_results(new QListWidget(this))
    , m_job(new ImportJob(wizard->workspace() ? wizard->workspace()->path() : QString(), this))
{
    setObjectName(QStringLiteral("runPage"));
    setTitle(tr("Import"));
    m_file->setObjectName(QStringLiteral("importFileLabel"));
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_cancel->setObjectName(QStringLiteral("cancelImportButton"));
    m_cancel->setShortcut(QKeySequence(Qt::Key_Escape));
    m_cancel->setToolTip(tr("Stop and roll back the file being imported (Esc)"));
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    m_results->setObjectName(QStringLiteral("resultList"));
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_progress, 1);
    bar->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_file);
    layout->addLayout(bar);
    layout->addWidget(m_summary);
    layout->addWidget(m_results, 1);
    connect(m_cancel, &QPushButton::clicked, this, &RunPage::cancel);
    connect(m_job, &ImportJob::fileStarted, this, &RunPage::fileStarted);
    connect(m_job, &ImportJob::progress, this, &RunPage::progressed);
    connect(m_job, &ImportJob::finished, this, &RunPage::finished);
}

bool RunPage::isRunning() const
{
    return m_job->isRunning();
}

void RunPage::cancel()
{
    if (!m_job->isRunning())
        return;
    m_job->cancel();
    m_cancel->setEnabled(false);
    m_summary->setText(tr("Stopping: rolling back…"));
}

void RunPage::cancelAndWait()
{
    if (!m_job->isRunning())
        return;
    m_job->cancel();
    m_job->wait();
}

void RunPage::initializePage()
{
    QList<ImportRequest> requests;
    const bool skip = m_wizard->problemsPage()->skipBadLines();
    for (const WizardFile &f : std::as_const(m_wizard->files()))
        requests << f.request(false, skip);
    m_done = false;
    m_results->clear();
    m_summary->setText(tr("Reading…"));
    m_progress->setRange(0, 0); // busy until the first rows are written
    m_cancel->setEnabled(true);
    m_cancel->show();
    m_job->start(requests);
}

void RunPage::fileStarted(int index)
{
    const QList<WizardFile> &files = m_wizard->files();
    if (index < files.size())
        m_file->setText(
            tr("File %1 of %2: %3").arg(index + 1).arg(files.size()).arg(files[index].fileName()));
    m_progress->setRange(0, 0);
}

void RunPage::progressed(int, qint64 done, qint64 total)
{
    if (total <= 0)
        return;
    // Scaled to thousands: a QProgressBar holds an int.
    m_progress->setRange(0, int(std::max<qint64>(1, total / 1000)));
    m_progress->setValue(int(done / 1000));
    if (m_cancel->isEnabled())
        m_summary->setText(tr("Writing %1 of %2 items…").arg(done).arg(total));
}

void RunPage::finished()
{
    m_done = true;
    m_cancel->setEnabled(false);
    m_progress->setRange(0, 1);
    const QList<WizardFile> &files = m_wizard->files();
    const QList<ImportReport> &reports = m_job->reports();
    const QIcon ok = style()->standardIcon(QStyle::SP_DialogApplyButton);
    const QIcon bad = style()->standardIcon(QStyle::SP_MessageBoxCritical);
    const QIcon info = style()->standardIcon(QStyle::SP_MessageBoxInformation);
    int written = 0, cancelled = 0;
    qint64 imported = 0, duplicates = 0;
    for (int i = 0; i < reports.size() && i < files.size(); ++i) {
        const ImportReport &r = reports[i];
        const QString name = files[i].fileName();
        QListWidgetItem *item = nullptr;
        if (r.written) {
            ++written;
            imported += r.import.rowsImported;
            duplicates += r.duplicates;
            QString text = tr("%1: imported %2 items, %3 duplicates skipped")
                               .arg(name)
                               .arg(r.import.rowsImported)
                               .arg(r.duplicates);
            if (r.import.rowsSkipped > 0)
                text += tr(", %n bad line(s) skipped", nullptr, r.import.rowsSkipped);
            if (!r.profileApplied.isEmpty())
                text += tr(" (profile “%1”)").arg(r.profileApplied);
            item = new QListWidgetItem(ok, text);
        } else if (r.cancelled) {
            ++cancelled;
            item = new QListWidgetItem(info, tr("%1: cancelled, nothing written").arg(name));
        } else if (!r.refusal.isEmpty()) {
            item = new QListWidgetItem(info, tr("%1: refused: %2").arg(name, r.refusal));
        } else {
            item = new QListWidgetItem(
                bad, tr("%1: not imported, %n error(s)", nullptr, r.read.errorCount).arg(name));
        }
        m_results->addItem(item);
    }
    if (!m_job->error().isEmpty())
        m_results->addItem(new QListWidgetItem(bad, m_job->error()));
    m_progress->setValue(written > 0 || cancelled == 0 ? 1 : 0);
    m_file->clear();
    if (cancelled > 0 && written == 0)
        m_summary->setText(tr("Import cancelled: the workspace is unchanged."));
    else
        m_summary->setText(
            tr("%n file(s) imported: %1 new items, %2 duplicates skipped.", nullptr, written)
                .arg(imported)
                .arg(duplicates));
    if (written > 0)
        Q_EMIT m_wizard->imported();
    Q_EMIT completeChanged();
}

bool RunPage::isComplete() const
{
    return m_done;
}

} // namespace recon
