#pragma once
// The rule set being edited in the rule builder, with its own undo stack. Every edit is a
// RuleEditCommand holding the document before and after (rule sets are a few KB): undo restores
// it exactly, and repeated edits of one field (typing in a spin box) merge into one step.

#include "core/match/rule_document.h"

#include <QObject>
#include <QUndoCommand>

class QUndoStack;

namespace recon {

class RuleSetEditor;

class RuleEditCommand : public QUndoCommand {
public:
    RuleEditCommand(RuleSetEditor *editor, match::RuleDocument before, match::RuleDocument after,
        const QString &text, const QString &mergeKey, int selectRule);
    void undo() override;
    void redo() override;
    int id() const override { return m_mergeKey.isEmpty() ? -1 : 0x52554c45; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    RuleSetEditor *m_editor;
    match::RuleDocument m_before;
    match::RuleDocument m_after;
    QString m_mergeKey;
    int m_selectRule;
};

class RuleSetEditor : public QObject {
    Q_OBJECT
public:
    explicit RuleSetEditor(QObject *parent = nullptr);

    const match::RuleDocument &document() const { return m_doc; }
    QUndoStack *undoStack() const { return m_undo; }
    // Replaces the document without undo (import, load a version); clears the undo history.
    void reset(const match::RuleDocument &doc);
    // One undoable edit: `edit` changes a copy of the document; nothing is pushed when it
    // changes nothing. `mergeKey` (e.g. "r2/c1/tolerance") merges consecutive edits of one field.
    template <typename F>
    void edit(
        const QString &text, F &&edit, const QString &mergeKey = QString(), int selectRule = -1)
    {
        match::RuleDocument after = m_doc;
        edit(after);
        push(std::move(after), text, mergeKey, selectRule);
    }
    void push(
        match::RuleDocument after, const QString &text, const QString &mergeKey, int selectRule);

Q_SIGNALS:
    // The document changed (edit, undo, redo or reset). `selectRule` >= 0: show that rule.
    void changed(int selectRule);

private:
    friend class RuleEditCommand;
    void set(const match::RuleDocument &doc, int selectRule);

    match::RuleDocument m_doc;
    QUndoStack *m_undo;
};

} // namespace recon
