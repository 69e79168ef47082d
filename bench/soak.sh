#!/usr/bin/env bash
# The invoke path at full size (the test suite runs a CI-sized version, InvokeLoadTest): BENCH_SOAK_INVOKES (10,000)
# synchronous invokes from BENCH_SOAK_CALLERS (64) callers at once, every answer checked against its request, then
# BENCH_SOAK_EVENTS (5,000) Event invokes behind a reserved concurrency of 8, each of which must run exactly once.
# Needs Docker and the runtime images (make images); starts one environment per caller, so run it on a quiet machine.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/common.sh
PORT=${BENCH_PORT:-14568}

export FAKECLOUD_LAMBDA_EVENT_QUEUE_SIZE=${BENCH_SOAK_EVENTS:-5000}
start_fakecloud "$PORT" bench/out/soak-server.log
echo
run_bench bench/SoakBench.java "http://127.0.0.1:$PORT" "${BENCH_SOAK_INVOKES:-10000}" "${BENCH_SOAK_CALLERS:-64}" \
  "${BENCH_SOAK_EVENTS:-5000}"
