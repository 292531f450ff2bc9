#!/usr/bin/env bash
# One node at national scale, from each of several checkouts in turn: its start-up (a rebuild of the indexes from the
# database: time to ready, peak and resident memory) and the HTTP matches load of bench.sh section 3 (wrk -t2 -c16,
# a 10 s warm-up, then 20 s measured), with the node's and PostgreSQL's CPU per request from /proc. For before/after
# comparisons of a change on this shared machine, where one run alone varies by tens of percent: alternate them.
#
#   scripts/node-ab.sh <checkout> [<checkout> ...]    e.g. scripts/node-ab.sh /tmp/before . /tmp/before .
#
# Each checkout must have its service built (dotnet build api -c Release). Uses the national dataset and the private
# cluster that ./bench.sh keeps in .bench/ (run ./bench.sh once first), and the student sample of its last run.
# Not run by ./test.sh; results in docs/http-matches.md.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
root=$PWD
# shellcheck source=scripts/lib/postgres.sh
. scripts/lib/postgres.sh
# shellcheck source=scripts/lib/processes.sh
. scripts/lib/processes.sh

pg_data="$root/.bench/pg"
sample="$root/.bench/run-national/student-ids.txt"
[ -d "$pg_data" ] && [ -s "$sample" ] || { echo "Run ./bench.sh first: it keeps the national dataset in .bench/" >&2; exit 1; }
bin=$(pg_bin_for "$pg_data")
started_pg=0
if ! as_pg "$bin/pg_ctl" -D "$pg_data" status >/dev/null 2>&1; then
  socket_dir=/tmp/matching-node-ab-pg
  mkdir -p "$socket_dir"
  if is_root; then chown postgres:postgres "$socket_dir"; fi
  as_pg "$bin/pg_ctl" -D "$pg_data" -l /tmp/matching-node-ab-pg.log -w -t 120 -o "-c listen_addresses=127.0.0.1 \
    -p ${MATCHING_PG_PORT:-55460} -c unix_socket_directories=$socket_dir -c shared_buffers=1GB -c work_mem=32MB \
    -c max_connections=200" start >/dev/null
  started_pg=1
fi
pg_port=$(sed -n 4p "$pg_data/postmaster.pid")
master=$(sed -n 1p "$pg_data/postmaster.pid")
port=${PORT:-8096}
admin_key="mk_admin_node_ab_$(head -c 24 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=\n')"
work=$(mktemp -d /tmp/matching-node-ab-XXXXXX)
node=""
cleanup() {
  if [ -n "$node" ]; then stop_pid "$node"; fi
  if [ "$started_pg" -eq 1 ]; then as_pg "$bin/pg_ctl" -D "$pg_data" stop -m fast >/dev/null; fi
  rm -rf "$work"
}
trap cleanup EXIT

node_ticks() { awk '{ print $14 + $15 }' "/proc/$node/stat"; }
pg_ticks() {
  local total=0 pid
  for pid in "$master" $(pgrep -P "$master"); do total=$((total + $(awk '{ print $14 + $15 }' "/proc/$pid/stat" 2>/dev/null || echo 0))); done
  echo "$total"
}

echo "| checkout | commit | ready | peak (VmHWM) | resident once ready | matches/s | p99 | node CPU a request | PostgreSQL CPU a request | students read from memory / database |"
echo "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
for checkout in "$@"; do
  commit=$(git -C "$checkout" rev-parse --short HEAD)
  started=$(date +%s%3N)
  (
    cd "$checkout/api/bin/Release/net10.0"
    exec env ASPNETCORE_URLS="http://127.0.0.1:$port" ASPNETCORE_ENVIRONMENT=Production \
      ConnectionStrings__Matching="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=matching_national;Maximum Pool Size=100" \
      Auth__BootstrapAdminKey="$admin_key" Indexing__SnapshotDirectory= RateLimiting__BurstLimit=1000000 \
      RateLimiting__RequestsPerSecond=1000000 Logging__LogLevel__Default=Warning dotnet Matching.Api.dll
  ) >"$work/node.log" 2>&1 &
  node=$!
  until curl -fs -o /dev/null --max-time 2 "http://127.0.0.1:$port/health/ready"; do
    kill -0 "$node" 2>/dev/null || { echo "The node stopped; its log:" >&2; tail -n 40 "$work/node.log" >&2; exit 1; }
    sleep 0.2
  done
  ready_ms=$(( $(date +%s%3N) - started ))
  hwm=$(awk '/VmHWM/ { printf "%d", $2 / 1024 }' "/proc/$node/status")
  rss=$(awk '/VmRSS/ { printf "%d", $2 / 1024 }' "/proc/$node/status")
  key=$(curl -fs -X POST "http://127.0.0.1:$port/v1/api-keys" -H "X-Api-Key: $admin_key" -H "Content-Type: application/json" \
    -d '{"name": "node-ab", "role": "admin"}' | python3 -c 'import json, sys; print(json.load(sys.stdin)["key"])')
  cat >"$work/matches.lua" <<LUA
local ids = {}
for line in io.lines("$sample") do ids[#ids + 1] = line end
wrk.headers["X-Api-Key"] = "$key"
request = function() return wrk.format("GET", "/v1/students/" .. ids[math.random(#ids)] .. "/matches") end
LUA
  wrk -t2 -c16 -d10s -s "$work/matches.lua" "http://127.0.0.1:$port" >/dev/null
  n0=$(node_ticks); p0=$(pg_ticks)
  wrk -t2 -c16 -d20s --latency -s "$work/matches.lua" "http://127.0.0.1:$port" >"$work/wrk.txt"
  n1=$(node_ticks); p1=$(pg_ticks)
  requests=$(awk '/requests in/ { print $1 }' "$work/wrk.txt")
  rps=$(awk '/Requests\/sec/ { print $2 }' "$work/wrk.txt")
  p99=$(awk '$1 == "99%" { print $2 }' "$work/wrk.txt")
  grep -q "Non-2xx" "$work/wrk.txt" && { echo "Non-2xx answers from $checkout:" >&2; cat "$work/wrk.txt" >&2; exit 1; }
  reads=$(curl -fs -H "X-Api-Key: $admin_key" "http://127.0.0.1:$port/metrics" | awk '
    /^matching_student_reads_total/ && /source="memory"/ { memory = $NF }
    /^matching_student_reads_total/ && /source="database"/ { database = $NF }
    END { print (memory == "" ? "(no metric)" : memory " / " database) }')
  hz=$(getconf CLK_TCK)
  cpu() { awk -v t="$1" -v n="$requests" -v hz="$hz" 'BEGIN { printf "%.3f ms", t * 1000 / hz / n }'; }
  echo "| $checkout | $commit | $(awk -v m="$ready_ms" 'BEGIN { printf "%.1f s", m / 1000 }') | $hwm MB | $rss MB | $rps | $p99 | $(cpu $((n1 - n0))) | $(cpu $((p1 - p0))) | $reads |"
  stop_pid "$node"
  node=""
done
