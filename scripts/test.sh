#!/usr/bin/env bash
# Runs every test: types, the TypeScript packages (node's test runner), then the Python trainer.
set -euo pipefail
cd "$(dirname "$0")/.."
UIDSL_SETUP="node system python web" bash scripts/setup.sh
export UIDSL_DEV_SET="${UIDSL_DEV_SET:-$(cd .. && pwd)/shared/eval/dev.jsonl}"

echo "== types"
npx tsx packages/dsl/scripts/gen-types.ts --check
npx tsc -p tsconfig.json

echo "== typescript tests"
mapfile -t files < <(find packages apps -path '*/node_modules' -prune -o -path '*/__tests__/*.test.ts' -print | sort)
node --import tsx --test --test-concurrency=2 "${files[@]}"

if [ -f packages/trainer/pyproject.toml ]; then
  echo "== python tests"
  .venv/bin/python -m pytest -q packages/trainer/tests
fi
