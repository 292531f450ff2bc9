#!/usr/bin/env bash
# Soak test: a mixed read/write load on one node with the scheduler running, for --minutes (default 10), against a
# private PostgreSQL cluster in a temporary directory that it removes afterwards. Reports errors and the service's
# resident memory (VmRSS) at the start and the end, with a sample every 30 s.
#
#   scripts/soak.sh [--minutes N] [--rate R]     R requests per second in all (default 40)
#
# Ports: MATCHING_PG_PORT (default 55462) for PostgreSQL, PORT (default 8110) for the service. Not run by ./test.sh.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
root=$(pwd)
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

minutes=10 rate=40
while [ $# -gt 0 ]; do
  case "$1" in
    --minutes) minutes=$2; shift 2 ;;
    --rate) rate=$2; shift 2 ;;
    *) echo "usage: $0 [--minutes N] [--rate R]" >&2; exit 2 ;;
  esac
done

port=${PORT:-8110}
pg_port=${MATCHING_PG_PORT:-55462}
url="http://127.0.0.1:$port"
work=$(mktemp -d /tmp/matching-soak-XXXXXX)

# shellcheck source=scripts/lib/postgres.sh
. scripts/lib/postgres.sh
# shellcheck source=scripts/lib/processes.sh
. scripts/lib/processes.sh

pg_install_if_missing
bin=$(pg_bin_for "$work/pg")

dotnet build demo/Matching.Demo/Matching.Demo.csproj -c Release >/dev/null # and the service with it

stop_throwaway_on_exit "$bin" "$work"

pg_start_throwaway "$bin" "$work" "$pg_port"

admin_key="mk_admin_soak_$(head -c 24 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=\n')"
connection="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=matching"
# The demo data, loaded by the demo's seed command before the service starts.
ConnectionStrings__Matching="$connection" Auth__BootstrapAdminKey="$admin_key" Demo__KeysFile="$work/demo-keys.json" \
  Logging__LogLevel__Default=Warning dotnet demo/Matching.Demo/bin/Release/net10.0/Matching.Demo.dll seed
# The scheduler on (the shortfall job every 2 minutes, so that it runs during the soak), and a rate
# limit above the load: the soak measures the service, not its limiter.
(
  cd api/bin/Release/net10.0
  exec env ASPNETCORE_URLS="$url" ASPNETCORE_ENVIRONMENT=Production \
    ConnectionStrings__Matching="$connection" Auth__BootstrapAdminKey="$admin_key" \
    Jobs__Enabled=true Jobs__ShortfallCron="*/2 * * * *" Jobs__SchedulePollingSeconds=5 \
    RateLimiting__BurstLimit=100000 RateLimiting__RequestsPerSecond=100000 Logging__LogLevel__Default=Warning \
    dotnet Matching.Api.dll
) >"$work/api.log" 2>&1 &
api_pid=$!
pids+=("$api_pid")

deadline=$((SECONDS + 300))
until curl -fs -o /dev/null --max-time 2 "$url/health/ready"; do
  kill -0 "$api_pid" 2>/dev/null || { echo "The service stopped; its log:" >&2; tail -n 40 "$work/api.log" >&2; exit 1; }
  [ "$SECONDS" -lt "$deadline" ] || { echo "The service was not ready within 300 s" >&2; exit 1; }
  sleep 1
done
# The service runs under `dotnet`; its process is the child of the subshell's exec, i.e. api_pid itself.
rss() { awk '/^VmRSS/ {print $2}' "/proc/$api_pid/status"; }

echo "Warming up for 30 s..."
python3 scripts/soak_driver.py --url "$url" --keys "$work/demo-keys.json" --admin-key "$admin_key" --seconds 30 --rate "$rate" >/dev/null
rss_start=$(rss)
echo "Resident memory at the start: $((rss_start / 1024)) MiB"

python3 scripts/soak_driver.py --url "$url" --keys "$work/demo-keys.json" --admin-key "$admin_key" \
  --seconds $((minutes * 60)) --rate "$rate" --rss-pid "$api_pid" &
driver=$!
status=0
wait "$driver" || status=$?

rss_end=$(rss)
runs=$("$bin/psql" -X -tA -h 127.0.0.1 -p "$pg_port" -U postgres -d matching \
  -c "SELECT count(*) || ' shortfall runs, ' || count(*) FILTER (WHERE j.statename = 'Succeeded') || ' succeeded' FROM hangfire.job j
      JOIN hangfire.jobparameter p ON p.jobid = j.id AND p.name = 'RecurringJobId' AND p.value = '\"shortfall\"'")
echo "Scheduler: $runs"
echo "Resident memory: start $((rss_start / 1024)) MiB, end $((rss_end / 1024)) MiB ($(( (rss_end - rss_start) / 1024 )) MiB)"
log_errors=$(grep -c '^fail: \|Unhandled exception' "$work/api.log" || true)
echo "Error lines in the service log: $log_errors"
[ "$log_errors" -eq 0 ] || status=1
exit "$status"
