#!/bin/sh
# Matching benchmark: generates bank/ledger data (default 100k and 1M ledger entries), runs
# `recon reconcile` (built-in rules) and the pandas baseline on it, scores both against the truth
# and prints wall time, peak RSS, precision and recall. Never run by ctest (the 1M run takes
# minutes); see docs/rules.md.
#
#   tests/bench/run_match_bench.sh [BUILD_DIR] [SIZES...]
#   e.g. tests/bench/run_match_bench.sh build 100000 1000000
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
BUILD=${1:-"$HERE/../../build"}
[ $# -gt 0 ] && shift
SIZES=${*:-"100000 1000000"}
RECON="$BUILD/bin/recon"
PY=/usr/bin/python3
WORK=${RECON_BENCH_DIR:-/tmp/recon_match_bench}
THREADS=${RECON_BENCH_THREADS:-2}
[ -x "$RECON" ] || { echo "no $RECON: build the 'recon' target first" >&2; exit 1; }
mkdir -p "$WORK"

# run NAME CMD...: wall time and peak RSS from /usr/bin/time -v
run() {
    name=$1; shift
    /usr/bin/time -v "$@" >"$WORK/$name.out" 2>"$WORK/$name.time" || {
        cat "$WORK/$name.time" >&2; echo "$name failed" >&2; exit 1; }
    wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$WORK/$name.time")
    rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$WORK/$name.time")
    cpu=$(sed -n 's/.*Percent of CPU this job got: //p' "$WORK/$name.time")
    echo "$wall $((rss / 1024)) $cpu"
}

printf '%-9s %-8s %10s %9s %6s %10s %8s\n' size tool wall peak_MB cpu precision recall
for n in $SIZES; do
    d="$WORK/n$n"
    if [ ! -f "$d/truth.csv" ]; then
        $PY "$HERE/gen_recon_data.py" --ledger "$n" --seed 20260101 --out "$d" >/dev/null
    fi
    set -- $(run "recon_$n" "$RECON" reconcile --left "$d/bank.csv" --right "$d/ledger.csv" \
        --matches "$d/recon.csv" --unmatched "$d/recon_open" --summary-json "$d/recon_summary.json" \
        --threads "$THREADS")
    rw=$1; rm=$2; rc=$3
    set -- $($PY "$HERE/score_matches.py" "$d/recon.csv" "$d/truth.csv" --json |
        $PY -c 'import json,sys; j=json.load(sys.stdin); print("%.5f %.5f" % (j["precision"], j["recall"]))')
    printf '%-9s %-8s %10s %9s %6s %10s %8s\n' "$n" recon "$rw" "$rm" "$rc" "$1" "$2"
    set -- $(run "pandas_$n" $PY "$HERE/pandas_baseline.py" "$d/bank.csv" "$d/ledger.csv" "$d/pandas.csv")
    pw=$1; pm=$2; pc=$3
    set -- $($PY "$HERE/score_matches.py" "$d/pandas.csv" "$d/truth.csv" --json |
        $PY -c 'import json,sys; j=json.load(sys.stdin); print("%.5f %.5f" % (j["precision"], j["recall"]))')
    printf '%-9s %-8s %10s %9s %6s %10s %8s\n' "$n" pandas "$pw" "$pm" "$pc" "$1" "$2"
done
echo "summaries (per-rule counts and timings): $WORK/n*/recon_summary.json"
