"""Which layers' int8 weights turn the greedy outputs: quantises an exported model with groups of MatMuls
left in fp32 and counts, for each variant, the test instructions whose int8 greedy output equals the fp32
ONNX model's own.

    .venv/bin/python packages/trainer/scripts/quant_sensitivity.py --model data/models/default \
        --data out/ds3/test.jsonl --limit 100

Prints one line per variant: agreement, size of the two int8 files, time."""

from __future__ import annotations

import argparse
import json
import logging
import shutil
import tempfile
import time
from pathlib import Path

import onnx
from onnxruntime.quantization.matmul_nbits_quantizer import DefaultWeightOnlyQuantConfig, MatMulNBitsQuantizer
from transformers import AutoTokenizer

from uidsl_trainer.onnx_model import OnnxSeq2Seq

FILES = ("encoder_model", "decoder_model_merged")


def decoder_groups(layers: int) -> dict[str, list[str]]:
    attn = {kind: [f"/decoder/block.{b}/layer.{l}/{kind}/{p}/MatMul" for b in range(layers) for p in "qkvo"] for l, kind in ((0, "SelfAttention"), (1, "EncDecAttention"))}
    ffn = [f"/decoder/block.{b}/layer.2/DenseReluDense/{p}/MatMul" for b in range(layers) for p in ("wi", "wo")]
    groups = {"decoder self-attention": attn["SelfAttention"], "decoder cross-attention": attn["EncDecAttention"], "decoder feed-forward": ffn}
    every = attn["SelfAttention"] + attn["EncDecAttention"] + ffn
    for b in range(layers):
        groups[f"decoder block {b}"] = [n for n in every if f"block.{b}/" in n]
    return groups


def encoder_nodes(layers: int) -> list[str]:
    return [f"/block.{b}/layer.0/SelfAttention/{p}/MatMul" for b in range(layers) for p in "qkvo"] + [f"/block.{b}/layer.1/DenseReluDense/{p}/MatMul" for b in range(layers) for p in ("wi", "wo")]


def quantise(src: Path, dst: Path, exclude: dict[str, list[str]], block: int) -> int:
    (dst / "onnx").mkdir(parents=True, exist_ok=True)
    size = 0
    for name in FILES:
        shutil.copy(src / "onnx" / f"{name}.onnx", dst / "onnx" / f"{name}.onnx")
        config = DefaultWeightOnlyQuantConfig(block_size=block, is_symmetric=True, bits=8)
        quantizer = MatMulNBitsQuantizer(onnx.load(str(src / "onnx" / f"{name}.onnx")), nodes_to_exclude=exclude.get(name, []), algo_config=config)
        quantizer.process()
        out = dst / "onnx" / f"{name}_quantized.onnx"
        quantizer.model.save_model_to_file(str(out), use_external_data_format=False)
        size += out.stat().st_size
    return size


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--model", default="data/models/default")
    ap.add_argument("--data", required=True, help="JSONL with an `instruction` per line")
    ap.add_argument("--limit", type=int, default=100)
    ap.add_argument("--block", type=int, default=32)
    args = ap.parse_args()
    logging.getLogger("onnxruntime.quantization.matmul_nbits_quantizer").setLevel(logging.WARNING)

    src = Path(args.model)
    config = json.loads((src / "config.json").read_text())
    layers = config.get("num_decoder_layers") or config["num_layers"]
    tokenizer = AutoTokenizer.from_pretrained(str(src), local_files_only=True)
    lines = [json.loads(line) for line in open(args.data, encoding="utf-8")][: args.limit]
    encoded = tokenizer([line["instruction"] for line in lines])["input_ids"]
    reference = [OnnxSeq2Seq(src, threads=1).greedy(ids) for ids in encoded]

    variants: dict[str, dict[str, list[str]]] = {"all MatMuls (as shipped)": {}, "encoder in fp32": {"encoder_model": encoder_nodes(config["num_layers"])}}
    for label, nodes in decoder_groups(layers).items():
        variants[f"{label} in fp32"] = {"decoder_model_merged": nodes}
    with tempfile.TemporaryDirectory() as tmp:
        for i, (label, exclude) in enumerate(variants.items()):
            dst = Path(tmp) / str(i)
            size = quantise(src, dst, exclude, args.block)
            model = OnnxSeq2Seq(dst, quantized=True, threads=1)
            start = time.time()
            agree = sum(model.greedy(ids) == ref for ids, ref in zip(encoded, reference))
            print(f"{label}: {agree}/{len(encoded)} agree, int8 files {size / 1e6:.1f} MB, {time.time() - start:.1f} s", flush=True)


if __name__ == "__main__":
    main()
