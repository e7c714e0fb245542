#!/bin/bash
# What two cores give this workload, against what the generator's two workers get, in one minute:
# one generator process alone, two independent ones at once, then one process with 1 and 2 workers.
#
#   bash packages/generator/bench/scaling.sh [COUNT]      (default 400000 pairs per run)
#
# Run it on an otherwise idle machine; the results go to docs/dataset.md by hand.
set -euo pipefail
cd "$(dirname "$0")/../../.."
count="${1:-400000}"
run() { npx tsx packages/generator/bench/throughput.ts --count "$count" "$@"; }
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
echo "== one process, 1 worker, alone"
run --workers 1 | grep '^workers'
echo "== two independent 1-worker processes at once"
run --workers 1 > "$tmp/a" &
run --workers 1 > "$tmp/b" &
wait
grep -h '^workers' "$tmp/a" "$tmp/b"
echo "== one process, 1 then 2 workers"
run --workers 1,2 | grep -E '^(workers|speed-up)'
