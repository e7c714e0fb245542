"""The whole model pipeline as one command: tokenizer -> span-corruption pretraining -> LoRA -> merge ->
ONNX export (+ int8) -> parity -> evaluation -> model card. Each stage writes under the work directory
and is skipped when its result is already there, so an interrupted run picks up where it stopped (and a
stage interrupted mid-training resumes from its last checkpoint)."""

from __future__ import annotations

import json
import platform
import shutil
import sys
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

import torch

from .export import directory_size, export_onnx, write_json
from .finetune import finetune_lora, load_base, merge
from .lora_settings import LoraSettings
from .model_card import write_model_card
from .parity import check_parity
from .pretrain import pretrain
from .records import corpus_texts, read_records
from .tokenizer import load_tokenizer, round_trips, train_tokenizer
from .train_settings import TrainSettings


@dataclass
class PipelineOptions:
    data_dir: Path
    work_dir: Path
    export_dir: Path
    size: str = "small"
    # Overrides the preset's dropout in pretraining and fine-tuning: a short run on a CPU underfits, and
    # dropout only slows it down further.
    dropout: float | None = None
    # Share of pretraining draws that ask for the whole text back (span_corruption.infill) rather than
    # the hidden spans only.
    pretrain_reconstruct: float = 0.5
    vocab_size: int = 6000
    tokenizer_records: int = 20000
    base_model: Path | None = None
    train_limit: int | None = None
    val_limit: int = 300
    test_limit: int = 500
    parity_count: int = 100
    max_target: int = 512
    pretrain: TrainSettings = field(default_factory=TrainSettings)
    finetune: TrainSettings = field(default_factory=TrainSettings)
    lora: LoraSettings = field(default_factory=LoraSettings)
    # Trains every weight instead of an adapter (the comparison's "full fine-tuning" row).
    full_finetune: bool = False
    # Continues a saved adapter of `base_model` (its settings win over `lora`) instead of a fresh one.
    init_adapter: Path | None = None
    dev_set: Path | None = None
    stages: tuple[str, ...] = ("tokenizer", "pretrain", "lora", "export", "parity", "evaluate")
    note: str = ""

    def __post_init__(self):
        if self.init_adapter is None:
            return
        if self.base_model is None:
            raise ValueError("--init-adapter continues an adapter of an existing base: name that base with --base-model")
        if self.full_finetune:
            raise ValueError("--init-adapter continues a LoRA adapter; it cannot be combined with --full-finetune")
        if not (Path(self.init_adapter) / "adapter_config.json").exists():
            raise ValueError(f"--init-adapter {self.init_adapter}: no adapter_config.json there (an adapter saved in PEFT format is expected)")


