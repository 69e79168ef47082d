#!/usr/bin/env bash
# Kinesis benchmarks: PutRecords records/s (one and eight clients, the SDK speaking CBOR), and PutRecord -> handler
# start latency through a stream event source mapping with no batching window (needs Docker and `make images`).
# Prints tables. BENCH_PUT_CALLS: PutRecords calls per run (200); BENCH_GAP_MS: pause between PutRecords of the
# latency run (50; a shard has one batch in flight, so a shorter gap than an invoke measures queueing).
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/common.sh
PORT=${BENCH_PORT:-14571}
start_fakecloud "$PORT" bench/out/kinesis-server.log
echo
run_bench bench/KinesisBench.java "http://127.0.0.1:$PORT"
