"""LoRA settings as a validated dataclass; every field of the adapter is configurable."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path

from peft import LoraConfig, TaskType

# Linear layers of a T5 block, by the names PEFT matches: attention (self and cross) and feed-forward.
T5_LINEAR = ("q", "k", "v", "o", "wi", "wo")


@dataclass
class LoraSettings:
    r: int = 16
    alpha: int = 32
    dropout: float = 0.1
    targets: list[str] = field(default_factory=lambda: ["q", "v"])
    modules_to_save: list[str] = field(default_factory=list)

    def __post_init__(self):
        if self.r < 1:
            raise ValueError(f"LoRA rank must be at least 1, got {self.r}")
        if self.alpha <= 0:
            raise ValueError(f"LoRA alpha must be positive, got {self.alpha}")
        if not 0 <= self.dropout < 1:
            raise ValueError(f"LoRA dropout must be in [0, 1), got {self.dropout}")
        if not self.targets:
            raise ValueError("LoRA needs at least one target module")
        if len(set(self.targets)) != len(self.targets):
            raise ValueError(f"LoRA targets repeat a module: {self.targets}")

    @classmethod
    def parse(cls, r: int, alpha: int, dropout: float, targets: str, modules_to_save: str = "") -> "LoraSettings":
        """From CLI strings: `targets` is comma-separated, or `all-linear` for every T5 linear layer."""
        names = list(T5_LINEAR) if targets.strip() == "all-linear" else [t.strip() for t in targets.split(",") if t.strip()]
        return cls(r=r, alpha=alpha, dropout=dropout, targets=names, modules_to_save=[m.strip() for m in modules_to_save.split(",") if m.strip()])

    @classmethod
    def from_adapter(cls, path: str | Path) -> "LoraSettings":
        """The settings a saved adapter (PEFT format) was trained with, from its `adapter_config.json`."""
        config = json.loads((Path(path) / "adapter_config.json").read_text())
        targets = config["target_modules"]
        return cls(
            r=config["r"],
            alpha=config["lora_alpha"],
            dropout=config["lora_dropout"],
            targets=sorted(targets, key=lambda t: T5_LINEAR.index(t) if t in T5_LINEAR else len(T5_LINEAR)) if isinstance(targets, list) else [targets],
            modules_to_save=list(config.get("modules_to_save") or []),
        )

    def to_peft(self) -> LoraConfig:
        return LoraConfig(
            task_type=TaskType.SEQ_2_SEQ_LM,
            r=self.r,
            lora_alpha=self.alpha,
            lora_dropout=self.dropout,
            target_modules=list(self.targets),
            modules_to_save=list(self.modules_to_save) or None,
        )

    def to_dict(self) -> dict:
        return asdict(self)
