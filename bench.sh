#!/usr/bin/env bash
# Measures the service at national scale and rewrites BENCHMARKS.md: the dataset load, the match in process against
# a PostgreSQL full-text baseline, HTTP load with wrk, index start-up (rebuilt, and from an index snapshot), a write seen
# on a second node under load, the shortfall job with report delivery, and the engine micro-benchmarks
# (tests/Matching.Benchmarks, when present) with the comparison against Lucene.Net on a generated corpus.
#   ./bench.sh            the national dataset: 1,000,000 students, 250,000 offers, 100,000 companies
#   ./bench.sh --quick    the same at 1/10 size
#   --load-only           only generate and load the dataset (when not loaded yet), then stop
# The dataset is generated once per scale and kept in a private PostgreSQL cluster under .bench/ (git-ignored).
# MATCHING_PG_PORT (default: the first free port from 55442) and PORT (default: the first free from 8090) set the ports.
# WRK_DURATION (seconds, default 30, 10 with --quick) and WRK_CONNECTIONS (default 16) shape the HTTP load.
# BENCH_ENGINE_ARGS adds arguments to the engine benchmarks (e.g. --latency-only, to skip BenchmarkDotNet).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
root=$(pwd)
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

scale=national load_only=0
for arg in "$@"; do
  case "$arg" in
    --quick) scale=quick ;;
    --load-only) load_only=1 ;;
    *) echo "usage: ./bench.sh [--quick] [--load-only]" >&2; exit 2 ;;
  esac
done
command_line="${BENCH_ENGINE_ARGS:+BENCH_ENGINE_ARGS=\"$BENCH_ENGINE_ARGS\" }./bench.sh$([ "$scale" = quick ] && echo " --quick" || true)"
wrk_duration=${WRK_DURATION:-$([ "$scale" = quick ] && echo 10 || echo 30)}
wrk_connections=${WRK_CONNECTIONS:-16}

bench="$root/.bench"
pg_data="$bench/pg"
pg_log="$bench/pg.log"
run="$bench/run-$scale"
results="$run/results.env"
database="matching_$scale"

# shellcheck source=scripts/lib/postgres.sh
. scripts/lib/postgres.sh
# shellcheck source=scripts/lib/processes.sh
. scripts/lib/processes.sh
log() { printf '\n== %s (%s)\n' "$*" "$(date -u +%H:%M:%S)"; }
port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
free_port() {
  local port=$1
  while port_in_use "$port"; do port=$((port + 1)); done
  echo "$port"
}
now_ms() { date +%s%3N; }
# Appends name=value to the results; a later value of the same name wins when they are read back.
record() { echo "$1=$2" >>"$results"; echo "  $1 = $2"; }
result() { sed -n "s/^$1=//p" "$results" | tail -n 1; }

missing=()
compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null || missing+=(postgresql postgresql-contrib)
command -v wrk >/dev/null || missing+=(wrk)
command -v curl >/dev/null || missing+=(curl)
command -v jq >/dev/null || missing+=(jq)
command -v python3 >/dev/null || missing+=(python3)
if [ "${#missing[@]}" -gt 0 ]; then
  echo "Installing ${missing[*]}..."
  as_root apt-get update
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y "${missing[@]}"
fi

log "Building (Release)"
dotnet build tools/Matching.Bench/Matching.Bench.csproj -c Release -nologo -v q
bench_tool=(dotnet "$root/tools/Matching.Bench/bin/Release/net10.0/Matching.Bench.dll")

started_pg=0
cleanup() {
  trap - INT TERM EXIT
  set +e
  for pid in ${pids[@]+"${pids[@]}"}; do stop_pid "$pid"; done
  if [ "$started_pg" -eq 1 ]; then
    as_pg "$bin/pg_ctl" -D "$pg_data" stop -m fast >/dev/null
  fi
}
trap 'cleanup; exit 130' INT
trap 'cleanup; exit 143' TERM
trap cleanup EXIT

