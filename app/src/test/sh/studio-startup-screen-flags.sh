#!/usr/bin/env bash
# JVM options or environment compared on one tree, ended by the demo on the X screen (screenwatch.c, as
# studio-startup-bench.sh) instead of studio-startup-flags.sh's "demo drawn" mark (BENCHMARKS.md "Studio", session 6).
# ROUNDS rounds, each launching `./footfall studio` of TREE once per "label|VAR=value ...|JVM options" in turn; prints the
# load, launcher to the demo on the screen and to the window on the screen (ms), and the marks toolkit ready, window
# shown and demo on screen as ms since JVM start(JavaFX-thread CPU/process CPU). Needs DISPLAY (Xvfb) showing nothing else
# and TREE built with its class-data archive written. usage: ROUNDS TREE "label|env|options"...
rounds=$1; tree=$2; shift 2
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && cd .. && pwd)"
watcher="$here/app/target/screenwatch"
if [ ! -x "$watcher" ] || [ "$here/app/src/test/sh/screenwatch.c" -nt "$watcher" ]; then
  cc -O2 -o "$watcher" "$here/app/src/test/sh/screenwatch.c" -lX11 -lXext || exit 1
fi
node=io/footfall/studio-flags-$$
for r in $(seq 1 "$rounds"); do for cfg in "$@"; do
  label=${cfg%%|*}; rest=${cfg#*|}; envs=${rest%%|*}; opts=${rest#*|}
  out=$(mktemp); seen=$(mktemp); load0=$(cut -d' ' -f1 /proc/loadavg); t0=$(date +%s%N)
  "$watcher" "$t0" 60000 40 > "$seen" & wpid=$!
  # shellcheck disable=SC2086
  (cd "$tree" && env FOOTFALL_NO_REBUILD=1 $envs FOOTFALL_JAVA_OPTS="-Dfootfall.studio.timing=true -Dfootfall.prefs.node=$node -Dfootfall.autosave.dir=/tmp/studio-flags-autosave $opts" ./footfall studio > "$out" 2>&1) &
  for i in $(seq 1 1200); do grep -q "demo on screen" "$out" && ! kill -0 "$wpid" 2>/dev/null && break; sleep 0.05; done
  pid=$(pgrep -f "prefs.node=$node" | head -1)
  [ -n "$pid" ] && kill "$pid"
  kill "$wpid" 2>/dev/null; wait
  echo "$label load=$load0 screen=$(sed -n 's/.*demo_on_screen=\([0-9]*\).*/\1/p;s/.*timeout=\([0-9]*\).*/timeout(\1)/p' "$seen") win=$(sed -n 's/.*window_on_screen=//p' "$seen") $(grep 'studio.startup' "$out" | grep -E 'toolkit ready|window shown|demo on screen' | sed -E 's/studio.startup ([0-9]+) ms: ([a-z ]+) \[cpu: this thread ([0-9]+) ms, process ([0-9]+) ms\]/\2=\1(\3\/\4)/;s/ /_/g' | tr '\n' ' ')"
  rm -f "$out" "$seen"
done; done
