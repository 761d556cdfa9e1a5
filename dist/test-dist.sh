#!/usr/bin/env bash
# Tests the distributions as a user gets them, with no JDK reachable:
#   1. builds both archives and both .debs from the jars already built (plugin/target/sslform.jar,
#      mock-cloud-api/target/mock-cloud-api.jar; built first only if missing);
#   2. unpacks each archive into an empty directory and, under `env -i PATH=/usr/bin:/bin`, runs
#      mockcloud, sslform version / validate / plan / apply / plan, mockcloud call, and checks
#      that the bundled runtime (not a system Java) ran and that the CDS archive made on first
#      run maps (-Xshare:on fails if it cannot);
#   3. installs both .debs with dpkg -i, runs the same from the PATH, checks the systemd unit is
#      there and not enabled, removes them with dpkg -r and checks nothing is left.
# Needs root for dpkg (CI runs as root); installs fakeroot and binutils with apt-get if missing.
#   dist/test-dist.sh [--reuse]     --reuse: test what dist/target holds, without building
set -euo pipefail
reuse=0
[[ "${1:-}" == --reuse ]] && reuse=1
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
failures=0 passes=0
pass() { passes=$((passes + 1)); echo "  ok   $*"; }
fail() { failures=$((failures + 1)); echo "  FAIL $*" >&2; }
check() { # description command...
  local d="$1"; shift
  if "$@"; then pass "$d"; else fail "$d"; fi
}
die() { echo "test-dist.sh: $*" >&2; exit 1; }

