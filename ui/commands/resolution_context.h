#pragma once
// What the resolution commands share: the open workspace, and signals the views listen to
// (`changed` after every successful do/undo/redo, `failed` with a message the user can act on).

#include <QObject>

namespace recon {
class Workspace;

class ResolutionContext : public QObject {
    Q_OBJECT
public:
    explicit ResolutionContext(QObject *parent = nullptr)
        : QObject(parent)
    {
    }
    void setWorkspace(Workspace *ws) { m_ws = ws; }
    Workspace *workspace() const { return m_ws; }
    QString lastError() const { return m_lastError; }

    void notifyChanged() { Q_EMIT changed(); }
    void notifyFailed(const QString &message)
    {
        m_lastError = message;
        Q_EMIT failed(message);
    }

Q_SIGNALS:
    void changed();
    void failed(const QString &message);

private:
    Workspace *m_ws = nullptr;
    QString m_lastError;
};

} // namespace recon
