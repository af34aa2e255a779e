#!/usr/bin/env bash
# The scale benchmark: builds the release binary, writes ORDERS orders over 45 shop days with
# 240,000 of them today (scripts/bench_events.py, about 3 events an order), ingests them into a
# fresh store, and times what the dashboard and the commands do against it. Next to each figure it
# measures a naive baseline in the same run on the same data: the same orders and visits loaded as
# plain CSV tables with the sqlite3 CLI's .import (no indexes, no rollups), and the sqlite3 CLI
# answering what a pane needs with a GROUP BY over those raw tables. Prints one Markdown table.
#
#   scripts/bench-scale.sh [ORDERS]            ORDERS defaults to 10,000,000
#   RUNS=7 scripts/bench-scale.sh 1000000      runs per timed command (median; default 5)
#   MEASURE_DIR=/big/disk scripts/bench-scale.sh   keep the files there (default: a temp dir, removed)
#   SKIP_BUILD=1 ...                           use the release binary as it is
#
# Ratio: how many times better shopdash does than the baseline (baseline time / shopdash time, or
# shopdash rate / baseline rate); above 1 shopdash is ahead. Times are whole processes, so they
# include starting the binary and opening the store.
set -euo pipefail

orders=${1:-10000000}
runs=${RUNS:-5}
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
source "$root/scripts/measure-load.sh"

command -v sqlite3 >/dev/null || { echo "the sqlite3 CLI is required (apt-get install sqlite3)" >&2; exit 1; }
[[ -x /usr/bin/time ]] || { echo "/usr/bin/time is required (apt-get install time)" >&2; exit 1; }

if [[ -z "${SKIP_BUILD:-}" ]]; then
  echo "building release..." >&2
  swift build -c release --product shopdash >/dev/null
fi
SHOPDASH_BIN=${SHOPDASH_BIN:-$root/.build/release/shopdash}
measure_workspace shopdash-scale
db=$work/shop.sqlite
naive=$work/naive.sqlite
rm -f "$db" "$db-wal" "$db-shm" "$naive" "$work/events.jsonl.rejects"
export LANG=C.UTF-8 LC_ALL=C.UTF-8

now=$(date +%s)
day_start=$(( (now + 28800) / 86400 * 86400 - 28800 )) # shop day (Asia/Shanghai) of now
echo "writing $orders orders..." >&2
python3 scripts/bench_events.py --orders "$orders" --days 45 --today 240000 --now "$now" --seed 7 \
  --csv "$work/orders.csv" --visits-csv "$work/visits.csv" > "$work/events.jsonl"
events=$(wc -l < "$work/events.jsonl")

# --- timing helpers -----------------------------------------------------------------------------

# now_us: microseconds since the epoch.
now_us() { echo $(( $(date +%s%N) / 1000 )); }

# median_ms CMD...: runs CMD once to warm the page cache, then RUNS times; prints the median wall
# time in milliseconds.
median_ms() {
  "$@" >/dev/null 2>&1 || true
  local i s e
  for i in $(seq 1 "$runs"); do
    s=$(now_us); "$@" >/dev/null 2>&1 || true; e=$(now_us)
    echo $(( e - s ))
  done | sort -n | awk '{ v[NR] = $1 } END { printf "%.1f", v[int((NR + 1) / 2)] / 1000 }'
}

# naive SQL: the sqlite3 CLI answering SQL on the raw tables, as one whole process.
naive() { sqlite3 "$naive" "$1"; }

rows=$work/rows.txt
: > "$rows"
# row WHAT SHOPDASH BASELINE RATIO TARGET
row() { printf '%s|%s|%s|%s|%s\n' "$@" >> "$rows"; }

# times_row WHAT SHOPDASH_MS BASELINE_MS LIMIT_MS: a timed row, its ratio and whether it meets the
# target.
times_row() {
  local what=$1 ours=$2 base=$3 limit=$4 ratio target
  ratio=$(awk -v a="$ours" -v b="$base" 'BEGIN { if (b == "-" || a <= 0) print "-"; else printf "%.1fx", b / a }')
  target=$(awk -v a="$ours" -v l="$limit" 'BEGIN { printf "<= %d ms (%s)", l, (a <= l ? "met" : "not met") }')
  row "$what" "$ours ms" "$( [[ $base == - ]] && echo - || echo "$base ms")" "$ratio" "$target"
}

# --- ingest -------------------------------------------------------------------------------------

echo "ingesting $events events..." >&2
s=$(now_us)
/usr/bin/time -v -o "$work/ingest.time" "$bin" ingest --db "$db" --rejects "$work/events.jsonl.rejects" \
  "$work/events.jsonl" > "$work/ingest.out" 2>&1