if [[ $(id -u) -ne 0 ]]; then die "needs root (dpkg -i / dpkg -r); run it with sudo"; fi
missing=()
command -v fakeroot >/dev/null 2>&1 || missing+=(fakeroot)
command -v strip >/dev/null 2>&1 || missing+=(binutils)
command -v dpkg-deb >/dev/null 2>&1 || missing+=(dpkg)
if [[ ${#missing[@]} -gt 0 ]]; then
  echo "==> apt-get install ${missing[*]}   (jpackage --type deb needs fakeroot and dpkg-deb; strip trims the runtime)"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

if [[ $reuse -eq 0 ]]; then
  if [[ ! -f plugin/target/sslform.jar || ! -f mock-cloud-api/target/mock-cloud-api.jar ]]; then
    echo "==> mvn -B -q -DskipTests package   (the jars are missing)"
    mvn -B -q -DskipTests package
  fi
  echo "==> mvn dependency:list   (the libraries each jar bundles, for the licences)"
  mvn -B -q -Pdist -pl mock-cloud-api,plugin compile dependency:list@bundled-libraries
  echo "==> dist/build-dist.sh"
  dist/build-dist.sh
fi
version="$(ls dist/target/sslform-*-linux-x64.tar.gz | sed 's/.*sslform-\(.*\)-linux-x64.tar.gz/\1/')"

t="$(mktemp -d /tmp/sslform-test-dist.XXXXXX)"
mpid=""
cleanup() {
  if [[ -n "$mpid" ]]; then kill "$mpid" 2>/dev/null || true; fi
  rm -rf "$t"
}
trap cleanup EXIT
cp -r examples/basic "$t/example"
keys=(TENCENTCLOUD_SECRET_ID=AKIDmockcloud TENCENTCLOUD_SECRET_KEY=mockcloud-secret)
clean_env() { env -i PATH=/usr/bin:/bin "$@"; }

start_mockcloud() { # mockcloud-command; sets mpid and url
  local log="$t/mockcloud.$RANDOM.out" i
  # env, not the clean_env function: a function in the background is a subshell, and its pid
  # would not be mockcloud's (env execs the launcher, which execs java).
  env -i PATH=/usr/bin:/bin "$1" --port 0 --db jdbc:h2:mem:dist --seed "$root/examples/demo/seed.yaml" >"$log" 2>&1 &
  mpid=$! url=""
  for i in $(seq 1 900); do
    url="$(sed -n 's/^mockcloud listening on //p' "$log")"
    [[ -n "$url" ]] && return 0
    kill -0 "$mpid" 2>/dev/null || break
    sleep 0.1
  done
  cat "$log" >&2
  return 1
}
stop_mockcloud() {
  kill -TERM "$mpid" 2>/dev/null || true
  wait "$mpid" 2>/dev/null || true
  mpid=""
}

# the commands every form of the distribution must run: $1 sslform, $2 mockcloud
exercise() {
  local s="$1" m="$2" where="$3" st out
  st="$t/$where.tfstate"
  if start_mockcloud "$m"; then pass "$where: mockcloud starts ($url)"; else fail "$where: mockcloud starts"; return; fi
  out="$(clean_env "$s" version)"
  check "$where: sslform version prints $version and a commit" grep -q "^sslform v$version (commit [0-9a-f]\{7,\})\$" <<<"$out"
  out="$(clean_env "$s" version -json)"
  check "$where: sslform version -json" grep -q "\"terraform_version\": \"$version\"" <<<"$out"
  out="$(clean_env "$m" --version)"
  check "$where: mockcloud --version" grep -q "^mockcloud $version (commit " <<<"$out"
  out="$(clean_env "$s" -chdir="$t/example" validate 2>&1)" || true
  check "$where: sslform validate examples/basic" grep -q "Success! The configuration is valid." <<<"$out"
  out="$(clean_env "${keys[@]}" "$s" -chdir="$t/example" plan -var endpoint="$url" -state="$st" 2>&1)" || true
  check "$where: sslform plan against the packaged mockcloud" grep -q "Plan: 1 to add, 0 to change, 0 to destroy." <<<"$out"
  out="$(clean_env "${keys[@]}" "$s" -chdir="$t/example" apply -auto-approve -var endpoint="$url" -state="$st" 2>&1)" || true
  check "$where: sslform apply" grep -q "Apply complete! Resources: 1 added" <<<"$out"
  local rc=0
  out="$(clean_env "${keys[@]}" "$s" -chdir="$t/example" plan -detailed-exitcode -var endpoint="$url" -state="$st" 2>&1)" || rc=$?
  check "$where: a second plan has no changes (the enable is pending)" test "$rc" -eq 0
  out="$(clean_env "$m" call --endpoint "$url" DescribeDBInstancesAttribute '{"InstanceId":"mssql-demo0001"}' 2>&1)" || true
  check "$where: mockcloud call (a signed request)" grep -q '"InstanceId" : "mssql-demo0001"' <<<"$out"
  stop_mockcloud
}

for prog in sslform mockcloud; do
  mkdir -p "$t/unpacked-$prog"
  tar -xzf "dist/target/$prog-$version-linux-x64.tar.gz" -C "$t/unpacked-$prog"
  size=$(du -sm "$t/unpacked-$prog" | cut -f1)
  echo "  $prog-$version-linux-x64.tar.gz: $size MB unpacked"
done
S="$t/unpacked-sslform/sslform-$version-linux-x64/bin/sslform"
M="$t/unpacked-mockcloud/mockcloud-$version-linux-x64/bin/mockcloud"
echo "==> the archives, unpacked, with env -i PATH=/usr/bin:/bin"
exercise "$S" "$M" archive
out="$(clean_env SSLFORM_JAVA_OPTS=-XshowSettings:properties "$S" version 2>&1)"
check "archive: sslform runs on its bundled runtime" grep -q "java.home = $t/unpacked-sslform/sslform-$version-linux-x64/runtime\$" <<<"$out"
out="$(clean_env MOCKCLOUD_JAVA_OPTS=-XshowSettings:properties "$M" --version 2>&1)"
check "archive: mockcloud runs on its bundled runtime" grep -q "java.home = $t/unpacked-mockcloud/mockcloud-$version-linux-x64/runtime\$" <<<"$out"
for prog in sslform mockcloud; do
  lib="$t/unpacked-$prog/$prog-$version-linux-x64/lib"
  for _ in $(seq 1 600); do
    compgen -G "$lib/$prog-*.jsa" >/dev/null && ! compgen -G "$lib/*.lock" >/dev/null && break
    sleep 0.5
  done
  check "archive: the first run made $prog's CDS archive in lib/" bash -c "compgen -G '$lib/$prog-*.jsa' >/dev/null"
done
out="$(clean_env SSLFORM_JAVA_OPTS=-Xshare:on "$S" -chdir="$t/example" validate 2>&1)" || true
check "archive: sslform maps its CDS archive (-Xshare:on) and stays quiet" test "$out" = "Success! The configuration is valid."
out="$(clean_env MOCKCLOUD_JAVA_OPTS=-Xshare:on "$M" --version 2>&1)" || true
check "archive: mockcloud maps its CDS archive (-Xshare:on)" grep -q "^mockcloud $version " <<<"$out"
size=$(du -sm "$t/unpacked-sslform" | cut -f1); echo "  sslform with its CDS archive: $size MB"
size=$(du -sm "$t/unpacked-mockcloud" | cut -f1); echo "  mockcloud with its CDS archive: $size MB"

echo "==> the Debian packages: dpkg -i, run from the PATH, dpkg -r"
dpkg -i "dist/target/sslform_$version-1_amd64.deb" "dist/target/mockcloud_$version-1_amd64.deb" >/dev/null
check "deb: sslform on the PATH" test "$(clean_env sh -c 'command -v sslform')" = /usr/bin/sslform
check "deb: mockcloud on the PATH" test "$(clean_env sh -c 'command -v mockcloud')" = /usr/bin/mockcloud
exercise sslform mockcloud deb
out="$(clean_env JAVA_TOOL_OPTIONS=-Xshare:on sslform version 2>&1)" || true
check "deb: sslform maps the CDS archive postinst made" grep -q "^sslform v$version " <<<"$out"
out="$(clean_env JAVA_TOOL_OPTIONS=-Xshare:on mockcloud --version 2>&1)" || true
check "deb: mockcloud maps the CDS archive postinst made" grep -q "^mockcloud $version " <<<"$out"
unit=/lib/systemd/system/mockcloud.service
check "deb: mockcloud's systemd unit is installed" test -f "$unit"
check "deb: the unit runs mockcloud on H2 under /var/lib/mockcloud" grep -q "^ExecStart=/opt/mockcloud/bin/mockcloud .*--db jdbc:h2:file:/var/lib/mockcloud/" "$unit"
check "deb: the unit is not enabled" test ! -e /etc/systemd/system/multi-user.target.wants/mockcloud.service
if command -v systemd-analyze >/dev/null 2>&1; then
  check "deb: systemd-analyze verify accepts the unit" systemd-analyze verify "$unit"
fi
dpkg -r sslform mockcloud >/dev/null
dpkg --purge sslform mockcloud >/dev/null
for f in /opt/sslform /opt/mockcloud /usr/bin/sslform /usr/bin/mockcloud "$unit"; do
  check "deb: dpkg -r removed $f" test ! -e "$f" -a ! -L "$f"
done
check "deb: dpkg knows neither package any more" bash -c '! dpkg -s sslform >/dev/null 2>&1 && ! dpkg -s mockcloud >/dev/null 2>&1'

echo "$passes passed, $failures failed"
[[ $failures -eq 0 ]]
