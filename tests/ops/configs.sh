#!/usr/bin/env bash
# Static checks of everything in packaging/ with the real tools: promtool (config, rules and
# rule unit tests), amtool, yamllint on every manifest, nginx -t, shellcheck, Grafana JSON,
# metric names against the server's code, kustomize resources, desktop-file-validate,
# appstreamcli and the shared-mime-info XML.
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "$0")/lib.sh"
need promtool amtool yamllint nginx shellcheck jq desktop-file-validate appstreamcli xmllint
P="$RECON_SOURCE_DIR/packaging"
checks=0
ok() {
  checks=$((checks + 1))
  ops_log "ok: $*"
}

# Prometheus and AlertManager.
promtool check config "$P/monitoring/prometheus.yml" >"$OPS_TMP/promtool.log" 2>&1 ||
  ops_fail "promtool check config: $(cat "$OPS_TMP/promtool.log")"
ok "promtool check config"
promtool check rules "$P/monitoring/alert_rules.yml" >"$OPS_TMP/promtool.log" 2>&1 ||
  ops_fail "promtool check rules: $(cat "$OPS_TMP/promtool.log")"
ok "promtool check rules"
(cd "$RECON_SOURCE_DIR" && promtool test rules tests/ops/alert_rules_test.yml) >"$OPS_TMP/promtool.log" 2>&1 ||
  ops_fail "promtool test rules: $(cat "$OPS_TMP/promtool.log")"
ok "promtool test rules ($(grep -c 'exp_alerts:' "$(dirname "$0")/alert_rules_test.yml") alert cases)"
amtool check-config "$P/monitoring/alertmanager.yml" >"$OPS_TMP/amtool.log" 2>&1 ||
  ops_fail "amtool check-config: $(cat "$OPS_TMP/amtool.log")"
ok "amtool check-config"

# Every metric the rules and the dashboard use exists: the server's (server/metrics.cpp),
# the backup script's, or a standard one.
exprs=$( (grep -hE '^\s+expr:|^\s{12,}' "$P/monitoring/alert_rules.yml"; \
  jq -r '.panels[].targets[].expr' "$P/monitoring/grafana/dashboards/recon-server.json"))
mapfile -t metrics < <(grep -oE '\b(recon|kube)_[a-z_]+' <<<"$exprs" | sort -u)
[ "${#metrics[@]}" -ge 8 ] || ops_fail "found only ${#metrics[@]} metric names in the rules and dashboard"
for m in "${metrics[@]}"; do
  base=${m%_bucket}
  if grep -qE "(^|[^a-z_])$base([^a-z_]|$)" "$RECON_SOURCE_DIR/server/metrics.cpp" ||
    grep -q "$m" "$P/scripts/backup.sh" ||
    [[ $m == kube_cronjob_status_last_successful_time ]]; then
    continue
  fi
  ops_fail "metric $m used in alerts/dashboard is exported by nothing"
done
ok "metric names exist"

# Grafana.
jq -e '.uid == "recon-server" and (.panels | length) >= 8' \
  "$P/monitoring/grafana/dashboards/recon-server.json" >/dev/null || ops_fail "dashboard JSON"
for want in recon_http_requests_total 'histogram_quantile(0.99' recon_active_sessions \
  recon_db_pool_in_use recon_sync_items_total 'outcome="conflicted"'; do
  jq -r '.panels[].targets[].expr' "$P/monitoring/grafana/dashboards/recon-server.json" |
    grep -qF "$want" || ops_fail "dashboard lacks $want"
done
ok "grafana dashboard"

# YAML everywhere.
mapfile -t yamls < <(find "$P" "$(dirname "$0")" -name '*.yml' -o -name '*.yaml' | sort)
yamllint -s -c "$P/.yamllint" "${yamls[@]}" >"$OPS_TMP/yamllint.log" 2>&1 ||
  ops_fail "yamllint: $(cat "$OPS_TMP/yamllint.log")"
ok "yamllint ${#yamls[@]} files"

