#!/usr/bin/env bash
# DynamoDB benchmarks: PutItem and GetItem p50/p99 and ops/s (one and eight clients) with BENCH_ITEMS (100,000)
# items present, a Query over a partition of 1,000 items, Lambda GetFunction beside GetItem, and PutItem -> handler
# start through a DynamoDB Streams event source mapping (needs Docker and `make images`). Prints tables.
# BENCH_OPS: calls per latency run (4000); BENCH_GAP_MS: pause between puts of the stream run (50).
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/common.sh
PORT=${BENCH_PORT:-14573}
start_fakecloud "$PORT" bench/out/dynamodb-server.log
echo
run_bench bench/DynamoBench.java "http://127.0.0.1:$PORT"
