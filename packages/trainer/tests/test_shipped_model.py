"""The three shipped pieces agree: the ONNX export in data/models/default is the base in data/models/base
with the adapter in data/models/default-adapter merged into it."""

import numpy as np
import pytest
import torch

from conftest import REPO

BASE = REPO / "data" / "models" / "base"
ADAPTER = REPO / "data" / "models" / "default-adapter"
EXPORT = REPO / "data" / "models" / "default"

pytestmark = pytest.mark.skipif(
    not ((BASE / "model.safetensors").exists() and (ADAPTER / "adapter_model.safetensors").exists()),
    reason="no shipped base and adapter",
)


def test_the_export_is_the_shipped_base_with_the_shipped_adapter_merged():
    from uidsl_trainer.finetune import load_adapter
    from uidsl_trainer.onnx_model import OnnxSeq2Seq

    model, tokenizer = load_adapter(BASE, ADAPTER)
    model = model.merge_and_unload().eval()
    onnx = OnnxSeq2Seq(EXPORT, threads=1)
    ids = tokenizer("黑金风格的电商首页，顶部搜索，中间两列商品卡，底部导航").input_ids
    decoder = [0] + tokenizer('{"page":{"name":"home_page"').input_ids[:-1]
    with torch.no_grad():
        expected = model(input_ids=torch.tensor([ids]), decoder_input_ids=torch.tensor([decoder])).logits[0].numpy()
    hidden, mask = onnx.encode(np.array([ids], dtype=np.int64))
    got, _ = onnx.step(np.array([decoder], dtype=np.int64), hidden, mask, None)
    assert np.abs(got[0] - expected).max() < 1e-4
