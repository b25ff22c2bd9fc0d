#pragma once
// File > Export…: the reconciliation report as an Excel workbook, CSV files (one per sheet) or a
// PDF summary, with status and date filters, CSV options and the PDF sign-off names. The export
// runs off the GUI thread (ExportJob) with a progress bar and Cancel; on success the dialog says
// what it wrote and offers to open the folder.

#include "core/report/report_options.h"

#include <QDialog>
#include <QMap>

#include <functional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace recon {

class ExportJob;

class ExportDialog : public QDialog {
    Q_OBJECT
public:
    explicit ExportDialog(const QString &workspacePath, QWidget *parent = nullptr);
    ~ExportDialog() override;

    // The options the form describes now (target as typed).
    report::ExportOptions options() const;
    const report::ExportResult &lastResult() const { return m_result; }
    bool isRunning() const;
    // What "Open folder" does (default: the desktop's file manager); tests replace it.
    void setOpenFolderHandler(std::function<void(const QString &)> handler)
    {
        m_openFolder = std::move(handler);
    }

public Q_SLOTS:
    void startExport();
    void cancelExport();

Q_SIGNALS:
    void exportFinished(bool ok);

protected:
    void reject() override; // Esc / close: cancels a running export first

private:
    void formatChanged();
    void browse();
    void finished();
    void setRunning(bool running);
    QString defaultTarget(report::Format f) const;
    QString folderOfResult() const;

    QString m_workspacePath;
    ExportJob *m_job = nullptr;
    report::ExportResult m_result;
    std::function<void(const QString &)> m_openFolder;

    QComboBox *m_format;
    QLineEdit *m_target;
    QPushButton *m_browse;
    QGroupBox *m_csvBox;
    QCheckBox *m_bom;
    QCheckBox *m_semicolon;
    QMap<Status, QCheckBox *> m_statuses;
    QCheckBox *m_fromCheck;
    QDateEdit *m_from;
    QCheckBox *m_toCheck;
    QDateEdit *m_to;
    QGroupBox *m_pdfBox;
    QLineEdit *m_preparer;
    QLineEdit *m_reviewer;
    QProgressBar *m_progress;
    QLabel *m_status;
    QPushButton *m_export;
    QPushButton *m_cancel;
    QPushButton *m_openFolderButton;
    QPushButton *m_close;
    QGroupBox *m_filterBox;
};

} // namespace recon
