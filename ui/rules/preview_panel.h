#pragma once
// The rule builder's live preview: how many items the edited rules would match (per rule, and
// against the current rule set), sample matches with per-condition explanations, and the
// differences (newly matched, no longer matched, changed groups). fillDiffTree() serves the
// version comparison too.

#include "ui/rules/preview_runner.h"

#include <QWidget>

class QLabel;
class QTabWidget;
class QTableView;
class QTreeWidget;

namespace recon {

class RuleCountModel;

class PreviewPanel : public QWidget {
    Q_OBJECT
public:
    explicit PreviewPanel(QWidget *parent = nullptr);

    void showRunning();
    void showMessage(const QString &message);
    void showOutcome(const PreviewOutcome &outcome);
    // Items matched by the last preview (-1 before the first one).
    int matchedItems() const { return m_matched; }
    RuleCountModel *counts() const { return m_counts; }
    QTreeWidget *samples() const { return m_samples; }
    QTreeWidget *changes() const { return m_changes; }

private:
    QLabel *m_status;
    QLabel *m_summary;
    RuleCountModel *m_counts;
    QTableView *m_countView;
    QTabWidget *m_tabs;
    QTreeWidget *m_samples;
    QTreeWidget *m_changes;
    int m_matched = -1;
};

// Newly matched / no longer matched / changed groups as a tree (at most `limit` per branch).
void fillDiffTree(QTreeWidget *tree, const PreviewOutcome &outcome, int limit = 200);
// "+12 items newly matched, −3 no longer matched, 2 groups changed, 140 unchanged"
QString diffSummary(const MatchDiff &diff);

} // namespace recon
