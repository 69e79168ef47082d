#!/usr/bin/env bash
# Invoke benchmarks with real containers (needs Docker and the runtime images: make images). Prints tables:
#   warm invoke p50/p99 over 1,000 sequential invokes and fakecloud's share of it; invokes/s with 16 warm
#   environments; cold start after eviction next to the `docker run` floor.
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA_HOME=${JAVA_HOME:-$(bash scripts/find-jdk.sh)}
JAVA="$JAVA_HOME/bin/java"
PORT=${BENCH_PORT:-14567}
REGISTRY=${BENCH_IMAGE_REGISTRY:-fakecloud-test/lambda}
APP=target/quarkus-app/quarkus-run.jar
AOT=target/quarkus-app/app.aot
mkdir -p bench/out
CP_FILE=bench/out/classpath.txt
if [ ! -s "$CP_FILE" ] || [ pom.xml -nt "$CP_FILE" ]; then
  ./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$CP_FILE" >/dev/null
fi

floor=()
for i in 1 2 3 4 5; do
  s=$(date +%s%N); docker run --rm --network host "$REGISTRY/python:3.12" true >/dev/null 2>&1 || true
  floor+=($(( ($(date +%s%N) - s) / 1000000 )))
done
floor_median=$(printf '%s\n' "${floor[@]}" | sort -n | sed -n 3p)

FAKECLOUD_PORT=$PORT FAKECLOUD_LAMBDA_IMAGE_REGISTRY=$REGISTRY FAKECLOUD_LAMBDA_DOCKER_NETWORK=host \
  "$JAVA" $( [ -f "$AOT" ] && echo -XX:AOTCache="$AOT" ) -jar "$APP" > bench/out/invoke-server.log 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 1 600); do curl -fs -o /dev/null "http://127.0.0.1:$PORT/_fakecloud/health" && break; sleep 0.05; done
echo
"$JAVA" -Djava.util.logging.manager=java.util.logging.LogManager -cp "$(cat "$CP_FILE")" bench/InvokeBench.java \
  "http://127.0.0.1:$PORT" "${BENCH_INVOKES:-1000}"
printf '%-52s %8s %10s\n' "docker run --rm --network host IMAGE true (floor)" 5 "$floor_median"
