#!/usr/bin/env bash
# Installs everything the project needs; idempotent and quick when already done.
#   scripts/setup.sh            node packages and the web app build, or the parts named by UIDSL_SETUP
#   UIDSL_SETUP="node system python" scripts/setup.sh
set -euo pipefail
cd "$(dirname "$0")/.."
parts=${UIDSL_SETUP:-node web}
for part in $parts; do
  bash "scripts/setup-$part.sh"
done
