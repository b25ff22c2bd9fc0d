-- Workspace schema v1: imports, statements, transactions, audit log.
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE imports (
    id            BLOB PRIMARY KEY,          -- UUID (16 bytes)
    file_name     TEXT NOT NULL,
    sha256        TEXT NOT NULL UNIQUE,
    format        TEXT NOT NULL,
    encoding      TEXT NOT NULL DEFAULT '',
    side          INTEGER NOT NULL CHECK (side IN (0, 1)),
    imported_at   TEXT NOT NULL,              -- ISO 8601 UTC
    user_name     TEXT NOT NULL,
    rows_read     INTEGER NOT NULL DEFAULT 0,
    rows_imported INTEGER NOT NULL DEFAULT 0,
    rows_duplicate INTEGER NOT NULL DEFAULT 0,
    rows_skipped  INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE statements (
    id            INTEGER PRIMARY KEY,
    import_id     BLOB NOT NULL REFERENCES imports(id),
    statement_ref TEXT NOT NULL DEFAULT '',
    account       TEXT NOT NULL DEFAULT '',
    currency      TEXT NOT NULL DEFAULT '',
    period_from   INTEGER,                    -- julian day
    period_to     INTEGER,
    opening_minor INTEGER,
    closing_minor INTEGER
);

CREATE TABLE transactions (
    id            INTEGER PRIMARY KEY,
    uuid          BLOB NOT NULL UNIQUE,       -- crosses the sync boundary
    side          INTEGER NOT NULL CHECK (side IN (0, 1)),
    import_id     BLOB REFERENCES imports(id),
    statement_id  INTEGER REFERENCES statements(id),
    external_id   TEXT NOT NULL DEFAULT '',
    booking_date  INTEGER,                    -- julian day
    value_date    INTEGER,
    amount_minor  INTEGER NOT NULL,
    currency      TEXT NOT NULL,
    description   TEXT NOT NULL DEFAULT '',
    reference     TEXT NOT NULL DEFAULT '',
    counterparty  TEXT NOT NULL DEFAULT '',
    counterparty_account TEXT NOT NULL DEFAULT '',
    account       TEXT NOT NULL DEFAULT '',
    bank_code     TEXT NOT NULL DEFAULT '',
    batch_id      TEXT NOT NULL DEFAULT '',
    raw           TEXT NOT NULL DEFAULT '',   -- JSON array of [field, value]
    source_line   INTEGER NOT NULL DEFAULT 0,
    fingerprint   INTEGER NOT NULL,           -- duplicate detection (see store/fingerprint.h), loaded into memory per import, so not indexed
    status        INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX ix_tx_amount ON transactions(amount_minor);
CREATE INDEX ix_tx_date ON transactions(booking_date);
CREATE INDEX ix_tx_reference ON transactions(reference);
CREATE INDEX ix_tx_side_status ON transactions(side, status);

-- Append-only audit log: every entry chains to the previous one by hash.
CREATE TABLE audit_log (
    seq       INTEGER PRIMARY KEY,
    ts        TEXT NOT NULL,
    user_name TEXT NOT NULL,
    action    TEXT NOT NULL,
    payload   TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash      TEXT NOT NULL
);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;
