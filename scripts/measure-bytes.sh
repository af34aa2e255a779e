#!/usr/bin/env bash
# Bytes per second the dashboard writes to its terminal while live orders arrive.
#
#   scripts/measure-bytes.sh [SECONDS=30] [RATE=5] [WIDTH=120] [HEIGHT=40] [PANE_KEY=1]
#
# The dashboard runs under `script` inside a private tmux session of the given size, on a store
# seeded with three days of demo history, while a second process ingests RATE orders a second.
# The recording's growth over the window (after the first full paint) is what an SSH link would
# carry. Uses the release binary when built (swift build -c release), else the debug one.
set -euo pipefail

seconds=${1:-30}
rate=${2:-5}
width=${3:-120}
height=${4:-40}
pane_key=${5:-1}

root=$(cd "$(dirname "$0")/.." && pwd)
source "$root/scripts/measure-load.sh"
command -v script >/dev/null || { echo "script (util-linux) is required" >&2; exit 1; }
measure_setup shopdash-measure
log="$work/typescript"

printf 'set -g status off\nset -g escape-time 0\n' > "$work/tmux.conf"
start_load "$bin" "$db" "$rate"
inner="env LANG=C.UTF-8 LC_ALL=C.UTF-8 TERM=xterm-256color XDG_CONFIG_HOME=$work/config $bin --db $db"
tmux -L "$socket" -f "$work/tmux.conf" new-session -d -s m -x "$width" -y "$height" \
  "script -q -f -c '$inner' $log"

size() { stat -c %s "$log" 2>/dev/null || echo 0; }
# Wait for the first frame, then switch to the pane and let its first full paint pass.
for _ in $(seq 1 100); do [[ $(size) -gt 2000 ]] && break; sleep 0.1; done
tmux -L "$socket" send-keys -t m "$pane_key"
sleep 3

start=$(size)
sleep "$seconds"
end=$(size)

tmux -L "$socket" send-keys -t m q
for _ in $(seq 1 50); do tmux -L "$socket" has-session 2>/dev/null || break; sleep 0.1; done

bytes=$((end - start))
echo "terminal ${width}x${height}, pane key $pane_key, $rate live orders/s, ${seconds} s: $bytes bytes, $((bytes / seconds)) bytes/s"
echo "(first paint and pane switch before the window: $start bytes; binary: $bin)"
