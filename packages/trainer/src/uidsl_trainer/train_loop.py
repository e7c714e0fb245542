"""One training run on the transformers Trainer: cosine schedule with warmup, gradient clipping,
evaluation on the validation split, early stopping, fixed seeds, resumable checkpoints, progress,
and at the end a loss curve (PNG) and a metrics JSON."""

from __future__ import annotations

import json
import math
import time
from pathlib import Path

import torch
from transformers import (
    DataCollatorForSeq2Seq,
    EarlyStoppingCallback,
    PreTrainedTokenizerBase,
    Trainer,
    TrainerCallback,
    TrainingArguments,
    set_seed,
)
from transformers.trainer_pt_utils import LengthGroupedSampler
from transformers.trainer_utils import get_last_checkpoint

from .progress import PlainProgress, is_tty
from .train_settings import TrainSettings


class HardStop(TrainerCallback):
    """Ends the run once the wall-clock budget is spent, whatever the schedule says. It evaluates and saves
    first, so the steps since the last evaluation can still be the best model that is kept."""

    def __init__(self, seconds: float):
        self.seconds = seconds
        self.start = time.monotonic()

    def on_step_end(self, args, state, control, **kw):
        if time.monotonic() - self.start > self.seconds:
            control.should_evaluate = True
            control.should_save = True
            control.should_training_stop = True


class LengthGroupedTrainer(Trainer):
    """Groups batches by the dataset's own `lengths` (source + target) rather than by the encoder input
    alone, which is all the stock Trainer looks at; padding on the decoder side is what it saves."""

    def _get_train_sampler(self, *args, **kwargs):
        generator = torch.Generator()
        generator.manual_seed(self.args.data_seed or self.args.seed)
        return LengthGroupedSampler(self.args.train_batch_size, lengths=self.train_dataset.lengths, generator=generator)


