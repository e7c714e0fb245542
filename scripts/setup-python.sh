#!/usr/bin/env bash
# The trainer's virtual environment (.venv), from PyPI. Skipped when it is up to date.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f packages/trainer/pyproject.toml ] || exit 0
stamp=.venv/.uidsl-installed
if [ -f "$stamp" ] && [ "$stamp" -nt packages/trainer/pyproject.toml ]; then exit 0; fi
echo "setup: creating .venv for the trainer" >&2
python3 -m venv .venv
.venv/bin/pip install -q --upgrade pip
.venv/bin/pip install -q -e 'packages/trainer[dev]'
touch "$stamp"
