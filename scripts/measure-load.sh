# Sourced by the measure-*.sh scripts: a steady stream of live orders at RATE per second, written
# by a second process (`shopdash ingest --follow`), the way a real shop's feed reaches the store.

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
