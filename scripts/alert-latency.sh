#!/usr/bin/env bash
# Alert latency: the time from POST /v1/offers until the school's webhook has the alert for it, on the national
# dataset with two nodes (both follow the change sequence and run Hangfire, as in production). Against a private
# PostgreSQL cluster in a temporary directory that it removes afterwards.
#
#   scripts/alert-latency.sh [--scale national|quick] [--offers N] [--all-schools] [--queue-poll S]
#       --scale       the generated dataset (tools/Matching.Bench generate): national (1,000,000 students, 250,000
#                     offers; the default) or quick (1/10)
#       --offers      offers to post, each fitting one seeking student of a school of its own (default 40)
#       --all-schools subscribe every school first (all their students), instead of each school just before its offer
#       --queue-poll  Jobs__QueuePollSeconds of both nodes (default: the service's default, 5)
#
# scripts/alert_latency.py picks the students and an accredited company near each, subscribes each school (a webhook
# to its own receiver on loopback) just before posting its offer, through node A and node B in turn, and waits for the
# notification. Prints p50, p95 and the maximum, and where the time goes. Ports: MATCHING_PG_PORT (default 55484),
# PORT (node A, default 8130; B the next). Not run by ./test.sh; the last result is in docs/alert-latency.md, which
# BENCHMARKS.md copies.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

scale=national offers=40 queue_poll="" all_schools=""
while [ $# -gt 0 ]; do
  case "$1" in
    --scale) scale=$2; shift 2 ;;
    --offers) offers=$2; shift 2 ;;
    --queue-poll) queue_poll=$2; shift 2 ;;
    --all-schools) all_schools=--all-schools; shift ;;
    *) echo "usage: $0 [--scale national|quick] [--offers N] [--all-schools] [--queue-poll S]" >&2; exit 2 ;;
  esac
done

port_a=${PORT:-8130}
port_b=$((port_a + 1))
pg_port=${MATCHING_PG_PORT:-55484}
work=$(mktemp -d /tmp/matching-alerts-XXXXXX)

# shellcheck source=scripts/lib/postgres.sh
. scripts/lib/postgres.sh
# shellcheck source=scripts/lib/processes.sh
. scripts/lib/processes.sh

pg_install_if_missing
bin=$(pg_bin_for "$work/pg")

dotnet build api/Matching.Api.csproj -c Release >/dev/null
dotnet build tools/Matching.Bench/Matching.Bench.csproj -c Release >/dev/null

stop_throwaway_on_exit "$bin" "$work"

pg_start_throwaway "$bin" "$work" "$pg_port"
connection="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=matching"
psql=("$bin/psql" -X -q -At -h 127.0.0.1 -p "$pg_port" -U postgres -d matching)

started=$SECONDS
dotnet tools/Matching.Bench/bin/Release/net10.0/Matching.Bench.dll generate --scale "$scale" --connection "$connection" | tail -n 1
echo "Dataset ($scale) generated and loaded in $((SECONDS - started)) s"

admin_key="mk_admin_alerts_$(head -c 24 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=\n')"
start_node() { # name port
  local name=$1 port=$2
  (
    cd api/bin/Release/net10.0
    exec env ASPNETCORE_URLS="http://127.0.0.1:$port" ASPNETCORE_ENVIRONMENT=Production ConnectionStrings__Matching="$connection" \
      Auth__BootstrapAdminKey="$admin_key" RateLimiting__BurstLimit=100000 RateLimiting__RequestsPerSecond=100000 \
      Delivery__AllowInsecureLoopback=true Jobs__Enabled=true Jobs__ServerName="node-$name" ${queue_poll:+Jobs__QueuePollSeconds=$queue_poll} \
      Logging__LogLevel__Default=Warning dotnet Matching.Api.dll
  ) >"$work/node-$name.log" 2>&1 &
  pids+=($!)
  local deadline=$((SECONDS + 900)) began=$SECONDS
  until curl -fs -o /dev/null --max-time 2 "http://127.0.0.1:$port/health/ready"; do
    kill -0 "${pids[-1]}" 2>/dev/null || { echo "Node $name stopped; its log:" >&2; tail -n 40 "$work/node-$name.log" >&2; exit 1; }
    [ "$SECONDS" -lt "$deadline" ] || { echo "Node $name was not ready within 900 s" >&2; exit 1; }
    sleep 1
  done
  echo "Node $name ready on port $port in $((SECONDS - began)) s"
}
start_node a "$port_a"
# The loaded offers are new to the alert detector: it records each one's state (no school has subscribed yet).
began=$SECONDS
until [ "$("${psql[@]}" -c "SELECT (SELECT last_seq FROM offer_alert_cursor) >= (SELECT max(seq) FROM changes)")" = t ]; do sleep 1; done
echo "The alert detector went through the loaded dataset's changes in $((SECONDS - began)) s"
start_node b "$port_b"

# Errors count from here: while a node loads, its readiness check logs "fail" lines by design.
for name in a b; do wc -l <"$work/node-$name.log" >"$work/node-$name.ready"; done

status=0
echo "1-minute load average before the offers: $(cut -d' ' -f1 /proc/loadavg) on $(nproc) cores"
python3 scripts/alert_latency.py --node-a "http://127.0.0.1:$port_a" --node-b "http://127.0.0.1:$port_b" --admin-key "$admin_key" \
  --psql "${psql[*]}" --offers "$offers" $all_schools || status=$?
since_ready() { for name in a b; do tail -n +"$(($(cat "$work/node-$name.ready") + 1))" "$work/node-$name.log"; done; }
log_errors=$(since_ready | grep -c '^fail: \|Unhandled exception' || true)
echo "Error lines in the nodes' logs once both were ready: $log_errors"
if [ "$log_errors" -gt 0 ]; then
  since_ready | grep -A6 '^fail: \|Unhandled exception' | head -n 60
  status=1
fi
exit "$status"
