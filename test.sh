#!/usr/bin/env bash
# Builds the solution, runs every test project and ends with one line: "N passed, N failed[, N skipped]".
# Extra arguments go to each `dotnet test`, e.g. ./test.sh --filter "FullyQualifiedName~Offers".
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# The database tests start a throwaway cluster from /usr/lib/postgresql/*/bin (tests/Shared/PostgresServer.cs),
# unless MATCHING_TEST_PG points them at an existing server.
missing=()
if [ -z "${MATCHING_TEST_PG:-}" ] && ! compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null; then
  missing+=(postgresql postgresql-contrib)
fi
# The report test renders the HTML report in headless Chromium (tests/Matching.Jobs.Tests).
[ -x /usr/bin/chromium ] || missing+=(chromium)
# The README walkthrough test runs the README's commands, which use curl and python3 (ReadmeWalkthroughTests).
command -v curl >/dev/null || missing+=(curl)
command -v python3 >/dev/null || missing+=(python3)
if [ "${#missing[@]}" -gt 0 ]; then
  echo "Installing ${missing[*]}..."
  as_root apt-get update
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y "${missing[@]}"
fi

dotnet build Matching.sln -c Release

# Test projects, not benchmarks.
projects=()
for project in tests/*/*.Tests.csproj; do
  [ -e "$project" ] || continue
  case "$project" in *Benchmark*) continue ;; esac
  projects+=("$project")
done

logs=TestResults/logs
mkdir -p "$logs"
passed=0 failed=0 skipped=0 problems=()

for project in "${projects[@]}"; do
  name=$(basename "$project" .csproj)
  log="$logs/$name.log"
  echo "=== $name"
  set +e
  dotnet test "$project" --no-build -c Release "$@" 2>&1 | tee "$log"
  status=${PIPESTATUS[0]}
  set -e
  [ "$status" -eq 0 ] || problems+=("$name: dotnet test exited with $status")

  # VSTest's summary, one per test assembly:
  #   Passed!  - Failed:     0, Passed:    12, Skipped:     0, Total:    12, Duration: ...
  summaries=$(sed -E 's/\x1b\[[0-9;]*[a-zA-Z]//g' "$log" |
    sed -nE 's/.*(Passed|Failed)! +- Failed: +([0-9]+), Passed: +([0-9]+), Skipped: +([0-9]+), Total: +([0-9]+).*/\2 \3 \4/p')
  if [ -n "$summaries" ]; then
    while read -r f p s; do
      failed=$((failed + f)) passed=$((passed + p)) skipped=$((skipped + s))
    done <<<"$summaries"
  elif ! grep -q 'No test matches the given testcase filter' "$log"; then
    # A --filter that selects nothing in this project is fine; anything else without a summary is not.
    problems+=("$name: no test summary found in $log")
  fi
done

[ "${#projects[@]}" -gt 0 ] || problems+=("no test projects found under tests/")
[ $((passed + failed)) -gt 0 ] || problems+=("no test was executed")

echo
for problem in ${problems[@]+"${problems[@]}"}; do
  echo "error: $problem" >&2
done
summary="$passed passed, $failed failed"
[ "$skipped" -eq 0 ] || summary+=", $skipped skipped"
echo "$summary"

[ "$failed" -eq 0 ] && [ "${#problems[@]}" -eq 0 ]
