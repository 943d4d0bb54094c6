#!/usr/bin/env bash
# Runs every benchmark of docs/performance.md and regenerates its figures:
#   benchmarks/run.sh            (from the repository root; about 13 minutes on a 2-core machine, plus the build)
# Results: benchmarks/target/results/*.json and results.md; chart: docs/performance.svg.
# Options (environment): ALLOC_OPTS (JMH options of the producer allocation runs, default
#   "-f 1 -wi 3 -w 2s -i 1 -r 3s"), SKIP_BUILD=1,
#   ONLY=producer|steps|tokens|consumer|startup (one part; the report is rebuilt from whatever results exist)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
B=benchmarks/target
R=$B/results
ALLOC_OPTS=${ALLOC_OPTS:-"-f 1 -wi 3 -w 2s -i 1 -r 3s"}
HEAP="-Xms1g -Xmx1g"

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  mvn -B -q -pl benchmarks -am package -DskipTests
fi
mkdir -p "$R"
JAR=$B/benchmarks.jar
want() { [ -z "${ONLY:-}" ] || [ "$ONLY" = "$1" ]; }

machine() {
  if [ -n "${ONLY:-}" ] && [ -f "$R/machine.txt" ]; then
    echo "rerun of $ONLY: $(date -u +%Y-%m-%dT%H:%MZ), component $(git rev-parse --short HEAD 2>/dev/null || echo '?'), load average $(cut -d' ' -f1-3 /proc/loadavg)" >> "$R/machine.txt"
    return
  fi
  {
    echo "date: $(date -u +%Y-%m-%dT%H:%MZ)"
    echo "nproc: $(nproc)"
    echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //'), $(grep -m1 'cpu MHz' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //') MHz"
    echo "free -h:"
    free -h | sed 's/^/  /'
    echo "java -version:"
    java -version 2>&1 | sed 's/^/  /'
    echo "component: $(git rev-parse --short HEAD 2>/dev/null || echo '?')$( [ -n "$(git status --porcelain -- camel-sinch-provisioning 2>/dev/null)" ] && echo ' + uncommitted changes in camel-sinch-provisioning')"
    echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
  } > "$R/machine.txt"
}
machine

if want producer; then
  # One simulator in its own JVM serves every producer benchmark of the run.
  rm -f "$B/bench-server.properties"
  java $HEAP -cp "$JAR" io.github.camelsinch.provisioning.benchmarks.BenchServer \
      "$B/bench-server.properties" > "$R/bench-server.log" 2>&1 &
  SERVER=$!
  trap 'kill $SERVER 2>/dev/null || true' EXIT
  for i in $(seq 1 120); do [ -f "$B/bench-server.properties" ] && break; sleep 0.5; done
  [ -f "$B/bench-server.properties" ] || { echo "bench server did not start"; cat "$R/bench-server.log"; exit 1; }
  # Throughput at concurrency 1 and 16 and client CPU per call: variants alone, taking turns in short slices.
  java $HEAP -Dbench.server="$ROOT/$B/bench-server.properties" -cp "$JAR" \
      io.github.camelsinch.provisioning.benchmarks.ProducerThroughput "$R/throughput.json" 6 14 500 \
      > "$R/throughput.txt" 2>&1 || { tail -50 "$R/throughput.txt"; exit 1; }
  # Allocation per call (-prof gc), one variant at a time.
  for t in 1 16; do
    java -jar "$JAR" 'ProducerAllocationBenchmark' $ALLOC_OPTS -t $t -prof gc \
        -jvmArgsAppend "$HEAP -Dbench.server=$ROOT/$B/bench-server.properties" \
        -rf json -rff "$R/allocation-t$t.json" > "$R/allocation-t$t.txt" 2>&1 || { tail -50 "$R/allocation-t$t.txt"; exit 1; }
    grep -E '^ProducerAllocationBenchmark.*norm' "$R/allocation-t$t.txt" || true
  done
  kill $SERVER; wait $SERVER 2>/dev/null || true
  trap - EXIT
fi

if want steps; then
  # Where the extra cost per call and per resource goes: single steps, no I/O (uses an in-process simulator only
  # to fetch sample responses during set-up).
  java -jar "$JAR" 'CallStepsBenchmark|PerResourceBenchmark' -f 1 -wi 4 -w 1s -i 3 -r 1s -prof gc \
      -jvmArgsAppend "$HEAP" -rf json -rff "$R/steps.json" > "$R/steps.txt" 2>&1 || { tail -50 "$R/steps.txt"; exit 1; }
fi

if want tokens; then
  java $HEAP -cp "$JAR" io.github.camelsinch.provisioning.benchmarks.TokenCount "$R/tokens.json" 10000 16
fi

if want consumer; then
  java -Xms3g -Xmx3g -Djdk.attach.allowAttachSelf=true -cp "$JAR" io.github.camelsinch.provisioning.benchmarks.ConsumerCycle "$R/consumer.json"
fi

if want startup; then
  # Cold: a fresh JVM per sample; warm: the same JVM again and again. Variants interleaved, medians kept.
  java $HEAP -cp "$JAR" io.github.camelsinch.provisioning.benchmarks.StartupTiming "$R/startup.json" 5 15
fi

echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)" >> "$R/machine.txt"
java -cp "$JAR" io.github.camelsinch.provisioning.benchmarks.Report "$R" docs/performance.svg
