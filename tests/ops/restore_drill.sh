#!/usr/bin/env bash
# Restore drill: fill a database through the recon-server API, back it up with
# packaging/scripts/backup.sh, drop it, restore it with restore.sh into a new empty database and
# compare every table's row count and a checksum of its contents. Also: the restored server is
# ready and serves the old data, retention by count and age, a failing backup exits non-zero
# with a log line and no partial file, restore refuses a non-empty database and a bad checksum.
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "$0")/lib.sh"
need curl jq psql pg_dump pg_restore sha256sum

BACKUP="$RECON_SOURCE_DIR/packaging/scripts/backup.sh"
RESTORE="$RECON_SOURCE_DIR/packaging/scripts/restore.sh"

pg_start recon
export PATH="$RECON_BIN_DIR:$PATH"

for u in alice:admin bob:analyst carol:reviewer; do
  RECON_PASSWORD="pw-${u%%:*}-secret" recon-server user add "${u%%:*}" --role "${u##*:}" \
    >/dev/null 2>>"$OPS_TMP/cli.log" || ops_fail "user add ${u%%:*} failed"
done
ops_log "users added"
server_start drill --insecure-dev
ops_log "server up"
BASE="http://127.0.0.1:$SERVER_PORT"

login() {
  curl -fsS -H 'Content-Type: application/json' \
    -d "{\"user\":\"$1\",\"password\":\"pw-$1-secret\"}" "$BASE/api/v1/auth/login" | jq -r .token
}
api() { # METHOD PATH TOKEN [BODY] -> prints status
  curl -sS -o "$OPS_TMP/last.json" -w '%{http_code}' -X "$1" -H "Authorization: Bearer $3" \
    -H 'Content-Type: application/json' ${4:+-d "$4"} "$BASE$2"
}
uuid() { cat /proc/sys/kernel/random/uuid; }

admin=$(login alice)
bob=$(login bob)
carol=$(login carol)
if [ -z "$admin" ] || [ -z "$bob" ] || [ -z "$carol" ]; then ops_fail "login failed"; fi

workspaces=()
for name in "October close" "Card clearing ÄÖÜ 'quoted'"; do
  ws=$(uuid)
  body=$(jq -cn --arg id "$ws" --arg name "$name" '{id: $id, name: $name}')
  [ "$(api POST /api/v1/workspaces "$admin" "$body")" = 201 ] || ops_fail "create workspace: $(cat "$OPS_TMP/last.json")"
  # bob (an analyst) pushes: the admin makes him a member of the workspace first.
  [ "$(api POST "/api/v1/workspaces/$ws/members" "$admin" '{"user":"bob"}')" = 201 ] ||
    ops_fail "add member: $(cat "$OPS_TMP/last.json")"
  workspaces+=("$ws")
done

pushed=0
for ws in "${workspaces[@]}"; do
  for batch in 1 2 3; do
    # 20 changes, each with two fresh UUIDs (idempotency key, entity id).
    changes=$("$PY" -c 'import uuid; [print(uuid.uuid4()) for _ in range(40)]' |
      jq -R . | jq -cs --argjson b "$batch" '[range(20) as $i | ($b * 100 + $i) as $n |
        {idempotency_key: .[2 * $i], entity: "match", entity_id: .[2 * $i + 1], base_version: 0,
         payload: {amount_minor: ($n * 1234567), note: "batch \($n) – ✓", nested: {a: [1, 2, {b: null}]}}}]')
    status=$(api POST "/api/v1/workspaces/$ws/push" "$bob" "{\"changes\":$changes}")
    [ "$status" = 200 ] || ops_fail "push returned $status: $(head -c 300 "$OPS_TMP/last.json")"
    pushed=$((pushed + 20))
  done
  # A second version of one entity and an approval of it.
  entity=$(jq -r '.accepted[0].entity_id' "$OPS_TMP/last.json")
  body=$(jq -cn --arg k "$(uuid)" --arg e "$entity" \
    '{changes: [{idempotency_key: $k, entity: "match", entity_id: $e, base_version: 1, payload: {v: 2}}]}')
  [ "$(api POST "/api/v1/workspaces/$ws/push" "$bob" "$body")" = 200 ] || ops_fail "push v2"
  body=$(jq -cn --arg e "$entity" '{entity: "match", entity_id: $e, version: 2, decision: "approve", comment: "checked"}')
  [ "$(api POST "/api/v1/workspaces/$ws/approve" "$carol" "$body")" = 201 ] || ops_fail "approve: $(cat "$OPS_TMP/last.json")"
