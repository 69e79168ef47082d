#!/usr/bin/env bash
# EventBridge benchmarks: events per second through a rule into SQS (one and eight clients), and PutEvents ->
# handler start latency through a rule with a Lambda target (needs Docker and `make images`). Prints tables.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/common.sh
PORT=${BENCH_PORT:-14569}
start_fakecloud "$PORT" bench/out/events-server.log
echo
run_bench bench/EventsBench.java "http://127.0.0.1:$PORT"