# The private cluster, as run.sh keeps its own: created once, started for this run, stopped at the end.
bin=$(pg_bin_for "$pg_data")
pg_reachable_dir "$bench"
pg_init_cluster "$bin" "$pg_data"
if as_pg "$bin/pg_ctl" -D "$pg_data" status >/dev/null 2>&1; then
  pg_port=$(sed -n 4p "$pg_data/postmaster.pid")
  echo "PostgreSQL is already running on port $pg_port; reusing it"
else
  pg_port=${MATCHING_PG_PORT:-$(free_port 55442)}
  socket_dir="/tmp/matching-bench-pg-$pg_port"
  mkdir -p "$socket_dir"
  touch "$pg_log"
  if is_root; then chown postgres:postgres "$socket_dir" "$pg_log"; fi
  started_pg=1
  # Settings for a 2-core machine with a few GB to spare; the same for the baseline and the service.
  as_pg "$bin/pg_ctl" -D "$pg_data" -l "$pg_log" -w -t 120 -o "-c listen_addresses=127.0.0.1 -p $pg_port \
    -c unix_socket_directories=$socket_dir -c shared_buffers=1GB -c work_mem=32MB -c maintenance_work_mem=512MB \
    -c max_connections=200 -c max_wal_size=4GB" start >/dev/null
  echo "PostgreSQL started on 127.0.0.1:$pg_port"
fi
psql=("$bin/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$pg_port" -U postgres)
connection="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=$database;Maximum Pool Size=100"

rm -rf "$run"
mkdir -p "$run"
: >"$results"

