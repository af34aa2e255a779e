#!/usr/bin/env bash
# Ingest speed: builds shopdash in release mode, writes N order events as JSON Lines
# (deterministic: the same N gives the same file on every machine), ingests them into a fresh
# store and prints events/s and file sizes.
#
#   scripts/bench-ingest.sh [N]          N defaults to 1,000,000
#   BENCH_DIR=/some/dir scripts/bench-ingest.sh   keep the files there (default: a temp dir, removed)
set -euo pipefail
cd "$(dirname "$0")/.."

n=${1:-1000000}
if [ -n "${BENCH_DIR:-}" ]; then
  dir=$BENCH_DIR; mkdir -p "$dir"
else
  dir=$(mktemp -d); trap 'rm -rf "$dir"' EXIT
fi
input=$dir/orders.jsonl
db=$dir/bench.sqlite
rm -f "$db" "$db-wal" "$db-shm" "$input.rejects"

echo "building release..."
swift build -c release --product shopdash >/dev/null
bin=$(swift build -c release --show-bin-path)/shopdash

echo "writing $n order events to $input..."
# Park-Miller generator: its products stay below 2^53, so every awk computes the same numbers.
awk -v n="$n" 'BEGIN {
  seed = 20261125
  split("live_stream official_account group_ad share search ads other", ch, " ")
  split("小米手环8|云南小粒咖啡豆 500g|纯棉T恤 白色 L|蓝牙耳机 Pro|手工牛轧糖礼盒|有机五常大米 5kg|保温杯 316不锈钢|儿童绘本 全10册", pr, "|")
  split("杭州|上海|北京|深圳|成都|武汉|西安|广州", ci, "|")
  start = 1763913600
  for (i = 0; i < n; i++) {
    t = start + int(i * 2.592) ; # 1M orders over 30 days
    seed = (seed * 16807) % 2147483647; r = seed
    items = ""; total = 0; lines = 1 + r % 3
    for (k = 0; k < lines; k++) {
      seed = (seed * 16807) % 2147483647; q = 1 + seed % 3
      seed = (seed * 16807) % 2147483647; u = 990 + seed % 29000
      seed = (seed * 16807) % 2147483647; p = 1 + seed % 8
      items = items (k ? "," : "") sprintf("{\"sku\":\"SKU%d\",\"name\":\"%s\",\"qty\":%d,\"unit_fen\":%d}", p, pr[p], q, u)
      total += q * u
    }
    seed = (seed * 16807) % 2147483647; c = 1 + seed % 7
    seed = (seed * 16807) % 2147483647; cust = seed % 200000
    seed = (seed * 16807) % 2147483647; phone = seed % 100000000
    seed = (seed * 16807) % 2147483647; paid = (seed % 10) < 9
    discount = (total > 10000 && seed % 4 == 0) ? 2000 : 0
    paidpart = paid ? sprintf(",\"paid_at\":%d,\"transaction_id\":\"4200%012d\"", t + 20, i) : ""
    printf("{\"type\":\"order\",\"out_trade_no\":\"NO%010d\",\"customer\":\"c%d\",\"nickname\":\"买家%d\",\"phone\":\"139%08d\",\"city\":\"%s\",\"created_at\":%d%s,\"channel\":\"%s\",\"total_fen\":%d,\"discount_fen\":%d,\"items\":[%s]}\n",
           i, cust, cust % 9973, phone, ci[1 + cust % 8], t, paidpart, ch[c], total, discount, items)
  }
}' > "$input"

echo "ingesting..."
t0=$(date +%s.%N)
# CPU seconds too: on a shared machine the wall clock also measures the neighbours.
TIMEFORMAT='%U %S'
cpu=$( { time "$bin" ingest --db "$db" "$input" >"$dir/summary.txt" 2>"$dir/stderr.txt"; } 2>&1 )
t1=$(date +%s.%N)
cat "$dir/summary.txt"
"$bin" stats --db "$db" --json

size() { if [ -e "$1" ]; then stat -c %s "$1"; else echo 0; fi; }
awk -v n="$n" -v t0="$t0" -v t1="$t1" -v cpu="$cpu" -v in_b="$(size "$input")" -v db_b="$(size "$db")" -v wal_b="$(size "$db-wal")" 'BEGIN {
  s = t1 - t0
  printf("events:      %d\n", n)
  printf("seconds:     %.2f\n", s)
  split(cpu, c, " "); busy = c[1] + c[2]
  printf("events/s:    %.0f (wall clock)\n", n / s)
  printf("cpu seconds: %.2f (user + sys), %.0f events per cpu-second\n", busy, n / busy)
  printf("input:       %.1f MiB (%d bytes/event)\n", in_b / 1048576, in_b / n)
  printf("store:       %.1f MiB (+ %.1f MiB WAL) (%d bytes/order)\n", db_b / 1048576, wal_b / 1048576, db_b / n)
}'
