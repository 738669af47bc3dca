#!/bin/bash
# Real pipeline (footfall run: PipelineRunner + file destination) fed by LoadGenerator over mosquitto.
cd "$(dirname "$0")/../../../.."   # the worktree root
# usage: PER_MESSAGE SECONDS, with mosquitto on 127.0.0.1:18830 and /tmp/net-cp.txt built (BENCHMARKS.md)
PER=$1; SECS=$2; OUT=/tmp/net-run-out/$PER
rm -rf $OUT; mkdir -p $OUT
./footfall run pipelines/examples/live-mqtt-to-file.footfall.json --param broker=tcp://127.0.0.1:18830 --param outDir=$OUT > $OUT.run.log 2>&1 &
RUN=$!
sleep 8   # JVM start + subscription
CP=runtime/target/classes:runtime/target/test-classes:$(cat /tmp/net-cp.txt)
echo "load $(cut -d' ' -f1-3 /proc/loadavg)"
START=$(date +%s.%N)
java -Xmx1g -cp $CP io.footfall.runtime.connect.bench.LoadGenerator mqtt://127.0.0.1:18830 $SECS $PER 2>&1 | grep -v SLF4J | tee $OUT.gen.log
SENT=$(grep -o 'published [0-9]*' $OUT.gen.log | awk '{print $2}')
for i in $(seq 1 120); do
  N=$(cat $OUT/* 2>/dev/null | wc -l)
  [ "$N" -ge "$SENT" ] && break
  sleep 1
done
END=$(date +%s.%N)
kill -TERM $RUN; wait $RUN   # a background job ignores SIGINT; the runner drains on SIGTERM too
N=$(cat $OUT/* | wc -l)
DISTINCT=$(cat $OUT/* | grep -o '"seq":[0-9]*' | sort -u | wc -l)
echo "per-message=$PER sent=$SENT lines=$N distinct_seq=$DISTINCT elapsed=$(echo "$END - $START" | bc) rate=$(echo "$DISTINCT / ($END - $START)" | bc)/s load $(cut -d' ' -f1-3 /proc/loadavg)"
tail -5 $OUT.run.log
