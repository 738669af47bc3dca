#!/usr/bin/env bash
# Studio start-up, side by side (BENCHMARKS.md "Studio (app): start-up"): launches `./footfall studio` as a user
# does, in a baseline tree and in this one, alternating, ROUNDS times; this tree runs twice per round, with its
# class-data archive and with FOOTFALL_NO_CDS=1 (BENCH_NOCDS=0 skips that one). Each run ends when the demo is on the
# X screen and the studio printed its "demo on screen" mark (a baseline from before session 5: "demo drawn";
# BASE_MARK sets it). The screen is watched from outside (screenwatch.c, compiled
# here on first use, polls the root window every 40 ms for the demo's mall, stage and "Run simulation" colours from
# the launcher's start): `launcher_to_screen` is the figure a user sees; `launcher_to_mark` is when the mark line
# appeared; then the load average and the studio's start-up marks (ms since JVM start, JavaFX-thread / process CPU ms).
# Needs an X display (Xvfb) in DISPLAY showing nothing else, and both trees built; the first `footfall studio` of this
# tree after a build writes the archive, so run one before.
# usage: studio-startup-bench.sh ROUNDS BASELINE_TREE
set -u
rounds=$1; baseline=$2
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && cd .. && pwd)"
node=io/footfall/studio-bench-$$
watcher="$here/app/target/screenwatch"
if [ ! -x "$watcher" ] || [ "$here/app/src/test/sh/screenwatch.c" -nt "$watcher" ]; then
  cc -O2 -o "$watcher" "$here/app/src/test/sh/screenwatch.c" -lX11 -lXext || exit 1
fi
run() { # label tree mark [VAR=value]...  (mark: the studio's line the run waits for besides the screen)
  local label=$1 tree=$2 mark=$3; shift 3
  local out; out=$(mktemp)
  local seen; seen=$(mktemp)
  local load0 t0 t1 pid i wpid
  load0=$(cut -d' ' -f1 /proc/loadavg)
  t0=$(date +%s%N)
  "$watcher" "$t0" 120000 40 > "$seen" &
  wpid=$!
  (cd "$tree" && env FOOTFALL_NO_REBUILD=1 "$@" \
     FOOTFALL_JAVA_OPTS="-Dfootfall.studio.timing=true -Dfootfall.prefs.node=$node -Dfootfall.autosave.dir=/tmp/studio-bench-autosave" \
     ./footfall studio > "$out" 2>&1) &
  t1=
  for i in $(seq 1 2400); do
    if [ -z "$t1" ] && grep -q "$mark" "$out" 2>/dev/null; then t1=$(date +%s%N); fi
    [ -n "$t1" ] && ! kill -0 "$wpid" 2>/dev/null && break
    sleep 0.05
  done
  [ -n "$t1" ] || t1=$(date +%s%N)
  pid=$(pgrep -f "prefs.node=$node" | head -1)
  [ -n "$pid" ] && kill "$pid"
  kill "$wpid" 2>/dev/null
  wait
  echo "$label load=$load0 launcher_to_screen=$(sed -n 's/.*demo_on_screen=\([0-9]*\).*/\1/p;s/.*timeout=\([0-9]*\).*/timeout(\1)/p' "$seen") \
launcher_to_mark=$(( (t1 - t0) / 1000000 )) window_on_screen=$(sed -n 's/.*window_on_screen=//p' "$seen") \
$(grep studio.startup "$out" \
    | sed -E 's/studio.startup ([0-9]+) ms: ([^[]*)( \[cpu: this thread ([0-9]+) ms, process ([0-9]+) ms\])?/\2=\1(\4\/\5)/' \
    | sed 's/ ([0-9]* types)//;s/ =/=/;s/ /_/g' | tr '\n' ' ')"
  rm -f "$out" "$seen"
}
# Every other round starts with this tree: whatever the first launch of a round pays (the machine's state after the
# previous one was stopped) is shared out.
for r in $(seq 1 "$rounds"); do
  [ $((r % 2)) = 0 ] && run new "$here" "demo on screen"
  run base "$baseline" "${BASE_MARK:-demo drawn}"
  [ $((r % 2)) = 1 ] && run new "$here" "demo on screen"
  [ "${BENCH_NOCDS:-1}" = 0 ] || run new-nocds "$here" "demo on screen" FOOTFALL_NO_CDS=1
done
