#pragma once
// Wizard page 3: a dry run of every file with its final mapping, and every line-level error and
// warning ("file:line: field: message") before anything is written. Import stays disabled while
// a file has errors, unless bad lines are skipped (and every error names a line).

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QListWidget;

namespace recon {

class ImportJob;
class ImportWizard;

class ProblemsPage : public QWizardPage {
    Q_OBJECT
public:
    explicit ProblemsPage(ImportWizard *wizard);

    bool skipBadLines() const;
    bool isChecking() const;
    QListWidget *list() const { return m_list; }

    void initializePage() override;
    bool isComplete() const override;

private:
    void check();
    void checked();

    ImportWizard *m_wizard;
    QListWidget *m_list;
    QCheckBox *m_skip;
    QLabel *m_summary;
    ImportJob *m_job;
    bool m_blocked = true;
    bool m_importable = false;
};

} // namespace recon
