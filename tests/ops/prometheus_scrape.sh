#!/usr/bin/env bash
# A real Prometheus and a real AlertManager (shipped config as is) on loopback. Prometheus
# scrapes a real recon-server over TLS with the recon-server job of
# packaging/monitoring/prometheus.yml (only the targets, the CA file and the intervals are
# changed) and loads alert_rules.yml; its HTTP API must show the target up, the rules loaded,
# the AlertManager connected and recon_http_requests_total growing with the requests we make.
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "$0")/lib.sh"
need prometheus prometheus-alertmanager curl jq openssl psql

pg_start recon
make_cert
TLS_CERT="$OPS_TMP/tls/server.crt" TLS_KEY="$OPS_TMP/tls/server.key" server_start server
SERVER="https://127.0.0.1:$SERVER_PORT"
CURL=(curl -fsS --max-time 5 --cacert "$OPS_TMP/tls/server.crt")
"${CURL[@]}" -o /dev/null "$SERVER/health/ready" || ops_fail "server not ready"

# The shipped AlertManager config, as is, in a real AlertManager.
AM_PORT=$(free_port)
prometheus-alertmanager --config.file="$RECON_SOURCE_DIR/packaging/monitoring/alertmanager.yml" \
  --storage.path="$OPS_TMP/am" --web.listen-address="127.0.0.1:$AM_PORT" \
  --cluster.listen-address= --log.level=warn >"$OPS_TMP/alertmanager.log" 2>&1 &
OPS_PIDS+=("$!")
wait_http 30 "http://127.0.0.1:$AM_PORT/-/ready" || ops_fail "alertmanager did not become ready"
receivers=$(curl -fsS "http://127.0.0.1:$AM_PORT/api/v2/receivers" | jq -r '[.[].name] | sort | join(",")')
[ "$receivers" = "ops-default,ops-pager" ] || ops_fail "alertmanager receivers: $receivers"

PROM_PORT=$(free_port)
"$PY" - "$RECON_SOURCE_DIR/packaging/monitoring" "$OPS_TMP" "$SERVER_PORT" "$AM_PORT" <<'PYEOF' >"$OPS_TMP/prometheus.yml"
import sys, yaml
src, tmp, port, am_port = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4]
cfg = yaml.safe_load(open(f"{src}/prometheus.yml"))
job = next(j for j in cfg["scrape_configs"] if j["job_name"] == "recon-server")
job["static_configs"][0]["targets"] = [f"127.0.0.1:{port}"]
job["tls_config"]["ca_file"] = f"{tmp}/tls/server.crt"
job["scrape_interval"] = "1s"
job["scrape_timeout"] = "1s"
cfg["global"]["scrape_interval"] = "1s"
cfg["global"]["evaluation_interval"] = "1s"
cfg["rule_files"] = [f"{src}/alert_rules.yml"]
cfg["alerting"]["alertmanagers"][0]["static_configs"][0]["targets"] = [f"127.0.0.1:{am_port}"]
cfg["scrape_configs"] = [job]
print(yaml.safe_dump(cfg))
PYEOF
prometheus --config.file="$OPS_TMP/prometheus.yml" --storage.tsdb.path="$OPS_TMP/tsdb" \
  --web.listen-address="127.0.0.1:$PROM_PORT" --log.level=warn >"$OPS_TMP/prometheus.log" 2>&1 &
OPS_PIDS+=("$!")
PROM="http://127.0.0.1:$PROM_PORT"
wait_http 30 "$PROM/-/ready" || ops_fail "prometheus did not become ready"
ops_log "prometheus ready on $PROM_PORT, scraping recon-server on $SERVER_PORT"

query() { # PromQL -> first value or empty
  curl -fsS --max-time 5 --data-urlencode "query=$1" "$PROM/api/v1/query" |
    jq -r '.data.result[0].value[1] // empty'
}
wait_value() { # PromQL, jq condition on the number (as .), seconds
  local v=""
  for _ in $(seq $(($3 * 4))); do
    v=$(query "$1") || v=""
    if [ -n "$v" ] && jq -en "$v | $2" >/dev/null; then
      echo "$v"
      return 0
    fi
    sleep 0.25
  done
  ops_fail "query $1 never satisfied '$2' (last: ${v:-no data})"
}

wait_value 'up{job="recon-server"}' '. == 1' 30 >/dev/null
health=$(curl -fsS "$PROM/api/v1/targets" | jq -r '.data.activeTargets[] | select(.labels.job == "recon-server") | .health')
[ "$health" = up ] || ops_fail "target health is $health"
ops_log "target up"

before=$(wait_value 'sum(recon_http_requests_total{job="recon-server"})' '. >= 0' 10)
for _ in $(seq 25); do "${CURL[@]}" -o /dev/null "$SERVER/health/live"; done
for _ in $(seq 5); do curl -sS --max-time 5 --cacert "$OPS_TMP/tls/server.crt" -o /dev/null "$SERVER/api/v1/me"; done
after=$(wait_value 'sum(recon_http_requests_total{job="recon-server"})' ". >= $before + 30" 30)
unauth=$(wait_value 'sum(recon_http_requests_total{job="recon-server",route="/api/v1/me",status="401"})' '. >= 5' 10)
ops_log "request counter grew from $before to $after (401s on /api/v1/me: $unauth)"

# The rules file loaded into the real Prometheus, and the recording rule evaluates.
groups=$(curl -fsS "$PROM/api/v1/rules" | jq -r '[.data.groups[].name] | sort | join(",")')
[ "$groups" = "recon-backup,recon-server" ] || ops_fail "rule groups loaded: $groups"
wait_value 'recon:http_requests:rate5m{job="recon-server"}' '. > 0' 30 >/dev/null
# The histogram is scraped (p95 query of the dashboard returns a number).
wait_value 'histogram_quantile(0.95, sum by (le) (rate(recon_http_request_duration_seconds_bucket{job="recon-server"}[1m])))' '. >= 0' 20 >/dev/null
# Prometheus found the AlertManager.
for _ in $(seq 40); do
  n=$(curl -fsS "$PROM/api/v1/alertmanagers" | jq '.data.activeAlertmanagers | length') || n=0
  [ "$n" -eq 1 ] && break
  sleep 0.25
done
[ "$n" -eq 1 ] || ops_fail "prometheus sees $n alertmanagers"
ops_log "rules loaded, alertmanager on $AM_PORT connected"
echo "prometheus scrape: 1 passed, 0 failed"
