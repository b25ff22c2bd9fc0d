#pragma once
// Runs one report export off the GUI thread on its own connection to the workspace (the
// window's connection stays with the GUI thread), with progress and cancel. A cancelled or
// failed export leaves no file behind (core/report writes to a temporary file first).

#include "core/report/report_options.h"

#include <QObject>

#include <atomic>

class QThread;

namespace recon {

class ExportJob : public QObject {
    Q_OBJECT
public:
    explicit ExportJob(const QString &workspacePath, QObject *parent = nullptr);
    ~ExportJob() override; // cancels and waits for the worker

    void start(const report::ExportOptions &options);
    bool isRunning() const { return m_running; }
    void cancel() { m_cancel.store(true); }
    void wait();
    const report::ExportResult &result() const { return m_result; }

Q_SIGNALS:
    void progress(qint64 done, qint64 total);
    void finished();

private:
    QString m_path;
    QThread *m_thread = nullptr;
    std::atomic<bool> m_cancel { false };
    bool m_running = false;
    report::ExportResult m_outcome; // written by the worker, read after it finished
    report::ExportResult m_result;
};

} // namespace recon
