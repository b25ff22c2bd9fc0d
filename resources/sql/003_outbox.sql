-- Workspace schema v3: sync outbox (every local resolution, written in the same transaction).
CREATE TABLE outbox (
    seq             INTEGER PRIMARY KEY,
    idempotency_key TEXT NOT NULL UNIQUE,
    entity          TEXT NOT NULL,             -- 'group', 'comment', 'exception', ...
    entity_id       TEXT NOT NULL,
    base_version    INTEGER NOT NULL DEFAULT 0,
    payload         TEXT NOT NULL,             -- JSON
    created_at      TEXT NOT NULL,
    pushed_at       TEXT
);
CREATE TABLE sync_state (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
