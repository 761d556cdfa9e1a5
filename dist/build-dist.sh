#!/usr/bin/env bash
# Builds the self-contained Linux x64 distributions from the two runnable jars:
#   dist/target/sslform-VERSION-linux-x64.tar.gz      jlink runtime + jar + launcher + class list
#   dist/target/mockcloud-VERSION-linux-x64.tar.gz
#   dist/target/sslform_VERSION_amd64.deb             jpackage --type deb (when fakeroot and dpkg-deb exist)
#   dist/target/mockcloud_VERSION_amd64.deb           with a systemd unit, disabled
# Run by `mvn -Pdist package` (the dist module) or directly after the jars exist:
#   dist/build-dist.sh [--no-deb]
# It needs a JDK 17 with jmods (jlink, jdeps, jpackage); JAVA_HOME or the javac on the PATH.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
out="$here/target"
debs=1
for a in "$@"; do
  case "$a" in
    --no-deb) debs=0 ;;
    *) echo "build-dist.sh: unknown argument $a" >&2; exit 2 ;;
  esac
done

jdk="${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")}"
for t in java jlink jdeps jpackage; do
  [[ -x "$jdk/bin/$t" ]] || { echo "build-dist.sh: $jdk/bin/$t missing; set JAVA_HOME to a full JDK 17" >&2; exit 1; }
done
[[ -d "$jdk/jmods" ]] || { echo "build-dist.sh: $jdk/jmods missing (jlink needs the JDK's jmods)" >&2; exit 1; }

sslform_jar="$root/plugin/target/sslform.jar"
mockcloud_jar="$root/mock-cloud-api/target/mock-cloud-api.jar"
for j in "$sslform_jar" "$mockcloud_jar"; do
  [[ -f "$j" ]] || { echo "build-dist.sh: $j missing; build the jars first (mvn -DskipTests package)" >&2; exit 1; }
done
# The version is the one built into the jar, so the archive names cannot disagree with `version`.
version="$("$jdk/bin/java" -cp "$sslform_jar" dev.sslform.plugin.cli.Main version -json | sed -n 's/^  "terraform_version": "\(.*\)",$/\1/p')"
[[ -n "$version" ]] || { echo "build-dist.sh: no version in $sslform_jar" >&2; exit 1; }

rm -rf "$out" && mkdir -p "$out/work"
work="$out/work"
log() { echo "==> $*"; }

# --- 1. modules: jdeps, then modules.conf ------------------------------------------------------
modules_for() { # program jar
  local prog="$1" jar="$2" found
  found="$("$jdk/bin/jdeps" --ignore-missing-deps --multi-release 17 --print-module-deps "$jar" 2>/dev/null | tail -1)"
  { tr ',' '\n' <<<"$found"
    awk -v p="$prog" '$1 == p && $2 == "+" { print $3 }' "$here/modules.conf"
  } | sort -u | grep -vxF -f <(awk -v p="$prog" '$1 == p && $2 == "-" { print $3 }' "$here/modules.conf"; echo "-none-") \
    | paste -sd, -
}

# --- 2. runtime: jlink, stripped -----------------------------------------------------------------
runtime_for() { # program jar dir
  local mods; mods="$(modules_for "$1" "$2")"
  log "$1: jlink --add-modules $mods"
  "$jdk/bin/jlink" --add-modules "$mods" --output "$3" \
    --strip-debug --no-man-pages --no-header-files --compress=2
  # jlink's --strip-debug drops Java debug attributes; the shared libraries keep a symbol table
  # that only debuggers read: strip it too (about 4 MB off libjvm.so).
  if command -v strip >/dev/null 2>&1; then
    find "$3" -name '*.so' -exec strip --strip-unneeded {} +
  fi
}

# --- 3. layout: bin/ launcher, lib/ jar, runtime/, README, licences ------------------------------
# JVM options per program, for the launcher and the .deb: sslform is a short-lived command, and
# stopping at the C1 compiler cuts its start-up CPU by about a quarter (docs/performance.md);
# mockcloud is a server and keeps C2.
jvm_opts() { case "$1" in sslform) echo "-XX:TieredStopAtLevel=1" ;; *) echo "" ;; esac; }

layout() { # program jar main-class tree bundled-libraries.txt
  local prog="$1" jar="$2" main="$3" tree="$4" libs="$5"
  mkdir -p "$tree/bin" "$tree/lib" "$tree/licenses"
  cp -p "$jar" "$tree/lib/$prog.jar"
  runtime_for "$prog" "$jar" "$tree/runtime"
  sed -e "s|@PROG_UC@|$(tr a-z A-Z <<<"$prog")|g" -e "s|@PROG@|$prog|g" -e "s|@MAIN@|$main|g" -e "s|@JVM_OPTS@|$(jvm_opts "$prog")|g" -e "s|@VERSION@|$version|g" "$here/src/launcher.sh" > "$tree/bin/$prog"
  chmod 755 "$tree/bin/$prog"
  sed -e "s|@VERSION@|$version|g" "$here/src/README-$prog.md" > "$tree/README.md"
  "$jdk/bin/java" "$here/src/Licences.java" "$jar" "$libs" "$tree/licenses" "$prog $version"
}

