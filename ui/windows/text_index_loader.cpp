#include "ui/windows/text_index_loader.h"

#include "core/log.h"
#include "core/store/sqlite.h"
#include "core/store/text_index.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QThread>

namespace recon {

TextIndexLoader::TextIndexLoader(QObject *parent)
    : QObject(parent)
{
}

TextIndexLoader::~TextIndexLoader()
{
    cancelRunning();
    for (QThread *t : std::as_const(m_threads)) {
        t->wait();
        delete t;
    }
}

void TextIndexLoader::cancelRunning()
{
    if (m_cancel)
        m_cancel->store(true);
}

void TextIndexLoader::load(const QString &workspacePath)
{
    cancelRunning();
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const int generation = ++m_generation;
    QPointer<TextIndexLoader> self(this);
    auto cancel = m_cancel;
    QThread *thread = QThread::create([self, cancel, generation, workspacePath] {
        std::shared_ptr<const TextIndex> index;
        QElapsedTimer t;
        t.start();
        try {
            sql::Db db;
            db.open(workspacePath, true, false);
            index = TextIndex::load(db, cancel.get());
        } catch (const sql::Error &e) {
            log::ui()->warn("text index not built, filters use SQL: {}", e.what());
        }
        if (!index || cancel->load())
            return;
        log::ui()->info("text index: {} + {} rows, {} MiB in {} ms", index->rowCount(Side::Left),
            index->rowCount(Side::Right), index->bytes() >> 20, t.elapsed());
        // The loader lives on the GUI thread: deliver there, if it and this load still matter.
        QMetaObject::invokeMethod(
            self.data(),
            [self, generation, index] {
                if (self && generation == self->m_generation) {
                    self->m_index = index;
                    Q_EMIT self->ready(index);
                }
            },
            Qt::QueuedConnection);
    });
    thread->setObjectName(QStringLiteral("text-index"));
    // Finished threads are reaped on the next load or by the destructor.
    for (auto it = m_threads.begin(); it != m_threads.end();) {
        if ((*it)->isFinished()) {
            delete *it;
            it = m_threads.erase(it);
        } else {
            ++it;
        }
    }
    m_threads.append(thread);
    thread->start(QThread::LowPriority);
}

} // namespace recon
