#!/usr/bin/env bash
# Builds the app-image and exercises it as an installed product: --version, simulate + analyze on the
# image's own small mall, and the studio under Xvfb with a screenshot (installers/target/studio.png).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
"$here/build.sh" app-image
img="$here/target/footfall"
work="$(mktemp -d)"
display=":${FOOTFALL_TEST_DISPLAY:-61}"
xvfb_pid=""; studio_pid=""
cleanup() {
  [ -n "$studio_pid" ] && kill "$studio_pid" 2>/dev/null || true
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "test-app-image: FAIL: $*" >&2; exit 1; }

"$img/bin/footfall" --version | grep -q '^footfall ' || fail "--version"
"$img/bin/footfall" simulate --floorplan "$img/lib/app/floorplans/small-mall.json" --out "$work/sim" --duration 10m \
  || fail "simulate"
[ -s "$work/sim/sightings.jsonl" ] || fail "simulate wrote no sightings"
"$img/bin/footfall" analyze --floorplan "$img/lib/app/floorplans/small-mall.json" \
  --sightings "$work/sim/sightings.jsonl" --out "$work/results" || fail "analyze"
[ -n "$(ls -A "$work/results")" ] || fail "analyze wrote nothing"
echo "test-app-image: analyze wrote: $(ls "$work/results" | paste -sd' ')"

Xvfb "$display" -screen 0 1280x800x24 >/dev/null 2>&1 & xvfb_pid=$!
sleep 2
DISPLAY="$display" "$img/bin/footfall-studio" >"$work/studio.log" 2>&1 & studio_pid=$!
sleep "${FOOTFALL_STUDIO_WAIT:-25}"
kill -0 "$studio_pid" 2>/dev/null || { cat "$work/studio.log" >&2; fail "the studio exited early"; }
DISPLAY="$display" import -window root "$here/target/studio.png"
echo "test-app-image: OK; studio screenshot at $here/target/studio.png"
