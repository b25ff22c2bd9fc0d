#!/usr/bin/env bash
# Restores a dump made by backup.sh into an EMPTY database, then runs `recon-server migrate`
# to check (and, for a dump of an older release, bring up) the schema.
#
#   DATABASE_URL=postgresql://recon@db/recon_restore restore.sh /var/backups/recon/recon-...dump
#
# Environment:
#   DATABASE_URL   target database; it must exist and hold no tables, views or sequences
#   RECON_SERVER   recon-server binary for the migration check (default: recon-server in PATH)
#   PG_RESTORE, PSQL  programs to use (default: from PATH)
# Options:
#   --no-checksum  restore even without a matching .sha256 file (not recommended)
#
# Output: logfmt lines on stderr (event=restore_ok / restore_failed). Exit 0 on success, 1 on
# any failure; a failed restore leaves the database empty (single transaction).
set -Eeuo pipefail

log() {
  local level=$1 event=$2
  shift 2
  printf 'ts=%s level=%s component=restore event=%s %s\n' \
    "$(date -u +%Y-%m-%dT%H:%M:%SZ)" "$level" "$event" "$*" >&2
}
fail() {
  log error restore_failed "reason=\"$*\""
  exit 1
}
trap 'fail "command failed at line $LINENO (exit $?)"' ERR

check_sum=1
dump=""
for arg in "$@"; do
  case $arg in
  --no-checksum) check_sum=0 ;;
  -h | --help)
    sed -n '2,16p' "$0"
    exit 0
    ;;
  -*) fail "unknown option $arg" ;;
  *)
    if [ -n "$dump" ]; then fail "only one dump file may be given"; fi
    dump=$arg
    ;;
  esac
done
[ -n "$dump" ] || fail "usage: restore.sh [--no-checksum] DUMPFILE"
[ -f "$dump" ] || fail "$dump is not a file"
[ -n "${DATABASE_URL:-}" ] || fail "DATABASE_URL is not set"
pg_restore=${PG_RESTORE:-pg_restore}
psql=${PSQL:-psql}
server=${RECON_SERVER:-recon-server}
command -v "$pg_restore" >/dev/null || fail "pg_restore not found ($pg_restore)"
command -v "$psql" >/dev/null || fail "psql not found ($psql)"
command -v "$server" >/dev/null || fail "recon-server not found ($server)"

if [ "$check_sum" = 1 ]; then
  [ -f "$dump.sha256" ] || fail "$dump.sha256 is missing (pass --no-checksum to skip)"
  expected=$(awk '{ print $1; exit }' "$dump.sha256")
  actual=$(sha256sum -- "$dump" | awk '{ print $1 }')
  [ "$expected" = "$actual" ] || fail "checksum mismatch for $dump"
fi
"$pg_restore" --list "$dump" >/dev/null || fail "$dump is not a pg_dump custom-format archive"

objects=$("$psql" -X -A -t -v ON_ERROR_STOP=1 -d "$DATABASE_URL" -c \
  "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S')
      AND n.nspname NOT IN ('pg_catalog', 'information_schema')
      AND n.nspname NOT LIKE 'pg_toast%'") || fail "cannot connect to the target database"
[ "$objects" = 0 ] || fail "target database is not empty ($objects relations); restore into a new database"

started=$(date +%s)
"$pg_restore" --no-owner --no-privileges --exit-on-error --single-transaction \
  --dbname="$DATABASE_URL" "$dump" || fail "pg_restore failed"

# The migration check: the schema must be one this recon-server knows (a newer one is refused).
migrate_out=$("$server" migrate 2>&1) || fail "recon-server migrate failed: $migrate_out"
log info restore_ok "file=$dump seconds=$(($(date +%s) - started)) migrate=\"$migrate_out\""