e=$(now_us)
ingest_s=$(awk -v s="$s" -v e="$e" 'BEGIN { printf "%.2f", (e - s) / 1e6 }')
ingest_rate=$(awk -v n="$events" -v t="$ingest_s" 'BEGIN { printf "%.0f", n / t }')
ingest_rss=$(awk -F: '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$work/ingest.time")

echo "loading the naive baseline..." >&2
sqlite3 "$naive" <<'SQL'
CREATE TABLE orders (out_trade_no TEXT, transaction_id TEXT, customer TEXT, nickname TEXT, phone TEXT,
  city TEXT, created_at INTEGER, paid_at INTEGER, channel TEXT, live_session TEXT, coupon TEXT,
  total_fen INTEGER, discount_fen INTEGER, paid_fen INTEGER, items TEXT);
CREATE TABLE visits (id TEXT, visitor TEXT, started_at INTEGER, duration_s INTEGER, pages INTEGER,
  channel TEXT, live_session TEXT);
SQL
s=$(now_us)
sqlite3 "$naive" ".import --csv --skip 1 $work/orders.csv orders"
e=$(now_us)
import_rate=$(awk -v n="$orders" -v s="$s" -v e="$e" 'BEGIN { printf "%.0f", n / ((e - s) / 1e6) }')
sqlite3 "$naive" ".import --csv --skip 1 $work/visits.csv visits"

size() { if [[ -e "$1" ]]; then stat -c %s "$1"; else echo 0; fi; }
store_bytes=$(( $(size "$db") + $(size "$db-wal") ))
naive_bytes=$(size "$naive")

row "ingest, events/s (first to last event)" "$ingest_rate" "$import_rate rows/s (.import)" \
  "$(awk -v a="$ingest_rate" -v b="$import_rate" 'BEGIN { printf "%.2fx", a / b }')" \
  ">= 150,000 ($(awk -v a="$ingest_rate" 'BEGIN { print (a >= 150000 ? "met" : "not met") }'))"
row "ingest, peak RSS" "$ingest_rss MB" "-" "-" "flat memory"
row "store size, bytes per order" "$(( store_bytes / orders ))" "$(( naive_bytes / orders )) (orders + visits CSV)" \
  "$(awk -v a="$store_bytes" -v b="$naive_bytes" 'BEGIN { printf "%.2fx", b / a }')" "-"

# --- panes --------------------------------------------------------------------------------------

today="paid_at >= $day_start AND paid_at < $(( day_start + 86400 ))"
yesterday="paid_at >= $(( day_start - 86400 )) AND paid_at < $day_start"
week_ago="paid_at >= $(( day_start - 7 * 86400 )) AND paid_at < $(( day_start - 6 * 86400 ))"
kpis="SELECT count(*), sum(paid_fen), count(DISTINCT customer) FROM orders WHERE"
visits_today="started_at >= $day_start AND started_at < $(( day_start + 86400 ))"

# What each pane shows, asked of the raw tables: the baseline a pane would cost without rollups.
declare -A pane_sql=(
  [overview]="$kpis $today; $kpis $yesterday; $kpis $week_ago;
    SELECT (paid_at - $day_start) / 3600, count(*), sum(paid_fen) FROM orders WHERE $today GROUP BY 1;
    SELECT count(DISTINCT visitor), count(*) FROM visits WHERE $visits_today;"
  [sales]="SELECT (paid_at - $day_start) / 3600, count(*), sum(paid_fen) FROM orders WHERE $today GROUP BY 1;
    SELECT channel, count(*), sum(paid_fen) FROM orders WHERE $today GROUP BY 1;
    SELECT live_session, count(*), sum(paid_fen) FROM orders WHERE live_session != '' GROUP BY 1;"
  [feed]="SELECT * FROM orders WHERE paid_at != '' ORDER BY paid_at DESC LIMIT 50;"
  [orders]="SELECT * FROM orders ORDER BY created_at DESC LIMIT 100;"
  [coupons]="SELECT coupon, count(*), sum(discount_fen), sum(paid_fen) FROM orders WHERE coupon != '' GROUP BY 1;"
  [visits]="SELECT count(DISTINCT visitor), count(*), sum(pages), sum(duration_s) FROM visits WHERE $visits_today;
    SELECT count(*) FROM (SELECT visitor, min(started_at) AS first FROM visits GROUP BY visitor) WHERE first >= $day_start;"
)
for pane in overview sales feed orders coupons visits logistics; do
  echo "timing snapshot --pane $pane..." >&2
  ours=$(median_ms "$bin" snapshot --db "$db" --pane "$pane" --width 120 --height 40)
  base=-
  [[ -n "${pane_sql[$pane]:-}" ]] && base=$(median_ms naive "${pane_sql[$pane]}")
  times_row "snapshot --pane $pane" "$ours" "$base" 200
done

# --- commands -----------------------------------------------------------------------------------

echo "timing stats, check and orders..." >&2
times_row "stats --json" "$(median_ms "$bin" stats --db "$db" --json)" \
  "$(median_ms naive "SELECT count(*) FROM orders; SELECT count(*) FROM visits;")" 100
times_row "check --no-integrity" "$(median_ms "$bin" check --db "$db" --no-integrity)" - 100

# One of today's orders, and searches that find it among others.
sample=$(tail -n 1 "$work/orders.csv")
IFS=, read -r no _ _ nickname phone _ <<< "$sample"
tail4=${phone: -4}
times_row "orders show" "$(median_ms "$bin" orders show --db "$db" "$no")" \
  "$(median_ms naive "SELECT * FROM orders WHERE out_trade_no = '$no';")" 50
times_row "orders find, phone tail" "$(median_ms "$bin" orders find --db "$db" "$tail4")" \
  "$(median_ms naive "SELECT * FROM orders WHERE phone LIKE '%$tail4' ORDER BY created_at DESC LIMIT 200;")" 100
times_row "orders find, nickname" "$(median_ms "$bin" orders find --db "$db" "$nickname")" \
  "$(median_ms naive "SELECT * FROM orders WHERE nickname LIKE '%$nickname%' ORDER BY created_at DESC LIMIT 200;")" 100
times_row "orders find, product" "$(median_ms "$bin" orders find --db "$db" 围巾)" \
  "$(median_ms naive "SELECT * FROM orders WHERE items LIKE '%围巾%' ORDER BY created_at DESC LIMIT 200;")" 100

# --- the dashboard while orders arrive ----------------------------------------------------------

# cpu_ticks PID: user + system clock ticks the process has used.
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }

