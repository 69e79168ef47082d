# Shared by the bench scripts (sourced): the JVM, the built app, the SDK classpath for the bench programs, and
# starting fakecloud on a port with the Leyden AOT cache when it exists.
JAVA_HOME=${JAVA_HOME:-$(bash scripts/find-jdk.sh)}
JAVA="$JAVA_HOME/bin/java"
# BENCH_APP runs another build (e.g. a copy of target/quarkus-app from before a change) for comparisons.
APP=${BENCH_APP:-target/quarkus-app/quarkus-run.jar}
AOT=$(dirname "$APP")/app.aot
REGISTRY=${BENCH_IMAGE_REGISTRY:-fakecloud-test/lambda}
mkdir -p bench/out

# Prints the classpath (the AWS SDK and the project's test dependencies) the bench programs run with.
bench_classpath() {
  local file=bench/out/classpath.txt
  if [ ! -s "$file" ] || [ pom.xml -nt "$file" ]; then
    ./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$file" >/dev/null
  fi
  cat "$file"
}

# start_fakecloud PORT LOG: runs fakecloud with the test images and host networking, stops it when the script
# exits, and returns once it answers.
start_fakecloud() {
  local port=$1 log=$2
  FAKECLOUD_PORT=$port FAKECLOUD_LAMBDA_IMAGE_REGISTRY=$REGISTRY FAKECLOUD_LAMBDA_DOCKER_NETWORK=host \
    FAKECLOUD_LAMBDA_STATE_TRANSITION_DELAY=PT0S \
    "$JAVA" $( [ -f "$AOT" ] && echo -XX:AOTCache="$AOT" ) -jar "$APP" > "$log" 2>&1 &
  BENCH_SERVER=$!
  trap 'kill $BENCH_SERVER 2>/dev/null || true' EXIT
  for _ in $(seq 1 600); do
    curl -fs -o /dev/null "http://127.0.0.1:$port/_fakecloud/health" && return 0
    sleep 0.05
  done
  echo "fakecloud did not come up on port $port (see $log)" >&2
  return 1
}

# run_bench PROGRAM ARGS...: runs one of bench/*.java with the SDK classpath.
run_bench() {
  local program=$1; shift
  "$JAVA" -Djava.util.logging.manager=java.util.logging.LogManager -cp "$(bench_classpath)" "$program" "$@"
}
