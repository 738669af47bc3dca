#!/usr/bin/env bash
# One `footfall studio` launch of TREE as a user starts it, with extra JVM options (BENCHMARKS.md "studio start-up,
# session 4"): waits for the "demo drawn" mark, optionally sleeps SS_SLEEP s and takes a screenshot to SS_SHOT, with
# SS_TASKS=1 prints each thread's CPU ms (from /proc) at that point, then stops the studio; prints the wall time
# from the launcher to the mark, the load average and the start-up marks. Needs DISPLAY (Xvfb). usage: TREE [JVM options]
tree=$1; shift
node=io/footfall/ssonce-$$
out=$(mktemp)
t0=$(date +%s%N)
(cd "$tree" && env FOOTFALL_NO_REBUILD=1 FOOTFALL_JAVA_OPTS="-Dfootfall.studio.timing=true -Dfootfall.prefs.node=$node -Dfootfall.autosave.dir=/tmp/ss-autosave $*" DISPLAY=${DISPLAY:-:99} ./footfall studio > "$out" 2>&1) &
for i in $(seq 1 1200); do grep -q "demo drawn" "$out" 2>/dev/null && break; sleep 0.05; done
t1=$(date +%s%N)
sleep ${SS_SLEEP:-0}
[ -n "${SS_SHOT:-}" ] && DISPLAY=${DISPLAY:-:99} import -window root "$SS_SHOT"
pid=$(pgrep -f "prefs.node=$node" | head -1)
if [ -n "${SS_TASKS:-}" ] && [ -n "$pid" ]; then
  for t in /proc/$pid/task/*; do awk -v n="$(cat $t/comm)" '{print ($14+$15)*10, n}' $t/stat; done | sort -rn | awk '{a[$2]+=$1; s+=$1} END {for (k in a) print a[k], k; print s, "TOTAL"}' | sort -rn | head -25
fi
[ -n "$pid" ] && kill "$pid"
wait
echo "wall=$(( (t1 - t0) / 1000000 )) load=$(cut -d' ' -f1 /proc/loadavg)"
grep -v "^WARNING" "$out" | head -40
rm -f "$out"
