#!/usr/bin/env bash
# Runs the API locally with demo data, against a private PostgreSQL cluster kept in .data/.
# PORT (default 8080) is the API's port, MATCHING_PG_PORT (default 55432) PostgreSQL's. Ctrl-C stops both.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
root=$(pwd)
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

port=${PORT:-8080}
pg_port=${MATCHING_PG_PORT:-55432}
data="$root/.data"
pg_data="$data/pg"
pg_log="$data/pg.log"
socket_dir="/tmp/matching-pg-$pg_port" # repo paths can exceed the 107-character socket path limit
url="http://127.0.0.1:$port"

# shellcheck source=scripts/lib/postgres.sh
. scripts/lib/postgres.sh

missing=()
compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null || missing+=(postgresql postgresql-contrib)
command -v curl >/dev/null || missing+=(curl)
if [ "${#missing[@]}" -gt 0 ]; then
  echo "Installing ${missing[*]}..."
  as_root apt-get update
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y "${missing[@]}"
fi

# The demo's seed tool builds the service with it.
dotnet build demo/Matching.Demo/Matching.Demo.csproj -c Release

api_pid="" ready_pid="" started_pg=0
cleanup() {
  trap - INT TERM EXIT
  # Keep going even if our output went to a pipe that Ctrl-C already closed (./run.sh | tee …).
  set +e
  trap '' PIPE
  [ -z "$ready_pid" ] || kill "$ready_pid" 2>/dev/null || true
  if [ -n "$api_pid" ] && kill -0 "$api_pid" 2>/dev/null; then
    echo "Stopping the API..."
    kill -TERM "$api_pid" 2>/dev/null || true
    for _ in $(seq 1 300); do kill -0 "$api_pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$api_pid" 2>/dev/null || true
  fi
  if [ "$started_pg" -eq 1 ] && as_pg "$bin/pg_ctl" -D "$pg_data" status >/dev/null 2>&1; then
    echo "Stopping PostgreSQL..."
    as_pg "$bin/pg_ctl" -D "$pg_data" stop -m fast || true
  fi
}
trap 'cleanup; exit 130' INT
trap 'cleanup; exit 143' TERM
trap cleanup EXIT

bin=$(pg_bin_for "$pg_data")
pg_reachable_dir "$data"
pg_init_cluster "$bin" "$pg_data"

if as_pg "$bin/pg_ctl" -D "$pg_data" status >/dev/null 2>&1; then
  # Another run (or a crashed one) left it running: use it, and leave it running on exit.
  pg_port=$(sed -n 4p "$pg_data/postmaster.pid")
  echo "PostgreSQL is already running on port $pg_port; reusing it"
else
  mkdir -p "$socket_dir"
  touch "$pg_log"
  if is_root; then chown postgres:postgres "$socket_dir" "$pg_log"; fi
  started_pg=1
  if ! as_pg "$bin/pg_ctl" -D "$pg_data" -l "$pg_log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $pg_port -c unix_socket_directories=$socket_dir" start >/dev/null; then
    echo "PostgreSQL did not start; the end of $pg_log:" >&2
    tail -n 20 "$pg_log" >&2
    exit 1
  fi
  echo "PostgreSQL started on 127.0.0.1:$pg_port (log: $pg_log)"
fi

psql=("$bin/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$pg_port" -U postgres -d postgres)
if [ "$("${psql[@]}" -tAc "SELECT 1 FROM pg_database WHERE datname = 'matching'")" != 1 ]; then
  "${psql[@]}" -c "CREATE DATABASE matching"
fi

# The bootstrap admin key is generated once and kept, so clients keep working across restarts.
if [ ! -s "$data/admin-key" ]; then
  (umask 077 && echo "mk_admin_$(head -c 32 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=\n')" >"$data/admin-key")
fi
chmod 600 "$data/admin-key"
admin_key=$(tr -d '\n' <"$data/admin-key")
connection="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=matching"

# Migrates the database and loads the demo data into it when it is empty (not again on later runs); writes the demo
# keys when the keys file is missing.
ConnectionStrings__Matching="$connection" Auth__BootstrapAdminKey="$admin_key" Demo__KeysFile="$data/demo-keys.json" \
  dotnet demo/Matching.Demo/bin/Release/net10.0/Matching.Demo.dll seed

# Run from the build output so that appsettings.json is found in the content root. The demo lets webhooks reach
# loopback over http, so that the README's alerts walkthrough can run a receiver of its own; never in production. The
# node keeps a snapshot of its indexes in .data/index-snapshots and starts from it next time.
(
  cd api/bin/Release/net10.0
  exec env ASPNETCORE_URLS="$url" ASPNETCORE_ENVIRONMENT=Production \
    ConnectionStrings__Matching="$connection" Auth__BootstrapAdminKey="$admin_key" \
    Delivery__AllowInsecureLoopback=true Indexing__SnapshotDirectory="$data/index-snapshots" \
    dotnet Matching.Api.dll
) &
api_pid=$!

# Once the API is ready, repeat the demo keys and where to look, in case its own output scrolled by.
(
  deadline=$((SECONDS + 120))
  while [ "$SECONDS" -lt "$deadline" ]; do
    if curl -fs -o /dev/null --max-time 2 "$url/health/ready"; then
      echo
      echo "Demo keys ($data/demo-keys.json):"
      cat "$data/demo-keys.json" 2>/dev/null || echo "(not written)"
      echo
      echo "Admin key: $data/admin-key"
      echo "Swagger UI: $url/swagger"
      echo "Jobs dashboard: $url/jobs/dashboard (sign in with the admin or coordinator key)"
      exit 0
    fi
    kill -0 "$api_pid" 2>/dev/null || exit 0
    sleep 1
  done
  echo "warning: $url/health/ready did not answer 200 within 120 s" >&2
) &
ready_pid=$!

status=0
wait "$api_pid" || status=$?
api_pid=""
exit "$status"
