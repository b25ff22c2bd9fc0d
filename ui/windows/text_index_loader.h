#pragma once
// Reads a workspace's TextIndex (core/store/text_index.h) on a worker thread with its own
// read-only connection and hands it to the GUI thread (ready). A newer load() supersedes an
// older one; the destructor cancels and waits for what is still running.

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

class QThread;

namespace recon {
class TextIndex;

class TextIndexLoader : public QObject {
    Q_OBJECT
public:
    explicit TextIndexLoader(QObject *parent = nullptr);
    ~TextIndexLoader() override;

    void load(const QString &workspacePath);
    // The last index delivered (null until the first is ready).
    std::shared_ptr<const TextIndex> index() const { return m_index; }

Q_SIGNALS:
    void ready(std::shared_ptr<const TextIndex> index);

private:
    void cancelRunning();
    int m_generation = 0;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QList<QThread *> m_threads;
    std::shared_ptr<const TextIndex> m_index;
};

} // namespace recon
