#!/usr/bin/env bash
# JVM options compared side by side on one tree (BENCHMARKS.md "studio start-up, session 4"): ROUNDS rounds, each
# launching the studio once per "label|options" in turn (studio-startup-once.sh); prints per run the wall time and
# load, then JVM ms at "demo drawn", JavaFX-thread CPU ms and process CPU ms. usage: ROUNDS TREE "label|options"...
rounds=$1; tree=$2; shift 2
for r in $(seq 1 $rounds); do
  for cfg in "$@"; do
    label=${cfg%%|*}; opts=${cfg#*|}
    res=$("$(dirname "${BASH_SOURCE[0]}")/studio-startup-once.sh" "$tree" $opts 2>&1)
    w=$(echo "$res" | sed -n 's/^wall=\([0-9]*\) load=\(.*\)/\1 \2/p')
    d=$(echo "$res" | sed -n 's/studio.startup \([0-9]*\) ms: demo drawn \[cpu: this thread \([0-9]*\) ms, process \([0-9]*\) ms\]/\1 \2 \3/p')
    echo "$label wall/load=$w drawn/fx/proc=$d"
  done
done
