#!/usr/bin/env bash
# Builds the native executable target/fakecloud-runner with GraalVM or Mandrel (`make native`). Needs native-image:
# on PATH, or under $GRAALVM_HOME / $JAVA_HOME. Never falls back to a container build (that would pull an image).
set -euo pipefail
cd "$(dirname "$0")/.."
for home in "${GRAALVM_HOME:-}" "${JAVA_HOME:-}"; do
  if [ -n "$home" ] && [ -x "$home/bin/native-image" ]; then export GRAALVM_HOME=$home; break; fi
done
if [ -z "${GRAALVM_HOME:-}" ] && command -v native-image >/dev/null 2>&1; then
  GRAALVM_HOME=$(dirname "$(dirname "$(readlink -f "$(command -v native-image)")")"); export GRAALVM_HOME
fi
if [ -z "${GRAALVM_HOME:-}" ]; then
  cat >&2 <<'MSG'
make native: no native-image found. Install GraalVM for JDK 25 or Mandrel 25 and set GRAALVM_HOME to it (or put
native-image on PATH), then run `make native` again. The JVM distribution (`make dist`) and image (`make image`)
need none of this.
MSG
  exit 1
fi
JAVA_HOME=$GRAALVM_HOME ./mvnw -B -Pnative package -DskipTests
ls -l target/*-runner
