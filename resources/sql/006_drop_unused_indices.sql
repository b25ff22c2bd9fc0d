-- Workspace schema v6: drops three single-column indices of v1 that no query uses: every browse,
-- count and report filters by side first and has its own (side, ...) index (005). On a large
-- import each of them cost a sort of the whole table, about 0.9 s a million rows.
DROP INDEX IF EXISTS ix_tx_amount;
DROP INDEX IF EXISTS ix_tx_date;
DROP INDEX IF EXISTS ix_tx_reference;
