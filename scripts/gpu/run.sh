#!/usr/bin/env bash
# Runs on a lent GPU machine (the `device` tool), over the repo plus .dev/ from scripts/gpu/pack.sh:
#   1. a fresh dataset from the generator (SEED, with the fixed validation and test splits excluded);
#   2. two LoRA runs side by side on the one GPU, each stopped by its wall-clock budget, and, with
#      BENCH=1, while they read and tokenise their data, the engine's device benchmark (WebGPU, then CPU);
# and leaves under $OUT what comes back: each run's adapter, metrics and curve (and the benchmark's JSON).
# Everything is time-boxed so the packing at the end always happens. docs/gpu.md says what it gave.
set -u
OUT=${OUT:-out/gpu-run}; mkdir -p "$OUT"
BUDGET_S=${BUDGET_S:-540} COUNT=${COUNT:-600000} TRAIN_LIMIT=${TRAIN_LIMIT:-600000} SEED=${SEED:-8} BENCH=${BENCH:-1}
T0=$(date +%s)
log() { echo "[gpu $(( $(date +%s) - T0 ))s] $*" | tee -a "$OUT/run.log"; }
NODE=/tmp/node/bin/node
export PYTHONPATH=/tmp/site:packages/trainer/src PYTHONUNBUFFERED=1 TOKENIZERS_PARALLELISM=true

mkdir -p /tmp/node/bin && xz -dc .dev/node.xz > $NODE && chmod +x $NODE
mkdir -p node_modules && tar -C node_modules -xJf .dev/ort.tar.xz
for f in .dev/*.deb; do dpkg -x $f /; done; ldconfig
icd=/usr/local/nvidia/share/vulkan/icd.d/nvidia_icd.json
[ -f $icd ] && export VK_DRIVER_FILES=$icd
python3 -m pip install -q --no-index --no-deps --no-compile --target /tmp/site .dev/peft-*.whl
mkdir -p out/ds3 && xz -dc .dev/val.jsonl.xz > out/ds3/val.jsonl && xz -dc .dev/test.jsonl.xz > out/ds3/test.jsonl
log "$(nvidia-smi -L) | node $($NODE --version) | $(python3 -c 'import torch, transformers, peft; print("torch", torch.__version__, "transformers", transformers.__version__, "peft", peft.__version__, "cuda", torch.cuda.is_available())' 2>&1 | tail -1) | onnxruntime $(python3 -c 'import onnxruntime as o; print(o.__version__, o.get_available_providers())' 2>&1 | tail -1)"

timeout 150 $NODE packages/dsl/src/gpu-entry.mjs gen --count $COUNT --seed $SEED --split 1,0,0 \
  --exclude out/ds3/val.jsonl,out/ds3/test.jsonl --out out/ds5 --quiet > "$OUT/gen.log" 2>&1
log "dataset exit $?: $(wc -l < out/ds5/train.jsonl) pairs"
cp out/ds3/val.jsonl out/ds3/test.jsonl out/ds5/

# What is left for training, less start-up (reading and tokenising) and the final evaluation and save.
minutes=$(python3 -c "print(round(max(1.0, ($BUDGET_S - ($(date +%s) - $T0) - 150) / 60), 2))")
log "training for $minutes minutes each"
train() {
  local name=$1; shift
  timeout $(( BUDGET_S - ($(date +%s) - T0) - 10 )) python3 -m uidsl_trainer pipeline --data out/ds5 --work out/gpu-$name \
    --export out/gpu-$name-export --base-model data/models/base --stages lora --train-limit $TRAIN_LIMIT \
    --val-limit 300 --max-target 256 --dropout 0 --threads 4 --finetune-minutes "$minutes" \
    --finetune-eval-steps 400 --finetune-patience 100 "$@" > "$OUT/train-$name.log" 2>&1
  log "run $name exit $?: $(grep -o 'eval_loss [0-9.]*' "$OUT/train-$name.log" | tail -1)"
}
# WebGPU first: while the runs read and tokenise their data the GPU is idle.
[ "$BENCH" = 1 ] && timeout 100 $NODE packages/dsl/src/gpu-entry.mjs devices --devices webgpu,cpu --model data/models/default \
  --prompts out/ds3/test.jsonl --n 50 --concurrency 64 --batch 16 --out "$OUT/devices.json" > "$OUT/devices.log" 2>&1 &
# RUN_A and RUN_B: each run's own flags (the fourth run's two by default).
train A --init-adapter data/models/default-adapter ${RUN_A:---finetune-lr 1e-3 --finetune-batch 256 --finetune-warmup 0.03 --seed 42} &
train B --init-adapter data/models/default-adapter ${RUN_B:---finetune-lr 2e-3 --finetune-batch 512 --finetune-warmup 0.03 --seed 43} &
sleep 60; nvidia-smi --query-gpu=utilization.gpu,memory.used --format=csv >> "$OUT/run.log"
wait
[ "$BENCH" = 1 ] && log "device benchmark: $(tail -3 "$OUT/devices.log" | tr "\n" " ")"
for r in A B; do
  mkdir -p out/gpu-$r && mv "$OUT/train-$r.log" out/gpu-$r/
  tar -C out -czf "$OUT/gpu-$r.tar.gz" --exclude='checkpoint-*' gpu-$r
done
# At most 8 files come back: run.log, gen.log, devices.log, devices.json and the runs' archives.
log "done"
