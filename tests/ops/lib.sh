# shellcheck shell=bash
# Helpers for the operations tests (tests/ops/*.sh): a temp dir removed on exit, free loopback
# ports, a throw-away PostgreSQL cluster, recon-server instances and cleanup of everything they
# started, even on failure. Sourced, never run.
#
# Environment (set by tests/ops/CMakeLists.txt): RECON_SOURCE_DIR, RECON_BIN_DIR.

set -Eeuo pipefail

: "${RECON_SOURCE_DIR:?RECON_SOURCE_DIR is not set}"
: "${RECON_BIN_DIR:?RECON_BIN_DIR is not set}"
OPS_TMP=$(mktemp -d /tmp/recon-ops-XXXXXX)
OPS_PIDS=()
OPS_PG_DIR=""
OPS_PG_BIN=""
PY=/usr/bin/python3
[ -x "$PY" ] || PY=python3

ops_cleanup() {
  local pid
  for pid in "${OPS_PIDS[@]}"; do
    kill -TERM "$pid" 2>/dev/null || true
  done
  for pid in "${OPS_PIDS[@]}"; do
    for _ in $(seq 50); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.1
    done
    kill -KILL "$pid" 2>/dev/null || true
  done
  if [ -n "$OPS_PG_DIR" ] && [ -f "$OPS_PG_DIR/data/postmaster.pid" ]; then
    as_postgres "$OPS_PG_BIN/pg_ctl" -D "$OPS_PG_DIR/data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  [ -z "$OPS_PG_DIR" ] || rm -rf -- "$OPS_PG_DIR"
  rm -rf -- "$OPS_TMP"
}
trap ops_cleanup EXIT
trap 'echo "terminated by a signal" >&2; exit 143' TERM INT HUP

ops_log() { printf '%s [%ss]: %s\n' "$(basename "$0" .sh)" "$SECONDS" "$*"; }

