#!/usr/bin/env bash
# Soak of an SQS event source mapping at full size: 20,000 messages (BENCH_SOAK_MESSAGES changes it), a tenth
# failing as reported batch items, a dead-letter queue after 2 receives. Every message must end processed once or
# dead-lettered once; prints a table and fails when one was lost or doubled. Needs Docker and `make images`.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/common.sh
PORT=${BENCH_PORT:-14569}
start_fakecloud "$PORT" bench/out/sqs-soak-server.log
echo
run_bench bench/SqsSoak.java "http://127.0.0.1:$PORT" "${BENCH_SOAK_MESSAGES:-20000}"
