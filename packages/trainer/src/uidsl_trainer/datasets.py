"""Torch datasets: instruction/document pairs for fine-tuning, span-corrupted text for pretraining."""

from __future__ import annotations

import numpy as np
import torch
from transformers import PreTrainedTokenizerBase

from .records import Record
from .span_corruption import corrupt, infill


class PairDataset(torch.utils.data.Dataset):
    """Instruction in, minified document out. Tokenised once up front."""

    def __init__(self, records: list[Record], tokenizer: PreTrainedTokenizerBase, max_source: int, max_target: int):
        self.records = records
        src = tokenizer([r.instruction for r in records], max_length=max_source, truncation=True)["input_ids"]
        tgt = tokenizer([r.output for r in records], max_length=max_target, truncation=True)["input_ids"]
        self.items = [{"input_ids": s, "labels": t} for s, t in zip(src, tgt)]
        self.truncated = sum(len(t) >= max_target for t in tgt)
        # Batches are grouped by the whole example's length: the document (decoder side) dominates the cost.
        self.lengths = [len(s) + len(t) for s, t in zip(src, tgt)]

    def __len__(self) -> int:
        return len(self.items)

    def __getitem__(self, i: int) -> dict:
        return self.items[i]


class SpanCorruptionDataset(torch.utils.data.Dataset):
    """Unpaired texts; each access draws a fresh corruption, so every epoch sees new masks. With `fixed`,
    the masks are drawn once: a validation loss that early stopping compares across evaluations has to
    be measured on the same inputs each time. A `reconstruct` share of the draws asks for the whole text
    back instead of the hidden spans (`span_corruption.infill`)."""

    def __init__(
        self,
        texts: list[str],
        tokenizer: PreTrainedTokenizerBase,
        sentinels: list[int],
        max_length: int,
        seed: int,
        fixed: bool = False,
        reconstruct: float = 0.0,
    ):
        if not 0 <= reconstruct <= 1:
            raise ValueError(f"reconstruct share must be in [0, 1], got {reconstruct}")
        self.reconstruct = reconstruct
        ids = tokenizer(texts, add_special_tokens=False, max_length=max_length - 1, truncation=True)["input_ids"]
        self.ids = [x for x in ids if len(x) >= 2]
        self.lengths = [len(x) for x in self.ids]
        self.sentinels = sentinels
        self.eos = tokenizer.eos_token_id
        self.rng = np.random.default_rng(seed)
        self.frozen = [self._draw(i) for i in range(len(self.ids))] if fixed else None

    def __len__(self) -> int:
        return len(self.ids)

    def _draw(self, i: int) -> dict:
        objective = infill if self.reconstruct and self.rng.random() < self.reconstruct else corrupt
        inputs, labels = objective(self.ids[i], self.sentinels, self.eos, self.rng)
        return {"input_ids": inputs, "labels": labels}

    def __getitem__(self, i: int) -> dict:
        return self.frozen[i] if self.frozen is not None else self._draw(i)
