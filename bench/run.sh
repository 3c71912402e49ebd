#!/usr/bin/env bash
# Load on the status page of a locally started application (loopback only,
# bounded in time). Results: docs/benchmarks.md. Usage: bench/run.sh [CONCURRENCY] [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
concurrency=${1:-50}
seconds=${2:-20}
port=18181
work=$(mktemp -d)
./mvnw -q -B -DskipTests package
jar=$(ls target/reservrutin-1177-*.jar | grep -v plain | head -n 1)
h2=$(./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=/dev/stdout -Dmdep.includeArtifactIds=h2)
url="jdbc:h2:file:$work/reservrutin;AUTO_SERVER=TRUE"
java -Xmx512m -jar "$jar" --server.port=$port --spring.datasource.url="$url" \
  --reservrutin.status-page.refresh-interval=PT1S --logging.level.root=warn > "$work/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null; rm -rf "$work"' EXIT
for i in $(seq 1 120); do
  curl -fs "http://127.0.0.1:$port/api/status" > /dev/null && break
  sleep 1
done
java -cp "$h2" org.h2.tools.RunScript -url "$url" -user sa -script bench/seed.sql
sleep 3
curl -fs "http://127.0.0.1:$port/api/status" | grep -q DS-2026-9001 || { echo "seed not visible"; exit 1; }
for path in /driftinformation /driftinformation/DS-2026-9001 /driftinformation/feed.atom /api/status; do
  java bench/StatusPageLoad.java "http://127.0.0.1:$port$path" "$concurrency" "$seconds"
  echo
done
