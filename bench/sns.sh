#!/usr/bin/env bash
# SNS benchmark: Publish latency, and Publish -> SQS consumer latency (raw and envelope), p50/p99 over
# BENCH_MESSAGES (default 1000) sequential messages. The consumer long-polls; nothing polls. Prints a table.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/common.sh
PORT=${BENCH_PORT:-14587}
start_fakecloud "$PORT" bench/out/sns-server.log
echo
run_bench bench/SnsBench.java "http://127.0.0.1:$PORT" "${BENCH_MESSAGES:-1000}"
