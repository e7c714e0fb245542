"""An interrupted training run continues from its last checkpoint on the same schedule."""

import json

from transformers import T5ForConditionalGeneration, TrainerCallback

from uidsl_trainer.datasets import PairDataset
from uidsl_trainer.model_config import t5_config
from uidsl_trainer.train_loop import run_training
from uidsl_trainer.train_settings import TrainSettings


class Interrupt(TrainerCallback):
    def on_step_end(self, args, state, control, **kw):
        if state.global_step == 10:
            control.should_save = True
            control.should_training_stop = True


def test_interrupted_run_resumes_from_its_checkpoint(sample_records, sample_tokenizer, tmp_path):
    tok, _ = sample_tokenizer
    data = PairDataset(sample_records[:120], tok, 64, 96)
    settings = TrainSettings(lr=3e-3, batch_size=8, max_steps=20, eval_steps=5, threads=2)

    first = run_training(T5ForConditionalGeneration(t5_config("tiny", len(tok))), tok, data, data, settings, tmp_path, "t", extra_callbacks=[Interrupt()])
    assert first["steps"] == 10 and first["resumed_from"] is None

    second = run_training(T5ForConditionalGeneration(t5_config("tiny", len(tok))), tok, data, data, settings, tmp_path, "t")
    assert second["resumed_from"].endswith("checkpoint-10")
    assert second["steps"] == 20
    assert json.loads((tmp_path / "plan.json").read_text())["max_steps"] == 20
