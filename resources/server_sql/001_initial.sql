-- Recon sync server schema v1: users, workspaces, the change log and an append-only audit log.
CREATE TABLE users (
    id            uuid PRIMARY KEY,
    name          text NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 64),
    password_hash text NOT NULL,              -- argon2id, libsodium crypto_pwhash_str format
    role          text NOT NULL CHECK (role IN ('analyst', 'reviewer', 'admin')),
    deleted       boolean NOT NULL DEFAULT false,
    created_at    timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE workspaces (
    id         uuid PRIMARY KEY,
    name       text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    created_by uuid REFERENCES users(id),
    created_at timestamptz NOT NULL DEFAULT now()
);

-- One row per accepted change; `seq` is the pull cursor, `version` counts per entity.
CREATE TABLE changes (
    seq             bigserial PRIMARY KEY,
    workspace_id    uuid NOT NULL REFERENCES workspaces(id),
    entity          text NOT NULL CHECK (entity ~ '^[a-z][a-z0-9_]{0,39}$'),
    entity_id       uuid NOT NULL,
    version         integer NOT NULL CHECK (version > 0),
    payload         jsonb NOT NULL,
    author          uuid NOT NULL REFERENCES users(id),
    idempotency_key uuid NOT NULL UNIQUE,
    created_at      timestamptz NOT NULL DEFAULT now(),
    UNIQUE (workspace_id, entity, entity_id, version)
);
CREATE INDEX changes_workspace_seq ON changes (workspace_id, seq);

-- Review decisions on a given version of an entity.
CREATE TABLE approvals (
    id           bigserial PRIMARY KEY,
    workspace_id uuid NOT NULL REFERENCES workspaces(id),
    entity       text NOT NULL,
    entity_id    uuid NOT NULL,
    version      integer NOT NULL,
    decision     text NOT NULL CHECK (decision IN ('approve', 'reject')),
    comment      text NOT NULL DEFAULT '',
    reviewer     uuid NOT NULL REFERENCES users(id),
    created_at   timestamptz NOT NULL DEFAULT now()
);

-- Append-only: UPDATE and DELETE raise.
CREATE TABLE server_audit (
    id       bigserial PRIMARY KEY,
    at       timestamptz NOT NULL DEFAULT now(),
    actor    uuid,
    action   text NOT NULL,
    detail   jsonb NOT NULL DEFAULT '{}'::jsonb
);

CREATE FUNCTION server_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'server_audit is append-only';
END;
$$;
CREATE TRIGGER server_audit_no_update BEFORE UPDATE OR DELETE OR TRUNCATE ON server_audit
    FOR EACH STATEMENT EXECUTE FUNCTION server_audit_append_only();
