import json

import pytest

from uidsl_trainer.cli import main
from uidsl_trainer.plot_runs import stitch


def test_stitch_puts_each_run_after_the_last_step_of_the_one_before():
    first = [{"loss": 1.0, "step": 50}, {"eval_loss": 0.9, "step": 100}, {"loss": 0.8, "step": 100}]
    second = [{"loss": 0.7, "step": 50}, {"eval_loss": 0.6, "step": 80}]
    train, evals, starts = stitch([first, second])
    assert starts == [0, 100]
    assert train == [(50, 1.0), (100, 0.8), (150, 0.7)]
    assert evals == [(100, 0.9), (180, 0.6)]


def test_plot_runs_writes_a_png_and_names_a_missing_history(tmp_path):
    for name, loss in (("a", 1.0), ("b", 0.5)):
        (tmp_path / name).mkdir()
        (tmp_path / name / "log_history.json").write_text(json.dumps([{"loss": loss, "step": 10}, {"eval_loss": loss, "step": 20}]))
    out = tmp_path / "runs.png"
    assert main(["plot-runs", str(tmp_path / "a"), str(tmp_path / "b"), "--label", "first", "--label", "second", "--out", str(out)]) == 0
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    with pytest.raises(FileNotFoundError, match="no log history"):
        main(["plot-runs", str(tmp_path / "missing"), "--out", str(out)])


def test_stitch_counts_examples_with_each_runs_batch_size():
    cpu = [{"loss": 1.0, "step": 100}]
    gpu = [{"loss": 0.5, "step": 10}, {"eval_loss": 0.4, "step": 20}]
    train, evals, starts = stitch([cpu, gpu], [16, 512])
    assert starts == [0, 1600]
    assert train == [(1600, 1.0), (1600 + 5120, 0.5)]
    assert evals == [(1600 + 10240, 0.4)]


def test_plot_by_examples_needs_each_runs_plan(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "log_history.json").write_text(json.dumps([{"loss": 1.0, "step": 10}]))
    out = tmp_path / "runs.png"
    with pytest.raises(FileNotFoundError, match="no plan"):
        main(["plot-runs", str(tmp_path / "a"), "--by", "examples", "--out", str(out)])
    (tmp_path / "a" / "plan.json").write_text(json.dumps({"max_steps": 10, "settings": {"batch_size": 8}}))
    assert main(["plot-runs", str(tmp_path / "a"), "--by", "examples", "--out", str(out)]) == 0
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
