#!/usr/bin/env bash
# Makes sure a Docker engine answers on this machine, for the tests that run functions in containers: installs
# Debian's docker.io when the engine (dockerd) is missing, starts dockerd in the background when it is not
# running, waits until `docker info` works (DOCKER_UP_TIMEOUT seconds, default 60) and prints the server version.
# Idempotent: when the engine already answers it only prints. Installing and starting need root.
set -euo pipefail
TIMEOUT=${DOCKER_UP_TIMEOUT:-60}
LOG=${DOCKER_UP_LOG:-/var/log/fakecloud-dockerd.log}

server_version() { docker version --format '{{.Server.Version}}' 2>/dev/null; }

if command -v docker >/dev/null 2>&1 && docker info >/dev/null 2>&1; then
  echo "docker-up: engine already running, server $(server_version)"
  exit 0
fi

if ! command -v dockerd >/dev/null 2>&1 || ! command -v docker >/dev/null 2>&1; then
  [ "$(id -u)" = 0 ] || { echo "docker-up: no Docker engine, and installing one needs root" >&2; exit 1; }
  echo "docker-up: installing docker.io (Debian package)"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq docker.io >/dev/null
fi

started=""
if ! pgrep -x dockerd >/dev/null 2>&1; then
  [ "$(id -u)" = 0 ] || { echo "docker-up: dockerd is not running, and starting it needs root" >&2; exit 1; }
  if [ -d /run/systemd/system ] && command -v systemctl >/dev/null 2>&1; then
    systemctl start docker
  else
    # no init system to own it: a background daemon in its own session, so it outlives this script
    mkdir -p "$(dirname "$LOG")"
    setsid nohup dockerd >>"$LOG" 2>&1 </dev/null &
  fi
  started=" (started now; log $LOG)"
fi

t0=$(date +%s)
until docker info >/dev/null 2>&1; do
  if [ $(( $(date +%s) - t0 )) -ge "$TIMEOUT" ]; then
    echo "docker-up: the engine did not answer within ${TIMEOUT}s; last lines of $LOG:" >&2
    tail -n 20 "$LOG" >&2 2>/dev/null || true
    exit 1
  fi
  sleep 0.5
done
echo "docker-up: engine running, server $(server_version)${started}, ready after $(( $(date +%s) - t0 ))s"
