#!/usr/bin/env bash
# SQS benchmarks: send+receive+delete throughput (one and eight clients), and SendMessage -> handler start latency
# through an event source mapping (needs Docker and `make images`). Prints tables.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/common.sh
PORT=${BENCH_PORT:-14568}
start_fakecloud "$PORT" bench/out/sqs-server.log
echo
run_bench bench/SqsBench.java "http://127.0.0.1:$PORT"
