#!/usr/bin/env bash
# Sync under load and faults (issue 8), loopback only: 20 concurrent `recon sync` clients push
# 500 changes each into one server workspace while recon-server is SIGKILLed mid-push and
# restarted; prints requests/s, push latency p50/p95 (from the server's access log), client
# retries, lost and duplicated (both must be 0). Uses the tst_sync_load harness (real
# PostgreSQL + real recon-server over TLS); ctest runs the same test at 5 x 100.
#   tests/bench/bench_sync_load.sh [BUILD_DIR]   (env: CLIENTS, CHANGES, BATCH, KILLS)
set -euo pipefail
BUILD=${1:-build}
export RECON_SYNC_LOAD_CLIENTS=${CLIENTS:-20}
export RECON_SYNC_LOAD_CHANGES=${CHANGES:-500}
export RECON_SYNC_LOAD_BATCH=${BATCH:-50}
export RECON_SYNC_LOAD_KILLS=${KILLS:-1}
export RECON_LOG_LEVEL=warn
"$BUILD/bin/tst_sync_load" -silent 2>&1 | grep -E '^(killed|sync load|FAIL|   )' || {
  echo "bench_sync_load: FAILED" >&2
  exit 1
}
