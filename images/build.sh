#!/usr/bin/env bash
# Builds fakecloud's stand-in Lambda runtime images without any container registry:
#   fakecloud-test/lambda/python:3.12  nodejs:20  java:21  provided:al2023
# Each is a Debian root filesystem made by mmdebstrap (packages from the Debian mirror), turned into an image by
# `docker import`, plus a small Dockerfile that adds the official images' contract (/lambda-entrypoint.sh,
# /var/runtime, /var/task, /opt, their ENV). Root filesystems, the compiled Node.js runtime client and the Java
# runtime jars are cached under $FAKECLOUD_IMAGES_CACHE (default /var/cache/fakecloud-images), keyed by a hash of
# what makes them; an image whose inputs (recorded in its label dev.fakecloud.images.inputs) did not change is
# left alone. When AWS's own public.ecr.aws/lambda/<runtime> image is present locally it is used instead (tagged
# under the fakecloud-test name; nothing is ever tagged public.ecr.aws/...), unless FAKECLOUD_IMAGES_OFFICIAL=never.
#
# usage: images/build.sh [python|nodejs|java|provided ...]     (no argument: all four)
# env:   FAKECLOUD_IMAGES_CACHE, FAKECLOUD_IMAGES_JOBS (parallel root builds, default 2),
#        FAKECLOUD_IMAGES_OFFICIAL (auto|never), FAKECLOUD_IMAGES_OFFICIAL_REPO (default public.ecr.aws/lambda),
#        FAKECLOUD_DEBIAN_MIRROR (default http://deb.debian.org/debian)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
IMG=$ROOT/images

