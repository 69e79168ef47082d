#!/bin/bash
# Runs inside the throwaway build chroot: installs AWS's aws-lambda-ric from npm (its install scripts compile the
# bundled curl and aws-lambda-cpp, then the N-API addon), then keeps only what runs: package.json, dist/ (with
# rapid-client.node), bin/ and the licences, in /build/out/aws-lambda-ric.
set -euo pipefail
version="$1"
export HOME=/root npm_config_update_notifier=false npm_config_fund=false npm_config_audit=false
export npm_config_nodedir=/usr   # libnode-dev's headers: node-gyp must not download them
export JOBS="${JOBS:-2}" MAKEFLAGS="-j${JOBS}"
if [ -f /build/host-certs/ca-certificates.crt ]; then
  # the host's trust store, for a machine whose egress to the registry passes a TLS-inspecting proxy
  export npm_config_cafile=/build/host-certs/ca-certificates.crt NODE_EXTRA_CA_CERTS=/build/host-certs/ca-certificates.crt
fi
if [ -f /build/npm/bin/npm-cli.js ]; then
  # the host's npm, copied in (see build.sh); lifecycle scripts call `npm` too, so it goes on the PATH
  printf '#!/bin/sh\nexec node /build/npm/bin/npm-cli.js "$@"\n' >/usr/local/bin/npm
  chmod +x /usr/local/bin/npm
fi
echo "node $(node --version), npm $(npm --version)"
mkdir -p /build/src && cd /build/src
# aws-lambda-ric's install scripts are the build: allowed by name and exact version, for npm clients that only
# run the scripts of packages a project allows (older clients ignore the field)
printf '{"name":"fakecloud-node-runtime-build","private":true,"allowScripts":{"aws-lambda-ric@%s":true}}\n' \
  "$version" > package.json
npm install --omit=dev --no-package-lock --no-audit --no-fund "aws-lambda-ric@${version}"
ric=node_modules/aws-lambda-ric
test -f "$ric/dist/rapid-client.node"
mkdir -p /build/out/aws-lambda-ric
cp -a "$ric/package.json" "$ric/dist" "$ric/bin" /build/out/aws-lambda-ric/
for f in LICENSE NOTICE THIRD-PARTY-LICENSES README.md; do
  if [ -f "$ric/$f" ]; then cp -a "$ric/$f" /build/out/aws-lambda-ric/; fi
done
strip --strip-unneeded /build/out/aws-lambda-ric/dist/rapid-client.node || true
# the built addon must load on this node: a quick self-check before it is kept (the addon reads the Runtime API
# address when it loads, and aborts without one; nothing is sent to it)
AWS_LAMBDA_RUNTIME_API=127.0.0.1:9 node -e 'require("/build/out/aws-lambda-ric/dist/rapid-client.node"); console.log("rapid-client.node loads")'
