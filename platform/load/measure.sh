#!/usr/bin/env bash
# One measured wrk run against the real-time audit endpoint, with the CPU each party used: the platform's
# JVM, its embedded PostgreSQL and wrk itself (from /proc, so it needs Linux), and the load average.
#   platform/load/measure.sh DATA-DIR BODIES [SECONDS=30] [CONNECTIONS=16] [PORT=8080]
# DATA-DIR is the platform's --data-dir (api-key.txt, pg/postmaster.pid); BODIES from
# `bin/fundguard bench realtime --bodies-out`. See platform/load/README.md.
set -euo pipefail
data=$1
bodies=$2
seconds=${3:-30}
connections=${4:-16}
port=${5:-8080}
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
key=$(sed 's/.*: //' "$data/api-key.txt")
jvm=$(pgrep -f "fundguard-platform.jar.*$port" | head -1)
pg=$(head -1 "$data/pg/postmaster.pid")

ticks() { awk '{print $14 + $15}' "/proc/$1/stat" 2>/dev/null || echo 0; }
pg_ticks() {
  local s=0 p
  for p in $pg $(pgrep -P "$pg"); do s=$((s + $(ticks "$p"))); done
  echo $s
}

j0=$(ticks "$jvm"); p0=$(pg_ticks); l0=$(cut -d' ' -f1 /proc/loadavg); t0=$(date +%s.%N)
out=$(/usr/bin/time -f "wrk-cpu %U %S" wrk -t2 -c"$connections" -d"${seconds}s" --latency -s "$here/realtime.lua" \
  "http://localhost:$port" -- "$bodies" "$key" 2>&1)
t1=$(date +%s.%N); j1=$(ticks "$jvm"); p1=$(pg_ticks); l1=$(cut -d' ' -f1 /proc/loadavg)
requests=$(echo "$out" | grep -o "[0-9]* requests in" | awk '{print $1}')
wrk_cpu=$(echo "$out" | awk '/^wrk-cpu/ {print $2 + $3}')
hz=$(getconf CLK_TCK)
echo "$out" | grep "^visits/s"
awk -v n="$requests" -v t0="$t0" -v t1="$t1" -v j=$((j1 - j0)) -v p=$((p1 - p0)) -v w="$wrk_cpu" -v hz="$hz" \
  -v l0="$l0" -v l1="$l1" 'BEGIN {
    j /= hz; p /= hz; t = t1 - t0
    printf "%d visits in %.1f s; CPU per visit: platform JVM %.3f ms, PostgreSQL %.3f ms, wrk %.3f ms; ", n, t, 1000 * j / n, 1000 * p / n, 1000 * w / n
    printf "platform used %.2f cores; load average %s -> %s\n", j / t, l0, l1
  }'
