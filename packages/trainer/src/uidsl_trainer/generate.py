"""Greedy generation with the PyTorch model, batched (evaluation) or one at a time (parity)."""

from __future__ import annotations

import torch

from .progress import track


@torch.inference_mode()
def greedy(model, tokenizer, instructions: list[str], batch_size: int = 32, max_new_tokens: int = 512, desc: str = "generate") -> list[str]:
    """Outputs in input order. Batches are formed from instructions of similar length to waste little on padding."""
    model.eval()
    order = sorted(range(len(instructions)), key=lambda i: len(instructions[i]))
    outputs: list[str] = [""] * len(instructions)
    batches = [order[i : i + batch_size] for i in range(0, len(order), batch_size)]
    for batch in track(batches, len(batches), desc):
        enc = tokenizer([instructions[i] for i in batch], return_tensors="pt", padding=True, return_token_type_ids=False)
        ids = model.generate(**enc, max_new_tokens=max_new_tokens, num_beams=1, do_sample=False)
        for i, text in zip(batch, tokenizer.batch_decode(ids, skip_special_tokens=True, clean_up_tokenization_spaces=False)):
            outputs[i] = text
    return outputs
