#pragma once
// The exception workbench: both sides' items side by side with filters, multi-selection with a
// running sum per side and the difference, manual match (Ctrl+M), suggestions for the current
// item (Ctrl+Return accepts the first), the match groups with bulk confirm (Ctrl+Shift+C) and
// reject, un-match, comments, reason codes, "investigated" marks, and the item's detail. Every
// edit is an undo command pushed on the main window's QUndoStack.

#include "core/match/suggest.h"
#include "core/model/transaction.h"

#include <QHash>
#include <QUuid>
#include <QWidget>

#include <memory>

class QAction;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableView;
class QUndoCommand;
class QUndoStack;

namespace recon {
class DetailPanel;
class GroupTableModel;
class ItemFilterProxy;
class ResolutionContext;
class SidePanel;
class SuggestionModel;

class Workbench : public QWidget {
    Q_OBJECT
public:
    Workbench(ResolutionContext *context, QUndoStack *undo, QWidget *parent = nullptr);
    ~Workbench() override;

    // Reloads items, groups and the suggestion index from the context's workspace.
    void reload();

    SidePanel *side(Side s) const { return s == Side::Left ? m_left : m_right; }
    ItemFilterProxy *filter(Side s) const { return s == Side::Left ? m_leftFilter : m_rightFilter; }
    QTableView *groupsView() const { return m_groupsView; }
    QTableView *suggestionsView() const { return m_suggestView; }
    SuggestionModel *suggestionModel() const { return m_suggestions; }
    GroupTableModel *groupModel() const { return m_groups; }
    DetailPanel *detailPanel() const { return m_detail; }
    QLabel *sumLabel(Side s) const { return s == Side::Left ? m_leftSum : m_rightSum; }
    QLabel *differenceLabel() const { return m_difference; }
    QLabel *messageLabel() const { return m_message; }

    QList<QUuid> selectedIds(Side s) const;
    // Makes `id` the current item of its side (when it passes the filters); false otherwise.
    bool selectItem(Side s, const QUuid &id, bool extend = false);

public Q_SLOTS:
    void matchSelection();
    void acceptSuggestion(int row = 0);
    void confirmSelectedGroups();
    void rejectSelectedGroups();
    void unmatchSelected();
    void commentCurrent();
    void reasonForSelection();
    void investigateSelection();

private:
    QWidget *buildFilterBar();
    QWidget *buildActionBar();
    QWidget *buildBottom();
    QAction *addShortcut(const QString &text, const QKeySequence &key, const QString &name,
        void (Workbench::*slot)());
    void applyFilters();
    void updateSums();
    void currentChanged(Side s, const QModelIndex &current);
    void updateSuggestions();
    void matchIds(const QList<QUuid> &left, const QList<QUuid> &right);
    void push(QUndoCommand *cmd);
    void showMessage(const QString &text, bool error);
    QList<QUuid> selectedGroups() const;
    const Transaction *item(Side s, const QUuid &id) const;

    ResolutionContext *m_context;
    QUndoStack *m_undo;
    SidePanel *m_left;
    SidePanel *m_right;
    ItemFilterProxy *m_leftFilter;
    ItemFilterProxy *m_rightFilter;
    QComboBox *m_statusFilter = nullptr;
    QLineEdit *m_amountMin = nullptr;
    QLineEdit *m_amountMax = nullptr;
    QDateEdit *m_dateFrom = nullptr;
    QDateEdit *m_dateTo = nullptr;
    QLabel *m_leftSum;
    QLabel *m_rightSum;
    QLabel *m_difference;
    QLabel *m_message;
    QTableView *m_suggestView = nullptr;
    SuggestionModel *m_suggestions;
    QTableView *m_groupsView = nullptr;
    GroupTableModel *m_groups;
    QCheckBox *m_allGroups = nullptr;
    DetailPanel *m_detail = nullptr;

    QList<Transaction> m_items[2];
    QHash<QUuid, int> m_rowOf[2];
    QHash<QUuid, Import> m_imports;
    std::unique_ptr<match::MatchSide> m_sides[2];
    std::vector<uint8_t> m_open[2];
    std::unique_ptr<match::MatchIndex> m_index;
    Side m_currentSide = Side::Left;
    QUuid m_current;
};

} // namespace recon
