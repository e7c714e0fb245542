"""Sizes of the self-pretrained T5 base. Presets are a table, so adding one is one entry."""

from __future__ import annotations

from dataclasses import asdict, dataclass

from transformers import T5Config


@dataclass(frozen=True)
class ModelSize:
    d_model: int
    d_ff: int
    num_layers: int
    num_decoder_layers: int
    num_heads: int
    dropout_rate: float = 0.1


# `tiny` is the CI / smoke-test size. `small` is what the shipped model is trained at: on 2 shared CPU
# cores a training step of `d_model` 256 took 13 s against 4-5 s at 128 (batch 32, measured), and within
# the hour of training more steps beat a wider model. `base` is for a machine with a GPU.
PRESETS: dict[str, ModelSize] = {
    "tiny": ModelSize(d_model=64, d_ff=128, num_layers=2, num_decoder_layers=2, num_heads=4),
    "small": ModelSize(d_model=128, d_ff=512, num_layers=3, num_decoder_layers=3, num_heads=4),
    "base": ModelSize(d_model=256, d_ff=1024, num_layers=4, num_decoder_layers=4, num_heads=4),
}


def t5_config(size: ModelSize | str, vocab_size: int) -> T5Config:
    s = PRESETS[size] if isinstance(size, str) else size
    if s.d_model % s.num_heads:
        raise ValueError(f"d_model {s.d_model} is not divisible by num_heads {s.num_heads}")
    return T5Config(
        vocab_size=vocab_size,
        d_model=s.d_model,
        d_kv=s.d_model // s.num_heads,
        d_ff=s.d_ff,
        num_layers=s.num_layers,
        num_decoder_layers=s.num_decoder_layers,
        num_heads=s.num_heads,
        dropout_rate=s.dropout_rate,
        # Plain ReLU feed-forward keeps the module names `wi` / `wo` that LoRA targets refer to.
        feed_forward_proj="relu",
        tie_word_embeddings=True,
        pad_token_id=0,
        eos_token_id=1,
        decoder_start_token_id=0,
    )


def describe(size: ModelSize | str) -> dict:
    return asdict(PRESETS[size] if isinstance(size, str) else size)
