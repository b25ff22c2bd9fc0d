#!/usr/bin/env bash
# side_by_side.sh RUNS A.sh B.sh: runs A and B in turn (A B A B ...) after one warm-up each (WARMUP=0: none), with
# GNU time, and prints the median wall, CPU (user+sys) and peak RSS of each, and the median of the
# pair-by-pair wall and CPU ratios B/A (pairs taken in turn, so a drifting machine affects both).
set -euo pipefail
RUNS=$1
A=$2
B=$3
OUT=$(mktemp)
trap 'rm -f "$OUT" "$OUT.t" "$OUT.err"' EXIT

one() { # script label
  /usr/bin/time -o "$OUT.t" -f "%e %U %S %M" "$1" >/dev/null 2>>"$OUT.err" || {
    echo "$2 failed; its stderr:" >&2
    tail -20 "$OUT.err" >&2
    exit 1
  }
  echo "$2 $(tail -1 "$OUT.t")" >>"$OUT"
}

if [ "${WARMUP:-1}" != 0 ]; then
  one "$A" warmA >/dev/null
  one "$B" warmB >/dev/null
fi
: >"$OUT"
for _ in $(seq "$RUNS"); do
  one "$A" A
  one "$B" B
done

python3 - "$OUT" <<'PY'
import statistics, sys
# label wall user sys rss -> label wall cpu rss
rows = [(r[0], r[1], str(float(r[2]) + float(r[3])), r[4]) for r in (l.split() for l in open(sys.argv[1]))]
a = [r for r in rows if r[0] == "A"]
b = [r for r in rows if r[0] == "B"]
def med(rs, i): return statistics.median(float(r[i]) for r in rs)
for name, rs in (("A", a), ("B", b)):
    print(f"{name}: wall median {med(rs,1):.2f} s (min {min(float(r[1]) for r in rs):.2f}, "
          f"max {max(float(r[1]) for r in rs):.2f}), cpu median {med(rs,2):.2f} s, "
          f"peak RSS median {med(rs,3)/1024:.0f} MiB")
wr = statistics.median(float(y[1]) / float(x[1]) for x, y in zip(a, b))
cr = statistics.median(float(y[2]) / float(x[2]) for x, y in zip(a, b))
print(f"B/A pairwise median: wall {wr:.2f}x, cpu {cr:.2f}x  ({len(a)} pairs)")
PY
