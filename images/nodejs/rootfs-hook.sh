#!/bin/sh
set -eu
ln -sf /usr/bin/node "$1/var/lang/bin/node"
