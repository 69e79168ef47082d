#!/usr/bin/env bash
# Builds the container image fakecloud:dev (FAKECLOUD_IMAGE changes the tag) without any registry: a root
# filesystem of three Debian packages (libc6, libgcc-s1, zlib1g: what the Java runtime links against) unpacked
# without a package manager or a shell, plus target/fakecloud (`make dist`). The root filesystem is cached under
# $FAKECLOUD_IMAGES_CACHE (default /var/cache/fakecloud-images), keyed by the package versions.
# usage: scripts/image.sh   (after scripts/dist.sh; `make image` does both)
set -euo pipefail
cd "$(dirname "$0")/.."
TAG=${FAKECLOUD_IMAGE:-fakecloud:dev}
CACHE=${FAKECLOUD_IMAGES_CACHE:-/var/cache/fakecloud-images}
DIST=target/fakecloud
PACKAGES=(libc6 libgcc-s1 zlib1g)

log() { printf '%s %s\n' "$(date +%H:%M:%S)" "$*"; }
die() { echo "scripts/image.sh: $*" >&2; exit 1; }
[ -x "$DIST/bin/fakecloud" ] || die "$DIST is missing: run scripts/dist.sh (make dist) first"
docker info >/dev/null 2>&1 || die "no Docker engine answers: run scripts/docker-up.sh first"

mkdir -p "$CACHE/base"
exec 9>"$CACHE/.base.lock"
flock 9
versions=$(apt-cache policy "${PACKAGES[@]}" 2>/dev/null | awk '/^[^ ]/{p=$1} /Candidate:/{print p $2}' | tr -d '\n')
if [ -z "$versions" ] || ! apt-cache show "${PACKAGES[@]}" >/dev/null 2>&1; then
  log "refreshing the package lists"
  apt-get update -qq
  versions=$(apt-cache policy "${PACKAGES[@]}" | awk '/^[^ ]/{p=$1} /Candidate:/{print p $2}' | tr -d '\n')
fi
key=$(printf '%s' "$versions" | sha256sum | cut -c1-16)
base="$CACHE/base/rootfs-$key"
if [ ! -d "$base" ]; then
  log "making the base root filesystem ($versions)"
  work=$(mktemp -d "$CACHE/base/tmp.XXXXXX")
  (cd "$work" && apt-get download -qq "${PACKAGES[@]}")
  mkdir -p "$work/root"
  for deb in "$work"/*.deb; do dpkg-deb -x "$deb" "$work/root"; done
  root="$work/root"
  rm -rf "$root/usr/share/doc" "$root/usr/share/man" "$root/usr/share/lintian" "$root/usr/share/locale" \
    "$root/usr/share/info" "$root/usr/lib/x86_64-linux-gnu/gconv" "$root/usr/lib/x86_64-linux-gnu/audit" \
    "$root/usr/bin" "$root/usr/sbin" "$root/sbin" "$root/bin" 2>/dev/null || true
  mkdir -p "$root/tmp" "$root/etc" "$root/root" "$root/home/fakecloud"
  chmod 1777 "$root/tmp"
  printf 'root:x:0:0:root:/root:/nonexistent\nfakecloud:x:10001:10001:fakecloud:/home/fakecloud:/nonexistent\n' \
    > "$root/etc/passwd"
  printf 'root:x:0:\nfakecloud:x:10001:\n' > "$root/etc/group"
  printf 'hosts: files dns\n' > "$root/etc/nsswitch.conf"
  chown 10001:10001 "$root/home/fakecloud"
  mv "$root" "$base"
  rm -rf "$work"
fi

context=$(mktemp -d)
trap 'rm -rf "$context"' EXIT
cp -a "$base" "$context/rootfs"
cp -a "$DIST" "$context/fakecloud"   # -a keeps the timestamps the AOT cache checks its jars against
cp dist/Dockerfile "$context/Dockerfile"
log "building $TAG"
DOCKER_BUILDKIT=0 docker build -q -t "$TAG" --label dev.fakecloud.image=fakecloud "$context" >/dev/null
log "$TAG: $(docker image inspect -f '{{.Size}}' "$TAG" | awk '{printf "%.0f MB", $1/1000000}')"
