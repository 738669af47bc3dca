#!/usr/bin/env bash
# The installed studio's start-up, side by side (BENCHMARKS.md "Studio", session 7): launches bin/footfall-studio of two
# Linux app-images (installers/build.sh app-image) as a user does, alternating, ROUNDS times, each with its own user cache
# (XDG_CACHE_HOME=/tmp/studio-installed-cache-<label>, where the studio keeps its class-data archive: one launch of each
# first, to write it). The screen is watched from outside as in studio-startup-bench.sh (screenwatch.c): prints the
# load, launcher to the demo on the screen and to the window on the screen (ms), and the studio's marks toolkit ready
# and demo on screen (ms since the child JVM started, JavaFX-thread CPU/process CPU).
# Needs DISPLAY (Xvfb) showing nothing else. usage: ROUNDS BASE_IMAGE NEW_IMAGE   (folders holding bin/footfall-studio)
rounds=$1; base=$2; new=$3
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && cd .. && pwd)"
watcher="$here/app/target/screenwatch"
if [ ! -x "$watcher" ] || [ "$here/app/src/test/sh/screenwatch.c" -nt "$watcher" ]; then
  cc -O2 -o "$watcher" "$here/app/src/test/sh/screenwatch.c" -lX11 -lXext || exit 1
fi
node=io/footfall/studio-installed-$$
run() { # label image
  local label=$1 image=$2 out seen load0 t0 wpid pid i
  out=$(mktemp); seen=$(mktemp); load0=$(cut -d' ' -f1 /proc/loadavg); t0=$(date +%s%N)
  "$watcher" "$t0" 120000 40 > "$seen" & wpid=$!
  env XDG_CACHE_HOME=/tmp/studio-installed-cache-$label \
    JAVA_TOOL_OPTIONS="-Dfootfall.studio.timing=true -Dfootfall.prefs.node=$node -Dfootfall.autosave.dir=/tmp/studio-installed-autosave" \
    "$image/bin/footfall-studio" > "$out" 2>&1 &
  for i in $(seq 1 2400); do grep -q "demo on screen" "$out" && ! kill -0 "$wpid" 2>/dev/null && break; sleep 0.05; done
  for pid in $(pgrep -f "prefs.node=$node"); do kill "$pid"; done
  kill "$wpid" 2>/dev/null; wait
  echo "$label load=$load0 screen=$(sed -n 's/.*demo_on_screen=\([0-9]*\).*/\1/p;s/.*timeout=\([0-9]*\).*/timeout(\1)/p' "$seen") win=$(sed -n 's/.*window_on_screen=//p' "$seen") $(grep 'studio.startup' "$out" | grep -E 'toolkit ready|demo on screen' | sed -E 's/studio.startup ([0-9]+) ms: ([a-z ]+) \[cpu: this thread ([0-9]+) ms, process ([0-9]+) ms\]/\2=\1(\3\/\4)/;s/ /_/g' | tr '\n' ' ')"
  rm -f "$out" "$seen"
}
for r in $(seq 1 "$rounds"); do
  if [ $((r % 2)) = 1 ]; then run base "$base"; run new "$new"; else run new "$new"; run base "$base"; fi
done
