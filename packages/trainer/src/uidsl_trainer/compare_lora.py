"""Full fine-tuning against LoRA at several ranks and target sets, on the same base, data and step count:
trainable parameters and their share, adapter size on disk, training time and validation exact match.
Writes a JSON of the runs and a Markdown report.

    python -m uidsl_trainer.compare_lora --base BASE_DIR --data DATA_DIR --out OUT_DIR --report docs/lora-comparison.md
"""

from __future__ import annotations

import argparse
import json
import platform
import time
from dataclasses import dataclass
from pathlib import Path

import torch

from .finetune import finetune_lora, load_adapter, load_base
from .generate import greedy
from .lora_settings import T5_LINEAR, LoraSettings
from .records import read_records
from .train_settings import TrainSettings


@dataclass(frozen=True)
class Variant:
    name: str
    lora: LoraSettings | None  # None: full fine-tuning


def variants() -> list[Variant]:
    qv = [Variant(f"LoRA r={r} q,v", LoraSettings(r=r, alpha=2 * r, targets=["q", "v"])) for r in (4, 8, 16, 32)]
    linear = [Variant(f"LoRA r={r} all linear", LoraSettings(r=r, alpha=2 * r, targets=list(T5_LINEAR))) for r in (16, 32)]
    return [Variant("full fine-tuning", None), *qv, *linear]


def slug(name: str) -> str:
    return "".join(c if c.isalnum() else "-" for c in name.lower()).strip("-")


