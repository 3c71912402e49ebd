#!/usr/bin/env bash
# Benchmark of the intake API (docs/benchmarks.md, section "Intake"): builds the
# jar, starts it on loopback with a fresh H2 file database and the job executor
# on, warms it up, sends 50 Inera notices a second for 60 seconds, checks every
# outage and process instance, and stops the application. Not part of the test
# suite. BENCH_SKIP_BUILD=1 reuses the jar in target/; BENCH_APP_ARGS adds
# arguments to the application's command line (e.g. another pool size).
#   bench/intake-load.sh [rate=50] [seconds=60]
set -euo pipefail
cd "$(dirname "$0")/.."
rate=${1:-50}
seconds=${2:-60}
port=${BENCH_PORT:-18080}
work=$(mktemp -d)
[ "${BENCH_SKIP_BUILD:-0}" = 1 ] || ./mvnw -q -B package -DskipTests
jar=$(ls target/reservrutin-1177-*.jar | grep -v plain | head -n 1)
java -Xmx1g -jar "$jar" --server.address=127.0.0.1 --server.port="$port" \
  --spring.datasource.url="jdbc:h2:file:$work/db;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0" \
  --logging.level.root=WARN ${BENCH_APP_ARGS:-} >"$work/app.log" 2>&1 &
app=$!
cleanup() {
  status=$?
  kill "$app" 2>/dev/null || true
  wait "$app" 2>/dev/null || true
  if [ "$status" != 0 ]; then
    echo "application log (last 40 lines; kept in $work/app.log):"
    tail -n 40 "$work/app.log"
  else
    rm -rf "$work"
  fi
  exit "$status"
}
trap cleanup EXIT
for _ in $(seq 1 180); do
  curl -fs "http://127.0.0.1:$port/actuator/health" >/dev/null 2>&1 && break
  sleep 1
done
# Warm-up (JIT, connection pool, caches): 10 notices a second for 15 seconds, not measured.
java bench/IntakeLoad.java "http://127.0.0.1:$port" 10 15 >/dev/null || true
echo "load average before: $(uptime | sed 's/.*load average: //')"
status=0
java bench/IntakeLoad.java "http://127.0.0.1:$port" "$rate" "$seconds" || status=$?
echo "load average after: $(uptime | sed 's/.*load average: //')"
exit "$status"
