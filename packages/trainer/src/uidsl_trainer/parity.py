"""Checks the ONNX export against the PyTorch checkpoint it came from: logits (fp32, teacher forcing, both
decoder branches), greedy outputs (fp32 must be identical) and the int8 variant's greedy agreement.

Where int8 parts from the reference, the report also says how close the fp32 model was to choosing the
int8 token itself: a parting at a near-tie (fp32's own two candidates within `tie_margin` logits) is the
model's uncertainty showing, not a broken quantisation."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np
import torch
from transformers import AutoModelForSeq2SeqLM, AutoTokenizer

from .onnx_model import OnnxSeq2Seq
from .progress import track


@dataclass
class ParityReport:
    max_logit_diff: float
    logit_tolerance: float
    greedy_checked: int
    greedy_identical: int
    quantized_agreeing: int
    quantized_min_agreement: float
    # Of the int8 outputs that part from the reference, how many part where fp32 itself nearly chose the
    # int8 token (its logit within `tie_margin` of the reference token's).
    quantized_near_ties: int = 0
    tie_margin: float = 0.05

    @property
    def logits_ok(self) -> bool:
        return self.max_logit_diff <= self.logit_tolerance

    @property
    def greedy_ok(self) -> bool:
        return self.greedy_identical == self.greedy_checked

    @property
    def quantized_ok(self) -> bool:
        return self.quantized_agreeing >= self.quantized_min_agreement * self.greedy_checked

    @property
    def ok(self) -> bool:
        return self.logits_ok and self.greedy_ok and self.quantized_ok

    def to_dict(self) -> dict:
        return {**asdict(self), "logits_ok": self.logits_ok, "greedy_ok": self.greedy_ok, "quantized_ok": self.quantized_ok, "ok": self.ok}


@torch.inference_mode()
def torch_greedy(model, input_ids: list[int], max_new_tokens: int) -> list[int]:
    out = model.generate(torch.tensor([input_ids]), max_new_tokens=max_new_tokens, num_beams=1, do_sample=False)[0].tolist()
    # Drop the decoder start token and everything from EOS on, as the ONNX loop does.
    out = out[1:]
    return out[: out.index(1)] if 1 in out else out


@torch.inference_mode()
def logit_diff(model, onnx: OnnxSeq2Seq, input_ids: list[int], target_ids: list[int]) -> float:
    """Largest |ONNX - PyTorch| over every position, via the no-cache branch on the whole target and via
    the cache branch one token at a time."""
    decoder_ids = [0] + target_ids
    ref = model(input_ids=torch.tensor([input_ids]), decoder_input_ids=torch.tensor([decoder_ids])).logits[0].numpy()
    hidden, mask = onnx.encode(np.array([input_ids], dtype=np.int64))
    full, _ = onnx.step(np.array([decoder_ids], dtype=np.int64), hidden, mask, None)
    worst = float(np.abs(full[0] - ref).max())
    past = None
    for pos, tok in enumerate(decoder_ids):
        logits, past = onnx.step(np.array([[tok]], dtype=np.int64), hidden, mask, past)
        worst = max(worst, float(np.abs(logits[0, -1] - ref[pos]).max()))
    return worst


def divergence_margin(onnx: OnnxSeq2Seq, input_ids: list[int], ref: list[int], other: list[int], eos_id: int = 1) -> float:
    """fp32 logit of the reference's token minus that of the other output's, at the first step where the
    two outputs part (an output that ends there chose EOS)."""
    k = next((i for i, (a, b) in enumerate(zip(ref, other)) if a != b), min(len(ref), len(other)))
    want = ref[k] if k < len(ref) else eos_id
    got = other[k] if k < len(other) else eos_id
    hidden, mask = onnx.encode(np.array([input_ids], dtype=np.int64))
    logits, _ = onnx.step(np.array([[0] + ref[:k]], dtype=np.int64), hidden, mask, None)
    return float(logits[0, -1, want] - logits[0, -1, got])


def check_parity(
    checkpoint: str | Path,
    onnx_dir: str | Path,
    instructions: list[str],
    targets: list[str],
    logit_samples: int = 8,
    max_new_tokens: int = 512,
    tolerance: float = 1e-4,
    quantized_min_agreement: float = 0.98,
    tie_margin: float = 0.05,
) -> ParityReport:
    model = AutoModelForSeq2SeqLM.from_pretrained(str(checkpoint), local_files_only=True).eval()
    tokenizer = AutoTokenizer.from_pretrained(str(onnx_dir), local_files_only=True)
    fp32, int8 = OnnxSeq2Seq(onnx_dir), OnnxSeq2Seq(onnx_dir, quantized=True)
    encoded = tokenizer(instructions)["input_ids"]
    target_ids = tokenizer(targets, add_special_tokens=False)["input_ids"]

    worst = max(logit_diff(model, fp32, encoded[i], target_ids[i]) for i in range(min(logit_samples, len(encoded))))
    identical = agreeing = near_ties = 0
    for ids in track(encoded, len(encoded), "parity"):
        ref = torch_greedy(model, ids, max_new_tokens)
        identical += fp32.greedy(ids, max_new_tokens) == ref
        quantized = int8.greedy(ids, max_new_tokens)
        if quantized == ref:
            agreeing += 1
        elif divergence_margin(fp32, ids, ref, quantized) < tie_margin:
            near_ties += 1
    return ParityReport(worst, tolerance, len(encoded), identical, agreeing, quantized_min_agreement, near_ties, tie_margin)
