"""Runs the exported ONNX pair (encoder + merged decoder with KV cache) the way Transformers.js does:
the first step takes the no-cache branch, later steps feed back the decoder's cache and keep the
cross-attention cache from the first step."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import onnxruntime as ort


class OnnxSeq2Seq:
    def __init__(self, model_dir: str | Path, quantized: bool = False, threads: int | None = None):
        suffix = "_quantized" if quantized else ""
        opts = ort.SessionOptions()
        if threads:
            opts.intra_op_num_threads = threads
        onnx_dir = Path(model_dir) / "onnx"
        self.encoder = ort.InferenceSession(str(onnx_dir / f"encoder_model{suffix}.onnx"), opts, providers=["CPUExecutionProvider"])
        self.decoder = ort.InferenceSession(str(onnx_dir / f"decoder_model_merged{suffix}.onnx"), opts, providers=["CPUExecutionProvider"])
        self.past_names = [i.name for i in self.decoder.get_inputs() if i.name.startswith("past_key_values.")]
        self.output_names = [o.name for o in self.decoder.get_outputs()]
        shape = next(i.shape for i in self.decoder.get_inputs() if i.name == self.past_names[0])
        self.heads, self.d_kv = shape[1], shape[3]

    def encode(self, input_ids: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        mask = np.ones_like(input_ids)
        (hidden,) = self.encoder.run(None, {"input_ids": input_ids, "attention_mask": mask})
        return hidden, mask

    def step(self, decoder_ids: np.ndarray, hidden: np.ndarray, mask: np.ndarray, past: dict[str, np.ndarray] | None):
        """One decoder call; returns (logits, cache for the next call)."""
        batch = decoder_ids.shape[0]
        feed = {"input_ids": decoder_ids, "encoder_hidden_states": hidden, "encoder_attention_mask": mask}
        if past is None:
            empty = np.zeros((batch, self.heads, 0, self.d_kv), dtype=np.float32)
            feed.update({name: empty for name in self.past_names})
            feed["use_cache_branch"] = np.array([False])
        else:
            feed.update(past)
            feed["use_cache_branch"] = np.array([True])
        results = dict(zip(self.output_names, self.decoder.run(None, feed)))
        cache = {}
        for name in self.past_names:
            present = name.replace("past_key_values.", "present.")
            # The cached branch returns placeholders for the cross-attention cache; the first step's stays.
            cache[name] = past[name] if past is not None and ".encoder." in name else results[present]
        return results["logits"], cache

    def greedy(self, input_ids: list[int], max_new_tokens: int = 512, start_id: int = 0, eos_id: int = 1) -> list[int]:
        hidden, mask = self.encode(np.array([input_ids], dtype=np.int64))
        out: list[int] = []
        token, past = start_id, None
        for _ in range(max_new_tokens):
            logits, past = self.step(np.array([[token]], dtype=np.int64), hidden, mask, past)
            token = int(logits[0, -1].argmax())
            if token == eos_id:
                break
            out.append(token)
        return out