done
ops_log "pushed $pushed changes into ${#workspaces[@]} workspaces"

# Per table: "name rows md5-of-all-rows-in-a-stable-order".
table_digest() {
  local db=$1 t
  for t in $(psql -X -A -t -d "$db" -c \
    "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename"); do
    printf '%s ' "$t"
    psql -X -A -t -F ' ' -d "$db" -c \
      "SELECT count(*), coalesce(md5(string_agg(x::text, E'\\n' ORDER BY x::text)), '-') FROM public.\"$t\" x"
  done
}
before=$(table_digest recon)
ops_log "tables before backup:"
printf '  %s\n' "${before//$'\n'/$'\n'  }"
[ "$(wc -l <<<"$before")" -ge 5 ] || ops_fail "expected at least 5 tables, got: $before"
changes_rows=$(awk '$1 == "changes" { print $2 }' <<<"$before")
[ "$changes_rows" -eq $((pushed + ${#workspaces[@]})) ] || ops_fail "changes has $changes_rows rows"

# Retention: four older dumps; with at most 4 kept and 30 days, 20200104 goes by age (40 days
# old) and 20200101 by count (5th newest).
BK="$OPS_TMP/backups"
mkdir -p "$BK"
for old in recon-20200101T000000Z recon-20200102T000000Z recon-20200103T000000Z recon-20200104T000000Z; do
  echo stale >"$BK/$old.dump"
  echo "0  $old.dump" >"$BK/$old.dump.sha256"
done
touch -d '40 days ago' "$BK/recon-20200104T000000Z.dump"
BACKUP_DIR=$BK BACKUP_KEEP_COUNT=4 BACKUP_KEEP_DAYS=30 BACKUP_METRICS_DIR="$OPS_TMP/textfile" \
  bash "$BACKUP" 2>"$OPS_TMP/backup.log" || ops_fail "backup.sh failed"
grep -q 'event=backup_ok' "$OPS_TMP/backup.log" || ops_fail "no backup_ok log line"
mapfile -t dumps < <(cd "$BK" && ls)
expected_left="recon-20200102T000000Z.dump recon-20200102T000000Z.dump.sha256 recon-20200103T000000Z.dump recon-20200103T000000Z.dump.sha256"
dump=$(find "$BK" -name "recon-2*.dump" ! -name "recon-2020*" | sort | tail -n 1)
[ "${dumps[*]}" = "$expected_left $(basename "$dump") $(basename "$dump").sha256" ] ||
  ops_fail "retention left: ${dumps[*]}"
(cd "$BK" && sha256sum -c --quiet "$(basename "$dump").sha256") || ops_fail "sha256 file does not verify"
grep -q '^recon_backup_last_success_timestamp_seconds [0-9]\{10\}$' "$OPS_TMP/textfile/recon_backup.prom" ||
  ops_fail "no backup metric: $(cat "$OPS_TMP/textfile/recon_backup.prom")"
grep -q '^recon_backup_last_run_success 1$' "$OPS_TMP/textfile/recon_backup.prom" || ops_fail "last_run_success != 1"
ops_log "backup $(basename "$dump"): $(stat -c %s "$dump") bytes, retention kept ${#dumps[@]} files"

ops_log "backup checked"
# Disaster: stop the server, drop the database.
kill -TERM "${OPS_PIDS[0]}"
wait "${OPS_PIDS[0]}" 2>/dev/null || true
psql -X -q -v ON_ERROR_STOP=1 -d postgres -c "DROP DATABASE recon WITH (FORCE)"
psql -X -q -v ON_ERROR_STOP=1 -d postgres -c "CREATE DATABASE recon"
export DATABASE_URL="postgresql:///recon?host=$OPS_PG_DIR&port=$PGPORT&user=postgres"

ops_log "database dropped and recreated"
# A corrupted copy is refused before anything is written.
cp "$dump" "$OPS_TMP/corrupt.dump"
cp "$dump.sha256" "$OPS_TMP/corrupt.dump.sha256"
printf 'x' | dd of="$OPS_TMP/corrupt.dump" bs=1 seek=100 conv=notrunc status=none
if bash "$RESTORE" "$OPS_TMP/corrupt.dump" 2>"$OPS_TMP/restore-corrupt.log"; then
  ops_fail "restore.sh accepted a dump with a wrong checksum"
fi
grep -q 'event=restore_failed.*checksum mismatch' "$OPS_TMP/restore-corrupt.log" || ops_fail "no checksum log line"

bash "$RESTORE" "$dump" 2>"$OPS_TMP/restore.log" || ops_fail "restore.sh failed"
grep -q 'event=restore_ok.*schema version' "$OPS_TMP/restore.log" || ops_fail "no restore_ok line with the migrate check"
after=$(table_digest recon)
if [ "$before" != "$after" ]; then
  diff <(echo "$before") <(echo "$after") >&2 || true
  ops_fail "restored tables differ"
fi
ops_log "restored: $(wc -l <<<"$after") tables, row counts and checksums identical"

# Restoring again into the now non-empty database is refused.
if bash "$RESTORE" "$dump" 2>"$OPS_TMP/restore-again.log"; then
  ops_fail "restore.sh restored into a non-empty database"
fi
grep -q 'not empty' "$OPS_TMP/restore-again.log" || ops_fail "no 'not empty' reason"

# The restored database serves: ready, old users log in, old changes are pulled.
server_start restored --insecure-dev
BASE="http://127.0.0.1:$SERVER_PORT"
wait_http 10 "$BASE/health/ready" || ops_fail "restored server not ready"
carol=$(login carol)
[ "$(api GET "/api/v1/workspaces/${workspaces[0]}/pull?since=0&limit=1000" "$carol")" = 200 ] || ops_fail "pull"
pulled=$(jq '.changes | length' "$OPS_TMP/last.json")
[ "$pulled" -eq $((pushed / ${#workspaces[@]} + 1)) ] || ops_fail "pulled $pulled changes after restore"

# A failing backup: non-zero exit, a log line, no partial dump, metric says failed.
before_files=$(ls -A "$BK")
if DATABASE_URL="postgresql:///nosuchdb?host=$OPS_PG_DIR&port=$PGPORT&user=postgres" BACKUP_DIR=$BK \
  BACKUP_METRICS_DIR="$OPS_TMP/textfile" bash "$BACKUP" 2>"$OPS_TMP/backup-fail.log"; then
  ops_fail "backup.sh succeeded against a missing database"
fi
grep -q 'level=error component=backup event=backup_failed' "$OPS_TMP/backup-fail.log" || ops_fail "no backup_failed line"
[ "$(ls -A "$BK")" = "$before_files" ] || ops_fail "failed backup left files: $(ls -A "$BK")"
grep -q '^recon_backup_last_run_success 0$' "$OPS_TMP/textfile/recon_backup.prom" || ops_fail "last_run_success != 0"
grep -q '^recon_backup_last_success_timestamp_seconds [0-9]' "$OPS_TMP/textfile/recon_backup.prom" ||
  ops_fail "failed run lost the last success timestamp"
echo "restore drill: 1 passed, 0 failed"
