"""One picture of a model trained in several runs, each continuing the adapter of the one before
(`--init-adapter`): train and validation loss against the steps of all runs together, a line where
each run starts, so a reader sees whether the next run is worth its hours."""

from __future__ import annotations

import json
from pathlib import Path


def load_run(checkpoints: Path) -> list[dict]:
    """The Trainer's log history a run left in its checkpoints folder (`log_history.json`)."""
    path = Path(checkpoints) / "log_history.json"
    if not path.exists():
        raise FileNotFoundError(f"{path}: no log history (is {checkpoints} a run's checkpoints folder?)")
    return json.loads(path.read_text())


def stitch(histories: list[list[dict]]) -> tuple[list[tuple[int, float]], list[tuple[int, float]], list[int]]:
    """Train points, validation points and run starts on one step axis: each run's steps follow the last
    step the run before it logged."""
    train: list[tuple[int, float]] = []
    evals: list[tuple[int, float]] = []
    starts: list[int] = []
    offset = 0
    for history in histories:
        starts.append(offset)
        last = 0
        for h in history:
            step = int(h.get("step", 0))
            last = max(last, step)
            if "loss" in h:
                train.append((offset + step, float(h["loss"])))
            if "eval_loss" in h:
                evals.append((offset + step, float(h["eval_loss"])))
        offset += last
    return train, evals, starts


def plot_runs(runs: list[Path], labels: list[str], out: Path, title: str) -> Path:
    if labels and len(labels) != len(runs):
        raise ValueError(f"{len(labels)} labels for {len(runs)} runs")
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    train, evals, starts = stitch([load_run(r) for r in runs])
    fig, ax = plt.subplots(figsize=(8, 4.2))
    if train:
        ax.plot(*zip(*train), alpha=0.45, label="train loss")
    if evals:
        ax.plot(*zip(*evals), marker="o", markersize=3, label="validation loss")
    for i, s in enumerate(starts):
        ax.axvline(s, color="grey", linestyle=":", linewidth=1)
        ax.annotate(labels[i] if labels else f"run {i + 1}", (s, 1), xycoords=("data", "axes fraction"), xytext=(3, -12), textcoords="offset points", fontsize=8)
    ax.set_xlabel("LoRA step (all runs)")
    ax.set_ylabel("cross-entropy")
    ax.set_yscale("log")
    ax.set_title(title)
    ax.legend(loc="lower left")
    ax.grid(alpha=0.3)
    fig.tight_layout()
    out.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(out, dpi=110)
    plt.close(fig)
    return out
