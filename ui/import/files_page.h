#pragma once
// Wizard page 1: the files to import (added with a dialog or dropped), each with its side and
// account, and what a dry run found in it. The dry runs run off the GUI thread.

#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace recon {

class FileListModel;
class ImportJob;
class ImportWizard;

class FilesPage : public QWizardPage {
    Q_OBJECT
public:
    explicit FilesPage(ImportWizard *wizard);
    ~FilesPage() override;

    void addFiles(const QStringList &paths);
    void removeSelected();
    bool isAnalysing() const;
    FileListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

    bool isComplete() const override;
    int nextId() const override;

private:
    void chooseFiles();
    void analysePending();
    void analysisFinished();
    void currentChanged();
    void sideChosen();
    void accountEdited();
    int currentRow() const;

    ImportWizard *m_wizard;
    FileListModel *m_model;
    QTableView *m_view;
    QPushButton *m_add;
    QPushButton *m_remove;
    QComboBox *m_side;
    QLineEdit *m_account;
    QLabel *m_status;
    ImportJob *m_job;
    QStringList m_jobPaths; // the files the running dry run is about, in request order
    bool m_leftHasItems = false;
};

} // namespace recon