# Prints the last lines of every log in the temp dir, then exits 1.
ops_fail() {
  printf 'FAIL: %s\n' "$*" >&2
  local f
  for f in "$OPS_TMP"/*.log "${OPS_PG_DIR:-/nonexistent}"/postgres.log; do
    [ -f "$f" ] || continue
    printf -- '--- %s (last 15 lines)\n' "$f" >&2
    tail -n 15 "$f" >&2
  done
  exit 1
}
trap 'ops_fail "command failed at line $LINENO: $BASH_COMMAND"' ERR

need() {
  local t
  for t in "$@"; do
    command -v "$t" >/dev/null || ops_fail "$t is not installed (run packaging/install-deps.sh)"
  done
}

free_port() {
  "$PY" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# Waits until `curl ARGS` succeeds (up to $1 seconds).
wait_http() {
  local seconds=$1
  shift
  local _
  for _ in $(seq $((seconds * 10))); do
    if curl -fsS -o /dev/null --max-time 2 "$@" 2>/dev/null; then return 0; fi
    sleep 0.1
  done
  return 1
}

as_postgres() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

# Starts PostgreSQL on a free loopback port with its socket in a temp dir; creates database $1.
# Sets PGHOST, PGPORT, PGUSER and DATABASE_URL.
pg_start() {
  local db=$1 v
  for v in 17 16 15 14 13; do
    if [ -x "/usr/lib/postgresql/$v/bin/initdb" ]; then
      OPS_PG_BIN=/usr/lib/postgresql/$v/bin
      break
    fi
  done
  [ -n "$OPS_PG_BIN" ] || ops_fail "PostgreSQL server binaries not found"
  OPS_PG_DIR=$(mktemp -d /tmp/recon-pg-XXXXXX)
  if [ "$(id -u)" -eq 0 ]; then chown postgres: "$OPS_PG_DIR"; fi
  as_postgres "$OPS_PG_BIN/initdb" -D "$OPS_PG_DIR/data" -U postgres --auth=trust -E UTF8 \
    --no-sync --no-instructions >"$OPS_TMP/initdb.log" 2>&1 || ops_fail "initdb failed"
  PGPORT=$(free_port)
  as_postgres "$OPS_PG_BIN/pg_ctl" -D "$OPS_PG_DIR/data" -l "$OPS_PG_DIR/postgres.log" -w -t 30 \
    -o "-p $PGPORT -k $OPS_PG_DIR -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
    start >/dev/null || ops_fail "pg_ctl start failed"
  export PGHOST=$OPS_PG_DIR PGPORT PGUSER=postgres
  psql -X -q -v ON_ERROR_STOP=1 -d postgres -c "CREATE DATABASE $db" || ops_fail "CREATE DATABASE failed"
  export DATABASE_URL="postgresql:///$db?host=$OPS_PG_DIR&port=$PGPORT&user=postgres"
}

# Self-signed certificate for CN/SAN recon-server, localhost and 127.0.0.1 in $OPS_TMP/tls.
make_cert() {
  mkdir -p "$OPS_TMP/tls"
  openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=recon-server \
    -addext "subjectAltName=DNS:recon-server,DNS:localhost,IP:127.0.0.1" \
    -keyout "$OPS_TMP/tls/server.key" -out "$OPS_TMP/tls/server.crt" 2>/dev/null ||
    ops_fail "openssl req failed"
}

export JWT_SECRET=ops-test-secret-0123456789-abcdefghijklmnopqrstuvwxyz

# server_start NAME [--insecure-dev]: recon-server on a free port; sets SERVER_PORT.
server_start() {
  local name=$1
  shift
  local log="$OPS_TMP/$name.log"
  LISTEN=127.0.0.1:0 LOG_LEVEL=info MAX_CONNECTIONS=4 WORKER_THREADS=2 \
    "$RECON_BIN_DIR/recon-server" serve "$@" >"$log" 2>&1 &
  OPS_PIDS+=("$!")
  local _
  SERVER_PORT=""
  for _ in $(seq 150); do
    SERVER_PORT=$(grep -m1 '"msg":"listening"' "$log" 2>/dev/null | jq -r '.port // empty' || true)
    [ -z "$SERVER_PORT" ] || return 0
    kill -0 "${OPS_PIDS[-1]}" 2>/dev/null || ops_fail "recon-server $name exited"
    sleep 0.1
  done
  ops_fail "recon-server $name did not log a listening line"
}

# The count of recon_http_requests_total for route $2 (all statuses) in the /metrics text $1.
metric_requests() {
  awk -v r="route=\"$2\"" '$1 ~ /^recon_http_requests_total\{/ && index($1, r) { s += $2 }
    END { print s + 0 }' <<<"$1"
}

# nginx_conf DIR TLS_PORT HTTP_PORT UPSTREAM...: packaging/nginx/recon.conf and
# recon_locations.conf rewritten only for the test (loopback listen ports, the upstreams given,
# temp paths, the certificate from make_cert as both the front and the upstream CA), wrapped
# in a minimal nginx.conf. Run: nginx -p DIR -c DIR/nginx.conf -e DIR/logs/error.log
nginx_conf() {
  local dir=$1 tls_port=$2 http_port=$3
  shift 3
  local src="$RECON_SOURCE_DIR/packaging/nginx" ups="" u
  mkdir -p "$dir/logs" "$dir/tmp"
  for u in "$@"; do ups+="    server $u max_fails=3 fail_timeout=10s;\n"; done
  sed -e "/^    server recon-[0-9]*\.internal:8443/d" \
    -e "s|^    least_conn;|    least_conn;\n$ups|" \
    -e "s|listen 443 ssl http2;|listen 127.0.0.1:$tls_port ssl http2;|" \
    -e "s|listen 80;|listen 127.0.0.1:$http_port;|" \
    -e "/listen \[::\]/d" \
    -e "s|/etc/nginx/tls/recon.crt|$OPS_TMP/tls/server.crt|" \
    -e "s|/etc/nginx/tls/recon.key|$OPS_TMP/tls/server.key|" \
    -e "s|/etc/nginx/snippets/|$dir/|" \
    -e "s|/var/log/nginx/|$dir/logs/|" \
    "$src/recon.conf" >"$dir/recon.conf"
  sed -e "s|/etc/nginx/tls/recon-upstream-ca.crt|$OPS_TMP/tls/server.crt|" \
    "$src/recon_locations.conf" >"$dir/recon_locations.conf"
  grep -q "server ${1:-none} " "$dir/recon.conf" || ops_fail "upstream rewrite failed"
  {
    [ "$(id -u)" -ne 0 ] || echo "user root root;"
    echo "worker_processes 1;"
    echo "daemon off;"
    echo "pid $dir/nginx.pid;"
    echo "error_log $dir/logs/error.log warn;"
    echo "events { worker_connections 256; }"
    echo "http {"
    for t in client_body proxy fastcgi uwsgi scgi; do echo "  ${t}_temp_path $dir/tmp/$t;"; done
    echo "  access_log $dir/logs/access.log;"
    echo "  include $dir/recon.conf;"
    echo "}"
  } >"$dir/nginx.conf"
}
