#!/usr/bin/env bash
# Builds the web app (apps/web/dist, served by the API) when its sources are newer than the build.
set -euo pipefail
cd "$(dirname "$0")/.."
out=apps/web/dist/index.html
if [ -f "$out" ] && [ -z "$(find apps/web/src apps/web/index.html apps/web/vite.config.ts apps/web/package.json -newer "$out" -print -quit)" ]; then
  exit 0
fi
echo "setup: building the web app" >&2
(cd apps/web && npx --no-install vite build --logLevel warn)
