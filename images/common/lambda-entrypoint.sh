#!/bin/sh
# The official Lambda base images' entry point: the image's CMD (or `docker run IMAGE <handler>`) is the handler.
# fakecloud always sets AWS_LAMBDA_RUNTIME_API, and then this execs the runtime's bootstrap, which talks to it.
# Without it the official image would start the Runtime Interface Emulator, which these test images do not ship.
if [ $# -ne 1 ]; then
  echo "entrypoint requires the handler name to be the first argument" 1>&2
  exit 142
fi
export _HANDLER="$1"

RUNTIME_ENTRYPOINT=/var/runtime/bootstrap
if [ -z "${AWS_LAMBDA_RUNTIME_API}" ]; then
  echo "AWS_LAMBDA_RUNTIME_API is not set: this fakecloud test image has no Runtime Interface Emulator;" \
       "run it under fakecloud (or any Runtime API server) with AWS_LAMBDA_RUNTIME_API=host:port" 1>&2
  exit 1
fi
exec "$RUNTIME_ENTRYPOINT"