CACHE=${FAKECLOUD_IMAGES_CACHE:-/var/cache/fakecloud-images}
JOBS=${FAKECLOUD_IMAGES_JOBS:-2}
OFFICIAL=${FAKECLOUD_IMAGES_OFFICIAL:-auto}
MIRROR=${FAKECLOUD_DEBIAN_MIRROR:-http://deb.debian.org/debian}
# where the official images would be found locally (a registry mirror's name for them also works)
OFFICIAL_REPO=${FAKECLOUD_IMAGES_OFFICIAL_REPO:-public.ecr.aws/lambda}
SUITE=trixie
PREFIX=fakecloud-test/lambda
ROOTFS_REPO=fakecloud-test/lambda-rootfs
LABEL=dev.fakecloud.images.inputs
NODE_RIC_VERSION=3.3.0   # aws-lambda-ric 4.x wants Node.js 22; 3.3.0 is the line for nodejs20.x
# Bump when the mmdebstrap options below change what a root filesystem holds (the hash covers the files only).
RECIPE=1

export DOCKER_BUILDKIT=0
declare -A TAG=([python]=3.12 [nodejs]=20 [java]=21 [provided]=al2023)
ALL=(python nodejs java provided)

log() { printf '%s %s\n' "$(date +%H:%M:%S)" "$*"; }
die() { echo "images/build.sh: $*" >&2; exit 1; }

# ---- arguments and prerequisites --------------------------------------------------------------------------------
WANT=("$@")
[ ${#WANT[@]} -gt 0 ] || WANT=("${ALL[@]}")
for rt in "${WANT[@]}"; do [ -n "${TAG[$rt]:-}" ] || die "unknown runtime '$rt' (one of: ${ALL[*]})"; done

docker info >/dev/null 2>&1 || die "no Docker engine answers: run scripts/docker-up.sh first"
if ! command -v mmdebstrap >/dev/null 2>&1; then
  [ "$(id -u)" = 0 ] || die "mmdebstrap is missing (apt-get install mmdebstrap)"
  log "installing mmdebstrap (Debian package)"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq mmdebstrap >/dev/null
fi
[ "$(id -u)" = 0 ] || die "mmdebstrap runs here in root mode: run as root"

mkdir -p "$CACHE/rootfs" "$CACHE/debs" "$CACHE/artifacts" "$CACHE/logs"
exec 9>"$CACHE/.lock"
flock 9   # one build at a time per cache
# what an interrupted run left behind
rm -rf "$CACHE"/context.* "$CACHE"/debs.new.* "$CACHE"/rootfs/*.tmp "$CACHE"/artifacts/*.tmp
trap 'rm -rf "$CACHE"/context.*' EXIT

# ---- helpers ----------------------------------------------------------------------------------------------------
sha() { sha256sum | cut -c1-16; }

# A hash over files and trees (relative paths, modes, contents, symlink targets): the identity of build inputs.
hash_paths() {
  local p
  find "$@" \( -type f -o -type l \) -print | LC_ALL=C sort | while IFS= read -r p; do
    if [ -L "$p" ]; then
      printf 'L %s %s\n' "$p" "$(readlink "$p")"
    else
      printf 'F %s %s %s\n' "$p" "$(stat -c %a "$p")" "$(sha256sum <"$p" | cut -d' ' -f1)"
    fi
  done | sha
}

packages_of() { grep -hv '^[[:space:]]*\(#\|$\)' "$@" | tr -s ' \n' ',' | sed 's/,$//'; }

# mmdebstrap with the options every root here shares (no docs, man pages or translations: tests read none; the
# empty man1 directory is for openjdk's postinst, which fails without it); downloaded .debs are shared through $CACHE/debs (each run
# syncs them out to its own directory, then they are moved in whole, so parallel runs never see half a file).
run_mmdebstrap() {
  local out=$1 include=$2
  shift 2
  local debs_out
  debs_out=$(mktemp -d "$CACHE/debs.new.XXXXXX")
  mmdebstrap --variant=essential --include="$include" \
    --aptopt='Acquire::Languages "none"' --aptopt='APT::Install-Recommends "false"' \
    --dpkgopt=force-unsafe-io \
    --dpkgopt='path-exclude=/usr/share/man/*' --dpkgopt='path-exclude=/usr/share/info/*' \
    --dpkgopt='path-exclude=/usr/share/doc/*' --dpkgopt='path-include=/usr/share/doc/*/copyright' \
    --dpkgopt='path-exclude=/usr/share/locale/*' --dpkgopt='path-include=/usr/share/locale/locale.alias' \
    --skip=download/empty --skip=essential/unlink \
    --setup-hook='mkdir -p "$1"/var/cache/apt/archives/ "$1"/usr/share/man/man1' \
    --setup-hook="sync-in $CACHE/debs /var/cache/apt/archives/" \
    --customize-hook="sync-out /var/cache/apt/archives $debs_out" \
    "$@" "$SUITE" "$out" "$MIRROR"
  local f
  for f in "$debs_out"/*.deb; do
    [ -e "$f" ] || continue
    [ -e "$CACHE/debs/${f##*/}" ] || mv "$f" "$CACHE/debs/"
  done
  rm -rf "$debs_out"
}

rootfs_key() {
  local rt=$1
  { echo "recipe=$RECIPE suite=$SUITE"
    (cd "$IMG" && hash_paths common/packages common/rootfs-hook.sh $(ls "$rt/packages" "$rt/rootfs-hook.sh" 2>/dev/null))
  } | sha
}

build_rootfs() {   # $1 runtime, $2 key: writes $CACHE/rootfs/<rt>-<key>.tar
  local rt=$1 key=$2 out="$CACHE/rootfs/$1-$2.tar"
  local hooks=(--format=tar --customize-hook="$IMG/common/rootfs-hook.sh")
  [ -x "$IMG/$rt/rootfs-hook.sh" ] && hooks+=(--customize-hook="$IMG/$rt/rootfs-hook.sh")
  run_mmdebstrap "$out.tmp" "$(packages_of "$IMG/common/packages" "$IMG/$rt/packages")" "${hooks[@]}"
  [ -s "$out.tmp" ]
  mv "$out.tmp" "$out"
  find "$CACHE/rootfs" -maxdepth 1 -name "$rt-*.tar*" ! -name "$rt-$key.tar" -delete   # older recipes
}

node_ric_key() { { echo "ric=$NODE_RIC_VERSION suite=$SUITE recipe=$RECIPE"; (cd "$IMG" && hash_paths nodejs/build-packages nodejs/build-ric.sh); } | sha; }

# aws-lambda-ric compiles native code (curl, aws-lambda-cpp, an N-API addon): that happens in a throwaway Debian
# chroot with the same Node.js as the image and a compiler, which is deleted afterwards; only the package is kept.
# The npm client there is the host's own when it has one (pure JavaScript, copied in): Debian's npm would add
# some 340 packages to install, about a minute. Without one on the host, Debian's is installed in the chroot.
build_node_ric() {
  local key=$1 out="$CACHE/artifacts/node-ric-$1"
  rm -rf "$out.tmp"
  mkdir -p "$out.tmp"
  local pkgs extra=() npm_dir=""
  pkgs=$(packages_of "$IMG/nodejs/build-packages")
  [ -f /etc/ssl/certs/ca-certificates.crt ] &&
    extra+=(--customize-hook="copy-in /etc/ssl/certs/ca-certificates.crt /build/host-certs")
  if command -v npm >/dev/null 2>&1; then
    npm_dir=$(dirname "$(dirname "$(readlink -f "$(command -v npm)")")")
    [ -f "$npm_dir/bin/npm-cli.js" ] || npm_dir=""
  fi
  if [ -n "$npm_dir" ]; then
    extra+=(--customize-hook="copy-in $npm_dir /build")
  else
    pkgs="$pkgs,npm"
  fi
  run_mmdebstrap /dev/null "$pkgs" \
    --customize-hook='mkdir -p "$1/build/host-certs"' \
    --customize-hook="copy-in $IMG/nodejs/build-ric.sh /build" \
    "${extra[@]}" \
    --customize-hook="chroot \"\$1\" env JOBS=$JOBS bash /build/build-ric.sh $NODE_RIC_VERSION" \
    --customize-hook="sync-out /build/out $out.tmp"
  test -f "$out.tmp/aws-lambda-ric/dist/rapid-client.node"
  mv "$out.tmp" "$out"
  find "$CACHE/artifacts" -maxdepth 1 -name 'node-ric-*' ! -name "node-ric-$key" -exec rm -rf {} +
}

java_lib_key() { { echo "recipe=$RECIPE"; (cd "$IMG" && hash_paths java/pom.xml); } | sha; }

# The java image's /var/runtime/lib: AWS's runtime interface client and what it needs, from Maven Central.
build_java_lib() {
  local key=$1 out="$CACHE/artifacts/java-lib-$1"
  rm -rf "$out.tmp"
  local jh=${JAVA_HOME:-}
  [ -n "$jh" ] && [ -x "$jh/bin/java" ] || jh=$(bash "$ROOT/scripts/find-jdk.sh")
  JAVA_HOME=$jh "$ROOT/mvnw" -B -q -f "$IMG/java/pom.xml" \
    org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy-dependencies \
    -DincludeScope=runtime -DoutputDirectory="$out.tmp"
  ls "$out.tmp"/aws-lambda-java-runtime-interface-client-*.jar >/dev/null
  mv "$out.tmp" "$out"
  find "$CACHE/artifacts" -maxdepth 1 -name 'java-lib-*' ! -name "java-lib-$key" -exec rm -rf {} +
}

# Slow steps (root filesystems, the Node.js client, the Java jars) run as parallel jobs, at most $JOBS at once.
JOB_NAMES=()
JOB_CMDS=()
add_job() { JOB_NAMES+=("$1"); JOB_CMDS+=("$2"); }
# (Called outside any `||` or `if`: there bash would ignore set -e inside the jobs too.)
JOBS_FAILED=0
run_jobs() {
  local i name t0
  for i in "${!JOB_NAMES[@]}"; do
    while [ "$(jobs -rp | wc -l)" -ge "$JOBS" ]; do wait -n || true; done
    name=${JOB_NAMES[$i]}
    log "building $name (log: $CACHE/logs/$name.log)"
    (
      t0=$(date +%s)
      set +e
      (set -e; eval "${JOB_CMDS[$i]}") >"$CACHE/logs/$name.log" 2>&1
      rc=$?
      echo "$rc $(( $(date +%s) - t0 ))" >"$CACHE/logs/$name.rc"
    ) &
  done
  wait
  for name in "${JOB_NAMES[@]}"; do
    read -r rc secs <"$CACHE/logs/$name.rc"
    if [ "$rc" = 0 ]; then
      log "built $name in ${secs}s"
    else
      JOBS_FAILED=1
      echo "---- $name failed (exit $rc) after ${secs}s; last lines of $CACHE/logs/$name.log:" >&2
      tail -n 40 "$CACHE/logs/$name.log" >&2
    fi
  done
}

image_label() { docker image inspect -f "{{ index .Config.Labels \"$LABEL\" }}" "$1" 2>/dev/null || true; }

# ---- plan -------------------------------------------------------------------------------------------------------
T0=$(date +%s)
declare -A SOURCE=() RKEY=()
for rt in "${WANT[@]}"; do
  official="$OFFICIAL_REPO/$rt:${TAG[$rt]}"
  if [ "$OFFICIAL" != never ] && docker image inspect "$official" >/dev/null 2>&1; then
    SOURCE[$rt]=official
    continue
  fi
  SOURCE[$rt]=local
  RKEY[$rt]=$(rootfs_key "$rt")
done
# longest first: compiling the Node.js client takes about as long as two root filesystems
if [ "${SOURCE[nodejs]:-}" = local ]; then
  NODE_KEY=$(node_ric_key)
  [ -d "$CACHE/artifacts/node-ric-$NODE_KEY" ] || add_job node-ric "build_node_ric $NODE_KEY"
fi
if [ "${SOURCE[java]:-}" = local ]; then
  JAVA_KEY=$(java_lib_key)
  [ -d "$CACHE/artifacts/java-lib-$JAVA_KEY" ] || add_job java-lib "build_java_lib $JAVA_KEY"
fi
for rt in "${WANT[@]}"; do
  [ "${SOURCE[$rt]}" = local ] || continue
  if [ ! -f "$CACHE/rootfs/$rt-${RKEY[$rt]}.tar" ] &&
     ! docker image inspect "$ROOTFS_REPO:$rt-${RKEY[$rt]}" >/dev/null 2>&1; then
    add_job "rootfs-$rt" "build_rootfs $rt ${RKEY[$rt]}"
  fi
done
if [ ${#JOB_NAMES[@]} -gt 0 ]; then
  run_jobs
  [ "$JOBS_FAILED" = 0 ] || die "a build step failed (logs under $CACHE/logs)"
fi

# ---- images -----------------------------------------------------------------------------------------------------
declare -A RESULT=()
for rt in "${WANT[@]}"; do
  ref="$PREFIX/$rt:${TAG[$rt]}"
  if [ "${SOURCE[$rt]}" = official ]; then
    docker tag "$OFFICIAL_REPO/$rt:${TAG[$rt]}" "$ref"
    RESULT[$rt]="official $OFFICIAL_REPO/$rt:${TAG[$rt]} (found locally)"
    continue
  fi

  key=${RKEY[$rt]}
  base="$ROOTFS_REPO:$rt-$key"
  if ! docker image inspect "$base" >/dev/null 2>&1; then
    t=$(date +%s)
    docker import "$CACHE/rootfs/$rt-$key.tar" "$base" >/dev/null || die "docker import of $rt failed"
    log "imported $base in $(( $(date +%s) - t ))s"
  fi
  # tags of older root filesystems of this runtime go (their layers stay while an image still uses them)
  docker image ls --format '{{.Repository}}:{{.Tag}}' "$ROOTFS_REPO" | grep "^$ROOTFS_REPO:$rt-" |
    grep -vx "$base" | xargs -r docker rmi >/dev/null 2>&1 || true

  ctx=$(mktemp -d "$CACHE/context.XXXXXX")
  cp -a "$IMG/common/Dockerfile" "$IMG/common/lambda-entrypoint.sh" "$IMG/$rt/description" "$ctx/"
  cp -a "$IMG/$rt/runtime" "$ctx/runtime"
  case $rt in
    nodejs) mkdir -p "$ctx/runtime/node_modules"
            cp -a "$CACHE/artifacts/node-ric-$NODE_KEY/aws-lambda-ric" "$ctx/runtime/node_modules/" ;;
    java)   mkdir -p "$ctx/runtime/lib"
            cp -a "$CACHE/artifacts/java-lib-$JAVA_KEY/"*.jar "$ctx/runtime/lib/" ;;
  esac
  inputs=$( { echo "$base"; (cd "$ctx" && hash_paths .); } | sha)

  if [ "$(image_label "$ref")" = "$inputs" ]; then
    RESULT[$rt]="up to date (inputs $inputs)"
  else
    t=$(date +%s)
    old_id=$(docker image inspect -f '{{.Id}}' "$ref" 2>/dev/null || true)
    # (the legacy builder, as BuildKit is not usable here; its deprecation notice is only shown on failure)
    if ! out=$(docker build -q --network host --build-arg "ROOTFS=$base" --build-arg "TITLE=${ref%%:*}" \
        --build-arg "DESCRIPTION=$(cat "$ctx/description")" --label "$LABEL=$inputs" -t "$ref" "$ctx" 2>&1)
    then
      echo "$out" >&2
      die "docker build of $ref failed"
    fi
    RESULT[$rt]="built (inputs $inputs) in $(( $(date +%s) - t ))s"
    # the image this one replaced, when it is left without any tag (an official image keeps its own) and no
    # container uses it
    if [ -n "$old_id" ] && [ "$old_id" != "$(docker image inspect -f '{{.Id}}' "$ref")" ] &&
       [ "$(docker image inspect -f '{{len .RepoTags}}' "$old_id" 2>/dev/null)" = 0 ]; then
      docker rmi "$old_id" >/dev/null 2>&1 || true
    fi
  fi
  rm -rf "$ctx"
done

echo
printf '%-38s %-7s %s\n' IMAGE SIZE SOURCE
for rt in "${WANT[@]}"; do
  ref="$PREFIX/$rt:${TAG[$rt]}"
  size=$(docker image inspect -f '{{.Size}}' "$ref" | awk '{printf "%.0fMB", $1/1000000}')
  printf '%-38s %-7s %s\n' "$ref" "$size" "${RESULT[$rt]}"
done
log "images ready in $(( $(date +%s) - T0 ))s"
