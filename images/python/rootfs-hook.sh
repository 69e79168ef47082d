#!/bin/sh
# The official image keeps its interpreter under /var/lang/bin; Debian's stays in /usr/bin, reached from there.
set -eu
ln -sf /usr/bin/python3 "$1/var/lang/bin/python3"
ln -sf python3 "$1/var/lang/bin/python"
