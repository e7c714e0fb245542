import numpy as np
import pytest

from uidsl_trainer.datasets import SpanCorruptionDataset
from uidsl_trainer.span_corruption import corrupt, infill, noise_mask

SENTINELS = list(range(3, 30))


def restore(inputs: list[int], labels: list[int]) -> list[int]:
    """Puts each hidden span back where its sentinel stands in the input."""
    spans: dict[int, list[int]] = {}
    current = None
    for t in labels[:-1]:
        if t in SENTINELS:
            current = t
            spans[t] = []
        else:
            spans[current].append(t)
    out: list[int] = []
    for t in inputs[:-1]:
        out.extend(spans[t] if t in SENTINELS else [t])
    return out


@pytest.mark.parametrize("length", [2, 5, 17, 80, 300])
def test_inputs_and_labels_together_restore_the_text(length):
    rng = np.random.default_rng(length)
    ids = list(range(100, 100 + length))
    inputs, labels = corrupt(ids, SENTINELS, 1, rng)
    assert inputs[-1] == 1 and labels[-1] == 1
    assert restore(inputs, labels) == ids


def test_noise_density_and_span_length_are_near_the_t5_defaults():
    rng = np.random.default_rng(0)
    masks = [noise_mask(200, 0.15, 3.0, rng) for _ in range(200)]
    density = np.mean([m.mean() for m in masks])
    spans = [int(np.sum(m[1:] & ~m[:-1]) + m[0]) for m in masks]
    assert 0.14 <= density <= 0.16
    assert 2.5 <= 200 * density / np.mean(spans) <= 3.5


def test_masks_differ_between_calls():
    rng = np.random.default_rng(1)
    ids = list(range(100, 160))
    assert corrupt(ids, SENTINELS, 1, rng) != corrupt(ids, SENTINELS, 1, rng)


def test_infilling_hides_spans_in_the_input_and_asks_for_the_whole_text():
    rng = np.random.default_rng(2)
    ids = list(range(100, 180))
    inputs, labels = infill(ids, SENTINELS, 1, rng)
    assert labels == ids + [1]
    assert any(t in SENTINELS for t in inputs) and len(inputs) < len(ids)
    kept = [t for t in inputs[:-1] if t not in SENTINELS]
    assert kept == [t for t in ids if t in set(kept)], "the visible tokens keep their order"


class _Tok:
    eos_token_id = 1

    def __call__(self, texts, **kw):
        return {"input_ids": [[100 + ord(c) % 50 for c in t] for t in texts]}


@pytest.mark.parametrize("share,expected", [(0.0, 0.0), (1.0, 1.0), (0.5, 0.5)])
def test_pretraining_mixes_the_objectives_in_the_asked_share(share, expected):
    texts = ["abcdefghijklmnopqrstuvwxyz" * 2] * 400
    ds = SpanCorruptionDataset(texts, _Tok(), SENTINELS, 128, seed=0, reconstruct=share)
    whole = np.mean([len(ds[i]["labels"]) == len(texts[0]) + 1 for i in range(len(ds))])
    assert abs(whole - expected) < 0.08


def test_a_reconstruct_share_outside_0_1_is_refused():
    with pytest.raises(ValueError, match="reconstruct share"):
        SpanCorruptionDataset(["abc"], _Tok(), SENTINELS, 16, seed=0, reconstruct=1.5)
