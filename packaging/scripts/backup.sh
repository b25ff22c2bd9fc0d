#!/usr/bin/env bash
# Backs up the recon-server database with pg_dump (custom format), verifies the dump, writes a
# sha256 file beside it, prunes old dumps and exports a Prometheus textfile metric.
#
#   DATABASE_URL=postgresql://backup@db/recon BACKUP_DIR=/var/backups/recon backup.sh
#
# Environment:
#   DATABASE_URL        libpq URI or key=value string of the database (required)
#   BACKUP_DIR          directory for the dumps (required; created if missing)
#   BACKUP_KEEP_COUNT   keep at most this many dumps (default 14)
#   BACKUP_KEEP_DAYS    delete dumps older than this many days (default 35); the newest dump is
#                       never deleted by age
#   BACKUP_METRICS_DIR  if set, write recon_backup.prom there (node_exporter textfile collector)
#   PG_DUMP, PG_RESTORE programs to use (default: pg_dump, pg_restore from PATH)
#
# Output: one logfmt line per event on stderr (event=backup_ok / backup_failed / pruned).
# Exit status: 0 on success, 1 on any failure (and no partial dump is left behind).
set -Eeuo pipefail
umask 077

log() { # level event key=value...
  local level=$1 event=$2
  shift 2
  printf 'ts=%s level=%s component=backup event=%s %s\n' \
    "$(date -u +%Y-%m-%dT%H:%M:%SZ)" "$level" "$event" "$*" >&2
}

partial=""
started=$(date +%s)

write_metrics() { # success(0|1) [size] [file]
  [ -n "${BACKUP_METRICS_DIR:-}" ] || return 0
  local ok=$1 size=${2:-0} prom="$BACKUP_METRICS_DIR/recon_backup.prom"
  local last_success=0 now duration
  now=$(date +%s)
  duration=$((now - started))
  mkdir -p "$BACKUP_METRICS_DIR" || return 0
  if [ "$ok" = 1 ]; then
    last_success=$now
  elif [ -f "$prom" ]; then
    last_success=$(awk '$1 == "recon_backup_last_success_timestamp_seconds" { print $2 }' "$prom")
    last_success=${last_success:-0}
  fi
  {
    echo "# HELP recon_backup_last_success_timestamp_seconds Unix time of the last verified backup."
    echo "# TYPE recon_backup_last_success_timestamp_seconds gauge"
    [ "$last_success" = 0 ] || echo "recon_backup_last_success_timestamp_seconds $last_success"
    echo "# HELP recon_backup_last_run_success 1 if the last backup run succeeded, else 0."
    echo "# TYPE recon_backup_last_run_success gauge"
    echo "recon_backup_last_run_success $ok"
    echo "# HELP recon_backup_last_duration_seconds Duration of the last backup run."
    echo "# TYPE recon_backup_last_duration_seconds gauge"
    echo "recon_backup_last_duration_seconds $duration"
    if [ "$ok" = 1 ]; then
      echo "# HELP recon_backup_last_size_bytes Size of the last backup file."
      echo "# TYPE recon_backup_last_size_bytes gauge"
      echo "recon_backup_last_size_bytes $size"
    fi
  } >"$prom.tmp.$$" && mv -f "$prom.tmp.$$" "$prom"
}

fail() {
  log error backup_failed "reason=\"$*\""
  [ -z "$partial" ] || rm -f -- "$partial" "$partial.sha256"
  write_metrics 0 || true
  exit 1
}
trap 'fail "command failed at line $LINENO (exit $?)"' ERR
trap 'fail "interrupted"' INT TERM

[ -n "${DATABASE_URL:-}" ] || fail "DATABASE_URL is not set"
[ -n "${BACKUP_DIR:-}" ] || fail "BACKUP_DIR is not set"
keep_count=${BACKUP_KEEP_COUNT:-14}
keep_days=${BACKUP_KEEP_DAYS:-35}
[[ $keep_count =~ ^[1-9][0-9]*$ ]] || fail "BACKUP_KEEP_COUNT must be a positive integer"
[[ $keep_days =~ ^[1-9][0-9]*$ ]] || fail "BACKUP_KEEP_DAYS must be a positive integer"
pg_dump=${PG_DUMP:-pg_dump}
pg_restore=${PG_RESTORE:-pg_restore}
command -v "$pg_dump" >/dev/null || fail "pg_dump not found ($pg_dump)"
command -v "$pg_restore" >/dev/null || fail "pg_restore not found ($pg_restore)"
command -v sha256sum >/dev/null || fail "sha256sum not found"

mkdir -p -- "$BACKUP_DIR" || fail "cannot create BACKUP_DIR $BACKUP_DIR"
stamp=$(date -u +%Y%m%dT%H%M%SZ)
name="recon-$stamp.dump"
final="$BACKUP_DIR/$name"
[ ! -e "$final" ] || fail "$final already exists"
partial="$BACKUP_DIR/.$name.partial"

"$pg_dump" --format=custom --compress=6 --no-owner --no-privileges \
  --file="$partial" --dbname="$DATABASE_URL" 2> >(sed 's/^/pg_dump: /' >&2) ||
  fail "pg_dump failed"
# A dump that pg_restore cannot list is not a backup.
"$pg_restore" --list "$partial" >/dev/null || fail "pg_restore --list cannot read the dump"
size=$(stat -c %s "$partial")
[ "$size" -gt 0 ] || fail "empty dump"
hash=$(sha256sum -- "$partial" | awk '{ print $1 }')
[ ${#hash} -eq 64 ] || fail "sha256sum failed"
printf '%s  %s\n' "$hash" "$name" >"$partial.sha256"
mv -f -- "$partial.sha256" "$final.sha256"
mv -f -- "$partial" "$final"
partial=""
log info backup_ok "file=$final bytes=$size seconds=$(($(date +%s) - started))"

# Retention: newest first; beyond keep_count, or older than keep_days (never the newest).
mapfile -t dumps < <(find "$BACKUP_DIR" -maxdepth 1 -type f -name 'recon-*.dump' -printf '%f\n' |
  sort -r)
now=$(date +%s)
for i in "${!dumps[@]}"; do
  f="$BACKUP_DIR/${dumps[$i]}"
  age_days=$(((now - $(stat -c %Y "$f")) / 86400))
  if [ "$i" -ge "$keep_count" ] || { [ "$i" -gt 0 ] && [ "$age_days" -ge "$keep_days" ]; }; then
    rm -f -- "$f" "$f.sha256" || fail "cannot delete $f"
    log info pruned "file=$f age_days=$age_days"
  fi
done

write_metrics 1 "$size"
