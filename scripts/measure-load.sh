# Sourced by the measure-*.sh scripts: their common setup, and a steady stream of live orders at
# RATE per second, written by a second process (`shopdash ingest --follow`), the way a real shop's
# feed reaches the store.

# measure_setup SOCKET_PREFIX (with $root set): measure_workspace, then a store $db in it seeded
# with three days of demo history.
measure_setup() {
  measure_workspace "$1"
  db="$work/shop.sqlite"
  "$bin" demo --headless --seed 7 --days 3 --duration 0 --db "$db" >/dev/null 2>&1
}

# measure_workspace SOCKET_PREFIX (with $root set): finds the binary (SHOPDASH_BIN, else the
# release build, else the debug one) as $bin, makes a work folder $work (MEASURE_DIR when set, and
# then kept), names a private tmux socket $socket, and cleans all of it up on exit.
measure_workspace() {
  bin=${SHOPDASH_BIN:-}
  if [[ -z "$bin" ]]; then
    if [[ -x "$root/.build/release/shopdash" ]]; then bin="$root/.build/release/shopdash"; else bin="$root/.build/debug/shopdash"; fi
  fi
  [[ -x "$bin" ]] || { echo "no shopdash binary at $bin; run swift build first" >&2; exit 1; }
  command -v tmux >/dev/null || { echo "tmux is required" >&2; exit 1; }
  if [[ -n "${MEASURE_DIR:-}" ]]; then
    work=$MEASURE_DIR; keep_work=1; mkdir -p "$work"
  else
    work=$(mktemp -d); keep_work=
  fi
  socket="$1-$$"
  trap measure_cleanup EXIT
}

measure_cleanup() {
  stop_load
  tmux -L "$socket" kill-server 2>/dev/null || true
  [[ -n "${keep_work:-}" ]] || rm -rf "$work"
}

# live_orders RATE: JSON Lines on stdout, one paid order every 1/RATE seconds, forever.
live_orders() {
  local rate=$1 pause n=0 now
  pause=$(awk -v r="$rate" 'BEGIN { printf "%.3f", 1 / r }')
  local names=("小明" "Lily" "快乐的小猪" "🌸花花🌸" "Tony老师" "杨阿姨" "懒懒的芒果" "Kevin")
  local items=("小米手环8" "蓝牙耳机 降噪版" "云南普洱茶 357g" "螺蛳粉 5 袋装" "五常大米 5kg")
  local channels=("live_stream" "official_account" "group_ad" "share" "search" "ads")
  while :; do
    n=$((n + 1))
    now=$(date +%s)
    printf '{"type":"order","out_trade_no":"LOAD%s%06d","customer":"load-%d","nickname":"%s","phone":"139%08d","city":"上海","paid_at":%d,"channel":"%s","items":[{"sku":"L%d","name":"%s","qty":%d,"unit_fen":%d}]}\n' \
      "$$" "$n" "$((n % 500))" "${names[n % 8]}" "$n" "$now" "${channels[n % 6]}" "$((n % 5))" "${items[n % 5]}" \
      "$((n % 3 + 1))" "$((1990 + (n * 7919) % 50000))"
    sleep "$pause"
  done
}

# start_load BIN DB RATE: runs the stream into the store in the background; LOAD_PID is the
# ingest's pid (the last command of the pipeline).
start_load() {
  local bin=$1 db=$2 rate=$3
  live_orders "$rate" | "$bin" ingest --db "$db" --follow --rejects "$db.rejects" - >/dev/null 2>&1 &
  LOAD_PID=$!
}

# stop_load: ends the ingest this script started (by its pid); the generator feeding it then
# stops on its next write into the closed pipe.
stop_load() {
  if [[ -n "${LOAD_PID:-}" ]]; then
    kill "$LOAD_PID" 2>/dev/null || true
    wait "$LOAD_PID" 2>/dev/null || true
    LOAD_PID=
  fi
}
