"""One picture of a model trained in several runs, each continuing the adapter of the one before
(`--init-adapter`): train and validation loss against the steps of all runs together, a line where
each run starts, so a reader sees whether the next run is worth its hours. Runs of different batch
sizes (a CPU run of 16, a GPU run of 512) compare on examples seen instead (`by="examples"`)."""

from __future__ import annotations

import json
from pathlib import Path


def load_run(checkpoints: Path) -> list[dict]:
    """The Trainer's log history a run left in its checkpoints folder (`log_history.json`)."""
    path = Path(checkpoints) / "log_history.json"
    if not path.exists():
        raise FileNotFoundError(f"{path}: no log history (is {checkpoints} a run's checkpoints folder?)")
    return json.loads(path.read_text())


def batch_size(checkpoints: Path) -> int:
    """The batch size the run planned with (`plan.json`, written at its first start)."""
    path = Path(checkpoints) / "plan.json"
    if not path.exists():
        raise FileNotFoundError(f"{path}: no plan, so no batch size to count examples with")
    return int(json.loads(path.read_text())["settings"]["batch_size"])


def stitch(
    histories: list[list[dict]], scales: list[int] | None = None
) -> tuple[list[tuple[int, float]], list[tuple[int, float]], list[int]]:
    """Train points, validation points and run starts on one axis: each run's steps, times its scale (1,
    or its batch size to count examples), follow the last point the run before it logged."""
    train: list[tuple[int, float]] = []
    evals: list[tuple[int, float]] = []
    starts: list[int] = []
    offset = 0
    for i, history in enumerate(histories):
        scale = scales[i] if scales else 1
        starts.append(offset)
        last = 0
        for h in history:
            x = int(h.get("step", 0)) * scale
            last = max(last, x)
            if "loss" in h:
                train.append((offset + x, float(h["loss"])))
            if "eval_loss" in h:
                evals.append((offset + x, float(h["eval_loss"])))
        offset += last
    return train, evals, starts


def plot_runs(runs: list[Path], labels: list[str], out: Path, title: str, by: str = "steps") -> Path:
    if labels and len(labels) != len(runs):
        raise ValueError(f"{len(labels)} labels for {len(runs)} runs")
    if by not in ("steps", "examples"):
        raise ValueError(f'by must be "steps" or "examples", got {by!r}')
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    scales = [batch_size(r) for r in runs] if by == "examples" else None
    train, evals, starts = stitch([load_run(r) for r in runs], scales)
    fig, ax = plt.subplots(figsize=(8, 4.2))
    if train:
        ax.plot(*zip(*train), alpha=0.45, label="train loss")
    if evals:
        ax.plot(*zip(*evals), marker="o", markersize=3, label="validation loss")
    for i, s in enumerate(starts):
        ax.axvline(s, color="grey", linestyle=":", linewidth=1)
        ax.annotate(labels[i] if labels else f"run {i + 1}", (s, 1), xycoords=("data", "axes fraction"), xytext=(3, -12), textcoords="offset points", fontsize=8)
    ax.set_xlabel("training examples seen (all runs)" if by == "examples" else "LoRA step (all runs)")
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
