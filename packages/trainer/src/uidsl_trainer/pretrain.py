"""Pretrains the T5 base from scratch with span corruption on unpaired text (instructions and documents,
each on its own), the role a public checkpoint such as flan-t5 plays when one is available."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from transformers import T5ForConditionalGeneration, set_seed

from .datasets import SpanCorruptionDataset
from .model_config import PRESETS, describe, t5_config
from .records import Record, corpus_texts
from .tokenizer import sentinel_ids
from .train_loop import run_training
from .train_settings import TrainSettings


def pretrain(
    train: list[Record],
    val: list[Record],
    tokenizer,
    size: str,
    settings: TrainSettings,
    out_dir: str | Path,
    max_length: int = 384,
    dropout: float | None = None,
    reconstruct: float = 0.0,
) -> dict:
    out = Path(out_dir)
    sentinels = sentinel_ids(tokenizer)
    train_ds = SpanCorruptionDataset(corpus_texts(train), tokenizer, sentinels, max_length, settings.seed, reconstruct=reconstruct)
    eval_ds = SpanCorruptionDataset(corpus_texts(val), tokenizer, sentinels, max_length, settings.seed + 1, fixed=True, reconstruct=reconstruct)
    if dropout is not None:
        size = replace(PRESETS[size] if isinstance(size, str) else size, dropout_rate=dropout)
    # The weights are drawn from torch's global generator: seeded here, not only in the training loop, so the same
    # settings give the same run whatever drew random numbers before (a test suite, an earlier stage).
    set_seed(settings.seed)
    model = T5ForConditionalGeneration(t5_config(size, len(tokenizer)))
    metrics = run_training(model, tokenizer, train_ds, eval_ds, settings, out / "checkpoints", "pretrain")
    base = out / "model"
    model.save_pretrained(base)
    tokenizer.save_pretrained(base)
    metrics["parameters"] = model.num_parameters()
    metrics["size"] = describe(size)
    metrics["reconstruct_share"] = reconstruct
    (base / "pretrain_metrics.json").write_text(json.dumps(metrics, indent=2))
    return metrics
