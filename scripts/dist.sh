#!/usr/bin/env bash
# Builds target/fakecloud/: a self-contained distribution that runs on a machine without a JDK.
#   runtime/  a Java runtime trimmed by jlink to the modules fakecloud uses
#   app/      the application (Quarkus fast-jar) and, on JDK 25+, its AOT cache trained with runtime/'s java
#   bin/fakecloud
# usage: scripts/dist.sh   (after `./mvnw package`; `make dist` does both)
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA_HOME=${JAVA_HOME:-$(bash scripts/find-jdk.sh)}
APP=target/quarkus-app
OUT=target/fakecloud
# The modules fakecloud and its libraries load (seen with -Xshare:off -Xlog:class+load over every service and an
# invoke), plus java.management and java.sql for libraries that reach for them, and TLS (a remote Docker engine).
# Left out on purpose: java.desktop (only java.beans annotations Jackson looks for and does without) and the JDK's
# console provider (jdk.jshell), which System.console() tries first.
MODULES=$(tr -d ' \n' < dist/modules)

log() { printf '%s %s\n' "$(date +%H:%M:%S)" "$*"; }
[ -f "$APP/quarkus-run.jar" ] || { echo "scripts/dist.sh: $APP is missing: run ./mvnw package first" >&2; exit 1; }

rm -rf "$OUT" "$OUT.tmp"
mkdir -p "$OUT.tmp/bin"
log "jlink: $MODULES"
"$JAVA_HOME/bin/jlink" --add-modules "$MODULES" --strip-debug --no-header-files --no-man-pages \
  --compress=zip-6 --output "$OUT.tmp/runtime"
# the runtime's own CDS archive of JDK classes, as a full JDK ships one
"$OUT.tmp/runtime/bin/java" -Xshare:dump -XX:+UseSerialGC >/dev/null 2>&1 || true
cp -r "$APP" "$OUT.tmp/app"
rm -f "$OUT.tmp/app/app.aot"   # trained for another JVM; trained again below for this runtime
cp dist/jvm.options "$OUT.tmp/app/jvm.options"
cp dist/fakecloud "$OUT.tmp/bin/fakecloud"
chmod +x "$OUT.tmp/bin/fakecloud"
mv "$OUT.tmp" "$OUT"

# The AOT cache (JDK 25+): one training run of the distribution itself, exercised over HTTP, then stopped cleanly
# (the JVM writes the cache at exit). Optional: a JVM without AOT support just starts without it.
if "$OUT/runtime/bin/java" -XX:AOTCacheOutput=/dev/null -version >/dev/null 2>&1; then
  port=$((20000 + RANDOM % 20000))
  log "training the AOT cache on port $port"
  data=$(mktemp -d)
  FAKECLOUD_JAVA_OPTS="-XX:AOTCacheOutput=$OUT/app/app.aot" FAKECLOUD_PORT=$port FAKECLOUD_DATA_DIR=$data \
    "$OUT/bin/fakecloud" > target/dist-training.log 2>&1 &
  pid=$!
  for _ in $(seq 1 400); do curl -fs -o /dev/null "http://127.0.0.1:$port/_fakecloud/health" && break; sleep 0.05; done
  for path in /_fakecloud/health /2015-03-31/functions/ /_fakecloud/lambda/invocations; do
    curl -fs -o /dev/null "http://127.0.0.1:$port$path" || true
  done
  curl -fs -o /dev/null -X POST "http://127.0.0.1:$port/" -H 'Content-Type: application/x-www-form-urlencoded' \
    -d 'Action=ListQueues&Version=2012-11-05' || true
  kill -TERM $pid; wait $pid || true
  rm -rf "$data"
  [ -f "$OUT/app/app.aot" ] && log "AOT cache: $(du -h "$OUT/app/app.aot" | cut -f1)" || log "no AOT cache written"
fi
log "target/fakecloud: $(du -sh "$OUT" | cut -f1) (runtime $(du -sh "$OUT/runtime" | cut -f1)); run target/fakecloud/bin/fakecloud"
