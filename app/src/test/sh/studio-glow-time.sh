#!/usr/bin/env bash
# Seconds from clicking "Run simulation" to the heatmap on the screen (BENCHMARKS.md "Studio", session 6), as a user
# sees it: launches `./footfall studio` in TREE on DISPLAY (a 1600x1000 Xvfb; the window opens at 50,30), waits for
# the window and 12 s more, clicks Run simulation, then reads the screen every 0.5 s until the heat legend's red end
# is drawn (it appears with the first bucket shown). Needs xdotool and ImageMagick.
# usage: DISPLAY=:99 app/src/test/sh/studio-glow-time.sh TREE
set -u
tree=$(cd "${1:?tree}" && pwd)
(cd "$tree" && FOOTFALL_NO_REBUILD=1 setsid ./footfall studio > /tmp/studio-glow-$$.log 2>&1 &)
xdotool search --sync --name "Footfall" > /dev/null 2>&1
sleep 12
t0=$(date +%s.%N)
xdotool mousemove 770 89 click 1
result="no glow within 120 s"
for _ in $(seq 1 240); do
  sleep 0.5
  px=$(import -window root png:- 2>/dev/null | convert - -crop 1x1+1180+521 txt:- 2>/dev/null | tail -1 | grep -o '#[0-9A-F]\{6\}')
  [ -z "$px" ] && continue
  r=$((16#${px:1:2})); g=$((16#${px:3:2})); b=$((16#${px:5:2}))
  if [ "$r" -gt 200 ] && [ "$g" -lt 120 ] && [ "$b" -lt 120 ]; then
    result="glow after $(echo "$(date +%s.%N) - $t0" | bc) s"
    break
  fi
done
echo "$result"
# The studio's command line is too long for pkill -f to match: find it by working directory.
for p in $(pgrep java); do
  if [ "$(readlink /proc/$p/cwd)" = "$tree" ] && tr '\0' ' ' < /proc/$p/cmdline | grep -q "cli.Main studio"; then kill "$p"; fi
done
sleep 1
