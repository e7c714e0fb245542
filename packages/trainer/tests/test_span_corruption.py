import numpy as np
import pytest

from uidsl_trainer.span_corruption import corrupt, noise_mask

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
