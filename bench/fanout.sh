#!/usr/bin/env bash
# Fan-out on recovery (docs/benchmarks.md, section "Fan-out"): for each size, a
# fresh JVM runs the application on a fresh H2 file database with that many
# units and alternates the bare engine's multi-instance user tasks with an
# outage's recovery (bench/FanOut.java). Not part of the test suite.
# BENCH_SKIP_BUILD=1 reuses target/classes; BENCH_APP_ARGS adds application
# arguments (e.g. --spring.datasource.url=...); BENCH_MAIL=off runs without SMTP,
# so e-mail deliveries are recorded as not configured and no delivery job starts.
#   bench/fanout.sh [rounds=3] [sizes=100 500 2000]
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-3}
shift || true
sizes=${*:-100 500 2000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
[ "${BENCH_SKIP_BUILD:-0}" = 1 ] || ./mvnw -q -B test-compile -Denforcer.skip
./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$work/cp.txt" >/dev/null
cp="target/classes:$(cat "$work/cp.txt")"
echo "uptime before: $(uptime)"
for units in $sizes; do
  java -Xmx1g -cp "$cp" bench/FanOut.java "$units" "$rounds" "$work" ${BENCH_APP_ARGS:-}
  echo "uptime after $units units: $(uptime)"
done
