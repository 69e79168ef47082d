#!/bin/sh
# The official java21 image has its JDK's java in /var/lang/bin; here it is Debian's OpenJDK 21 JRE.
set -eu
jre=$(cd "$1" && ls -d usr/lib/jvm/java-21-openjdk-* | head -1)
[ -x "$1/$jre/bin/java" ] || { echo "no Java 21 in the root" >&2; exit 1; }
ln -sf "/$jre/bin/java" "$1/var/lang/bin/java"
