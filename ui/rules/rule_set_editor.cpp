#include "ui/rules/rule_set_editor.h"

#include <QUndoStack>

namespace recon {

RuleEditCommand::RuleEditCommand(RuleSetEditor *editor, match::RuleDocument before,
    match::RuleDocument after, const QString &text, const QString &mergeKey, int selectRule)
    : QUndoCommand(text)
    , m_editor(editor)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_mergeKey(mergeKey)
    , m_selectRule(selectRule)
{
}

void RuleEditCommand::undo()
{
    m_editor->set(m_before, m_selectRule);
}

void RuleEditCommand::redo()
{
    m_editor->set(m_after, m_selectRule);
}

bool RuleEditCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = dynamic_cast<const RuleEditCommand *>(other);
    if (!o || o->m_mergeKey != m_mergeKey || m_mergeKey.isEmpty())
        return false;
    m_after = o->m_after;
    return true;
}

RuleSetEditor::RuleSetEditor(QObject *parent)
    : QObject(parent)
    , m_doc(match::RuleDocument::fromDefault())
    , m_undo(new QUndoStack(this))
{
}

void RuleSetEditor::reset(const match::RuleDocument &doc)
{
    m_undo->clear();
    set(doc, 0);
}

void RuleSetEditor::push(
    match::RuleDocument after, const QString &text, const QString &mergeKey, int selectRule)
{
    if (after == m_doc)
        return;
    m_undo->push(new RuleEditCommand(this, m_doc, std::move(after), text, mergeKey, selectRule));
}

void RuleSetEditor::set(const match::RuleDocument &doc, int selectRule)
{
    m_doc = doc;
    Q_EMIT changed(selectRule);
}

} // namespace recon
