#pragma once
// Wizard page 4: the import itself, off the GUI thread, with a progress bar and Cancel (the file
// being imported is rolled back; later files are skipped), then what happened to each file.

#include <QWizardPage>

class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace recon {

class ImportJob;
class ImportWizard;

class RunPage : public QWizardPage {
    Q_OBJECT
public:
    explicit RunPage(ImportWizard *wizard);

    bool isRunning() const;
    void cancel();
    void cancelAndWait(); // closing the wizard mid-import
    QProgressBar *progressBar() const { return m_progress; }
    QPushButton *cancelButton() const { return m_cancel; }
    QListWidget *results() const { return m_results; }

    void initializePage() override;
    bool isComplete() const override;

private:
    void fileStarted(int index);
    void progressed(int index, qint64 done, qint64 total);
    void finished();

    ImportWizard *m_wizard;
    QLabel *m_file;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QLabel *m_summary;
    QListWidget *m_results;
    ImportJob *m_job;
    bool m_done = false;
};

} // namespace recon
