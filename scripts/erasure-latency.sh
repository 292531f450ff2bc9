#!/usr/bin/env bash
# Erasure latency: the time from DELETE /v1/students/{id} until no node returns the student anywhere (an offer's
# candidates, its placement, its export), with two nodes on the demo data under a mixed load. Against a private
# PostgreSQL cluster in a temporary directory that it removes afterwards, as ./run.sh runs the service.
#
#   scripts/erasure-latency.sh [--students N] [--rate R]    N erasures (1-100, default 100); R requests per second
#                                                           of load on each node (default 20)
#
# Node A seeds the demo data and runs the jobs; node B only serves. Both get the soak's load (scripts/soak_driver.py:
# matches, candidates, search, shortfalls, students created, replaced and erased) while scripts/erasure_latency.py
# erases N students of its own, through A and B in turn, and polls both nodes after each DELETE (it says how).
# Prints p50, p95 and the maximum. Ports: MATCHING_PG_PORT (default 55472), PORT (node A, default 8120; B the next).
# Not run by ./test.sh; the last result is in docs/erasure-latency.md, which BENCHMARKS.md copies.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

students=100 rate=20
while [ $# -gt 0 ]; do
  case "$1" in
    --students) students=$2; shift 2 ;;
    --rate) rate=$2; shift 2 ;;
    *) echo "usage: $0 [--students N] [--rate R]" >&2; exit 2 ;;
  esac
done

port_a=${PORT:-8120}
port_b=$((port_a + 1))
pg_port=${MATCHING_PG_PORT:-55472}
work=$(mktemp -d /tmp/matching-erasure-XXXXXX)

# shellcheck source=scripts/lib/postgres.sh
. scripts/lib/postgres.sh
# shellcheck source=scripts/lib/processes.sh
. scripts/lib/processes.sh

pg_install_if_missing
bin=$(pg_bin_for "$work/pg")

dotnet build demo/Matching.Demo/Matching.Demo.csproj -c Release >/dev/null # and the service with it

stop_throwaway_on_exit "$bin" "$work"

pg_start_throwaway "$bin" "$work" "$pg_port"

admin_key="mk_admin_erasure_$(head -c 24 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=\n')"
start_node() { # name port, then extra environment
  local name=$1 port=$2
  shift 2
  (
    cd api/bin/Release/net10.0
    exec env ASPNETCORE_URLS="http://127.0.0.1:$port" ASPNETCORE_ENVIRONMENT=Production \
      ConnectionStrings__Matching="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=matching" \
      Auth__BootstrapAdminKey="$admin_key" RateLimiting__BurstLimit=100000 RateLimiting__RequestsPerSecond=100000 \
      Logging__LogLevel__Default=Warning "$@" dotnet Matching.Api.dll
  ) >"$work/node-$name.log" 2>&1 &
  pids+=($!)
  local deadline=$((SECONDS + 300))
  until curl -fs -o /dev/null --max-time 2 "http://127.0.0.1:$port/health/ready"; do
    kill -0 "${pids[-1]}" 2>/dev/null || { echo "Node $name stopped; its log:" >&2; tail -n 40 "$work/node-$name.log" >&2; exit 1; }
    [ "$SECONDS" -lt "$deadline" ] || { echo "Node $name was not ready within 300 s" >&2; exit 1; }
    sleep 0.5
  done
  echo "Node $name ready on port $port"
}
ConnectionStrings__Matching="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=matching" Auth__BootstrapAdminKey="$admin_key" \
  Demo__KeysFile="$work/demo-keys.json" Logging__LogLevel__Default=Warning dotnet demo/Matching.Demo/bin/Release/net10.0/Matching.Demo.dll seed
start_node a "$port_a" Jobs__Enabled=true
start_node b "$port_b" Jobs__Enabled=false

measure=(python3 scripts/erasure_latency.py --node-a "http://127.0.0.1:$port_a" --node-b "http://127.0.0.1:$port_b"
  --keys "$work/demo-keys.json" --admin-key "$admin_key" --state "$work/state.json" --students "$students")
"${measure[@]}" setup

drivers=()
for port in "$port_a" "$port_b"; do
  python3 scripts/soak_driver.py --url "http://127.0.0.1:$port" --keys "$work/demo-keys.json" --admin-key "$admin_key" \
    --seconds 3600 --rate "$rate" --stop-file "$work/stop" >"$work/load-$port.log" 2>&1 &
  drivers+=($!)
  pids+=($!)
done
echo "Load: $rate requests/s on each node; 15 s to settle before the first erasure"
sleep 15

status=0
echo "1-minute load average before the erasures: $(cut -d' ' -f1 /proc/loadavg) on $(nproc) cores"
"${measure[@]}" measure || status=$?
touch "$work/stop"
for driver in "${drivers[@]}"; do wait "$driver" || status=1; done
for port in "$port_a" "$port_b"; do
  echo "Load on port $port: $(grep ' requests in ' "$work/load-$port.log" || echo 'no summary')"
done
log_errors=$(cat "$work"/node-*.log | grep -c '^fail: \|Unhandled exception' || true)
echo "Error lines in the nodes' logs: $log_errors"
[ "$log_errors" -eq 0 ] || status=1
exit "$status"
