#!/usr/bin/env bash
# Times the dashboard's queries on a big store: builds the release binary, fills a store with
# ORDERS orders (default 1,000,000; about 3 events each) through `shopdash ingest`, then runs the
# env-guarded QueryBenchmarkTests against it. The store is kept and reused on later runs.
#
#   scripts/bench-queries.sh                 # 1,000,000 orders
#   ORDERS=100000 scripts/bench-queries.sh   # a quicker look
set -euo pipefail
cd "$(dirname "$0")/.."

ORDERS=${ORDERS:-1000000}
NOW=${NOW:-1795608000} # 2026-11-25 20:00:00 Asia/Shanghai
DB=${BENCH_DB:-.build/bench/queries-$ORDERS.sqlite}
CONFIG=${CONFIG:-release}

swift build -c release --product shopdash
if [ ! -s "$DB" ]; then
  mkdir -p "$(dirname "$DB")"
  echo "building $DB with $ORDERS orders..."
  start=$(date +%s)
  python3 scripts/bench_events.py "$ORDERS" "$NOW" \
    | .build/release/shopdash ingest --db "$DB" --rejects "$DB.rejects" -
  echo "ingest took $(( $(date +%s) - start )) s"
fi
ls -l "$DB"

# The test target uses @testable imports, so a release test build needs testability switched on;
# it gets its own scratch directory to leave the normal builds alone.
if [ "$CONFIG" = release ]; then
  SHOPDASH_BENCH_DB="$PWD/$DB" SHOPDASH_BENCH_NOW="$NOW" \
    swift test -c release -Xswiftc -enable-testing --scratch-path .build-bench --filter QueryBenchmarkTests
else
  SHOPDASH_BENCH_DB="$PWD/$DB" SHOPDASH_BENCH_NOW="$NOW" swift test --filter QueryBenchmarkTests
fi
