"""`uidsl-train` (or `python -m uidsl_trainer`): the pipeline and its stages from the command line."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from .lora_settings import LoraSettings
from .model_config import PRESETS
from .train_settings import TrainSettings

REPO = Path(__file__).resolve().parents[4]


def _train_args(p: argparse.ArgumentParser, prefix: str, lr: float, batch: int, epochs: float) -> None:
    g = p.add_argument_group(f"{prefix} training")
    g.add_argument(f"--{prefix}-lr", type=float, default=lr)
    g.add_argument(f"--{prefix}-batch", type=int, default=batch)
    g.add_argument(f"--{prefix}-epochs", type=float, default=epochs)
    g.add_argument(f"--{prefix}-steps", type=int, default=None, help="number of optimiser steps (wins over epochs)")
    g.add_argument(f"--{prefix}-minutes", type=float, default=None, help="fit the steps to this wall-clock budget")
    g.add_argument(f"--{prefix}-eval-steps", type=int, default=200)
    g.add_argument(f"--{prefix}-patience", type=int, default=5)
    g.add_argument(f"--{prefix}-warmup", type=float, default=0.05, help="warmup share of the steps")


def _settings(a: argparse.Namespace, prefix: str) -> TrainSettings:
    get = lambda name: getattr(a, f"{prefix}_{name}")  # noqa: E731
    return TrainSettings(
        lr=get("lr"),
        batch_size=get("batch"),
        epochs=get("epochs"),
        max_steps=get("steps"),
        time_budget_min=get("minutes"),
        eval_steps=get("eval_steps"),
        patience=get("patience"),
        warmup_ratio=get("warmup"),
        seed=a.seed,
        threads=a.threads,
        workers=a.workers,
        bf16=a.bf16,
    )


def _lora_args(p: argparse.ArgumentParser) -> None:
    g = p.add_argument_group("LoRA")
    g.add_argument("--lora-r", type=int, default=16)
    g.add_argument("--lora-alpha", type=int, default=32)
    g.add_argument("--lora-dropout", type=float, default=0.1)
    g.add_argument("--lora-targets", default="q,v", help="comma-separated module names (q,k,v,o,wi,wo) or all-linear")
    g.add_argument("--lora-modules-to-save", default="", help="comma-separated modules trained in full next to the adapter")
    g.add_argument("--full-finetune", action="store_true", help="train every weight instead of a LoRA adapter")
    g.add_argument("--init-adapter", type=Path, default=None, help="continue training this saved adapter (PEFT format) of --base-model; its r, alpha and targets win over --lora-*")


def _lora(a: argparse.Namespace) -> LoraSettings:
    return LoraSettings.parse(a.lora_r, a.lora_alpha, a.lora_dropout, a.lora_targets, a.lora_modules_to_save)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="uidsl-train", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("pipeline", help="tokenizer, pretraining, LoRA, merge, ONNX export, parity, evaluation")
    p.add_argument("--data", type=Path, required=True, help="directory with train.jsonl, val.jsonl, test.jsonl")
    p.add_argument("--work", type=Path, required=True, help="working directory (checkpoints, reports); reruns resume from it")
    p.add_argument("--export", type=Path, required=True, help="where the ONNX model directory is written")
    p.add_argument("--size", choices=sorted(PRESETS), default="small")
    p.add_argument("--vocab-size", type=int, default=6000)
    p.add_argument("--base-model", type=Path, default=None, help="a local seq2seq checkpoint to adapt instead of pretraining one")
    p.add_argument("--train-limit", type=int, default=None, help="use a seeded subset of the training split")
    p.add_argument("--val-limit", type=int, default=300)
    p.add_argument("--test-limit", type=int, default=500)
    p.add_argument("--parity-count", type=int, default=100)
    p.add_argument("--max-target", type=int, default=512, help="longest document in tokens")
    p.add_argument("--dev-set", type=Path, default=None, help="the shared dev set (default: $UIDSL_DEV_SET or ../shared/eval/dev.jsonl)")
    p.add_argument("--stages", default="tokenizer,pretrain,lora,export,parity,evaluate")
    p.add_argument("--note", default="", help="a line for the top of the model card")
    p.add_argument("--seed", type=int, default=42)
    p.add_argument("--threads", type=int, default=None)
    p.add_argument("--workers", type=int, default=0, help="data loader processes that collate batches (worth it on a GPU)")
    p.add_argument("--bf16", action="store_true", help="bfloat16 autocast when training on CUDA")
    p.add_argument("--dropout", type=float, default=None, help="model dropout for pretraining and fine-tuning (default: the size preset's)")
    p.add_argument("--pretrain-reconstruct", type=float, default=0.5, help="share of pretraining texts whose target is the whole text (text infilling) instead of the hidden spans")
    _train_args(p, "pretrain", lr=2e-3, batch=32, epochs=1)
    _train_args(p, "finetune", lr=2e-3, batch=32, epochs=3)
    _lora_args(p)

    m = sub.add_parser("merge", help="fold an adapter into its base (merge_and_unload)")
    m.add_argument("--base", type=Path, required=True)
    m.add_argument("--adapter", type=Path, required=True)
    m.add_argument("--out", type=Path, required=True)

    e = sub.add_parser("export", help="export a checkpoint to the Transformers.js ONNX layout, with int8 variants")
    e.add_argument("--checkpoint", type=Path, required=True)
    e.add_argument("--out", type=Path, required=True)
    e.add_argument("--max-target", type=int, default=512)

    r = sub.add_parser("plot-runs", help="one loss picture of runs that continue each other's adapter")
    r.add_argument("runs", type=Path, nargs="+", help="each run's checkpoints folder (holding log_history.json), oldest first")
    r.add_argument("--label", action="append", default=[], help="one per run, in order (repeat the flag)")
    r.add_argument("--title", default="LoRA runs, each continuing the last")
    r.add_argument("--by", choices=("steps", "examples"), default="steps", help="x axis; examples (steps times each run's batch size) for runs of different batch sizes")
    r.add_argument("--out", type=Path, required=True)
    return parser


def _dev_set(a: argparse.Namespace) -> Path | None:
    import os

    if a.dev_set:
        return a.dev_set
    if os.environ.get("UIDSL_DEV_SET"):
        return Path(os.environ["UIDSL_DEV_SET"])
    default = REPO.parent / "shared" / "eval" / "dev.jsonl"
    return default if default.exists() else None


def main(argv: list[str] | None = None) -> int:
    a = build_parser().parse_args(argv)
    if a.command == "pipeline":
        from .pipeline import PipelineOptions, run_pipeline

        report = run_pipeline(
            PipelineOptions(
                data_dir=a.data,
                work_dir=a.work,
                export_dir=a.export,
                size=a.size,
                dropout=a.dropout,
                pretrain_reconstruct=a.pretrain_reconstruct,
                vocab_size=a.vocab_size,
                base_model=a.base_model,
                train_limit=a.train_limit,
                val_limit=a.val_limit,
                test_limit=a.test_limit,
                parity_count=a.parity_count,
                max_target=a.max_target,
                pretrain=_settings(a, "pretrain"),
                finetune=_settings(a, "finetune"),
                lora=_lora(a),
                full_finetune=a.full_finetune,
                init_adapter=a.init_adapter,
                dev_set=_dev_set(a),
                stages=tuple(s.strip() for s in a.stages.split(",") if s.strip()),
                note=a.note,
            )
        )
        summary = {k: report.get(k) for k in ("tokenizer", "parity", "test", "dev", "export_bytes")}
        print(json.dumps(summary, indent=2, ensure_ascii=False))
        return 0 if report.get("parity", {}).get("ok", True) else 1
    if a.command == "merge":
        from .finetune import merge

        print(merge(a.base, a.adapter, a.out))
        return 0
    if a.command == "plot-runs":
        from .plot_runs import plot_runs

        print(plot_runs(a.runs, a.label, a.out, a.title, a.by))
        return 0
    if a.command == "export":
        from .export import export_onnx

        export_onnx(a.checkpoint, a.out, max_length=a.max_target)
        print(a.out)
        return 0
    return 2


if __name__ == "__main__":
    sys.exit(main())
