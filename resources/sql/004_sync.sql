-- Workspace schema v4: client side of sync (core/sync/).
-- outbox.outcome: NULL waiting, 'accepted' / 'replayed' (pushed_at set), 'conflict' (waits for a
-- resolution), 'superseded' (replaced by a resolution's new row; pushed_at set).
ALTER TABLE outbox ADD COLUMN outcome TEXT;
CREATE INDEX ix_outbox_waiting ON outbox(pushed_at, seq);

-- The server version this workspace last saw for each synced entity (the next push's base).
CREATE TABLE sync_versions (
    entity    TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    version   INTEGER NOT NULL,
    PRIMARY KEY (entity, entity_id)
);

-- Push conflicts: my change (as pushed) against the server's current version.
CREATE TABLE sync_conflicts (
    id             INTEGER PRIMARY KEY,
    outbox_seq     INTEGER NOT NULL UNIQUE REFERENCES outbox(seq),
    entity         TEXT NOT NULL,
    entity_id      TEXT NOT NULL,
    base_version   INTEGER NOT NULL,
    their_version  INTEGER NOT NULL,
    mine           TEXT NOT NULL,              -- JSON payload
    theirs         TEXT NOT NULL,              -- JSON payload ('{}' when none)
    their_author   TEXT NOT NULL DEFAULT '',
    created_at     TEXT NOT NULL,
    resolved       INTEGER NOT NULL DEFAULT 0,
    resolution     TEXT,                       -- keep_mine, take_theirs, merge_comment
    resolved_at    TEXT
);
CREATE INDEX ix_conflicts_open ON sync_conflicts(resolved, entity, entity_id);
