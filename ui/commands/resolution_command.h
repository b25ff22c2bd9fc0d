#pragma once
// Base of the resolution undo commands (in the spirit of Tiled's ChangeValue<T>): a typed
// payload; the first redo() runs the operation on ResolutionService, undo() writes the captured
// `before` state back and later redo()s the `after` state, each appending an audit entry.
// A command whose operation is refused marks itself obsolete, so QUndoStack::push drops it; the
// reason goes out through ResolutionContext::failed.

#include "core/store/resolution_service.h"
#include "core/store/workspace.h"
#include "ui/commands/resolution_context.h"

#include <QSet>
#include <QUndoCommand>

#include <optional>

namespace recon {

template <typename Payload, typename Done> class ResolutionCommand : public QUndoCommand {
public:
    ResolutionCommand(ResolutionContext *context, Payload payload, const QString &text)
        : QUndoCommand(text)
        , m_context(context)
        , m_payload(std::move(payload))
    {
    }

    const Payload &payload() const { return m_payload; }
    // The first run's result (empty until it ran, or when it was refused).
    const std::optional<Done> &result() const { return m_done; }

    void redo() override
    {
        Workspace *ws = m_context->workspace();
        if (!ws)
            return fail(QObject::tr("No workspace is open."));
        ResolutionService svc(*ws);
        if (!m_done) {
            Resolved<Done> r = perform(svc, m_payload);
            if (!r)
                return fail(r.errorMessage());
            m_done = r.value();
            m_change = m_done->change;
        } else {
            Resolved<Change> r = svc.reapply(m_change);
            if (!r)
                return fail(r.errorMessage());
            m_change = r.value();
        }
        m_context->notifyChanged(touchedItems());
    }

    void undo() override
    {
        Workspace *ws = m_context->workspace();
        if (!ws || !m_done)
            return fail(QObject::tr("Nothing to undo."));
        ResolutionService svc(*ws);
        Resolved<Change> r = svc.revert(m_change);
        if (!r)
            return fail(r.errorMessage());
        m_change = r.value();
        m_context->notifyChanged(touchedItems());
    }

    // The transactions whose state this command changes.
    QList<QUuid> touchedItems() const
    {
        QList<QUuid> out;
        QSet<QUuid> seen;
        for (const auto *list : { &m_change.before.items, &m_change.after.items }) {
            for (const ItemState &s : *list) {
                if (!seen.contains(s.id)) {
                    seen.insert(s.id);
                    out.append(s.id);
                }
            }
        }
        return out;
    }

protected:
    virtual Resolved<Done> perform(ResolutionService &svc, const Payload &payload) = 0;

private:
    void fail(const QString &message)
    {
        setObsolete(true);
        m_context->notifyFailed(message);
    }

    ResolutionContext *m_context;
    Payload m_payload;
    std::optional<Done> m_done;
    Change m_change;
};

} // namespace recon
