#pragma once
// File › Import File… (Ctrl+I) and files dropped on the main window: pick files and see what
// they hold (format, encoding, statements, items, balances: a dry run), correct a CSV/XLSX
// column mapping over a live preview and save it as a profile, review line-level problems, then
// import off the GUI thread with progress and cancel (a cancel leaves the workspace unchanged).

#include "ui/import/wizard_file.h"

#include <QWizard>

#include <functional>

class QMimeData;

namespace recon {

class Workspace;
class FilesPage;
class MappingPage;
class ProblemsPage;
class RunPage;

class ImportWizard : public QWizard {
    Q_OBJECT
public:
    enum PageId { FilesPageId, MappingPageId, ProblemsPageId, RunPageId };

    // `ws` is the window's workspace (profiles are read and saved through it on the GUI thread);
    // dry runs and the import open their own connection to the same file.
    explicit ImportWizard(Workspace *ws, QWidget *parent = nullptr);
    ~ImportWizard() override;

    Workspace *workspace() const { return m_ws; }
    QList<WizardFile> &files() { return m_files; }
    // Adds files (skipping ones already listed) and starts their dry run.
    void addFiles(const QStringList &paths);
    bool hasTabularFiles() const;
    // Goes forward page by page, each as soon as it is complete (dry runs done), until page
    // `id`, then calls `then` (the --screenshot path).
    void advanceWhenReady(int id, const std::function<void()> &then);

    FilesPage *filesPage() const { return m_filesPage; }
    MappingPage *mappingPage() const { return m_mappingPage; }
    ProblemsPage *problemsPage() const { return m_problemsPage; }
    RunPage *runPage() const { return m_runPage; }

    void reject() override; // cancels a running import (rolled back) before closing

    // Local files among dropped URLs.
    static QStringList localFiles(const QMimeData *mime);

Q_SIGNALS:
    void imported(); // at least one file was written: the window reloads

protected:
    void dragEnterEvent(QDragEnterEvent *e) override;
    void dropEvent(QDropEvent *e) override;

private:
    Workspace *m_ws;
    QList<WizardFile> m_files;
    FilesPage *m_filesPage;
    MappingPage *m_mappingPage;
    ProblemsPage *m_problemsPage;
    RunPage *m_runPage;
};

// Whether importFile would refuse to write this (dry-run) report: errors block unless bad lines
// are skipped and every error names a line; an already-imported file is not blocking (it is
// refused and reported).
bool importBlocked(const ImportReport &report, bool skipBadLines);

} // namespace recon
