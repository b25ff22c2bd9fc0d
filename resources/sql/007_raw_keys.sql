-- Workspace schema v7: the raw source fields' names are stored once per import. A row's
-- transactions.raw then holds its values only, by position ([v0, v1, ...]) or by key number
-- ([[k, v], ...]) into this JSON array of names (core/store/raw_fields.h); on a million-row CSV
-- that is about 80 MB less to write. Rows of older imports keep [["name", v], ...] and decode
-- as before.
ALTER TABLE imports ADD COLUMN raw_keys TEXT NOT NULL DEFAULT '';
