#!/usr/bin/env bash
# Regenerates openapi.yaml at the repository root from the running code (the contract test writes it).
set -euo pipefail
cd "$(dirname "$0")/.."
MATCHING_UPDATE_OPENAPI=1 ./test.sh --filter "FullyQualifiedName~OpenApiContractTests"
