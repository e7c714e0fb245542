"""Optimisation settings shared by pretraining and fine-tuning, validated when built."""

from __future__ import annotations

from dataclasses import asdict, dataclass


@dataclass
class TrainSettings:
    lr: float = 1e-3
    batch_size: int = 32
    epochs: float = 10.0
    # When set, wins over `epochs`. When neither it nor `time_budget_min` decides, `epochs` does.
    max_steps: int | None = None
    # Fits the number of steps to a wall-clock budget from a short timing run, so the cosine schedule
    # still ends at zero inside the budget (the budget is also enforced as a hard stop).
    time_budget_min: float | None = None
    warmup_ratio: float = 0.05
    weight_decay: float = 0.01
    max_grad_norm: float = 1.0
    eval_steps: int = 200
    patience: int = 5
    seed: int = 42
    threads: int | None = None
    # Processes that collate batches beside the training loop. On a GPU a model this small waits on the
    # collation of large batches more than on its own arithmetic.
    workers: int = 0
    # bfloat16 autocast on CUDA (weights and optimiser stay fp32); ignored on the CPU.
    bf16: bool = False

    def __post_init__(self):
        checks = {
            "lr": self.lr > 0,
            "batch_size": self.batch_size >= 1,
            "epochs": self.epochs > 0,
            "max_steps": self.max_steps is None or self.max_steps >= 1,
            "time_budget_min": self.time_budget_min is None or self.time_budget_min > 0,
            "warmup_ratio": 0 <= self.warmup_ratio < 1,
            "weight_decay": self.weight_decay >= 0,
            "max_grad_norm": self.max_grad_norm > 0,
            "eval_steps": self.eval_steps >= 1,
            "patience": self.patience >= 1,
            "workers": self.workers >= 0,
        }
        bad = [k for k, ok in checks.items() if not ok]
        if bad:
            raise ValueError(f"invalid training settings: {', '.join(f'{k}={getattr(self, k)!r}' for k in bad)}")

    def to_dict(self) -> dict:
        return asdict(self)
