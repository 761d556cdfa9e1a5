#!/usr/bin/env bash
# Regenerates the HCL parser parity goldens: every file in src/test/resources/hcl-parity/
# is converted to JSON by HashiCorp's own HCL parser (via @cdktf/hcl2json, which runs offline
# as WebAssembly), and HclParityTest compares our parser's output with each golden.
# Needs node >= 18 and npm; installs the pinned package from package-lock.json.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
corpus="$here/../resources/hcl-parity"
cd "$here"
npm ci --no-audit --no-fund --silent
rm -f "$corpus"/*.golden.json
shopt -s nullglob
node convert.js "$corpus"/*.hcl "$corpus"/*.tf
