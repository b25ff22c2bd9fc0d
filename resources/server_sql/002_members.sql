-- Recon sync server schema v2: per-workspace membership. Analysts push and pull only the
-- workspaces they are members of; the first push to an unknown workspace id creates it and makes
-- the pusher its first member; admins add members. Reviewers and admins see every workspace.
CREATE TABLE workspace_members (
    workspace_id uuid NOT NULL REFERENCES workspaces(id),
    user_id      uuid NOT NULL REFERENCES users(id),
    added_by     uuid REFERENCES users(id),
    added_at     timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (workspace_id, user_id)
);
CREATE INDEX workspace_members_user ON workspace_members (user_id);

-- Existing workspaces keep their creator as a member.
INSERT INTO workspace_members (workspace_id, user_id, added_by)
    SELECT id, created_by, created_by FROM workspaces WHERE created_by IS NOT NULL;
