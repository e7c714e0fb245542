#!/usr/bin/env bash
# Debian packages the tests use: headless Chromium (screenshots to compare PNGs against, and the
# browser test of the web app). Fonts come from npm, not from here.
set -euo pipefail
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" != 0 ]; then SUDO=sudo; else SUDO=; fi
echo "setup: installing ${need[*]} from Debian" >&2
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