# Kustomize: every listed resource/patch exists; kubectl kustomize renders when available.
for k in $(find "$P/k8s" -name kustomization.yaml | sort); do
  dir=$(dirname "$k")
  for r in $("$PY" -c 'import sys, yaml
d = yaml.safe_load(open(sys.argv[1]))
for r in d.get("resources", []): print(r)
for p in d.get("patches", []): print(p["path"])' "$k"); do
    [ -e "$dir/$r" ] || ops_fail "$k lists $r, which does not exist"
  done
  if command -v kubectl >/dev/null; then
    kubectl kustomize "$dir" >"$OPS_TMP/k.yaml" 2>"$OPS_TMP/kubectl.log" ||
      ops_fail "kubectl kustomize $dir: $(cat "$OPS_TMP/kubectl.log")"
    kinds=$(grep -c '^kind:' "$OPS_TMP/k.yaml")
    [ "$kinds" -ge 16 ] || ops_fail "$dir renders only $kinds resources"
  fi
done
for kind in Namespace Deployment Service Ingress HorizontalPodAutoscaler PodDisruptionBudget \
  NetworkPolicy CronJob; do
  grep -qx "kind: $kind" "$P"/k8s/base/*.yaml || ops_fail "k8s base has no $kind"
done
ok "kustomizations (kubectl: $(command -v kubectl >/dev/null && echo rendered || echo absent))"

# Container: compose services and every host path they mount exist; the Dockerfile's COPY
# sources exist, it runs as a non-root user and has a HEALTHCHECK on /health/live.
"$PY" - "$P/container" <<'PYEOF' || ops_fail "compose.yaml check"
import os, sys, yaml
d = sys.argv[1]
c = yaml.safe_load(open(f"{d}/compose.yaml"))
want = {"recon-server", "postgres", "prometheus", "grafana", "alertmanager", "node-exporter", "backup"}
missing = want - set(c["services"])
assert not missing, f"compose lacks services {missing}"
assert c["services"]["postgres"]["image"].startswith("postgres:15"), "postgres is not 15"
for name, svc in c["services"].items():
    for v in svc.get("volumes", []):
        src = v.split(":")[0] if isinstance(v, str) else v.get("source", "")
        if src.startswith("."):
            assert os.path.exists(os.path.join(d, src)), f"{name} mounts missing {src}"
        elif src:
            assert src in c.get("volumes", {}), f"{name} uses undeclared volume {src}"
PYEOF
df="$P/container/Dockerfile"
grep -q '^FROM debian:12-slim\|^ARG RUNTIME_IMAGE=debian:12-slim' "$df" || ops_fail "runtime is not debian:12-slim"
[ "$(grep -c '^FROM ' "$df")" -ge 2 ] || ops_fail "Dockerfile is not multi-stage"
grep -qE '^USER [1-9][0-9]*' "$df" || ops_fail "Dockerfile has no non-root USER"
grep -A1 '^HEALTHCHECK' "$df" | grep -q '/health/live' || ops_fail "no HEALTHCHECK on /health/live"
mapfile -t copies < <(awk '$1 == "COPY" && $2 !~ /^--from/ { for (i = 2; i < NF; i++) print $i }' "$df")
[ "${#copies[@]}" -ge 3 ] || ops_fail "found only ${#copies[@]} COPY sources"
for src in "${copies[@]}"; do
  [ "$src" = . ] || [ -e "$RECON_SOURCE_DIR/$src" ] || ops_fail "Dockerfile copies missing $src"
done
ok "compose.yaml and Dockerfile"

# nginx -t on the real config, rewritten only for a temp prefix and loopback ports.
make_cert
nginx_conf "$OPS_TMP/nginx" "$(free_port)" "$(free_port)" 127.0.0.1:1 127.0.0.1:2
nginx -t -p "$OPS_TMP/nginx" -c "$OPS_TMP/nginx/nginx.conf" -e "$OPS_TMP/nginx/logs/error.log" >"$OPS_TMP/nginx-t.log" 2>&1 ||
  ops_fail "nginx -t: $(cat "$OPS_TMP/nginx-t.log")"
ok "nginx -t"

# Shell scripts.
shellcheck -x "$P"/scripts/*.sh "$P"/linux/*.sh "$(dirname "$0")"/*.sh >"$OPS_TMP/sc.log" 2>&1 ||
  ops_fail "shellcheck: $(cat "$OPS_TMP/sc.log")"
ok "shellcheck"

# Desktop integration.
desktop-file-validate "$P/linux/org.reconworkstation.ReconWorkstation.desktop" >"$OPS_TMP/dfv.log" 2>&1 ||
  ops_fail "desktop-file-validate: $(cat "$OPS_TMP/dfv.log")"
[ ! -s "$OPS_TMP/dfv.log" ] || ops_fail "desktop-file-validate hints: $(cat "$OPS_TMP/dfv.log")"
ok "desktop-file-validate"
appstreamcli validate --no-net "$P/linux/org.reconworkstation.ReconWorkstation.metainfo.xml" \
  >"$OPS_TMP/as.log" 2>&1 || ops_fail "appstreamcli: $(cat "$OPS_TMP/as.log")"
ok "appstreamcli validate"
xmllint --noout "$P/linux/recon-workspace.xml" || ops_fail "mime XML"
grep -q 'type="application/x-recon-workspace"' "$P/linux/recon-workspace.xml" || ops_fail "mime type"
grep -q '^MimeType=application/x-recon-workspace;' "$P/linux/org.reconworkstation.ReconWorkstation.desktop" ||
  ops_fail ".desktop does not claim the workspace MIME type"
ok "shared-mime-info XML"

echo "ops configs: $checks passed, 0 failed"
