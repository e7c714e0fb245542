import pytest

from uidsl_trainer.lora_settings import T5_LINEAR, LoraSettings
from uidsl_trainer.train_settings import TrainSettings


def test_lora_defaults_are_the_design_defaults():
    cfg = LoraSettings().to_peft()
    assert (cfg.r, cfg.lora_alpha, cfg.lora_dropout) == (16, 32, 0.1)
    assert set(cfg.target_modules) == {"q", "v"}
    assert cfg.task_type == "SEQ_2_SEQ_LM"


def test_lora_parse_reads_all_linear_and_lists():
    assert LoraSettings.parse(8, 16, 0.0, "all-linear").targets == list(T5_LINEAR)
    s = LoraSettings.parse(4, 8, 0.05, "q, k ,wo", "lm_head")
    assert s.targets == ["q", "k", "wo"] and s.modules_to_save == ["lm_head"]
    assert s.to_peft().modules_to_save == ["lm_head"]


@pytest.mark.parametrize(
    "kwargs, message",
    [({"r": 0}, "rank"), ({"alpha": 0}, "alpha"), ({"dropout": 1.0}, "dropout"), ({"targets": []}, "target"), ({"targets": ["q", "q"]}, "repeat")],
)
def test_lora_rejects_bad_values(kwargs, message):
    with pytest.raises(ValueError, match=message):
        LoraSettings(**kwargs)


def test_train_settings_name_every_bad_field():
    with pytest.raises(ValueError) as err:
        TrainSettings(lr=0, batch_size=0, warmup_ratio=1.5, workers=-1)
    assert "lr=0" in str(err.value) and "batch_size=0" in str(err.value) and "warmup_ratio=1.5" in str(err.value)
    assert "workers=-1" in str(err.value)
