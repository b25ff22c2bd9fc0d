#pragma once
// What the resolution commands share: the open workspace, and signals the views listen to
// (`changed` after every successful do/undo/redo, `itemsChanged` right before it naming the
// transactions whose state the step changed, so views refresh just those rows; `failed` with a
// message the user can act on).

#include <QList>
#include <QObject>
#include <QUuid>

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

    void notifyChanged(const QList<QUuid> &items = {})
    {
        Q_EMIT itemsChanged(items);
        Q_EMIT changed();
    }
    void notifyFailed(const QString &message)
    {
        m_lastError = message;
        Q_EMIT failed(message);
    }

Q_SIGNALS:
    void changed();
    void itemsChanged(const QList<QUuid> &items);
    void failed(const QString &message);

private:
    Workspace *m_ws = nullptr;
    QString m_lastError;
};

} // namespace recon
