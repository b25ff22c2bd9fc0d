#pragma once
// Workbench filters stacked on a side's TransactionFilterProxy: a set of statuses, an amount
// range (exact minor units), a date range and an age range. Sorts on the exact sort keys
// (EditRole). Over a workspace-backed model the criteria and the sort also go down to the model's
// query (see TransactionFilterProxy); the criteria are still checked on loaded rows (the same
// rules as the SQL), so a row an edit moves out of them disappears without a re-query.

#include "core/model/transaction.h"

#include <QDate>
#include <QSortFilterProxyModel>

#include <optional>

namespace recon {

class ItemFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit ItemFilterProxy(QObject *parent = nullptr);

    struct Criteria {
        unsigned statuses = 0x1f; // bit i set = Status(i) shown
        std::optional<qint64> minAbs; // bounds on the absolute amount in minor units (inclusive)
        std::optional<qint64> maxAbs;
        QDate from; // inclusive; invalid = unbounded
        QDate to;
        std::optional<int> minAgeDays; // age of the effective date on asOf (inclusive)
        std::optional<int> maxAgeDays;
        QDate asOf; // invalid = today
        bool operator==(const Criteria &) const = default;
    };
    // All criteria at once (one query over a workspace-backed model).
    void setCriteria(const Criteria &c);
    const Criteria &criteria() const { return m_c; }

    // Bit i set = Status(i) shown. All statuses by default.
    void setStatuses(unsigned mask);
    unsigned statuses() const { return m_c.statuses; }
    static unsigned maskOf(std::initializer_list<Status> s);
    // Bounds on the absolute amount in minor units (inclusive); nullopt = unbounded.
    void setAmountRange(std::optional<qint64> min, std::optional<qint64> max);
    // Inclusive; an invalid date = unbounded.
    void setDateRange(const QDate &from, const QDate &to);

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    Criteria m_c;
};

} // namespace recon
