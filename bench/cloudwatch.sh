#!/usr/bin/env bash
# CloudWatch metrics benchmark: one million data points stored in one metric through PutMetricData (1,000 samples a
# call: 10 MetricDatum of 100 Values/Counts), then PutMetricData and GetMetricStatistics p50/p99 with all of them
# stored, through the AWS SDK v2 CloudWatchClient (CBOR). Prints a table. BENCH_DATAPOINTS: data points stored
# (1000000); BENCH_CALLS: timed calls per row (1000).
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/common.sh
PORT=${BENCH_PORT:-14590}
start_fakecloud "$PORT" bench/out/cloudwatch-server.log
echo
run_bench bench/CloudWatchBench.java "http://127.0.0.1:$PORT" "${BENCH_DATAPOINTS:-1000000}"
