"""Fine-tunes a base with a LoRA adapter (PEFT) on instruction -> minified document pairs."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from peft import PeftModel, get_peft_model
from transformers import AutoModelForSeq2SeqLM, AutoTokenizer, set_seed

from .datasets import PairDataset
from .lora_settings import LoraSettings
from .records import Record
from .train_loop import run_training
from .train_settings import TrainSettings


def load_base(path: str | Path, dropout: float | None = None):
    """A seq2seq checkpoint and its tokenizer from a local directory: the self-pretrained base, or a public
    checkpoint (mT5, a Chinese T5, flan-t5) a user has on disk. Nothing is fetched from a hub. `dropout`
    overrides the checkpoint's (T5's `dropout_rate`)."""
    overrides = {} if dropout is None else {"dropout_rate": dropout}
    model = AutoModelForSeq2SeqLM.from_pretrained(str(path), local_files_only=True, **overrides)
    tokenizer = AutoTokenizer.from_pretrained(str(path), local_files_only=True)
    return model, tokenizer


def trainable_parameters(model) -> tuple[int, int]:
    trainable = sum(p.numel() for p in model.parameters() if p.requires_grad)
    total = sum(p.numel() for p in model.parameters())
    return trainable, total


def finetune_lora(
    base_path: str | Path,
    train: list[Record],
    val: list[Record],
    lora: LoraSettings | None,
    settings: TrainSettings,
    out_dir: str | Path,
    max_source: int = 128,
    max_target: int = 512,
    dropout: float | None = None,
    init_adapter: str | Path | None = None,
) -> dict:
    """Trains an adapter (or, with `lora=None`, the whole model: the comparison's full fine-tuning) and
    saves it to `out_dir/adapter` in PEFT format (`adapter_config.json`, `adapter_model.safetensors`).
    `init_adapter` continues training a saved adapter of the same base instead of starting from a fresh
    one (its own r, alpha and targets then apply): how one CPU session's training adds to the last's."""
    out = Path(out_dir)
    model, tokenizer = load_base(base_path, dropout)
    if init_adapter is not None:
        lora = LoraSettings.from_adapter(init_adapter)
        model = PeftModel.from_pretrained(model, str(init_adapter), is_trainable=True)
    elif lora is not None:
        # (The adapter's A matrices are drawn at random: seeded, as the base's weights are in pretrain.py.)
        set_seed(settings.seed)
        model = get_peft_model(model, lora.to_peft())
    trainable, total = trainable_parameters(model)
    train_ds = PairDataset(train, tokenizer, max_source, max_target)
    eval_ds = PairDataset(val, tokenizer, max_source, max_target)
    metrics = run_training(model, tokenizer, train_ds, eval_ds, settings, out / "checkpoints", "lora" if lora else "full")
    saved = out / ("adapter" if lora is not None else "model")
    if saved.exists():
        shutil.rmtree(saved)
    model.save_pretrained(saved)
    tokenizer.save_pretrained(saved)
    metrics.update(
        trainable_parameters=trainable,
        total_parameters=total,
        trainable_share=trainable / total,
        truncated_targets=train_ds.truncated,
        lora=lora.to_dict() if lora else None,
        base_model=str(base_path),
        init_adapter=str(init_adapter) if init_adapter else None,
        saved_bytes=sum(f.stat().st_size for f in saved.glob("*.safetensors")),
    )
    (out / "finetune_metrics.json").write_text(json.dumps(metrics, indent=2))
    return metrics


def load_adapter(base_path: str | Path, adapter_path: str | Path, name: str = "default"):
    """Loads an adapter saved in PEFT format back onto its base (several can be loaded side by side with
    `model.load_adapter(path, adapter_name=...)` and switched with `model.set_adapter(name)`)."""
    model, tokenizer = load_base(base_path)
    return PeftModel.from_pretrained(model, str(adapter_path), adapter_name=name), tokenizer


def merge(base_path: str | Path, adapter_path: str | Path, out_dir: str | Path) -> Path:
    """Folds the adapter into the base weights (`merge_and_unload`) and saves a plain checkpoint for export."""
    model, tokenizer = load_adapter(base_path, adapter_path)
    merged = model.merge_and_unload()
    out = Path(out_dir)
    merged.save_pretrained(out)
    tokenizer.save_pretrained(out)
    return out
