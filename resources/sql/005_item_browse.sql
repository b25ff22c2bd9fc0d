-- Workspace schema v5: indices for browsing one side page by page in the workstation
-- (core/store/item_query.cpp): sorted by effective date or by amount within a side.
CREATE INDEX ix_tx_side_effdate ON transactions(side, COALESCE(booking_date, value_date));
CREATE INDEX ix_tx_side_amount ON transactions(side, amount_minor);
