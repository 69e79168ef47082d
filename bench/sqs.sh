#!/usr/bin/env bash
# SQS benchmarks: send+receive+delete throughput (one and eight clients), and SendMessage -> handler start latency
# through an event source mapping (needs Docker and `make images`). Prints tables.
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA_HOME=${JAVA_HOME:-$(bash scripts/find-jdk.sh)}
JAVA="$JAVA_HOME/bin/java"
PORT=${BENCH_PORT:-14568}
REGISTRY=${BENCH_IMAGE_REGISTRY:-fakecloud-test/lambda}
APP=target/quarkus-app/quarkus-run.jar
AOT=target/quarkus-app/app.aot
mkdir -p bench/out
CP_FILE=bench/out/classpath.txt
if [ ! -s "$CP_FILE" ] || [ pom.xml -nt "$CP_FILE" ]; then
  ./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$CP_FILE" >/dev/null
fi
FAKECLOUD_PORT=$PORT FAKECLOUD_LAMBDA_IMAGE_REGISTRY=$REGISTRY FAKECLOUD_LAMBDA_DOCKER_NETWORK=host \
  FAKECLOUD_LAMBDA_STATE_TRANSITION_DELAY=PT0S \
  "$JAVA" $( [ -f "$AOT" ] && echo -XX:AOTCache="$AOT" ) -jar "$APP" > bench/out/sqs-server.log 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 1 600); do curl -fs -o /dev/null "http://127.0.0.1:$PORT/_fakecloud/health" && break; sleep 0.05; done
echo
"$JAVA" -Djava.util.logging.manager=java.util.logging.LogManager -cp "$(cat "$CP_FILE")" bench/SqsBench.java \
  "http://127.0.0.1:$PORT"