# --- 4. class lists: run representative commands, record the classes they load ----------------
# JDK 17 keeps the absolute jar path in a CDS archive, so the archive itself is made where the
# jar ends up: by the launcher on first run (archive) or by postinst (package), from this list.
train() {
  local s="$work/tree-sslform" m="$work/tree-mockcloud" lists="$work/lists" ex="$work/example"
  mkdir -p "$lists" && rm -rf "$ex" && cp -r "$root/examples/basic" "$ex"
  log "training: mockcloud start, signed calls, sslform version/validate/plan/apply/show, mockcloud stop"
  local mlog="$work/mockcloud-train.log"
  MOCKCLOUD_JAVA_OPTS="-XX:DumpLoadedClassList=$lists/mockcloud-server.lst" MOCKCLOUD_CDS=off \
    "$m/bin/mockcloud" --port 0 --db jdbc:h2:mem:train --seed "$root/examples/demo/seed.yaml" >"$mlog" 2>&1 &
  local mpid=$! url="" i
  for i in $(seq 1 600); do
    url="$(sed -n 's/^mockcloud listening on //p' "$mlog")"
    [[ -n "$url" ]] && break
    kill -0 "$mpid" 2>/dev/null || { cat "$mlog" >&2; echo "build-dist.sh: mockcloud did not start" >&2; exit 1; }
    sleep 0.1
  done
  [[ -n "$url" ]] || { kill "$mpid"; echo "build-dist.sh: mockcloud did not start in 60 s" >&2; exit 1; }
  local n=0
  run_s() { n=$((n + 1)); SSLFORM_JAVA_OPTS="-XX:DumpLoadedClassList=$lists/sslform-$n.lst" SSLFORM_CDS=off \
      TENCENTCLOUD_SECRET_ID=AKIDmockcloud TENCENTCLOUD_SECRET_KEY=mockcloud-secret "$s/bin/sslform" "$@" >>"$work/sslform-train.log" 2>&1; }
  run_m() { n=$((n + 1)); MOCKCLOUD_JAVA_OPTS="-XX:DumpLoadedClassList=$lists/mockcloud-call-$n.lst" MOCKCLOUD_CDS=off \
      "$m/bin/mockcloud" call --endpoint "$url" "$@" >>"$work/mockcloud-train.log" 2>&1; }
  local st="$work/train.tfstate" ok=1
  run_s version || ok=0
  run_s version -json || ok=0
  run_s --help || ok=0
  run_s -chdir="$ex" validate || ok=0
  run_s -chdir="$ex" plan -var endpoint="$url" -state="$st" || ok=0
  run_s -chdir="$ex" apply -auto-approve -var endpoint="$url" -state="$st" || ok=0
  run_s -chdir="$ex" plan -detailed-exitcode -var endpoint="$url" -state="$st" || ok=0
  run_s -chdir="$ex" show -state="$st" || true
  run_s -chdir="$ex" state list -state="$st" || ok=0
  run_m DescribeDBInstances '{"Limit": 10}' || ok=0
  run_m DescribeDBInstancesAttribute '{"InstanceId": "mssql-demo0001"}' || ok=0
  run_m DescribeMaintenanceSpan '{"InstanceId": "mssql-demo0001"}' || ok=0
  kill -TERM "$mpid" && wait "$mpid" || true
  if [[ $ok -ne 1 ]]; then
    cat "$work/sslform-train.log" "$mlog" >&2
    echo "build-dist.sh: a training command failed" >&2; exit 1
  fi
  merge() { grep -hv '^#' "$@" | awk '!seen[$0]++'; }
  merge "$lists"/sslform-*.lst > "$s/lib/sslform.classlist"
  merge "$lists"/mockcloud-*.lst > "$m/lib/mockcloud.classlist"
  log "class lists: sslform $(wc -l <"$s/lib/sslform.classlist"), mockcloud $(wc -l <"$m/lib/mockcloud.classlist") entries"
}

layout sslform "$sslform_jar" dev.sslform.plugin.cli.Main "$work/tree-sslform" "$root/plugin/target/bundled-libraries.txt"
layout mockcloud "$mockcloud_jar" dev.sslform.mockcloud.MockCloud "$work/tree-mockcloud" "$root/mock-cloud-api/target/bundled-libraries.txt"
train

# --- 5. archives ---------------------------------------------------------------------------------
for prog in sslform mockcloud; do
  name="$prog-$version-linux-x64"
  rm -rf "$work/$name" && mv "$work/tree-$prog" "$work/$name"
  tar -C "$work" --owner=0 --group=0 -czf "$out/$name.tar.gz" "$name"
  log "$out/$name.tar.gz: $(du -sm "$work/$name" | cut -f1) MB unpacked, $(du -m "$out/$name.tar.gz" | cut -f1) MB packed"
done

# --- 6. Debian packages ----------------------------------------------------------------------------
if [[ $debs -eq 1 ]]; then
  for t in fakeroot dpkg-deb; do
    command -v "$t" >/dev/null 2>&1 || { echo "build-dist.sh: $t missing (apt-get install fakeroot dpkg-dev), or pass --no-deb" >&2; exit 1; }
  done
  SSLFORM_DEB_JVM_OPTS="$(jvm_opts sslform)" "$here/src/deb.sh" "$jdk" "$version" "$work" "$out"
fi
rm -rf "$work"
log "done: $(cd "$out" && ls)"