# --- 1. The dataset, generated and loaded once per scale; its figures are kept with it. --------------------------
dataset_results="$bench/dataset-$scale.env"
loaded=$("${psql[@]}" -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$database'")
if [ "$loaded" = 1 ] && [ -s "$dataset_results" ] &&
  [ "$("${psql[@]}" -d "$database" -tAc "SELECT EXISTS (SELECT 1 FROM students)")" = t ]; then
  log "Reusing the $scale dataset in database $database (loaded $(sed -n 's/^dataset_loaded_at=//p' "$dataset_results"))"
else
  log "Generating and loading the $scale dataset into $database"
  "${psql[@]}" -d postgres -c "DROP DATABASE IF EXISTS $database" -c "CREATE DATABASE $database"
  : >"$dataset_results.tmp"
  started=$(now_ms)
  "${bench_tool[@]}" generate --scale "$scale" --connection "$connection" --results "$dataset_results.tmp"
  echo "generate_command_seconds=$(( ($(now_ms) - started) / 1000 ))" >>"$dataset_results.tmp"
  echo "dataset_loaded_at=$(date -u +%Y-%m-%dT%H:%MZ)" >>"$dataset_results.tmp"
  mv "$dataset_results.tmp" "$dataset_results"
fi
cat "$dataset_results" >>"$results"
if [ "$load_only" -eq 1 ]; then
  cat "$dataset_results"
  exit 0
fi
echo "database_size=$("${psql[@]}" -d "$database" -tAc "SELECT pg_size_pretty(pg_database_size(current_database()))")" >>"$results"

# --- 3. The match in process against the PostgreSQL baseline, on one sample of students. ---------------------------
log "Match in process vs the PostgreSQL baseline"
# The 1-minute load average before each measurement: on a shared machine it explains slow figures.
record load_before_compare "$(cut -d' ' -f1 /proc/loadavg)"
sample=$([ "$scale" = quick ] && echo 2000 || echo 10000)
baseline_sample=$([ "$scale" = quick ] && echo 300 || echo 1000)
"${bench_tool[@]}" compare --connection "$connection" --students "$sample" --baseline-students "$baseline_sample" \
  --ids-out "$run/student-ids.txt" --results "$results" | tee "$run/compare.log"

# --- The service: node A runs the jobs; node B (later) only serves. -----------------------------------------------
admin_key="mk_admin_bench_$(head -c 24 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=\n')"
port_a=$(free_port "${PORT:-8090}")
port_b=$(free_port $((port_a + 1)))
hook_port=$(free_port $((port_b + 1)))
start_node() { # name port jobs-enabled [index-snapshot-folder]
  local name=$1 port=$2 jobs=$3 snapshots=${4:-}
  (
    cd api/bin/Release/net10.0
    # The per-key token bucket is lifted so that it does not shape the load test.
    exec env ASPNETCORE_URLS="http://127.0.0.1:$port" ASPNETCORE_ENVIRONMENT=Production \
      ConnectionStrings__Matching="$connection" Auth__BootstrapAdminKey="$admin_key" Indexing__SnapshotDirectory="$snapshots" \
      RateLimiting__BurstLimit=1000000 RateLimiting__RequestsPerSecond=1000000 \
      Jobs__Enabled="$jobs" Delivery__AllowInsecureLoopback=true Jobs__QueuePollSeconds=1 \
      Logging__LogLevel__Default=Information Logging__LogLevel__Microsoft.AspNetCore=Warning \
      dotnet Matching.Api.dll
  ) >"$run/node-$name.log" 2>&1 &
  echo $!
}
# Waits for /health/ready and prints the milliseconds it took since $2 (ms since the epoch).
wait_ready() {
  local port=$1 started=$2 pid=$3
  while ! curl -fs -o /dev/null --max-time 2 "http://127.0.0.1:$port/health/ready"; do
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "The node on port $port stopped; see its log in $run" >&2
      return 1
    fi
    if [ $(( $(now_ms) - started )) -gt 900000 ]; then
      echo "The node on port $port was not ready within 15 minutes" >&2
      return 1
    fi
    sleep 0.1
  done
  echo $(( $(now_ms) - started ))
}
kib_to_mb() { awk -v k="$1" 'BEGIN { printf "%.0f", k / 1024 }'; }
status_kib() { awk -v f="$2:" '$1 == f { print $2 }' "/proc/$1/status"; }
api=(curl -fsS --max-time 60 -H "X-Api-Key: $admin_key")

# --- 6. Start-up to ready, and the memory once ready. ------------------------------------------------------------
log "Starting node A on port $port_a"
record load_before_startup "$(cut -d' ' -f1 /proc/loadavg)"
started=$(now_ms)
node_a=$(start_node a "$port_a" true)
pids+=("$node_a")
ready_ms=$(wait_ready "$port_a" "$started" "$node_a")
record startup_ready_ms "$ready_ms"
record startup_index_ms "$(sed -n 's/.*Match indexes loaded: .* in \([0-9]*\) ms.*/\1/p' "$run/node-a.log" | tail -n 1)"
record ready_rss_mb "$(kib_to_mb "$(status_kib "$node_a" VmRSS)")"
record ready_hwm_mb "$(kib_to_mb "$(status_kib "$node_a" VmHWM)")"

# --- 4. HTTP load: the ceiling (/health/live), then matches for the sampled students. -------------------------------
# Portals send keys issued through the API (the bootstrap key from configuration is for issuing those), so the load does too.
issued_key=$("${api[@]}" -X POST "http://127.0.0.1:$port_a/v1/api-keys" -H "Content-Type: application/json" \
  -d '{"name": "bench", "role": "admin"}' | jq -r .key)
cat >"$run/matches.lua" <<EOF
-- GET /v1/students/{id}/matches for a random student of the sample, with an admin key issued through the API.
local ids = {}
for line in io.lines("$run/student-ids.txt") do ids[#ids + 1] = line end
wrk.headers["X-Api-Key"] = "$issued_key"
math.randomseed(os.time())
request = function()
  return wrk.format("GET", "/v1/students/" .. ids[math.random(#ids)] .. "/matches")
end
EOF
cat >"$run/report.lua" <<'EOF'
-- Appends one machine-readable line: requests/s, latency percentiles in ms, and the errors.
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("wrk_result rps=%.1f p50=%.3f p99=%.3f requests=%d non2xx=%d socket=%d\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.requests, e.status, e.connect + e.read + e.write + e.timeout))
end
EOF
cat "$run/report.lua" >>"$run/matches.lua"
run_wrk() { # name url script
  local name=$1 url=$2 script=$3
  wrk -t2 -c"$wrk_connections" -d"${wrk_duration}s" --latency -s "$script" "$url" | tee "$run/wrk-$name.txt"
  local line
  line=$(grep '^wrk_result' "$run/wrk-$name.txt")
  for pair in ${line#wrk_result }; do record "http_${name}_${pair%%=*}" "${pair#*=}"; done
}
log "wrk: /health/live (the ceiling), ${wrk_duration}s, $wrk_connections connections"
record load_before_wrk "$(cut -d' ' -f1 /proc/loadavg)"
run_wrk live "http://127.0.0.1:$port_a/health/live" "$run/report.lua"
log "wrk: GET /v1/students/{id}/matches, ${wrk_duration}s, $wrk_connections connections"
# The CPU each process spends on the load: the node, and PostgreSQL (the postmaster and its backends), from /proc.
cpu_ticks() { # prints "pid ticks" for the node and every process of the cluster
  local master
  master=$(sed -n 1p "$pg_data/postmaster.pid")
  for pid in "$node_a" "$master" $(pgrep -P "$master"); do
    [ -r "/proc/$pid/stat" ] && echo "$pid $(awk '{ print $14 + $15 }' "/proc/$pid/stat")"
  done
  return 0
}
# A warm-up run first, not recorded: the JIT's tiers, the connection pool and the student rows' pages settle in.
wrk -t2 -c"$wrk_connections" -d"$(( (wrk_duration + 2) / 3 ))s" -s "$run/matches.lua" "http://127.0.0.1:$port_a" >"$run/wrk-warmup.txt"
cpu_ticks >"$run/cpu-before.txt"
run_wrk matches "http://127.0.0.1:$port_a" "$run/matches.lua"
cpu_ticks >"$run/cpu-after.txt"
# Per request, in ms: a process that started during the load counts from 0.
read -r node_cpu pg_cpu < <(awk -v node="$node_a" -v hz="$(getconf CLK_TCK)" -v n="$(result http_matches_requests)" '
  NR == FNR { before[$1] = $2; next }
  { d = $2 - before[$1]; if ($1 == node) s += d; else p += d }
  END { printf "%.3f %.3f\n", s * 1000 / hz / n, p * 1000 / hz / n }' "$run/cpu-before.txt" "$run/cpu-after.txt")
record http_matches_node_cpu_ms "$node_cpu"
record http_matches_pg_cpu_ms "$pg_cpu"
record http_ratio "$(awk -v m="$(result http_matches_rps)" -v l="$(result http_live_rps)" 'BEGIN { printf "%.2f", m / l }')"
record after_load_rss_mb "$(kib_to_mb "$(status_kib "$node_a" VmRSS)")"

# --- 6. A write through node A, seen in matches on node B while B is under load. ----------------------------------
log "Starting node B on port $port_b (jobs off)"
started=$(now_ms)
node_b=$(start_node b "$port_b" false)
pids+=("$node_b")
ready_ms=$(wait_ready "$port_b" "$started" "$node_b")
record startup_b_ready_ms "$ready_ms"
student_id=$(head -n 1 "$run/student-ids.txt")
student=$("${api[@]}" "http://127.0.0.1:$port_a/v1/students/$student_id")
crebo=$(jq -r .crebo <<<"$student")
path=$(jq -r .learningPath <<<"$student")
level=$(jq -r .level <<<"$student")
pc4=$(jq -r .pc4 <<<"$student")
start=$(jq -r --arg today "$(date -u +%F)" '[.availableFrom, $today] | max' <<<"$student")
end=$(date -u -d "$start + 90 days" +%F)
kvk=$(printf '9%07d' $((RANDOM * 32768 + RANDOM)) | cut -c1-8)
company=$("${api[@]}" -H 'Content-Type: application/json' -d "{\"kvk\": \"$kvk\", \"name\": \"Bench Leerbedrijf $kvk B.V.\",
  \"sectorCode\": \"$(jq -r .sectorCode <<<"$("${api[@]}" "http://127.0.0.1:$port_a/v1/qualifications/$crebo")")\", \"pc4\": $pc4}" \
  "http://127.0.0.1:$port_a/v1/companies" | jq -r .id)
"${api[@]}" -o /dev/null -H 'Content-Type: application/json' -d "{\"crebo\": $crebo, \"learningPath\": \"$path\", \"validFrom\": \"2000-01-01\"}" \
  "http://127.0.0.1:$port_a/v1/companies/$company/accreditations"
wrk -t1 -c"$wrk_connections" -d"$((wrk_duration + 30))s" --latency -s "$run/matches.lua" "http://127.0.0.1:$port_b" >"$run/wrk-node-b.txt" &
wrk_b=$!
pids+=("$wrk_b")
sleep 2 # let the load on B build up before the write
written=$(now_ms)
offer=$("${api[@]}" -H 'Content-Type: application/json' -d "{\"companyId\": \"$company\", \"title\": \"Stage bench $kvk\",
  \"description\": \"Een plek om te zien hoe snel een nieuw aanbod overal zichtbaar is.\", \"crebos\": [$crebo],
  \"levelMin\": $level, \"levelMax\": $level, \"learningPath\": \"$path\", \"pc4\": $pc4,
  \"startDate\": \"$start\", \"endDate\": \"$end\", \"places\": 1}" "http://127.0.0.1:$port_a/v1/offers" | jq -r .id)
seen=""
while [ $(( $(now_ms) - written )) -lt 60000 ]; do
  if "${api[@]}" "http://127.0.0.1:$port_b/v1/students/$student_id/matches?sort=distance&limit=100" | grep -q "$offer"; then
    seen=$(( $(now_ms) - written ))
    break
  fi
  sleep 0.02
done
record write_visible_on_b_ms "${seen:-not within 60000}"
wait "$wrk_b" || true
line=$(grep '^wrk_result' "$run/wrk-node-b.txt" || true)
for pair in ${line#wrk_result }; do record "http_b_${pair%%=*}" "${pair#*=}"; done
stop_pid "$node_b"

# --- 5. The shortfall job and the delivery of its report by webhook, on node A. -------------------------------------
log "Shortfall job and report delivery"
python3 - "$hook_port" "$run/webhooks" >"$run/webhook.log" 2>&1 <<'EOF' &
import http.server, os, sys, time
folder = sys.argv[2]
os.makedirs(folder, exist_ok=True)
class Receiver(http.server.BaseHTTPRequestHandler):
    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        with open(os.path.join(folder, "%d.json" % (time.time() * 1000)), "wb") as f:
            f.write(body)
        self.send_response(204)
        self.end_headers()
http.server.HTTPServer(("127.0.0.1", int(sys.argv[1])), Receiver).serve_forever()
EOF
pids+=($!)
regions=$("${api[@]}" "http://127.0.0.1:$port_a/v1/regions" | jq -c '[(if type == "array" then . else .items end)[] | .code]')
coordinator=$("${api[@]}" -H 'Content-Type: application/json' -d "{\"name\": \"Bench coordinator\", \"role\": \"coordinator\", \"regions\": $regions}" \
  "http://127.0.0.1:$port_a/v1/api-keys")
subscription=$("${api[@]}" -H 'Content-Type: application/json' -d "{\"apiKeyId\": \"$(jq -r .apiKey.id <<<"$coordinator")\",
  \"webhookUrl\": \"http://127.0.0.1:$hook_port/report\", \"webhookSecret\": \"bench-secret-$(head -c 12 /dev/urandom | base64 | tr -d '=+/')\"}" \
  "http://127.0.0.1:$port_a/v1/subscriptions" | jq -r .id)
hwm_before=$(status_kib "$node_a" VmHWM)
rss_before=$(status_kib "$node_a" VmRSS)
triggered=$(now_ms)
"${api[@]}" -o /dev/null -X POST "http://127.0.0.1:$port_a/v1/jobs/shortfall/run"
# Peak memory while the job runs: VmHWM is the process's lifetime peak, so the peak of VmRSS is sampled too.
peak=$rss_before
job=""
while [ $(( $(now_ms) - triggered )) -lt 900000 ]; do
  rss=$(status_kib "$node_a" VmRSS)
  [ "$rss" -le "$peak" ] || peak=$rss
  job=$("${api[@]}" "http://127.0.0.1:$port_a/v1/jobs" | jq -c '[(if type == "array" then . else .items end)[] | select(.name == "shortfall")][0]')
  finished=$(jq -r '.lastFinishedAt // empty' <<<"$job")
  if [ -n "$finished" ] && [ "$(date -d "$finished" +%s%3N)" -ge "$triggered" ]; then break; fi
  sleep 0.2
done
record shortfall_outcome "$(jq -r .lastOutcome <<<"$job")"
record shortfall_duration_ms "$(jq -r .lastDurationMs <<<"$job")"
record shortfall_peak_rss_mb "$(kib_to_mb "$peak")"
record shortfall_rss_before_mb "$(kib_to_mb "$rss_before")"
record shortfall_hwm_grew "$([ "$(status_kib "$node_a" VmHWM)" -gt "$hwm_before" ] && echo yes || echo no)"
status="" delivered=""
# The delivery job runs right after a successful shortfall run; a failed run delivers nothing.
if [ "$(jq -r .lastOutcome <<<"$job")" = succeeded ]; then
  while [ $(( $(now_ms) - triggered )) -lt 300000 ]; do
    deliveries=$("${api[@]}" "http://127.0.0.1:$port_a/v1/subscriptions/$subscription/deliveries")
    status=$(jq -r '[(if type == "array" then . else .items end)[] | select(.channel == "webhook")][0].status // empty' <<<"$deliveries")
    if [ "$status" = delivered ] || [ "$status" = failed ]; then
      delivered=$(jq -r '[(if type == "array" then . else .items end)[] | select(.channel == "webhook")][0].deliveredAt // empty' <<<"$deliveries")
      break
    fi
    sleep 0.2
  done
fi
record delivery_status "${status:-none}"
[ -z "$delivered" ] || record delivery_after_trigger_ms $(( $(date -d "$delivered" +%s%3N) - triggered ))
record delivery_report_kb "$(find "$run/webhooks" -type f -printf '%s\n' 2>/dev/null | awk '{ s += $1 } END { printf "%.0f", s / 1024 }')"
week=$("${api[@]}" "http://127.0.0.1:$port_a/v1/shortfalls?limit=1" | jq -r '.week // empty')
if [ -n "$week" ]; then
  for format in json csv html; do
    record "report_${format}_ms" "$(curl -fsS -o /dev/null -w '%{time_total}' --max-time 300 -H "X-Api-Key: $admin_key" \
      "http://127.0.0.1:$port_a/v1/reports/$week?format=$format" | awk '{ printf "%.0f", $1 * 1000 }')"
  done
fi
record final_hwm_mb "$(kib_to_mb "$(status_kib "$node_a" VmHWM)")"
stop_pid "$node_a"

# --- 4. (continued) Start-up from an index snapshot: node C (jobs off) rebuilds with a snapshot folder and writes its
# snapshot in the background once ready; stopped and started again, it loads that snapshot and catches up instead.
log "Start-up from an index snapshot (node C on port $port_a, jobs off)"
record load_before_snapshot "$(cut -d' ' -f1 /proc/loadavg)"
started=$(now_ms)
node_c=$(start_node c "$port_a" false "$run/snapshots")
pids+=("$node_c")
record snapshot_rebuild_ready_ms "$(wait_ready "$port_a" "$started" "$node_c")"
while ! grep -q "Index snapshot written\|No index snapshot written" "$run/node-c.log"; do
  kill -0 "$node_c" 2>/dev/null || break
  sleep 0.2
done
record snapshot_write_ms "$(sed -n 's/.*Index snapshot written at change [0-9]*: [0-9.]* MB in \([0-9]*\) ms.*/\1/p' "$run/node-c.log" | head -n 1)"
record snapshot_mb "$(sed -n 's/.*Index snapshot written at change [0-9]*: \([0-9.]*\) MB.*/\1/p' "$run/node-c.log" | head -n 1)"
stop_pid "$node_c"
started=$(now_ms)
node_c=$(start_node c-restart "$port_a" false "$run/snapshots")
pids+=("$node_c")
record snapshot_ready_ms "$(wait_ready "$port_a" "$started" "$node_c")"
record snapshot_index_ms "$(sed -n 's/.*Match indexes loaded: .* in \([0-9]*\) ms, from the snapshot.*/\1/p' "$run/node-c-restart.log" | tail -n 1)"
record snapshot_ready_rss_mb "$(kib_to_mb "$(status_kib "$node_c" VmRSS)")"
record snapshot_ready_hwm_mb "$(kib_to_mb "$(status_kib "$node_c" VmHWM)")"
stop_pid "$node_c"
rm -rf "$run/snapshots"

# --- 2. The engine micro-benchmarks, when the project exists. -----------------------------------------------------
engine_md=()
if [ -f tests/Matching.Benchmarks/Matching.Benchmarks.csproj ]; then
  log "Engine benchmarks (BenchmarkDotNet)"
  # The project writes its reports to BenchmarkDotNet.Artifacts/results under the current folder; old ones go first.
  rm -rf BenchmarkDotNet.Artifacts/results
  bdn_args=()
  [ "$scale" != quick ] || bdn_args+=(--quick)
  # BENCH_ENGINE_ARGS adds arguments, e.g. --latency-only to skip BenchmarkDotNet's repeated national index builds.
  read -ra extra_engine_args <<<"${BENCH_ENGINE_ARGS:-}"
  bdn_args+=(${extra_engine_args[@]+"${extra_engine_args[@]}"})
  # A failing benchmark run is reported, not fatal: the service's figures are still written.
  if ! MATCHING_BENCH_SCALE=$scale dotnet run -c Release --project tests/Matching.Benchmarks -- ${bdn_args[@]+"${bdn_args[@]}"} 2>&1 |
    tee "$run/benchmarks.log"; then
    echo "warning: the engine benchmarks failed; see $run/benchmarks.log" >&2
  fi
  log "Engine vs Lucene.Net on the same corpus and queries (BenchmarkDotNet)"
  record load_before_peer "$(cut -d' ' -f1 /proc/loadavg)"
  # Its own generated corpus of 100,000 documents at either scale; it writes lucene-peer.md beside the other reports.
  if ! dotnet run -c Release --project tests/Matching.Benchmarks -- --peer 2>&1 | tee "$run/peer.log"; then
    echo "warning: the Lucene.Net comparison failed; see $run/peer.log" >&2
  fi
  while IFS= read -r file; do engine_md+=("$file"); done < <(find BenchmarkDotNet.Artifacts/results -name '*.md' 2>/dev/null | sort)
fi

# --- 7. BENCHMARKS.md --------------------------------------------------------------------------------------------
log "Writing BENCHMARKS.md"
cpu=$(lscpu 2>/dev/null | sed -n 's/^Model name: *//p' | head -n 1 || true)
mem=$(awk '/MemTotal/ { printf "%.1f GB", $2 / 1048576 }' /proc/meminfo)
os=$( (. /etc/os-release && echo "$PRETTY_NAME") || uname -sr)
dotnet_version=$(dotnet --version)
pg_version=$("$bin/postgres" --version)
# wrk -v prints its version and exits with 1.
wrk_version=$( (wrk -v 2>&1 || true) | head -n 1 | awk '{ print $1, $2 }')
BENCH_RESULTS="$results" BENCH_SCALE="$scale" BENCH_COMMAND="$command_line" BENCH_CPU="$cpu" BENCH_CORES="$(nproc)" \
  BENCH_MEM="$mem" BENCH_OS="$os" BENCH_DOTNET="$dotnet_version" BENCH_PG="$pg_version" BENCH_WRK="$wrk_version" \
  BENCH_WRK_DURATION="$wrk_duration" BENCH_WRK_CONNECTIONS="$wrk_connections" BENCH_SAMPLE="$sample" \
  BENCH_BASELINE_SAMPLE="$baseline_sample" BENCH_ENGINE_ARGS="${bdn_args[*]:-}" BENCH_DATE="$(date -u '+%Y-%m-%d %H:%M UTC')" \
  python3 scripts/write-benchmarks.py ${engine_md[@]+"${engine_md[@]}"} >BENCHMARKS.md
echo "BENCHMARKS.md rewritten ($scale scale); raw figures in $results"
