#!/usr/bin/env bash
# The pipeline server's API (CONTRACT.md section 7) driven by curl: the whole lifecycle of a pipeline and
# every error code. Usage: server-api.sh BASE_URL TOKEN  (a running `footfall serve` with that token; an empty
# data folder is not needed, the ids used here start with "sh-").
# Exits non-zero with one "FAIL: ..." line at the first answer that is not the contract's.
set -euo pipefail

base="${1:?usage: server-api.sh BASE_URL TOKEN}"
token="${2:?usage: server-api.sh BASE_URL TOKEN}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

fail() {
  echo "FAIL: $*" >&2
  exit 1
}

# call NAME EXPECTED_STATUS METHOD PATH [curl args...]: the status must match; the body is kept in $work/NAME.
call() {
  local name="$1" expected="$2" method="$3" path="$4"
  shift 4
  local status
  status="$(curl -sS -o "$work/$name" -w '%{http_code}' -X "$method" --max-time 120 "$@" "$base$path")" \
    || fail "$name: curl could not complete $method $path"
  [ "$status" = "$expected" ] || fail "$name: $method $path answered $status, expected $expected: $(head -c 400 "$work/$name")"
  if [ "$expected" -ge 400 ]; then
    grep -q '"message":"[^"]' "$work/$name" || fail "$name: the $status body has no JSON message: $(head -c 400 "$work/$name")"
  fi
}

authed() {
  call "$@" -H "Authorization: Bearer $token"
}

# expect NAME TEXT: the body of call NAME contains TEXT.
expect() {
  grep -qF -- "$2" "$work/$1" || fail "$1: the body does not contain $2: $(head -c 400 "$work/$1")"
}

pipeline() { # pipeline ID RECORDS PER_SECOND [DESTINATION_TYPE]
  cat <<JSON
{"format": "footfall-pipeline/1", "id": "$1", "title": "curl $1",
 "stages": [
  {"name": "gen", "type": "footfall.origin.generator", "version": 1, "config": {"records": $2, "recordsPerSecond": $3}},
  {"name": "out", "type": "${4:-footfall.destination.trash}", "version": 1, "config": {}}],
 "edges": [{"from": "gen", "lane": "output", "to": "out"}]}
JSON
}

json=(-H "Content-Type: application/json")

# --- no token needed for health; 401 for everything else without the right one
call health 200 GET /health
expect health '"status":"ok"'
call no-token 401 GET /pipelines
expect no-token 'Bearer'
call wrong-token 401 GET /pipelines -H "Authorization: Bearer not-$token"
call wrong-scheme 401 GET /pipelines -H "Authorization: Basic $token"
pipeline sh-life 0 50 > "$work/life.json"
call put-no-token 401 PUT /pipelines/sh-life "${json[@]}" --data-binary "@$work/life.json"

# --- the lifecycle: create, replace, fetch (latest and by version), list, start, status, stop, delete
authed create 201 PUT /pipelines/sh-life "${json[@]}" --data-binary "@$work/life.json"
expect create '"version":1'
authed replace 200 PUT /pipelines/sh-life "${json[@]}" --data-binary "@$work/life.json"
expect replace '"version":2'
authed fetch 200 GET /pipelines/sh-life
expect fetch '"footfall.origin.generator"'
authed fetch-v1 200 GET '/pipelines/sh-life?version=1'
expect fetch-v1 '"id":"sh-life"'
authed list 200 GET /pipelines
expect list '"id":"sh-life"'
authed not-run 200 GET /pipelines/sh-life/status
expect not-run '"state":"NOT_RUN"'
authed start 200 POST /pipelines/sh-life/start
running=""
for _ in $(seq 1 150); do
  authed status 200 GET /pipelines/sh-life/status
  if grep -q '"state":"RUNNING"' "$work/status" && grep -q '"name":"out"' "$work/status"; then
    running=yes
    break
  fi
  sleep 0.2
done
[ -n "$running" ] || fail "status: sh-life never reported RUNNING with its stages: $(head -c 400 "$work/status")"
expect status '"recordsIn"'
authed stop 200 POST /pipelines/sh-life/stop
expect stop '"state":"STOPPED"'
authed start-again 200 POST /pipelines/sh-life/start
authed delete 200 DELETE /pipelines/sh-life
expect delete '"deleted":true'
authed gone 404 GET /pipelines/sh-life
authed gone-status 404 GET /pipelines/sh-life/status

# --- 404 for unknown ids and resources
authed unknown 404 GET /pipelines/sh-nope
authed unknown-start 404 POST /pipelines/sh-nope/start
authed unknown-stop 404 POST /pipelines/sh-nope/stop
authed unknown-delete 404 DELETE /pipelines/sh-nope
authed unknown-version 404 GET '/pipelines/sh-nope?version=3'
authed unknown-resource 404 GET /nothing-here

# --- 400: malformed JSON, no body, and ids that are not [A-Za-z0-9._-]{1,64} (nothing may escape the data folder)
printf '{"format": "footfall-pipeline/1", "id": ' > "$work/broken.json"
authed malformed 400 PUT /pipelines/sh-bad "${json[@]}" --data-binary "@$work/broken.json"
expect malformed 'not valid JSON'
authed not-an-object 400 PUT /pipelines/sh-bad "${json[@]}" --data-binary '[1, 2]'
authed no-body 400 PUT /pipelines/sh-bad "${json[@]}"
pipeline x 1 0 > "$work/x.json"
for id in '..' '..%2F..%2Fetc%2Fpasswd' '..%2Fpipelines' '%2Fetc%2Fpasswd' '%2Ftmp%2Fsh-abs' 'a%20b' 'semi%3Bcolon' \
          "$(printf 'x%.0s' $(seq 1 65))"; do
  authed "bad-id" 400 PUT "/pipelines/$id" "${json[@]}" --data-binary "@$work/x.json" --path-as-is
  expect bad-id 'is not valid'
done
authed bad-id-get 400 GET '/pipelines/..%2F..%2Fetc%2Fpasswd' --path-as-is
authed bad-id-start 400 POST '/pipelines/%2Fetc/start' --path-as-is
authed bad-version 400 GET '/pipelines/sh-life?version=first'

# --- 413: 50 MB body (curl asks first with Expect: 100-continue; the refusal must still be the JSON one)
head -c $((50 * 1024 * 1024)) /dev/zero | tr '\0' ' ' > "$work/big.json"
authed too-large 413 PUT /pipelines/sh-big "${json[@]}" --data-binary "@$work/big.json"
expect too-large 'larger than the limit'
authed too-large-no-expect 413 PUT /pipelines/sh-big "${json[@]}" -H 'Expect:' --data-binary "@$work/big.json"
expect too-large-no-expect 'larger than the limit'
rm -f "$work/big.json"
authed big-not-stored 404 GET /pipelines/sh-big

# --- 422: a valid JSON pipeline that fails validation, with the list of problems; nothing stored
pipeline sh-invalid 1 0 no.such.stage > "$work/invalid.json"
authed invalid 422 PUT /pipelines/sh-invalid "${json[@]}" --data-binary "@$work/invalid.json"
expect invalid '"problems":['
expect invalid 'no.such.stage'
authed invalid-not-stored 404 GET /pipelines/sh-invalid
authed id-mismatch 422 PUT /pipelines/sh-other "${json[@]}" --data-binary "@$work/x.json"
expect id-mismatch '"problems":['

echo "server-api.sh: every call answered as the contract says"
