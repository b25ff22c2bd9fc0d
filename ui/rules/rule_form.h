#pragma once
// The form for the selected rule: name, kind with its group sizes, auto-confirm or propose, and
// the conditions as rows (ConditionRow). Every change is an undoable edit on the RuleSetEditor;
// the widgets are rebuilt only when the rule's structure changes, so typing keeps focus.

#include "core/match/rule_document.h"

#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QSpinBox;
class QToolButton;
class QVBoxLayout;

namespace recon {

class ConditionRow;
class RuleSetEditor;

class RuleForm : public QWidget {
    Q_OBJECT
public:
    explicit RuleForm(RuleSetEditor *editor, QWidget *parent = nullptr);

    RuleSetEditor *editor() const { return m_editor; }
    int rule() const { return m_rule; }
    void setRule(int rule); // -1: nothing selected

    void editCondition(int rule, const match::CondPath &path, const QString &text,
        const QString &mergeKey, const std::function<void(match::JNode &)> &fn);
    void addCondition(int rule, const match::CondPath &parent, const QString &type);
    void removeCondition(int rule, const match::CondPath &path);
    // A menu of condition types; choosing one calls `chosen(type)`.
    QMenu *conditionTypeMenu(QWidget *parent, const std::function<void(const QString &)> &chosen);
    QList<ConditionRow *> conditionRows() const { return m_rows; }

private:
    void onDocumentChanged();
    void rebuild();
    void load();
    QString structure() const;
    void editRule(
        const QString &text, const QString &key, const std::function<void(match::JNode &)> &fn);

    RuleSetEditor *m_editor;
    int m_rule = -1;
    QString m_structure;
    QLineEdit *m_name;
    QComboBox *m_kind;
    QSpinBox *m_maxLeft;
    QSpinBox *m_maxRight;
    QCheckBox *m_autoConfirm;
    QToolButton *m_addCondition;
    QLabel *m_description;
    QVBoxLayout *m_conditions;
    QList<ConditionRow *> m_rows;
};

} // namespace recon
