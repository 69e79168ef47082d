#!/usr/bin/env bash
# Invoke benchmarks with real containers (needs Docker and the runtime images: make images). Prints tables:
#   warm invoke p50/p99 over 1,000 sequential invokes and fakecloud's share of it; invokes/s with 16 warm
#   environments; cold start after eviction next to the `docker run` floor.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/common.sh
PORT=${BENCH_PORT:-14567}

floor=()
for i in 1 2 3 4 5; do
  s=$(date +%s%N); docker run --rm --network host "$REGISTRY/python:3.12" true >/dev/null 2>&1 || true
  floor+=($(( ($(date +%s%N) - s) / 1000000 )))
done
floor_median=$(printf '%s\n' "${floor[@]}" | sort -n | sed -n 3p)

start_fakecloud "$PORT" bench/out/invoke-server.log
echo
run_bench bench/InvokeBench.java "http://127.0.0.1:$PORT" "${BENCH_INVOKES:-1000}"
printf '%-52s %8s %10s\n' "docker run --rm --network host IMAGE true (floor)" 5 "$floor_median"
