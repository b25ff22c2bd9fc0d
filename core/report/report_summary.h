#pragma once
// The bank reconciliation statement and the Summary figures, per currency (never summed across
// currencies), computed from the stored workspace with SQL aggregates.

#include "core/store/workspace.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace recon::report {

struct CurrencyStatement {
    QByteArray currency;
    int exponent = 2;
    qint64 bankBalance = 0; // latest closing per account (or opening + entries)
    bool bankFromStatements = false; // false: no left-side statement balance at all
    qint64 depositsInTransit = 0; // right side, unmatched, > 0
    qint64 paymentsInTransit = 0; // right side, unmatched, < 0
    qint64 bankNotBooked = 0; // left side, unmatched (as booked by the bank)
    qint64 groupDifferences = 0; // sum(left) - sum(right) over active match groups
    qint64 resolvedLeft = 0; // left items resolved without a match (written off / booked)
    qint64 resolvedRight = 0;
    qint64 ledgerBalance = 0;

    // Each statement line as the signed amount it adds to the bank balance.
    struct Line {
        QString label;
        qint64 minor;
    };
    QList<Line> lines() const; // bank balance first, then the adjustments
    qint64 adjustedBank() const;
    qint64 unexplained() const { return adjustedBank() - ledgerBalance; }
};

struct StatusFigure {
    Side side;
    Status status;
    QByteArray currency;
    int exponent = 2;
    qint64 count = 0;
    qint64 sumMinor = 0;
};

struct RuleRate {
    QString rule;
    qint64 groups = 0;
    qint64 items = 0;
};

struct SummaryData {
    QList<CurrencyStatement> statements; // ordered by currency code
    QList<StatusFigure> statusFigures; // side, status, currency
    QList<RuleRate> rules;
    qint64 totalItems = 0;
};

// Throws sql::Error (e.g. an integer overflow in a sum).
SummaryData computeSummary(Workspace &ws);

// Members of active groups, materialised once per query (a per-row EXISTS probes match_groups at
// random: on 1M rows seconds per pass under the export's page cache). Queries start with it and
// test `t.id IN act`.
inline constexpr char kActiveMembersCte[]
    = "WITH act(tx_id) AS MATERIALIZED (SELECT m.tx_id FROM match_groups g "
      "JOIN match_members m ON m.group_id = g.id WHERE g.active = 1) ";

} // namespace recon::report
