#!/usr/bin/env bash
# Start-up benchmark: cold processes, the median of N runs (default 10), each run beside a
# `java -version` of the same runtime measured in the same iteration as the baseline.
#   sslform version | validate (examples/basic) | plan (examples/basic against a running local
#   mockcloud) | mockcloud from start to its "listening" line on an in-memory H2
# for the repository launchers (bin/sslform, bin/mockcloud) and the packaged runtimes (the
# archives in dist/target, unpacked into a temporary directory).
#   dist/bench-startup.sh [RUNS]      (build first: mvn -DskipTests package; dist/build-dist.sh)
# Uses only bash and what the repository builds. Prints a Markdown table for docs/performance.md.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
runs="${1:-10}"
t="$(mktemp -d /tmp/sslform-bench.XXXXXX)"
mpid="" us="" url=""
trap 'if [[ -n "$mpid" ]]; then kill "$mpid" 2>/dev/null || true; fi; rm -rf "$t"' EXIT
export TENCENTCLOUD_SECRET_ID=AKIDmockcloud TENCENTCLOUD_SECRET_KEY=mockcloud-secret
cp -r examples/basic "$t/example"

now() { echo "${EPOCHREALTIME/./}"; } # microseconds, no fork
median() { sort -n | awk '{a[NR]=$1} END {m = NR % 2 ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2; printf "%.2f", m / 1e6}'; }
# One run: "wall-us cpu-us" (cpu = the child's user + system time, as bash's `time` reports it;
# steadier than wall time when other work shares the cores).
measure() {
  local TIMEFORMAT='%3R %3U %3S' r
  r=$( { time "$@" >/dev/null 2>&1; } 2>&1 ) || true
  read -r w u sy <<<"$r"
  awk -v w="$w" -v u="$u" -v s="$sy" 'BEGIN { printf "%d %d\n", w * 1e6, (u + s) * 1e6 }'
}
cell() { # array-name: "wall (cpu)" medians
  local -n a="$1"
  echo "$(printf '%s\n' "${a[@]}" | cut -d' ' -f1 | median) ($(printf '%s\n' "${a[@]}" | cut -d' ' -f2 | median))"
}

# mockcloud: microseconds from exec to the "listening" line, and the URL, into $us and $url;
# leaves the server running as $mpid.
listen() { # mockcloud-command [flags...]
  local fifo="$t/fifo" s line
  rm -f "$fifo" && mkfifo "$fifo"
  s=$(now)
  "$@" --port 0 --db "jdbc:h2:mem:bench$RANDOM" >"$fifo" 2>/dev/null &
  mpid=$!
  exec 3<"$fifo"
  while IFS= read -r line <&3; do
    if [[ "$line" == "mockcloud listening on "* ]]; then
      us=$(( $(now) - s )) url="${line#mockcloud listening on }"
      break
    fi
  done
  # Keep draining so the server never blocks on a full pipe or dies of a closed one.
  cat <&3 >/dev/null 2>&1 &
  exec 3<&-
}
stop() { kill -TERM "$mpid" 2>/dev/null || true; wait "$mpid" 2>/dev/null || true; mpid=""; }

bench() { # label java sslform mockcloud
  local label="$1" java="$2" s="$3" m="$4" i
  local jv=() ver=() val=() pl=() mc=()
  # Warm-up: lets each launcher make its CDS archive (see docs/performance.md), then waits for it.
  listen "$m" --seed "$root/examples/demo/seed.yaml"; "$s" -chdir="$t/example" plan -var endpoint="$url" -state="$t/w.tfstate" >/dev/null 2>&1 || true
  stop
  for _ in $(seq 1 300); do compgen -G "$t/*/*/lib/*.lock" >/dev/null || break; sleep 0.5; done
  listen "$m" --seed "$root/examples/demo/seed.yaml"
  for i in $(seq 1 "$runs"); do
    jv+=("$(measure "$java" -version)")
    ver+=("$(measure "$s" version)")
    val+=("$(measure "$s" -chdir="$t/example" validate)")
    pl+=("$(measure "$s" -chdir="$t/example" plan -var endpoint="$url" -state="$t/p$i.tfstate")")
  done
  stop
  for i in $(seq 1 "$runs"); do
    listen "$m"; mc+=("$us"); stop
  done
  printf '| %s | %s | %s | %s | %s | %s |\n' "$label" "$(cell jv)" "$(cell ver)" "$(cell val)" "$(cell pl)" \
    "$(printf '%s\n' "${mc[@]}" | median)"
}

echo "sslform and mockcloud start-up, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "median of $runs runs, seconds: wall (user + system CPU); mockcloud: wall from exec to its listening line"
echo
echo '| launcher | `java -version` | `sslform version` | `validate` | `plan` | mockcloud to "listening" |'
echo '|---|---|---|---|---|---|'
bench "repository: bin/sslform, bin/mockcloud" java bin/sslform bin/mockcloud
SSLFORM_CDS=off MOCKCLOUD_CDS=off bench "repository, CDS off" java bin/sslform bin/mockcloud
version="$(ls dist/target/sslform-*-linux-x64.tar.gz 2>/dev/null | sed 's/.*sslform-\(.*\)-linux-x64.tar.gz/\1/' | tail -1)"
if [[ -n "$version" ]]; then
  for p in sslform mockcloud; do mkdir -p "$t/$p" && tar -xzf "dist/target/$p-$version-linux-x64.tar.gz" -C "$t/$p"; done
  S="$t/sslform/sslform-$version-linux-x64"; M="$t/mockcloud/mockcloud-$version-linux-x64"
  bench "packaged: $version archives (jlink runtime)" "$S/runtime/bin/java" "$S/bin/sslform" "$M/bin/mockcloud"
  SSLFORM_CDS=off MOCKCLOUD_CDS=off bench "packaged, CDS off" "$S/runtime/bin/java" "$S/bin/sslform" "$M/bin/mockcloud"
  echo
  echo "unpacked sizes (MB, with the CDS archive each made on first run): sslform $(du -sm "$S" | cut -f1), mockcloud $(du -sm "$M" | cut -f1)"
else
  echo "(no archives in dist/target: run dist/build-dist.sh for the packaged rows)"
fi
