#!/usr/bin/env bash
# Proves each fakecloud test image runs a function end to end, without fakecloud: a tiny Runtime API stand-in
# (images/smoke/runtime_api_stub.py, on 127.0.0.1 and a free port) serves one event on /next and records what the
# runtime posts back; each image runs with --network host, the function's environment, and its code copied into
# /var/task with `docker cp` (no bind mount). Prints a table with the time from `docker start` to the first /next
# (cold start) and to the result, and how long `docker stop` took; exits non-zero when a case fails.
#
# usage: images/smoke.sh [python|nodejs|java|provided ...]    (no argument: all four; needs `make images` first)
# env:   SMOKE_JDK — a JDK to compile the Java handler with (default: Temurin 25 if present, else scripts/find-jdk.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
SMOKE=$ROOT/images/smoke
PREFIX=fakecloud-test/lambda
declare -A IMAGE=([python]=$PREFIX/python:3.12 [nodejs]=$PREFIX/nodejs:20 [java]=$PREFIX/java:21
                  [provided]=$PREFIX/provided:al2023)
WANT=("$@")
[ ${#WANT[@]} -gt 0 ] || WANT=(python nodejs java provided)
for rt in "${WANT[@]}"; do
  [ -n "${IMAGE[$rt]:-}" ] || { echo "unknown runtime '$rt'" >&2; exit 2; }
  docker image inspect "${IMAGE[$rt]}" >/dev/null 2>&1 || { echo "${IMAGE[$rt]} is missing: run make images" >&2; exit 2; }
done

WORK=$(mktemp -d /tmp/fakecloud-smoke.XXXXXX)
CONTAINERS=()
STUBS=()
cleanup() {
  local c p
  for c in "${CONTAINERS[@]}"; do docker rm -f "$c" >/dev/null 2>&1 || true; done
  for p in "${STUBS[@]}"; do kill "$p" 2>/dev/null || true; done
  rm -rf "$WORK"
}
trap cleanup EXIT

now_ms() { date +%s%3N; }

# ---- the functions' code ----------------------------------------------------------------------------------------
mkdir -p "$WORK/code"
cp -a "$SMOKE/python" "$WORK/code/python"
cp -a "$SMOKE/nodejs" "$WORK/code/nodejs"
cp -a "$SMOKE/provided" "$WORK/code/provided"
mkdir -p "$WORK/code/empty"
if [[ " ${WANT[*]} " == *" java "* ]]; then
  jdk=${SMOKE_JDK:-/usr/lib/jvm/temurin-25-jdk-amd64}
  [ -x "$jdk/bin/javac" ] || jdk=$(bash "$ROOT/scripts/find-jdk.sh")
  # compile against the aws-lambda-java-core the image itself carries, for the image's Java (21)
  cid=$(docker create "${IMAGE[java]}" x)
  docker cp "$cid:/var/runtime/lib" "$WORK/jlib" >/dev/null
  docker rm "$cid" >/dev/null
  mkdir -p "$WORK/code/java"
  "$jdk/bin/javac" --release 21 -cp "$WORK/jlib/*" -d "$WORK/code/java" "$SMOKE"/java/example/*.java
fi

# ---- one case ---------------------------------------------------------------------------------------------------
EVENT='{"say":"hi","n":1}'
ROWS=()
PASSED=0
FAILED=0

# run_case NAME RUNTIME HANDLER CODE_DIR EXPECTED_KIND CHECK
#   EXPECTED_KIND: response | error | init_error (what the runtime posts) | exit1 (no AWS_LAMBDA_RUNTIME_API)
#   CHECK: a Python expression over r (what the stub recorded) and b (its body, parsed as JSON when it is JSON)
run_case() {
  local name=$1 rt=$2 handler=$3 code=$4 expect=$5 check=$6
  local dir=$WORK/cases/$name image=${IMAGE[$rt]}
  mkdir -p "$dir"
  local cold=- total=- stop=- got=- verdict=FAIL

  if [ "$expect" = exit1 ]; then
    local rc=0
    docker run --rm --network host "$image" "$handler" >"$dir/log" 2>&1 || rc=$?
    got="exit $rc"
    if [ "$rc" = 1 ] && grep -q AWS_LAMBDA_RUNTIME_API "$dir/log"; then verdict=ok; fi
    ROWS+=("$name|$rt|$expect|$got|$cold|$total|$stop|$verdict")
    [ $verdict = ok ] && PASSED=$((PASSED + 1)) || { FAILED=$((FAILED + 1)); sed 's/^/    /' "$dir/log" >&2; }
    return 0
  fi

  python3 "$SMOKE/runtime_api_stub.py" --out "$dir" --event "$EVENT" --max-seconds 120 &
  local stub=$!
  STUBS+=("$stub")
  local i
  for i in $(seq 100); do [ -f "$dir/port" ] && break; sleep 0.05; done
  local port
  port=$(cat "$dir/port")

  local cid
  cid=$(docker create --init --network host --name "fakecloud-smoke-$name-$$" \
    -e AWS_LAMBDA_RUNTIME_API="127.0.0.1:$port" \
    -e AWS_LAMBDA_FUNCTION_NAME=smoke -e AWS_LAMBDA_FUNCTION_VERSION='$LATEST' \
    -e AWS_LAMBDA_FUNCTION_MEMORY_SIZE=256 \
    -e AWS_LAMBDA_LOG_GROUP_NAME=/aws/lambda/smoke -e 'AWS_LAMBDA_LOG_STREAM_NAME=2026/01/01/[$LATEST]smoke' \
    -e AWS_REGION=us-east-1 -e AWS_DEFAULT_REGION=us-east-1 \
    "$image" "$handler")
  CONTAINERS+=("$cid")
  [ -z "$code" ] || docker cp "$code/." "$cid:/var/task" >/dev/null

  local t0
  t0=$(now_ms)
  docker start "$cid" >/dev/null
  local deadline=$(( $(date +%s) + 60 )) exited_at=
  while [ ! -f "$dir/result.json" ] && [ "$(date +%s)" -lt "$deadline" ]; do
    if [ "$(docker inspect -f '{{.State.Running}}' "$cid")" != true ]; then
      # exited: give a post already on its way a moment to land, then stop waiting
      [ -n "$exited_at" ] || exited_at=$(date +%s)
      [ $(( $(date +%s) - exited_at )) -ge 2 ] && break
    fi
    sleep 0.02
  done

  local s0
  s0=$(now_ms)
  docker stop -t 10 "$cid" >/dev/null 2>&1 || true
  stop="$(( $(now_ms) - s0 ))ms"
  docker logs "$cid" >"$dir/log" 2>&1 || true
  docker rm -f "$cid" >/dev/null 2>&1 || true
  kill "$stub" 2>/dev/null || true
  wait "$stub" 2>/dev/null || true

  if [ -f "$dir/result.json" ]; then
    local out
    out=$(python3 - "$dir/result.json" "$t0" "$expect" "$check" <<'EOF'
import json, sys
r = json.load(open(sys.argv[1]))
t0 = int(sys.argv[2]) / 1000.0
expect, check = sys.argv[3], sys.argv[4]
try:
    b = json.loads(r["body"])
except Exception:
    b = r["body"]
cold = "%dms" % round((r["first_next_at"] - t0) * 1000) if r.get("first_next_at") else "-"
total = "%dms" % round((r["recorded_at"] - t0) * 1000)
ok = r["kind"] == expect
try:
    ok = ok and bool(eval("(" + check + ")", {}, {"r": r, "b": b}))
except Exception as e:
    ok = False
print(r["kind"], cold, total, "ok" if ok else "FAIL")
if not ok:
    print("body:", r["body"][:2000], file=sys.stderr)
EOF
)
    read -r got cold total verdict <<<"$out"
  else
    got="nothing posted"
  fi
  ROWS+=("$name|$rt|$expect|$got|$cold|$total|$stop|$verdict")
  if [ "$verdict" = ok ]; then
    PASSED=$((PASSED + 1))
  else
    FAILED=$((FAILED + 1))
    echo "---- $name: container output" >&2
    sed 's/^/    /' "$dir/log" >&2
  fi
}

# ---- the cases --------------------------------------------------------------------------------------------------
for rt in "${WANT[@]}"; do
  case $rt in
    python)
      run_case python-echo python echo.handler "$WORK/code/python" response \
        'b["echo"] == {"say": "hi", "n": 1} and b["requestId"] == r["request_id"] and b["functionName"] == "smoke"
         and b["functionVersion"] == "$LATEST" and b["memoryLimitInMB"] == "256" and b["remainingMs"] > 0
         and b["invokedFunctionArn"].endswith(":function:smoke") and b["sysPath0"] == "/var/task"'
      run_case python-raise python echo.boom "$WORK/code/python" error \
        'b["errorType"] == "ValueError" and b["errorMessage"] == "boom: hi" and b["requestId"] == r["request_id"]
         and any("echo.py" in line for line in b["stackTrace"])
         and r["headers"].get("Lambda-Runtime-Function-Error-Type") == "ValueError"'
      run_case python-import-error python nosuchmodule.handler "$WORK/code/python" init_error \
        'b["errorType"] == "Runtime.ImportModuleError"
         and b["errorMessage"] == "Unable to import module \x27nosuchmodule\x27: No module named \x27nosuchmodule\x27"'
      run_case python-handler-missing python echo.nope "$WORK/code/python" init_error \
        'b["errorType"] == "Runtime.HandlerNotFound"'
      run_case python-no-runtime-api python echo.handler "" exit1 ''
      ;;
    nodejs)
      run_case nodejs-echo nodejs index.handler "$WORK/code/nodejs" response \
        'b["echo"] == {"say": "hi", "n": 1} and b["requestId"] == r["request_id"] and b["functionName"] == "smoke"
         and b["remainingMs"] > 0 and b["node"].startswith("v20.")'
      run_case nodejs-throw nodejs index.boom "$WORK/code/nodejs" error \
        'b["errorType"] == "TypeError" and b["errorMessage"] == "boom: hi"'
      run_case nodejs-no-runtime-api nodejs index.handler "" exit1 ''
      ;;
    java)
      run_case java-echo java example.Echo::handleRequest "$WORK/code/java" response \
        'b["echo"] == {"say": "hi", "n": 1} and b["requestId"] == r["request_id"] and b["functionName"] == "smoke"
         and b["remainingMs"] > 0 and b["java"] == 21'
      run_case java-throw java example.Boom "$WORK/code/java" error \
        'b["errorType"] == "java.lang.IllegalStateException" and b["errorMessage"] == "boom: hi"'
      run_case java-no-runtime-api java example.Echo "" exit1 ''
      ;;
    provided)
      run_case provided-tutorial provided function.handler "$WORK/code/provided" response \
        'r["body"] == "Echoing request: \x27{\"say\":\"hi\",\"n\":1}\x27"'
      run_case provided-no-bootstrap provided function.handler "$WORK/code/empty" init_error \
        'b["errorType"] == "Runtime.InvalidEntrypoint"'
      run_case provided-no-runtime-api provided function.handler "" exit1 ''
      ;;
  esac
done

# ---- report -----------------------------------------------------------------------------------------------------
echo
fmt='%-24s %-9s %-11s %-15s %-12s %-9s %-8s %s\n'
printf "$fmt" CASE RUNTIME EXPECTED GOT 'START→/next' 'RESULT' STOP VERDICT
for row in "${ROWS[@]}"; do
  IFS='|' read -r a b c d e f g h <<<"$row"
  printf "$fmt" "$a" "$b" "$c" "$d" "$e" "$f" "$g" "$h"
done
echo
echo "(START→/next: docker start to the runtime's first GET /next, the cold start; RESULT: to the posted result;"
echo " STOP: docker stop of a container started with --init, idle in its long poll)"
echo
echo "smoke: $PASSED passed, $FAILED failed"
[ "$FAILED" = 0 ]
