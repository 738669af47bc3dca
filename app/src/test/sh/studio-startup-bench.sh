#!/usr/bin/env bash
# Studio start-up, side by side (BENCHMARKS.md "Studio (app): start-up"): launches `./footfall studio` as a user
# does, in a baseline tree and in this one, alternating, ROUNDS times; this tree runs twice per round, with its
# class-data archive and with FOOTFALL_NO_CDS=1 (BENCH_NOCDS=0 skips that one). Each run stops when the demo is
# drawn (mark "demo drawn": two frames after the floorplan went on the canvas, so the frame with it was rendered) and
# prints the load average, the wall time from the launcher to that point and the studio's start-up marks
# (ms since JVM start, then JavaFX-thread / process CPU ms). Needs an X display (Xvfb) in DISPLAY and both
# trees built; the first `footfall studio` of this tree after a build writes the archive, so run one before.
# usage: studio-startup-bench.sh ROUNDS BASELINE_TREE
set -u
rounds=$1; baseline=$2
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && cd .. && pwd)"
node=io/footfall/studio-bench-$$
run() { # label tree [VAR=value]...
  local label=$1 tree=$2; shift 2
  local out; out=$(mktemp)
  local load0 t0 t1 pid i
  load0=$(cut -d' ' -f1 /proc/loadavg)
  t0=$(date +%s%N)
  (cd "$tree" && env FOOTFALL_NO_REBUILD=1 "$@" \
     FOOTFALL_JAVA_OPTS="-Dfootfall.studio.timing=true -Dfootfall.prefs.node=$node -Dfootfall.autosave.dir=/tmp/studio-bench-autosave" \
     ./footfall studio > "$out" 2>&1) &
  for i in $(seq 1 2400); do grep -q "demo drawn" "$out" 2>/dev/null && break; sleep 0.05; done
  t1=$(date +%s%N)
  pid=$(pgrep -f "prefs.node=$node" | head -1)
  [ -n "$pid" ] && kill "$pid"
  wait
  echo "$label load=$load0 launcher_to_floorplan=$(( (t1 - t0) / 1000000 )) $(grep studio.startup "$out" \
    | sed -E 's/studio.startup ([0-9]+) ms: ([^[]*)( \[cpu: this thread ([0-9]+) ms, process ([0-9]+) ms\])?/\2=\1(\4\/\5)/' \
    | sed 's/ (41 types)//;s/ =/=/;s/ /_/g' | tr '\n' ' ')"
  rm -f "$out"
}
for r in $(seq 1 "$rounds"); do
  run base "$baseline"
  run new "$here"
  [ "${BENCH_NOCDS:-1}" = 0 ] || run new-nocds "$here" FOOTFALL_NO_CDS=1
done
