#!/usr/bin/env bash
# Prints the home of a JDK of version 21 or newer: $JAVA_HOME when it qualifies, else the newest under /usr/lib/jvm.
set -u
major() { "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/.*java.specification.version = //p'; }
if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/javac" ] && [ "$(major "$JAVA_HOME")" -ge 21 ] 2>/dev/null; then
  echo "$JAVA_HOME"; exit 0
fi
best=""; best_v=0
for d in /usr/lib/jvm/*/; do
  d=${d%/}
  [ -x "$d/bin/javac" ] || continue
  v=$(major "$d"); [ -n "$v" ] || continue
  if [ "$v" -ge 21 ] 2>/dev/null && [ "$v" -gt "$best_v" ]; then best=$d; best_v=$v; fi
done
if [ -z "$best" ]; then echo "no JDK 21+ found: install one or set JAVA_HOME" >&2; exit 1; fi
echo "$best"
