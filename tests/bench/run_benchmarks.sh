#!/usr/bin/env bash
# make bench: the project's speed figures. Each part prints medians; nothing here is a test.
#   bench_store_insert   bulk insert into a workspace (sqlite3 API vs QtSql)
#   import               `recon import` of a 1M-row CSV vs `sqlite3 -csv .import` (floor reference)
#   export               `recon export --xlsx` vs openpyxl write-only on the same workspace
#   bench_suggest        suggestion latency for one open item on a 1M + 1M index
#   match                run_match_bench.sh (recon reconcile vs the pandas baseline)
#   bench_gui_open       workstation: open a 1M workspace to first rows, text filter (offscreen)
#   sync load            bench_sync_load.sh: 20 clients x 500 changes, one server SIGKILL
set -euo pipefail
BUILD=${1:-build}
BIN=$BUILD/bin
HERE=$(cd "$(dirname "$0")" && pwd)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
ROWS=${BENCH_ROWS:-1000000}

echo "== bulk insert ($ROWS rows)"
"$BIN/bench_store_insert" "$ROWS" 3

echo "== CSV import end to end ($ROWS rows)"
/usr/bin/python3 "$HERE/gen_ledger_csv.py" "$WORK/ledger.csv" "$ROWS"
ls -l "$WORK/ledger.csv"
cat > "$WORK/import.sh" <<SH
#!/usr/bin/env bash
rm -f "$WORK/ws.recon"*
"$BIN/recon" init "$WORK/ws.recon" >/dev/null
exec "$BIN/recon" import "$WORK/ws.recon" "$WORK/ledger.csv" --side right
SH
cat > "$WORK/sqlite.sh" <<SH
#!/usr/bin/env bash
rm -f "$WORK/floor.db"
exec sqlite3 "$WORK/floor.db" -cmd ".mode csv" ".import $WORK/ledger.csv t"
SH
chmod +x "$WORK/import.sh" "$WORK/sqlite.sh"
echo "A = recon import, B = sqlite3 .import"
bash "$HERE/side_by_side.sh" "${BENCH_RUNS:-3}" "$WORK/import.sh" "$WORK/sqlite.sh"

echo "== suggestions ($ROWS items per side)"
"$BIN/bench_suggest" "$ROWS"

echo "== XLSX export (2 x $((ROWS / 2)) transactions, half matched) vs openpyxl write-only"
"$BIN/bench_export_prepare" "$WORK/export.recon" $((ROWS / 2))
cat > "$WORK/exportA.sh" <<SH
#!/usr/bin/env bash
exec "$BIN/recon" export "$WORK/export.recon" --xlsx "$WORK/a.xlsx"
SH
cat > "$WORK/exportB.sh" <<SH
#!/usr/bin/env bash
exec /usr/bin/python3 "$HERE/openpyxl_export_baseline.py" "$WORK/export.recon" "$WORK/b.xlsx"
SH
chmod +x "$WORK/exportA.sh" "$WORK/exportB.sh"
echo "A = recon export, B = openpyxl write-only"
bash "$HERE/side_by_side.sh" "${BENCH_RUNS:-3}" "$WORK/exportA.sh" "$WORK/exportB.sh"

echo "== matching"
bash "$HERE/run_match_bench.sh" "$BUILD"

if [ -x "$BIN/bench_gui_open" ]; then
  echo "== workstation on a $ROWS-transaction workspace (offscreen)"
  QT_QPA_PLATFORM=offscreen "$BIN/bench_gui_open" "$ROWS" 5
fi

echo "== sync under load and faults"
bash "$HERE/bench_sync_load.sh" "$BUILD"
