#!/usr/bin/env bash
# Benchmarks of the control plane. Prints tables; run with `make bench` (builds first).
#   start-up: process start -> first 200 from /_fakecloud/health, median of 5 JVM starts
#   control plane: CreateFunction (1 MB zip), GetFunction, ListFunctions with 1,000 functions, via the AWS SDK v2
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/common.sh
PORT=${BENCH_PORT:-14566}
FUNCTIONS=${BENCH_FUNCTIONS:-1000}

wait_up() { # prints ms from $1 (ns) until health answers
  local start=$1
  for _ in $(seq 1 4000); do
    if curl -fs -o /dev/null "http://127.0.0.1:$PORT/_fakecloud/health"; then
      echo $(( ($(date +%s%N) - start) / 1000000 )); return 0
    fi
    sleep 0.005
  done
  echo "fakecloud did not come up" >&2; return 1
}

startup_row() { # label, extra JVM options
  local label=$1; shift
  local runs=()
  for i in 1 2 3 4 5; do
    local start; start=$(date +%s%N)
    FAKECLOUD_PORT=$PORT "$JAVA" "$@" -jar "$APP" > bench/out/startup-$i.log 2>&1 &
    local pid=$!
    runs+=("$(wait_up "$start")")
    kill "$pid"; wait "$pid" 2>/dev/null || true
  done
  local median; median=$(printf '%s\n' "${runs[@]}" | sort -n | sed -n 3p)
  printf '%-44s %-26s median %s ms\n' "$label" "${runs[*]}" "$median"
}
printf '\n%-44s %-26s\n' "start-up to first served request (JVM)" "runs (ms)"
startup_row "java -jar quarkus-run.jar"
if [ -f "$AOT" ]; then
  startup_row "  with -XX:AOTCache (Leyden, JDK 25)" -XX:AOTCache="$AOT"
fi

start_fakecloud "$PORT" bench/out/server.log
echo
run_bench bench/ControlPlaneBench.java "http://127.0.0.1:$PORT" "$FUNCTIONS"
