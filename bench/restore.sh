#!/usr/bin/env bash
# State that survives restarts (FAKECLOUD_DATA_DIR). Prints tables:
#   restore: start-up to first served request after kill -9 with BENCH_FUNCTIONS functions (default 1,000) and
#            BENCH_MESSAGES SQS messages (default 100,000), from the journal and again from a snapshot; RSS after it
#   write latency: TagResource p50/p99 in memory, with a data directory, and with FAKECLOUD_DATA_FSYNC=always
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/common.sh
PORT=${BENCH_PORT:-14570}
FUNCTIONS=${BENCH_FUNCTIONS:-1000}
MESSAGES=${BENCH_MESSAGES:-100000}
DATA=$(mktemp -d /tmp/fakecloud-restore-XXXX)
trap 'kill $SERVER 2>/dev/null || true; rm -rf "$DATA"' EXIT

start() { # env assignments...; sets SERVER and STARTUP_MS (ms until health answers)
  local t0; t0=$(date +%s%N)
  env FAKECLOUD_PORT=$PORT "$@" "$JAVA" $( [ -f "$AOT" ] && echo -XX:AOTCache="$AOT" ) -jar "$APP" \
    > bench/out/restore-server.log 2>&1 &
  SERVER=$!
  for _ in $(seq 1 12000); do
    if curl -fs -o /dev/null "http://127.0.0.1:$PORT/_fakecloud/health"; then
      STARTUP_MS=$(( ($(date +%s%N) - t0) / 1000000 )); return 0
    fi
    kill -0 $SERVER 2>/dev/null || { echo "fakecloud exited (bench/out/restore-server.log)" >&2; return 1; }
    sleep 0.01
  done
  echo "fakecloud did not come up" >&2; return 1
}
rss_mib() { echo $(( $(awk '/VmRSS/ {print $2}' /proc/$SERVER/status) / 1024 )); }
endpoint="http://127.0.0.1:$PORT"

printf '\n%-52s %10s %10s\n' "restore ($FUNCTIONS functions, $MESSAGES messages)" "ms" "RSS MiB"
start FAKECLOUD_DATA_DIR="$DATA"
fill_start=$(date +%s%N)
run_bench bench/StateBench.java fill "$endpoint" "$FUNCTIONS" "$MESSAGES"
printf '%-52s %10s\n' "filling it through the SDK" $(( ($(date +%s%N) - fill_start) / 1000000 ))
kill -9 $SERVER; wait $SERVER 2>/dev/null || true
printf '%-52s %10s\n' "journal on disk (MiB)" "$(du -sm "$DATA/state" | cut -f1)"

start FAKECLOUD_DATA_DIR="$DATA"
printf '%-52s %10s %10s\n' "start-up after kill -9 (journal replay)" "$STARTUP_MS" "$(rss_mib)"
run_bench bench/StateBench.java check "$endpoint" "$FUNCTIONS" "$MESSAGES"
kill $SERVER; wait $SERVER 2>/dev/null || true
start FAKECLOUD_DATA_DIR="$DATA"
printf '%-52s %10s %10s\n' "start-up after a clean stop (snapshot)" "$STARTUP_MS" "$(rss_mib)"
run_bench bench/StateBench.java check "$endpoint" "$FUNCTIONS" "$MESSAGES"
kill $SERVER; wait $SERVER 2>/dev/null || true

printf '\n%-44s\n' "acknowledged write latency"
for mode in memory data-dir fsync; do
  rm -rf "$DATA"/*
  case $mode in
    memory) start ;;
    data-dir) start FAKECLOUD_DATA_DIR="$DATA" ;;
    fsync) start FAKECLOUD_DATA_DIR="$DATA" FAKECLOUD_DATA_FSYNC=always ;;
  esac
  run_bench bench/StateBench.java latency "$endpoint" 0 0 "($mode)"
  kill $SERVER; wait $SERVER 2>/dev/null || true
done
