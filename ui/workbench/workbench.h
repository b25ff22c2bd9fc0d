#pragma once
// The exception workbench: both sides' items side by side with filters, multi-selection with a
// running sum per side and the difference, manual match (Ctrl+M), suggestions for the current
// item (Ctrl+Return accepts the first), the match groups with bulk confirm (Ctrl+Shift+C) and
// reject, un-match, comments, reason codes, "investigated" marks, and the item's detail. Every
// edit is an undo command pushed on the main window's QUndoStack.
//
// Big workspaces: the two grids read page by page in SQL with the filters as query parameters
// (see TransactionTableModel), the engine's suggestion index is built on a worker thread from a
// second connection (suggestionsReady() once it is in), and after an edit only the rows of the
// touched items and the group list are read again (itemsChanged), never the whole workspace.

#include "core/match/suggest.h"
#include "core/model/transaction.h"

#include <QHash>
#include <QSet>
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

    // Re-reads grids and groups from the context's workspace and rebuilds the suggestion index
    // in the background.
    void reload();
    // Refreshes what an edit touched: these items' rows, their open flags, the group list.
    void itemsChanged(const QList<QUuid> &items);
    void reloadGroups();
    // True once the suggestion index of the current workspace is built.
    bool suggestionsReady() const { return m_index != nullptr; }
    QComboBox *ageFilter() const { return m_ageFilter; }

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

Q_SIGNALS:
    void suggestionIndexReady();

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
    void showCurrentDetail();
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
    struct IndexData;
    static std::shared_ptr<IndexData> buildIndex(const QString &path);
    void installIndex(std::shared_ptr<IndexData> data);

    QComboBox *m_statusFilter = nullptr;
    QComboBox *m_ageFilter = nullptr;
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

    QHash<QUuid, Import> m_imports;
    // The suggestion index (built on a worker thread): all items of both sides, in index order.
    std::shared_ptr<IndexData> m_data;
    match::MatchIndex *m_index = nullptr;
    QList<class QThread *> m_builders; // running index builds (waited for on destruction)
    int m_generation = 0;
    QSet<QUuid> m_changedWhileBuilding;
    Side m_currentSide = Side::Left;
    QUuid m_current;
};

} // namespace recon