def calibrate_steps(model, dataset, collator, settings: TrainSettings, probe: int = 6) -> int:
    """Times a few optimiser steps on real batches and returns how many fit in the time budget."""
    # Timed where the Trainer will train: on a GPU machine the model still sits on the CPU at this point.
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    model.to(device)
    model.train()
    opt = torch.optim.AdamW([p for p in model.parameters() if p.requires_grad], lr=0.0)
    n = len(dataset)
    batches = [collator([dataset[(i * settings.batch_size + j) % n] for j in range(settings.batch_size)]) for i in range(probe)]
    saved = {k: v.detach().clone() for k, v in model.state_dict().items()}
    times = []
    for batch in batches:
        t = time.perf_counter()
        with torch.autocast(device.type, dtype=torch.bfloat16, enabled=settings.bf16 and device.type == "cuda"):
            loss = model(**{k: v.to(device) for k, v in batch.items()}).loss
        loss.backward()
        opt.step()
        opt.zero_grad()
        if device.type == "cuda":
            torch.cuda.synchronize()
        times.append(time.perf_counter() - t)
    model.load_state_dict(saved)
    step_s = sorted(times[1:])[len(times[1:]) // 2]
    # Evaluation and checkpoints take their share of the budget too.
    return max(int(settings.time_budget_min * 60 * 0.85 / step_s), 10)


def run_training(
    model,
    tokenizer: PreTrainedTokenizerBase,
    train_ds,
    eval_ds,
    settings: TrainSettings,
    out_dir: str | Path,
    desc: str,
    extra_callbacks: list[TrainerCallback] | None = None,
) -> dict:
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    if settings.threads:
        torch.set_num_threads(settings.threads)
    set_seed(settings.seed)
    collator = DataCollatorForSeq2Seq(tokenizer, label_pad_token_id=-100, padding=True)

    # The plan (number of steps) is fixed at the first start and read back on resume, so a resumed run
    # follows the same schedule.
    plan_path = out / "plan.json"
    resume = get_last_checkpoint(str(out)) if out.exists() else None
    if resume and plan_path.exists():
        max_steps = json.loads(plan_path.read_text())["max_steps"]
    elif settings.max_steps:
        max_steps = settings.max_steps
    elif settings.time_budget_min:
        max_steps = calibrate_steps(model, train_ds, collator, settings)
    else:
        max_steps = math.ceil(len(train_ds) / settings.batch_size * settings.epochs)
    plan_path.write_text(json.dumps({"max_steps": max_steps, "settings": settings.to_dict()}, indent=2))

    eval_steps = min(settings.eval_steps, max(max_steps // 4, 1))
    args = TrainingArguments(
        output_dir=str(out),
        max_steps=max_steps,
        per_device_train_batch_size=settings.batch_size,
        per_device_eval_batch_size=settings.batch_size * 2,
        learning_rate=settings.lr,
        lr_scheduler_type="cosine",
        # A step count rather than `warmup_ratio`, which transformers 5 removed.
        warmup_steps=math.ceil(settings.warmup_ratio * max_steps),
        weight_decay=settings.weight_decay,
        max_grad_norm=settings.max_grad_norm,
        eval_strategy="steps",
        eval_steps=eval_steps,
        save_strategy="steps",
        save_steps=eval_steps,
        save_total_limit=2,
        load_best_model_at_end=True,
        metric_for_best_model="eval_loss",
        greater_is_better=False,
        logging_steps=max(min(eval_steps // 4, 50), 1),
        seed=settings.seed,
        data_seed=settings.seed,
        dataloader_num_workers=settings.workers,
        dataloader_persistent_workers=settings.workers > 0,
        bf16=settings.bf16 and torch.cuda.is_available(),
        use_cpu=not torch.cuda.is_available(),
        report_to=[],
        disable_tqdm=not is_tty(),
    )
    callbacks: list[TrainerCallback] = [EarlyStoppingCallback(early_stopping_patience=settings.patience)]
    if not is_tty():
        callbacks.append(PlainProgress(desc))
    if settings.time_budget_min:
        callbacks.append(HardStop(settings.time_budget_min * 60))
    callbacks.extend(extra_callbacks or [])
    trainer = LengthGroupedTrainer(
        model=model,
        args=args,
        train_dataset=train_ds,
        eval_dataset=eval_ds,
        data_collator=collator,
        callbacks=callbacks,
    )
    start = time.monotonic()
    result = trainer.train(resume_from_checkpoint=resume)
    seconds = time.monotonic() - start
    final_eval = trainer.evaluate()

    history = trainer.state.log_history
    metrics = {
        "steps": trainer.state.global_step,
        "planned_steps": max_steps,
        "train_seconds": round(seconds, 1),
        "train_loss": result.training_loss,
        "eval_loss": final_eval["eval_loss"],
        "best_eval_loss": trainer.state.best_metric,
        "first_logged_loss": next((h["loss"] for h in history if "loss" in h), None),
        "last_logged_loss": next((h["loss"] for h in reversed(history) if "loss" in h), None),
        "resumed_from": resume,
        "train_examples": len(train_ds),
        "eval_examples": len(eval_ds),
        "settings": settings.to_dict(),
    }
    (out / "metrics.json").write_text(json.dumps(metrics, indent=2))
    (out / "log_history.json").write_text(json.dumps(history, indent=1))
    plot_losses(history, out / "loss.png", desc)
    return metrics


def plot_losses(history: list[dict], path: Path, title: str) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    train = [(h["step"], h["loss"]) for h in history if "loss" in h]
    evals = [(h["step"], h["eval_loss"]) for h in history if "eval_loss" in h]
    fig, ax = plt.subplots(figsize=(7, 4))
    if train:
        ax.plot(*zip(*train), label="train loss")
    if evals:
        ax.plot(*zip(*evals), marker="o", label="validation loss")
    ax.set_xlabel("step")
    ax.set_ylabel("cross-entropy")
    ax.set_yscale("log")
    ax.set_title(title)
    ax.legend()
    ax.grid(alpha=0.3)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)
