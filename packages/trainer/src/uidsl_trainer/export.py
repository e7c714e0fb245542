"""ONNX export in the layout Transformers.js loads with `AutoModelForSeq2SeqLM.from_pretrained(dir)`:

    config.json  generation_config.json  tokenizer.json  tokenizer_config.json  special_tokens_map.json
    onnx/encoder_model.onnx            onnx/encoder_model_quantized.onnx
    onnx/decoder_model_merged.onnx     onnx/decoder_model_merged_quantized.onnx

optimum's exporter writes the decoder with and without KV cache and merges them into one graph with a
`use_cache_branch` input; the unmerged decoders are not shipped (nothing loads them, and they triple the size)."""

from __future__ import annotations

import json
import shutil
import tempfile
from pathlib import Path

from transformers import GenerationConfig

ONNX_FILES = ("encoder_model", "decoder_model_merged")
TOKENIZER_FILES = ("tokenizer.json", "tokenizer_config.json", "special_tokens_map.json")


def export_onnx(checkpoint: str | Path, out_dir: str | Path, max_length: int = 512, opset: int | None = None) -> Path:
    """Writes the fp32 graphs and their int8 variants (see `_quantize`)."""
    from optimum.exporters.onnx import main_export

    src, out = Path(checkpoint), Path(out_dir)
    (out / "onnx").mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp_dir:
        tmp = Path(tmp_dir)
        main_export(
            str(src),
            output=tmp,
            task="text2text-generation-with-past",
            opset=opset,
            do_validation=False,  # parity is checked by our own, stricter test (1e-4 and greedy outputs)
            local_files_only=True,
        )
        for name in ONNX_FILES:
            shutil.copy(tmp / f"{name}.onnx", out / "onnx" / f"{name}.onnx")
        shutil.copy(tmp / "config.json", out / "config.json")
    for name in ONNX_FILES:
        _quantize(out / "onnx" / f"{name}.onnx", out / "onnx" / f"{name}_quantized.onnx")
    for name in TOKENIZER_FILES:
        if (src / name).exists():
            shutil.copy(src / name, out / name)
    gen = GenerationConfig(
        decoder_start_token_id=0,
        pad_token_id=0,
        eos_token_id=1,
        max_length=max_length,
        num_beams=1,
        do_sample=False,
    )
    gen.save_pretrained(out)
    return out


def _quantize(src: Path, dst: Path) -> None:
    """int8 weights, fp32 arithmetic: every MatMul with a constant weight becomes `MatMulNBits` (8 bits,
    symmetric, one scale per 32 weights of a column), the `*_quantized.onnx` files Transformers.js loads
    for `dtype: 'q8'`. Dynamic quantisation (activations rounded to uint8 at run time) changed 21 of 100
    greedy outputs of a d_model-128 model; weights alone changed 1. The quantiser also reaches the
    weights the merged decoder's `If` branches share, so the merged graph is quantised directly."""
    import logging

    import onnx
    from onnxruntime.quantization.matmul_nbits_quantizer import DefaultWeightOnlyQuantConfig, MatMulNBitsQuantizer

    logging.getLogger("onnxruntime.quantization.matmul_nbits_quantizer").setLevel(logging.WARNING)  # a line per weight

    config = DefaultWeightOnlyQuantConfig(block_size=32, is_symmetric=True, bits=8)
    quantizer = MatMulNBitsQuantizer(onnx.load(str(src)), algo_config=config)
    quantizer.process()
    quantizer.model.save_model_to_file(str(dst), use_external_data_format=False)


def directory_size(path: str | Path) -> int:
    return sum(f.stat().st_size for f in Path(path).rglob("*") if f.is_file())


def write_json(path: Path, value: dict) -> None:
    path.write_text(json.dumps(value, indent=2, ensure_ascii=False) + "\n")