def log(msg: str) -> None:
    print(f"[pipeline {time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


def run_pipeline(o: PipelineOptions) -> dict:
    work = Path(o.work_dir)
    work.mkdir(parents=True, exist_ok=True)
    # The training split is read only by stages that train: exporting and evaluating a finished run
    # (for example one trained on a GPU machine) needs only the validation and test splits.
    train_path = o.data_dir / "train.jsonl"
    train = read_records(train_path, o.train_limit, seed=o.finetune.seed) if train_path.exists() else None

    def need_train() -> list:
        if train is None:
            raise FileNotFoundError(f"{train_path}: no training split, and a stage of this run trains (stages {','.join(o.stages)})")
        return train

    val = read_records(o.data_dir / "val.jsonl", o.val_limit, seed=o.finetune.seed)
    test = read_records(o.data_dir / "test.jsonl", o.test_limit, seed=o.finetune.seed)
    report: dict = {"data": {"dir": str(o.data_dir), "train": len(train or []), "val": len(val), "test": len(test)}}
    dataset_report = o.data_dir / "report.json"
    if dataset_report.exists():
        report["data"]["generator"] = json.loads(dataset_report.read_text()).get("options")

    if o.base_model:
        base_path = Path(o.base_model)
        log(f"base model from {base_path} (no tokenizer training, no pretraining)")
    else:
        tok_dir = work / "tokenizer"
        if (tok_dir / "tokenizer.json").exists():
            tokenizer = load_tokenizer(tok_dir)
        else:
            log("training the tokenizer")
            tokenizer = train_tokenizer(corpus_texts(need_train()[: o.tokenizer_records]), vocab_size=o.vocab_size)
            tokenizer.save_pretrained(tok_dir)
        report["tokenizer"] = tokenizer_stats(tokenizer, test, o.dev_set)
        log(f"tokenizer: {report['tokenizer']}")
        base_path = work / "base" / "model"
        if not (base_path / "config.json").exists():
            log("pretraining the base (span corruption)")
            pretrain(need_train(), val, tokenizer, o.size, o.pretrain, work / "base", dropout=o.dropout, reconstruct=o.pretrain_reconstruct)
        report["pretrain"] = json.loads((base_path / "pretrain_metrics.json").read_text())

    adapter = work / "lora" / "adapter"
    tuned = work / "lora" / "model"
    if not ((tuned / "config.json") if o.full_finetune else (adapter / "adapter_config.json")).exists():
        if o.full_finetune:
            log("full fine-tuning")
        elif o.init_adapter:
            log(f"LoRA fine-tuning, continuing {o.init_adapter} {LoraSettings.from_adapter(o.init_adapter).to_dict()}")
        else:
            log(f"LoRA fine-tuning {o.lora.to_dict()}")
        finetune_lora(
            base_path, need_train(), val, None if o.full_finetune else o.lora, o.finetune, work / "lora",
            max_target=o.max_target, dropout=o.dropout, init_adapter=o.init_adapter,
        )
    report["finetune"] = json.loads((work / "lora" / "finetune_metrics.json").read_text())

    merged = work / "merged"
    if "export" in o.stages:
        log("merging the adapter and exporting to ONNX")
        if merged.exists():
            shutil.rmtree(merged)
        if o.full_finetune:
            shutil.copytree(tuned, merged)
        else:
            merge(base_path, adapter, merged)
        if o.export_dir.exists():
            shutil.rmtree(o.export_dir)
        export_onnx(merged, o.export_dir, max_length=o.max_target)

    if "parity" in o.stages:
        log(f"parity on {o.parity_count} test instructions")
        sample = test[: o.parity_count]
        parity = check_parity(merged, o.export_dir, [r.instruction for r in sample], [r.output for r in sample], max_new_tokens=o.max_target)
        report["parity"] = parity.to_dict()
        log(f"parity: {report['parity']}")

    if "evaluate" in o.stages:
        from .evaluate import encoder_reliance, evaluate_dev, evaluate_split

        model, tokenizer = load_base(merged)
        report["encoder_reliance"] = encoder_reliance(model, tokenizer, val)
        log(f"encoder reliance: {report['encoder_reliance']}")
        log(f"evaluating on {len(test)} test records")
        metrics, rows = evaluate_split(model, tokenizer, test, max_new_tokens=o.max_target)
        write_json(work / "test_outputs.json", {"rows": [r for r in rows if not r["exact"]][:200]})
        report["test"] = metrics
        log(f"test: {metrics}")
        if o.dev_set and Path(o.dev_set).exists():
            dev = evaluate_dev(model, tokenizer, o.dev_set, work / "dev_results.jsonl", max_new_tokens=o.max_target)
            report["dev"] = dev["summary"]
            report["dev_failures"] = dev["failures"]
            log(f"dev: {dev['summary']}")

    report["hardware"] = {"machine": platform.machine(), "cpus": torch.get_num_threads(), "cuda": torch.cuda.is_available()}
    report["options"] = {k: (str(v) if isinstance(v, Path) else v) for k, v in asdict(o).items()}
    report["export_bytes"] = directory_size(o.export_dir) if o.export_dir.exists() else None
    write_json(work / "report.json", report)
    if o.export_dir.exists():
        write_json(o.export_dir / "metrics.json", {k: v for k, v in report.items() if k != "dev_failures"})
        write_model_card(o.export_dir / "README.md", report, o.note)
    return report


def tokenizer_stats(tokenizer, records, dev_set: Path | None) -> dict:
    docs = [r.output for r in records]
    lengths = [len(x) for x in tokenizer(docs, add_special_tokens=False)["input_ids"]]
    instr = [len(x) for x in tokenizer([r.instruction for r in records], add_special_tokens=False)["input_ids"]]
    stats = {
        "vocab_size": len(tokenizer),
        "avg_tokens_per_document": round(sum(lengths) / len(lengths), 1),
        "max_tokens_per_document": max(lengths),
        "avg_chars_per_document": round(sum(map(len, docs)) / len(docs), 1),
        "avg_tokens_per_instruction": round(sum(instr) / len(instr), 1),
        "round_trip_test_split": all(round_trips(tokenizer, t) for r in records for t in (r.instruction, r.output)),
    }
    if dev_set and Path(dev_set).exists():
        from .records import read_instructions

        stats["round_trip_dev_set"] = all(round_trips(tokenizer, t) for _, t in read_instructions(dev_set))
    return stats
