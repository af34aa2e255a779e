#!/usr/bin/env bash
# Export memory and speed, and check timing, on a large store.
#
#   scripts/bench-export.sh [N]     N orders (default 1,000,000)
#
# Builds the store with scripts/bench-ingest.sh (N order events through the real ingest path),
# then exports every order as CSV and as JSON Lines under /usr/bin/time -v and prints rows,
# seconds and peak RSS (maximum resident set size) of each, and times `shopdash check`.
# Constant memory means the peak RSS stays flat whatever N is: compare N=100000 with N=1000000.
# BENCH_DIR=/some/dir keeps the files (default: a temporary directory, removed at the end).
set -euo pipefail
cd "$(dirname "$0")/.."

n=${1:-1000000}
if [ -n "${BENCH_DIR:-}" ]; then
  dir=$BENCH_DIR; mkdir -p "$dir"
else
  dir=$(mktemp -d); trap 'rm -rf "$dir"' EXIT
fi
[ -x /usr/bin/time ] || { echo "needs GNU time (apt-get install time)" >&2; exit 1; }

if [ ! -s "$dir/bench.sqlite" ]; then
  BENCH_DIR=$dir scripts/bench-ingest.sh "$n"
fi
bin=$(swift build -c release --show-bin-path)/shopdash
db=$dir/bench.sqlite

measure() { # label, then the command; prints seconds and peak RSS from GNU time
  local label=$1; shift
  local status=0
  /usr/bin/time -v "$@" 2>"$dir/time.txt" >/dev/null || status=$?
  awk -v label="$label" -v status="$status" -F': ' '
    /Elapsed \(wall clock\)/ { split($2, t, ":"); secs = (length(t) == 3) ? t[1] * 3600 + t[2] * 60 + t[3] : t[1] * 60 + t[2] }
    /Maximum resident set size/ { rss = $2 }
    END { printf("%-28s %8.2f s   peak RSS %7.1f MiB   exit %d\n", label, secs, rss / 1024, status) }' "$dir/time.txt"
}

echo "store: $(stat -c %s "$db" | awk '{printf("%.0f MiB", $1 / 1048576)}'), $n orders"
measure "export orders csv -o" "$bin" export orders --db "$db" -o "$dir/orders.csv"
echo "  rows: $(( $(wc -l < "$dir/orders.csv") - 1 )), $(stat -c %s "$dir/orders.csv" | awk '{printf("%.0f MiB", $1 / 1048576)}')"
measure "export orders jsonl stdout" "$bin" export orders --db "$db" --format jsonl
measure "export orders, one day" "$bin" export orders --db "$db" --from 2025-12-01 --to 2025-12-01
measure "export visits csv" "$bin" export visits --db "$db"
rm -f "$dir/orders.csv"

# check: the store's newest event is in the past, so judge as of one minute after it.
newest=$(sqlite3 "$db" 'SELECT max(created_at) FROM orders')
measure "check (with quick_check)" "$bin" check --db "$db" --now $((newest + 60))
measure "check --no-integrity" "$bin" check --db "$db" --now $((newest + 60)) --no-integrity
for i in 1 2 3; do
  /usr/bin/time -f "check --no-integrity run $i: %e s" "$bin" check --db "$db" --now $((newest + 60)) --no-integrity >/dev/null || true
done