def run(base: Path, data: Path, out: Path, steps: int, lr_lora: float, lr_full: float, batch: int, train_limit: int, val_limit: int, only: list[str] | None, on_row=None) -> list[dict]:
    """Runs the variants one after another; `on_row(rows)` is called after each, so a report is there
    even when the comparison is cut short."""
    train = read_records(data / "train.jsonl", train_limit)
    val = read_records(data / "val.jsonl", val_limit)
    rows = []
    for v in variants():
        if only and slug(v.name) not in only:
            continue
        work = out / slug(v.name)
        settings = TrainSettings(lr=lr_lora if v.lora else lr_full, batch_size=batch, max_steps=steps, eval_steps=max(steps // 2, 1), patience=100)
        started = time.monotonic()
        metrics = finetune_lora(base, train, val, v.lora, settings, work, max_target=256)
        train_s = time.monotonic() - started
        if v.lora:
            model, tokenizer = load_adapter(base, work / "adapter")
        else:
            model, tokenizer = load_base(work / "model")
        outputs = greedy(model, tokenizer, [r.instruction for r in val], max_new_tokens=256, desc=slug(v.name))
        exact = sum(o == r.output for o, r in zip(outputs, val)) / len(val)
        rows.append(
            {
                "variant": v.name,
                "trainable_parameters": metrics["trainable_parameters"],
                "total_parameters": metrics["total_parameters"],
                "trainable_share": metrics["trainable_share"],
                "saved_bytes": metrics["saved_bytes"],
                "train_seconds": round(train_s, 1),
                "steps": metrics["steps"],
                "eval_loss": metrics["eval_loss"],
                "val_exact_match": exact,
                "train_loss_curve": [[h["step"], h["loss"]] for h in json.loads((work / "checkpoints" / "log_history.json").read_text()) if "loss" in h],
            }
        )
        print(json.dumps(rows[-1]), flush=True)
        (out / "comparison.json").write_text(json.dumps(rows, indent=2))
        if on_row:
            on_row(rows)
    return rows


def plot(rows: list[dict], path: Path) -> None:
    """Every variant's training loss on one chart: how fast each learns says more than the last value."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(8, 4.5))
    for r in rows:
        curve = r.get("train_loss_curve") or []
        # Batches are grouped by length in cycles of 50 (LengthGroupedSampler), so the raw loss saws up and
        # down with the lengths; the mean over the last 50 steps shows the learning instead.
        smooth = [(step, sum(l for s, l in curve if step - 50 < s <= step) / sum(1 for s, _ in curve if step - 50 < s <= step)) for step, _ in curve]
        if smooth:
            ax.plot(*zip(*smooth), label=r["variant"], linestyle="-" if "LoRA" not in r["variant"] or "all linear" in r["variant"] else "--")
    ax.set_xlabel("optimiser step")
    ax.set_ylabel("training cross-entropy, mean of the last 50 steps")
    ax.set_yscale("log")
    ax.set_title("Full fine-tuning against LoRA, same base, data and steps")
    ax.legend(fontsize=8)
    ax.grid(alpha=0.3)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def markdown(rows: list[dict], meta: dict, chart: str | None = None) -> str:
    lines = [
        "# Full fine-tuning against LoRA",
        "",
        "Produced by `python -m uidsl_trainer.compare_lora` (see the command below); every figure is measured by that run.",
        "",
        f"- base: `{meta['base']}` (the self-pretrained T5 base), data: `{meta['data']}`",
        f"- each variant: {meta['steps']} optimiser steps of batch {meta['batch']} on {meta['train']} training records, lr {meta['lr_lora']} (LoRA) / {meta['lr_full']} (full);"
        f" validation exact match is greedy on {meta['val']} validation records",
        f"- hardware: {meta['hardware']}; the runs shared the 2 CPU cores with other work, so times compare only roughly",
        f"- command: `{meta['command']}`",
        "",
        "| variant | trainable params | share | saved size | train time | val loss | val exact match |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for r in rows:
        lines.append(
            f"| {r['variant']} | {r['trainable_parameters']:,} | {100 * r['trainable_share']:.2f}% | {r['saved_bytes'] / 1e6:.2f} MB |"
            f" {r['train_seconds']:.0f} s | {r['eval_loss']:.3f} | {100 * r['val_exact_match']:.1f}% |"
        )
    lines += ["", "Saved size is the adapter's `adapter_model.safetensors` (for full fine-tuning, the whole model's weights).", ""]
    if chart:
        lines += [f"![training loss of every variant]({chart})", ""]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    import sys

    p = argparse.ArgumentParser(prog="uidsl_trainer.compare_lora", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--base", type=Path, required=True)
    p.add_argument("--data", type=Path, required=True)
    p.add_argument("--out", type=Path, required=True)
    p.add_argument("--report", type=Path, default=None)
    p.add_argument("--steps", type=int, default=150)
    p.add_argument("--batch", type=int, default=16)
    p.add_argument("--lr-lora", type=float, default=3e-3)
    p.add_argument("--lr-full", type=float, default=1e-3)
    p.add_argument("--train-limit", type=int, default=5000)
    p.add_argument("--val-limit", type=int, default=100)
    p.add_argument("--threads", type=int, default=None)
    p.add_argument("--only", default="", help="comma-separated variant slugs, e.g. full-fine-tuning,lora-r-16-q-v")
    a = p.parse_args(argv)
    if a.threads:
        torch.set_num_threads(a.threads)
    a.out.mkdir(parents=True, exist_ok=True)
    only = [s.strip() for s in a.only.split(",") if s.strip()] or None
    meta = {
        "base": a.base, "data": a.data, "steps": a.steps, "batch": a.batch, "train": a.train_limit, "val": a.val_limit,
        "lr_lora": a.lr_lora, "lr_full": a.lr_full, "hardware": f"{torch.get_num_threads()} CPU threads ({platform.machine()})",
        "command": "python -m uidsl_trainer.compare_lora " + " ".join(sys.argv[1:] if argv is None else argv),
    }

    def write(rows: list[dict]) -> None:
        if a.report:
            chart = a.report.with_suffix(".png")
            plot(rows, chart)
            a.report.write_text(markdown(rows, meta, chart.name), encoding="utf-8")

    run(a.base, a.data, a.out, a.steps, a.lr_lora, a.lr_full, a.batch, a.train_limit, a.val_limit, only, on_row=write)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
