#!/usr/bin/env bash
# nginx with packaging/nginx/recon.conf (rewritten only for loopback ports and temp paths) in
# front of two real recon-server instances over TLS: both instances receive requests, the
# request id passes through, /metrics is not exposed, oversized bodies get 413 from nginx,
# plain HTTP redirects, and with one instance killed every API request still gets an answer.
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "$0")/lib.sh"
need nginx curl jq openssl psql

pg_start recon
make_cert
export TLS_CERT="$OPS_TMP/tls/server.crt" TLS_KEY="$OPS_TMP/tls/server.key"
server_start a
PORT_A=$SERVER_PORT
PID_A=${OPS_PIDS[-1]}
server_start b
PORT_B=$SERVER_PORT

TLS_PORT=$(free_port)
HTTP_PORT=$(free_port)
NG="$OPS_TMP/nginx"
nginx_conf "$NG" "$TLS_PORT" "$HTTP_PORT" "127.0.0.1:$PORT_A" "127.0.0.1:$PORT_B"
nginx -t -p "$NG" -c "$NG/nginx.conf" -e "$NG/logs/error.log" >"$OPS_TMP/nginx-t.log" 2>&1 ||
  ops_fail "nginx -t: $(cat "$OPS_TMP/nginx-t.log")"
nginx -p "$NG" -c "$NG/nginx.conf" -e "$NG/logs/error.log" >"$OPS_TMP/nginx.log" 2>&1 &
OPS_PIDS+=("$!")
LB="https://127.0.0.1:$TLS_PORT"
CURL=(curl -sS --max-time 10 --cacert "$OPS_TMP/tls/server.crt")
wait_http 20 --cacert "$OPS_TMP/tls/server.crt" "$LB/health/live" || ops_fail "nginx did not come up"
ops_log "nginx on $TLS_PORT balancing 127.0.0.1:$PORT_A and 127.0.0.1:$PORT_B"

live_count() { # port -> /health/live requests counted by that instance
  metric_requests "$("${CURL[@]}" "https://127.0.0.1:$1/metrics")" /health/live
}
a0=$(live_count "$PORT_A")
b0=$(live_count "$PORT_B")
n=40
for _ in $(seq "$n"); do
  [ "$("${CURL[@]}" -o /dev/null -w '%{http_code}' "$LB/health/live")" = 200 ] || ops_fail "non-200 through nginx"
done
da=$(($(live_count "$PORT_A") - a0))
db=$(($(live_count "$PORT_B") - b0))
ops_log "of $n requests: instance a got $da, instance b got $db"
if [ "$da" -eq 0 ] || [ "$db" -eq 0 ]; then ops_fail "not balanced: a=$da b=$db"; fi
[ $((da + db)) -eq "$n" ] || ops_fail "requests lost or duplicated: a=$da b=$db"

# Request id through nginx (recon-server echoes it).
rid=$("${CURL[@]}" -o /dev/null -D - -H 'X-Request-Id: ops-test-42' "$LB/health/ready" |
  tr -d '\r' | awk -F': ' 'tolower($1) == "x-request-id" { print $2 }')
[ "$rid" = ops-test-42 ] || ops_fail "X-Request-Id came back as '$rid'"
# /metrics is for Prometheus only.
[ "$("${CURL[@]}" -o /dev/null -w '%{http_code}' "$LB/metrics")" = 404 ] || ops_fail "/metrics exposed"
# Bodies above client_max_body_size are refused by nginx.
head -c $((5 * 1024 * 1024)) /dev/zero >"$OPS_TMP/big.bin"
code=$("${CURL[@]}" -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' \
  --data-binary @"$OPS_TMP/big.bin" "$LB/api/v1/auth/login")
[ "$code" = 413 ] || ops_fail "5 MiB body got $code, not 413"
# Plain HTTP redirects to HTTPS.
code=$(curl -sS -o /dev/null -w '%{http_code}' "http://127.0.0.1:$HTTP_PORT/api/v1/me")
[ "$code" = 308 ] || ops_fail "plain HTTP got $code, not 308"

# One instance dies: idempotent API requests are retried on the other, never a 502.
kill -KILL "$PID_A"
wait "$PID_A" 2>/dev/null || true
for i in $(seq 10); do
  code=$("${CURL[@]}" -o /dev/null -w '%{http_code}' "$LB/api/v1/me")
  [ "$code" = 401 ] || ops_fail "request $i with instance a down got $code, not 401 from b"
done
ops_log "with instance a killed, 10/10 API requests answered by b"
echo "nginx balance: 1 passed, 0 failed"
