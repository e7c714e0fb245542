#!/usr/bin/env bash
# Packs what a bare GPU machine (the `device` tool's: Python with torch, no Node, no network) needs for
# scripts/gpu/run.sh into .dev/ (git-ignored through .git/info/exclude): a Node binary, onnxruntime-node's
# Linux x64 files, one esbuild bundle of the dataset generator and the device benchmark, the Vulkan
# loader that WebGPU (Dawn) needs, and the peft wheel this repo is tested with.
set -euo pipefail
cd "$(dirname "$0")/../.."
mkdir -p .dev && rm -rf .dev/*
grep -qx '/.dev/' .git/info/exclude 2>/dev/null || echo /.dev/ >> .git/info/exclude
grep -qx '/packages/dsl/src/gpu-entry.mjs' .git/info/exclude || echo /packages/dsl/src/gpu-entry.mjs >> .git/info/exclude

xz -T0 -6 -c "$(command -v node)" > .dev/node.xz
tar -C node_modules -cJf .dev/ort.tar.xz onnxruntime-common/package.json onnxruntime-common/dist \
  onnxruntime-node/package.json onnxruntime-node/dist onnxruntime-node/bin/napi-v6/linux/x64

# The bundle sits in packages/dsl/src so the catalog's and schema's file URLs resolve as they do from source.
printf 'export default function sharp() { throw new Error("sharp is not on this machine"); }\n' > .dev/sharp-stub.mjs
node_modules/.bin/esbuild scripts/gpu/entry.ts --bundle --platform=node --format=esm --target=node20 \
  --outfile=packages/dsl/src/gpu-entry.mjs --external:onnxruntime-node --external:onnxruntime-common \
  --alias:sharp=./.dev/sharp-stub.mjs --log-level=warning \
  --banner:js="import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);"

(cd .dev && apt-get download -q libvulkan1 libglvnd0 libglx0 libegl1 libgl1 libopengl0 >/dev/null)
.venv/bin/pip download -q --no-deps -d .dev "peft==$(.venv/bin/python -c 'import peft; print(peft.__version__)')"
xz -T0 -c out/ds3/val.jsonl > .dev/val.jsonl.xz
xz -T0 -c out/ds3/test.jsonl > .dev/test.jsonl.xz
du -sh .dev packages/dsl/src/gpu-entry.mjs
