#!/usr/bin/env bash
# Frame time (update + render + draw) of the dashboard at 200x60 while live orders arrive.
#
#   scripts/measure-frame-time.sh [SECONDS_PER_PANE=4] [RATE=5] [WIDTH=200] [HEIGHT=60]
#
# The dashboard (hidden option --stats-file) logs one line per frame (update, render, draw, total
# in microseconds) when it exits; a second process ingests RATE orders a second meanwhile. Each pane is shown for a while; the script
# prints the median, 95th percentile and worst total per pane and overall. Uses the release
# binary when built (swift build -c release), else the debug one.
set -euo pipefail

per_pane=${1:-4}
rate=${2:-5}
width=${3:-200}
height=${4:-60}

root=$(cd "$(dirname "$0")/.." && pwd)
source "$root/scripts/measure-load.sh"
measure_setup shopdash-frames

printf 'set -g status off\nset -g escape-time 0\nset -g remain-on-exit on\n' > "$work/tmux.conf"
summary() {  # stdin: total_us values
  sort -n | awk '{ v[NR] = $1 } END {
    if (NR == 0) { print "no frames"; exit }
    p95 = int(NR * 0.95 + 0.5); if (p95 < 1) p95 = 1
    printf "%5d frames  median %6.2f ms  p95 %6.2f ms  max %6.2f ms\n", NR, v[int((NR + 1) / 2)] / 1000, v[p95] / 1000, v[NR] / 1000 }'
}

start_load "$bin" "$db" "$rate"
all="$work/all.txt"
: > "$all"
for pane in 1 2 3 4 5 6 7; do
  stats="$work/frames-$pane.txt"
  inner="env LANG=C.UTF-8 LC_ALL=C.UTF-8 TERM=xterm-256color XDG_CONFIG_HOME=$work/config $bin --db $db --stats-file $stats"
  tmux -L "$socket" -f "$work/tmux.conf" new-session -d -s "p$pane" -x "$width" -y "$height" "$inner"
  sleep 1.5
  tmux -L "$socket" send-keys -t "p$pane" "$pane"
  # A few keys on the way, as someone would press them: moving through lists redraws too.
  for _ in $(seq 1 "$per_pane"); do sleep 1; tmux -L "$socket" send-keys -t "p$pane" j; done
  tmux -L "$socket" send-keys -t "p$pane" C-c
  for _ in $(seq 1 100); do [[ -s "$stats" ]] && break; sleep 0.1; done
  printf 'pane %d: ' "$pane"
  grep -v '^#' "$stats" | awk '{ print $4 }' | tee -a "$all" | summary
  grep -v '^#' "$stats" | awk '{ u += $1; r += $2; d += $3 } END {
    if (NR) printf "        mean update %.2f ms, render %.2f ms, draw %.2f ms\n", u / NR / 1000, r / NR / 1000, d / NR / 1000 }'
done
printf 'all    : '
summary < "$all"
echo "(terminal ${width}x${height}, $rate live orders/s; binary: $bin)"
