"""Progress: tqdm bars with rate and ETA on a terminal, plain periodic lines in a log file."""

from __future__ import annotations

import sys
import time
from typing import Iterable, Iterator, TypeVar

from transformers import TrainerCallback

T = TypeVar("T")


def is_tty() -> bool:
    return sys.stderr.isatty()


def _fmt(seconds: float) -> str:
    seconds = int(max(seconds, 0))
    return f"{seconds // 3600:d}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"


def track(items: Iterable[T], total: int, desc: str, every_s: float = 15.0) -> Iterator[T]:
    """A tqdm bar on a TTY; otherwise a line such as `generate 40/100 (2.1/s, eta 0:00:28)` every `every_s`."""
    if is_tty():
        from tqdm import tqdm

        yield from tqdm(items, total=total, desc=desc, dynamic_ncols=True)
        return
    start = last = time.monotonic()
    done = 0
    for item in items:
        yield item
        done += 1
        now = time.monotonic()
        if now - last >= every_s or done == total:
            last = now
            rate = done / max(now - start, 1e-9)
            print(f"{desc} {done}/{total} ({rate:.2f}/s, eta {_fmt((total - done) / max(rate, 1e-9))})", file=sys.stderr, flush=True)


class PlainProgress(TrainerCallback):
    """Stands in for the Trainer's tqdm bar when stderr is not a terminal (training in the background)."""

    def __init__(self, desc: str, every_s: float = 30.0):
        self.desc = desc
        self.every_s = every_s
        self.start = self.last = 0.0
        self.first_step = 0
        self.loss: float | None = None

    def on_train_begin(self, args, state, control, **kw):
        self.start = self.last = time.monotonic()
        self.first_step = state.global_step

    def on_log(self, args, state, control, logs=None, **kw):
        if logs and "loss" in logs:
            self.loss = logs["loss"]
        if logs and "eval_loss" in logs:
            print(f"{self.desc} step {state.global_step}: eval_loss {logs['eval_loss']:.4f}", file=sys.stderr, flush=True)

    def on_step_end(self, args, state, control, **kw):
        now = time.monotonic()
        if now - self.last < self.every_s and state.global_step != state.max_steps:
            return
        self.last = now
        done = state.global_step - self.first_step
        rate = done / max(now - self.start, 1e-9)
        left = (state.max_steps - state.global_step) / max(rate, 1e-9)
        loss = f", loss {self.loss:.4f}" if self.loss is not None else ""
        print(
            f"{self.desc} step {state.global_step}/{state.max_steps} ({rate:.2f} steps/s, eta {_fmt(left)}{loss})",
            file=sys.stderr,
            flush=True,
        )
