#!/bin/sh
# mmdebstrap customize hook shared by every runtime's root filesystem ($1 = the root being built). Shapes the Debian
# root like the Amazon Linux 2023 the official images use where a function can tell: /bin/sh is bash, the
# en_US.UTF-8 locale of LANG exists, and the Lambda directories are there.
set -eu
root="$1"

ln -sf bash "$root/bin/sh"

if [ -d "$root/usr/share/i18n/locales" ]; then
  chroot "$root" localedef -i en_US -c -f UTF-8 -A /usr/share/locale/locale.alias en_US.UTF-8
  # the compiled archive is all a program reads; the locale sources are 15 MB more
  rm -rf "$root/usr/share/i18n/locales" "$root/usr/share/i18n/charmaps"
fi

mkdir -p "$root/var/task" "$root/var/runtime" "$root/var/lang/bin" "$root/var/lang/lib" "$root/opt"
rm -rf "$root/var/log/"*.log "$root/var/cache/debconf/"*-old "$root/var/lib/dpkg/"*-old
