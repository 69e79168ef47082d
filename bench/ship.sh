#!/usr/bin/env bash
# How fakecloud starts as users run it. Prints a table: start-up to first served request (median of 5) and idle
# RSS 2 s after start-up for `make run` (java -jar with the AOT cache), target/fakecloud/bin/fakecloud and the
# fakecloud:dev container (host network), and the image's size. Needs `make dist`; the container rows need
# `make image` and Docker.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/common.sh
PORT=${BENCH_PORT:-14570}
IMAGE=${BENCH_IMAGE:-fakecloud:dev}

up_ms() { # start (ns): prints ms until health answers
  local start=$1
  for _ in $(seq 1 6000); do
    curl -fs -o /dev/null "http://127.0.0.1:$PORT/_fakecloud/health" && { echo $(( ($(date +%s%N) - start) / 1000000 )); return 0; }
    sleep 0.005
  done
  echo "did not come up" >&2; return 1
}

rss_mib() { # pid: resident set of the process (and its java child, for a script) in MiB
  local pid=$1 child
  child=$(pgrep -P "$pid" java 2>/dev/null | head -1 || true)
  ps -o rss= -p "${child:-$pid}" | awk '{printf "%.0f", $1/1024}'
}

row() { # label, then the command
  local label=$1; shift
  local times=() rss=""
  for i in 1 2 3 4 5; do
    local start; start=$(date +%s%N)
    FAKECLOUD_PORT=$PORT "$@" > bench/out/ship-$i.log 2>&1 &
    local pid=$!
    times+=("$(up_ms "$start")")
    if [ "$i" = 5 ]; then sleep 2; rss=$(rss_mib "$pid"); fi
    kill "$pid"; wait "$pid" 2>/dev/null || true
  done
  printf '%-40s %-28s %8s ms %8s MiB\n' "$label" "${times[*]}" "$(printf '%s\n' "${times[@]}" | sort -n | sed -n 3p)" "$rss"
}

container_row() {
  local times=() mem=""
  for i in 1 2 3 4 5; do
    docker rm -f fakecloud-bench >/dev/null 2>&1 || true
    local start; start=$(date +%s%N)
    docker run -d --name fakecloud-bench --network host -v /var/run/docker.sock:/var/run/docker.sock \
      -e FAKECLOUD_PORT=$PORT "$IMAGE" >/dev/null
    times+=("$(up_ms "$start")")
    if [ "$i" = 5 ]; then sleep 2; mem=$(docker stats --no-stream --format '{{.MemUsage}}' fakecloud-bench | cut -d/ -f1); fi
    docker rm -f fakecloud-bench >/dev/null
  done
  printf '%-40s %-28s %8s ms %12s\n' "docker run $IMAGE (host network)" "${times[*]}" "$(printf '%s\n' "${times[@]}" | sort -n | sed -n 3p)" "$mem"
}

printf '\n%-40s %-28s %11s %12s\n' "start-up to first served request" "runs (ms)" "median" "idle RSS"
row "make run (java -jar, AOT cache)" "$JAVA" $( [ -f "$AOT" ] && echo -XX:AOTCache="$AOT" ) -jar "$APP"
[ -x target/fakecloud/bin/fakecloud ] && row "target/fakecloud/bin/fakecloud" target/fakecloud/bin/fakecloud
if docker image inspect "$IMAGE" >/dev/null 2>&1; then
  container_row
  printf '\nimage %s: %s MB\n' "$IMAGE" "$(docker image inspect -f '{{.Size}}' "$IMAGE" | awk '{printf "%.0f", $1/1000000}')"
fi
[ -d target/fakecloud ] && printf 'distribution target/fakecloud: %s\n' "$(du -sh target/fakecloud | cut -f1)"
