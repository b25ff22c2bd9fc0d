-- Workspace schema v2: match groups, reason codes, comments, rule sets, CSV profiles.
CREATE TABLE rule_sets (
    id         BLOB PRIMARY KEY,
    name       TEXT NOT NULL,
    version    INTEGER NOT NULL,
    hash       TEXT NOT NULL,
    json       TEXT NOT NULL,
    created_at TEXT NOT NULL,
    UNIQUE (name, version)
);

CREATE TABLE reason_codes (
    code  TEXT PRIMARY KEY,
    label TEXT NOT NULL
);
INSERT INTO reason_codes(code, label) VALUES
    ('bank_fee', 'Bank fee'), ('fx_difference', 'FX difference'), ('rounding', 'Rounding'),
    ('short_payment', 'Short payment'), ('overpayment', 'Overpayment'),
    ('write_off', 'Write-off'), ('timing', 'Timing'), ('duplicate', 'Duplicate'),
    ('unknown', 'Unknown');

CREATE TABLE match_groups (
    id               BLOB PRIMARY KEY,        -- UUID
    rule             TEXT NOT NULL DEFAULT '',-- rule name, or 'manual'
    rule_set_id      BLOB REFERENCES rule_sets(id),
    score            REAL NOT NULL DEFAULT 1.0,
    status           INTEGER NOT NULL,        -- 1 proposed, 2 confirmed, 4 resolved
    difference_minor INTEGER NOT NULL DEFAULT 0,
    currency         TEXT NOT NULL DEFAULT '',
    reason_code      TEXT REFERENCES reason_codes(code),
    explanation      TEXT NOT NULL DEFAULT '',-- JSON
    created_at       TEXT NOT NULL,
    created_by       TEXT NOT NULL,
    confirmed_at     TEXT,
    confirmed_by     TEXT,
    active           INTEGER NOT NULL DEFAULT 1 -- 0 once un-matched (kept for history)
);

CREATE TABLE match_members (
    group_id BLOB NOT NULL REFERENCES match_groups(id),
    tx_id    INTEGER NOT NULL REFERENCES transactions(id),
    PRIMARY KEY (group_id, tx_id)
);
CREATE INDEX ix_members_tx ON match_members(tx_id);

CREATE TABLE exceptions (
    tx_id       INTEGER PRIMARY KEY REFERENCES transactions(id),
    reason_code TEXT REFERENCES reason_codes(code),
    alternatives TEXT NOT NULL DEFAULT '',     -- JSON: engine's candidate groups
    investigated INTEGER NOT NULL DEFAULT 0,
    updated_at  TEXT NOT NULL
);

CREATE TABLE comments (
    id         BLOB PRIMARY KEY,
    tx_id      INTEGER REFERENCES transactions(id),
    group_id   BLOB REFERENCES match_groups(id),
    author     TEXT NOT NULL,
    created_at TEXT NOT NULL,
    body       TEXT NOT NULL
);

CREATE TABLE csv_profiles (
    name             TEXT PRIMARY KEY,
    header_signature TEXT NOT NULL,
    mapping          TEXT NOT NULL,            -- TabularMapping JSON
    created_at       TEXT NOT NULL
);
CREATE INDEX ix_profiles_signature ON csv_profiles(header_signature);