# dashboard_cpu PID RATE SECONDS: percent of one core the dashboard uses while RATE orders/s arrive.
dashboard_cpu() {
  local pid=$1 rate=$2 seconds=$3 t0 t1 hz
  hz=$(getconf CLK_TCK)
  start_load "$bin" "$db" "$rate"
  sleep 2
  t0=$(cpu_ticks "$pid"); sleep "$seconds"; t1=$(cpu_ticks "$pid")
  stop_load
  awk -v a="$t0" -v b="$t1" -v hz="$hz" -v s="$seconds" 'BEGIN { printf "%.1f", (b - a) / hz / s * 100 }'
}

echo "watching the dashboard while orders arrive..." >&2
printf 'set -g status off\nset -g escape-time 0\n' > "$work/tmux.conf"
tmux -L "$socket" -f "$work/tmux.conf" new-session -d -s dash -x 120 -y 40 \
  "env TERM=xterm-256color XDG_CONFIG_HOME=$work/config $bin --db $db"
dash_pid=$(tmux -L "$socket" display -p -t dash '#{pane_pid}')
sleep 3
for pane_key in 1:Overview 3:Feed; do
  tmux -L "$socket" send-keys -t dash "${pane_key%%:*}"
  sleep 1
  for rate in 5 50; do
    cpu=$(dashboard_cpu "$dash_pid" "$rate" "${WATCH_SECONDS:-20}")
    limit=$([[ $rate == 5 ]] && echo 5 || echo 20)
    row "dashboard on ${pane_key#*:}, CPU at $rate orders/s" "$cpu% of a core" "-" "-" \
      "<= $limit% ($(awk -v c="$cpu" -v l="$limit" 'BEGIN { print (c <= l ? "met" : "not met") }'))"
  done
done
dash_rss=$(awk '/VmHWM/ { printf "%.0f", $2 / 1024 }' "/proc/$dash_pid/status")
row "dashboard peak RSS" "$dash_rss MB" "-" "-" \
  "<= 60 MB ($(awk -v r="$dash_rss" 'BEGIN { print (r <= 60 ? "met" : "not met") }'))"
tmux -L "$socket" kill-session -t dash 2>/dev/null || true

# --- the table ----------------------------------------------------------------------------------

echo
echo "$orders orders, $events events over 45 days, $(( $(awk -F, -v d="$day_start" 'NR > 1 && $7 >= d' "$work/orders.csv" | wc -l) )) today; median of $runs runs"
echo
echo "| what | shopdash | naive baseline | ratio | target |"
echo "|---|---:|---:|---:|---|"
awk -F'|' '{ printf "| %s | %s | %s | %s | %s |\n", $1, $2, $3, $4, $5 }' "$rows"
