#!/usr/bin/env bash
# Generates a C# client from openapi.yaml with Kiota (the Microsoft.OpenApi.Kiota dotnet tool), builds it with
# scripts/generated-client/Program.cs, and runs the README's first requests through it against a running service:
#   ./run.sh                        # in another terminal
#   ./scripts/generated-client.sh   # BASE (default http://127.0.0.1:${PORT:-8080}) and KEYS (.data/demo-keys.json) override
# Everything is built in a scratch folder; nothing is written into the repository.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
base=${BASE:-http://127.0.0.1:${PORT:-8080}}
keys=${KEYS:-$root/.data/demo-keys.json}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

dotnet tool install Microsoft.OpenApi.Kiota --version 1.38.0 --tool-path "$work/tools" >/dev/null
"$work/tools/kiota" generate -l CSharp -d "$root/openapi.yaml" -c MatchingClient -n Matching.Client -o "$work/client/Client" \
  --log-level Error --disable-validation-rules NoServerEntry >/dev/null
cp "$root/scripts/generated-client/GeneratedClient.csproj" "$root/scripts/generated-client/Program.cs" "$work/client/"
# The scratch folder is outside the repository, so its central package versions and build settings do not apply.
dotnet build "$work/client" -c Release -o "$work/bin" | tail -n 3
dotnet "$work/bin/GeneratedClient.dll" "$base" "$keys"
