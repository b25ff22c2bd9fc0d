#pragma once
// Runs import requests (dry runs or real imports) off the GUI thread, on a second connection to
// the workspace (WAL lets it work beside the window's own), with progress and cancel. A cancel
// rolls back the file being imported and skips the files after it.

#include "core/store/import_service.h"

#include <QObject>

#include <atomic>

class QThread;

namespace recon {

class ImportJob : public QObject {
    Q_OBJECT
public:
    explicit ImportJob(const QString &workspacePath, QObject *parent = nullptr);
    ~ImportJob() override; // cancels and waits for the worker

    void start(const QList<ImportRequest> &requests);
    bool isRunning() const { return m_running; }
    void cancel() { m_cancel.store(true); }
    void wait();

    const QList<ImportReport> &reports() const { return m_reports; }
    QString error() const { return m_error; } // the workspace could not be opened or written

Q_SIGNALS:
    void fileStarted(int index);
    void progress(int index, qint64 done, qint64 total);
    void finished();

private:
    struct Outcome {
        QList<ImportReport> reports;
        QString error;
    };
    Outcome run(const QList<ImportRequest> &requests);

    QString m_path;
    QThread *m_thread = nullptr;
    Outcome m_outcome; // written by the worker, read after it finished
    std::atomic<bool> m_cancel { false };
    bool m_running = false;
    QList<ImportReport> m_reports;
    QString m_error;
};

} // namespace recon
