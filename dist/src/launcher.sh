#!/bin/sh
# @PROG@ @VERSION@: runs lib/@PROG@.jar on the Java runtime in runtime/ (no other Java needed).
#
# Start-up: a class-data-sharing (CDS) archive of the classes @PROG@ loads (listed at build time
# in lib/@PROG@.classlist by running representative commands) lets the JVM map them instead of
# reading and verifying them. Java 17 ties the archive to the jar's absolute path, so it is made
# where you unpacked: the first run starts it in the background (a few seconds of CPU, once) and
# later runs use it. It goes in lib/ when that is writable, else in ~/.cache/@PROG@/. If the
# archive is missing or cannot be used the JVM simply loads classes the usual way.
#   @PROG_UC@_CDS=off          run without the archive (and never make one)
#   @PROG_UC@_JAVA_OPTS="..."  extra JVM options, e.g. -Xmx512m
set -eu
self=$(readlink -f "$0")
home=$(dirname "$(dirname "$self")")
java="$home/runtime/bin/java"
jar="$home/lib/@PROG@.jar"
list="$home/lib/@PROG@.classlist"
# Start-up flags that change no behaviour: no CDS chatter on the terminal, whatever happens;
# then the program's own (docs/performance.md, "Start-up", says why and what they bought).
opts="-Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off -Xlog:class+path=off @JVM_OPTS@"

if [ "${@PROG_UC@_CDS:-on}" != off ] && [ -f "$list" ]; then
  key=$(printf '%s' "$jar" | cksum | cut -d' ' -f1)
  if [ -w "$home/lib" ]; then
    dir="$home/lib"
  elif [ -n "${HOME:-}" ]; then
    dir="${XDG_CACHE_HOME:-$HOME/.cache}/@PROG@/@VERSION@"
  else
    dir=""
  fi
  archive="$dir/@PROG@-$key.jsa"
  if [ -n "$dir" ] && [ -f "$archive" ]; then
    opts="$opts -XX:SharedArchiveFile=$archive"
  elif [ -n "$dir" ] && mkdir -p "$dir" 2>/dev/null \
      && { [ -z "$(find "$archive.lock" -maxdepth 0 -mmin +10 2>/dev/null)" ] || rm -rf "$archive.lock"; } \
      && mkdir "$archive.lock" 2>/dev/null; then
    # One maker at a time (the lock directory); written to a temporary name, renamed when whole.
    (
      trap 'rm -rf "$archive.lock" "$archive.tmp"' EXIT
      nice "$java" -Xshare:dump -XX:SharedClassListFile="$list" -XX:SharedArchiveFile="$archive.tmp" \
        -cp "$jar" >/dev/null 2>&1 && mv -f "$archive.tmp" "$archive"
    ) </dev/null >/dev/null 2>&1 &
  fi
fi

# shellcheck disable=SC2086 # the option lists are word-split on purpose
exec "$java" $opts ${@PROG_UC@_JAVA_OPTS:-} -cp "$jar" @MAIN@ "$@"
