#!/usr/bin/env bash
# The main job: the API and the web app on one port, on the embedded default model.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec node apps/cli/bin/uidsl.mjs serve "$@"
