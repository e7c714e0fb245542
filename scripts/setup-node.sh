#!/usr/bin/env bash
# npm dependencies, from the lockfile. Skipped when node_modules matches package-lock.json.
set -euo pipefail
cd "$(dirname "$0")/.."
stamp=node_modules/.uidsl-installed
if [ -f "$stamp" ] && [ "$stamp" -nt package-lock.json ] && [ "$stamp" -nt package.json ]; then exit 0; fi
echo "setup: installing npm dependencies" >&2
# The CPU provider ships inside onnxruntime-node; its extra (CUDA) download is skipped here.
ONNXRUNTIME_NODE_INSTALL=skip npm ci --no-audit --no-fund --loglevel=error
touch "$stamp"
