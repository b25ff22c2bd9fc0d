#pragma once
// The workstation's sync room, installed into the main window with one call: a Tools menu
// (Server Settings…, Sign In…, Sync Now Ctrl+Shift+S, Cancel Sync, Conflicts… Ctrl+Shift+K,
// Sign Out), the "actionSync" toolbar action, and a permanent status-bar widget showing the last
// sync, the outbox rows waiting and the open conflicts (refreshed after each local resolution).
// The password lives in memory only, for the session.

#include "core/sync/sync_client.h"

#include <QObject>
#include <QPointer>

class QAction;
class QLabel;
class QProgressBar;
class QToolButton;
class QWidget;

namespace recon {
class MainWindow;
class ResolutionContext;
class SyncJob;
class ConflictView;

class SyncController : public QObject {
    Q_OBJECT
public:
    SyncController(MainWindow *window, ResolutionContext *context);
    ~SyncController() override;

    // Adds the Tools menu and the status-bar widget (call before the toolbar is built).
    void install();

    QAction *syncAction() const { return m_syncAction; }
    QWidget *statusWidget() const { return m_status; }
    ConflictView *conflictView(); // created on first use
    bool isSyncing() const;
    void setPassword(const QString &password) { m_password = password; }
    QString lastError() const { return m_lastError; }

public Q_SLOTS:
    void refresh(); // status labels from the open workspace
    void openSettings();
    bool signIn();
    void syncNow();
    void cancelSync();
    void showConflicts();

Q_SIGNALS:
    void syncFinished(const recon::sync::SyncSummary &summary);

private:
    void onFinished(const sync::SyncSummary &s);

    MainWindow *m_window;
    ResolutionContext *m_context;
    SyncJob *m_job;
    QPointer<ConflictView> m_conflicts;
    QString m_password; // never written anywhere
    QString m_lastError;
    QAction *m_syncAction = nullptr;
    QAction *m_cancelAction = nullptr;
    QWidget *m_status = nullptr;
    QLabel *m_lastSync = nullptr;
    QLabel *m_waiting = nullptr;
    QToolButton *m_conflictButton = nullptr;
    QProgressBar *m_progress = nullptr;
    QToolButton *m_cancelButton = nullptr;
};

} // namespace recon
