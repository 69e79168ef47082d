#!/usr/bin/env bash
# Kinesis benchmarks: PutRecords records/s (one and eight clients, the SDK speaking CBOR), and PutRecord -> handler
# start latency through a stream event source mapping with no batching window (needs Docker and `make images`).
# Prints tables.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/common.sh
PORT=${BENCH_PORT:-14571}
start_fakecloud "$PORT" bench/out/kinesis-server.log
echo
run_bench bench/KinesisBench.java "http://127.0.0.1:$PORT"
