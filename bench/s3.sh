#!/usr/bin/env bash
# S3 benchmark: PutObject/GetObject MB/s for one BENCH_S3_MB (default 256) MB object next to the disk floor (dd of the
# same size to the same file system, with and without fsync), and sequential 1 KB PutObject/GetObject ops/s and
# p50/p99 over BENCH_OBJECTS (default 2000) objects, and PutObject -> handler start p50/p99 through a bucket
# notification to a python function over BENCH_NOTIFIED (default 300) puts (needs Docker and `make images`). Prints
# tables.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/common.sh
PORT=${BENCH_PORT:-14588}
MB=${BENCH_S3_MB:-256}
start_fakecloud "$PORT" bench/out/s3-server.log
LARGE=$(mktemp -p "${TMPDIR:-/tmp}" s3bench-XXXXXX)
trap 'kill $BENCH_SERVER 2>/dev/null || true; rm -f "$LARGE" "$LARGE.dd"' EXIT
head -c $((MB * 1024 * 1024)) /dev/urandom > "$LARGE"
echo
printf '%-48s %s\n' "disk floor (dd bs=1M, same file system)" \
  "$(dd if="$LARGE" of="$LARGE.dd" bs=1M 2>&1 | tail -1 | sed 's/.*, //')"
printf '%-48s %s\n' "disk floor with fsync (conv=fsync)" \
  "$(dd if="$LARGE" of="$LARGE.dd" bs=1M conv=fsync 2>&1 | tail -1 | sed 's/.*, //')"
echo
run_bench bench/S3Bench.java "http://127.0.0.1:$PORT" "$LARGE" "${BENCH_OBJECTS:-2000}" "${BENCH_NOTIFIED:-300}"

# The server's own share: the same object sent by curl (no JVM on the client), three times, the last ones warm. The
# signature is not checked; its credential scope names the service.
AUTH="Authorization: AWS4-HMAC-SHA256 Credential=test/20260101/us-east-1/s3/aws4_request, SignedHeaders=host, Signature=0"
echo
printf '%-48s %10s %10s\n' "S3 large object, curl (no SDK, no JVM)" "MB" "MB/s"
curl -fs -o /dev/null -H "$AUTH" -X PUT "http://127.0.0.1:$PORT/curl-bench"
for i in 1 2 3; do
  bps=$(curl -fs -o /dev/null -w '%{speed_upload}' -H "$AUTH" -H 'x-amz-content-sha256: UNSIGNED-PAYLOAD' \
    -T "$LARGE" "http://127.0.0.1:$PORT/curl-bench/large")
  printf '%-48s %10s %10s\n' "PutObject, run $i" "$((MB * 1048576 / 1000000))" "$((${bps%.*} / 1000000))"
done
bps=$(curl -fs -o /dev/null -w '%{speed_download}' -H "$AUTH" "http://127.0.0.1:$PORT/curl-bench/large")
printf '%-48s %10s %10s\n' "GetObject" "$((MB * 1048576 / 1000000))" "$((${bps%.*} / 1000000))"
