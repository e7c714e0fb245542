"""Evaluation, greedy and without repair: on the synthetic test split (JSON parse rate, schema-valid rate
with the project's validator, exact match) and on the shared dev set (scored by its own score.mjs)."""

from __future__ import annotations

import json
import subprocess
import tempfile
from pathlib import Path

from .generate import greedy
from .records import Record, write_jsonl

REPO = Path(__file__).resolve().parents[4]
VALIDATE = REPO / "packages" / "trainer" / "scripts" / "validate-docs.ts"


def validate_outputs(outputs: list[str]) -> list[dict]:
    """Runs the project's validator (`@uidsl/dsl`: schema and semantic rules) over the outputs."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "outputs.jsonl"
        write_jsonl(path, ({"output": o} for o in outputs))
        done = subprocess.run(
            ["node", "--import", "tsx", str(VALIDATE), str(path)], cwd=REPO, capture_output=True, text=True, check=True
        )
    return json.loads(done.stdout)


def evaluate_split(model, tokenizer, records: list[Record], batch_size: int = 32, max_new_tokens: int = 512) -> tuple[dict, list[dict]]:
    outputs = greedy(model, tokenizer, [r.instruction for r in records], batch_size, max_new_tokens, desc="test")
    checks = validate_outputs(outputs)
    n = len(records)
    rows = [
        {"id": r.id, "instruction": r.instruction, "expected": r.output, "output": o, "exact": o == r.output, **c}
        for r, o, c in zip(records, outputs, checks)
    ]
    metrics = {
        "examples": n,
        "json_parse_rate": sum(c["parses"] for c in checks) / n,
        "schema_valid_rate": sum(c["valid"] for c in checks) / n,
        "exact_match": sum(r["exact"] for r in rows) / n,
    }
    return metrics, rows


def evaluate_dev(model, tokenizer, dev_path: str | Path, results_path: str | Path, batch_size: int = 32, max_new_tokens: int = 512) -> dict:
    """Greedy outputs for the dev instructions, scored with `score.mjs` next to the dev set."""
    from .records import read_instructions

    items = read_instructions(dev_path)
    outputs = greedy(model, tokenizer, [text for _, text in items], batch_size, max_new_tokens, desc="dev")
    write_jsonl(results_path, ({"id": i, "output": o, "method": "model"} for (i, _), o in zip(items, outputs)))
    scorer = Path(dev_path).with_name("score.mjs")
    done = subprocess.run(["node", str(scorer), str(dev_path), str(results_path), "--json"], capture_output=True, text=True)
    if done.returncode not in (0, 1):
        raise RuntimeError(f"score.mjs failed: {done.stderr.strip()}")
    return json.loads(done.stdout)


def encoder_reliance(model, tokenizer, records: list[Record], n: int = 64) -> dict:
    """Teacher-forced loss on `n` records with their own instructions, and with each paired with the next
    record's instruction. A model that reads its input does much worse on the wrong one; equal losses
    mean the decoder writes from its own prior alone (what the first shipped model did)."""
    import torch
    from transformers import DataCollatorForSeq2Seq

    sample = records[: max(n, 2)]
    collate = DataCollatorForSeq2Seq(tokenizer, label_pad_token_id=-100, padding=True)
    targets = [tokenizer(r.output)["input_ids"] for r in sample]

    def loss(sources: list[str]) -> float:
        batch = collate([{"input_ids": tokenizer(s)["input_ids"], "labels": t} for s, t in zip(sources, targets)])
        with torch.no_grad():
            return float(model(**batch).loss)

    model.eval()
    own = loss([r.instruction for r in sample])
    other = loss([r.instruction for r in sample[1:] + sample[:1]])
    return {"examples": len(sample), "loss_own_instruction": round(own, 4), "loss_other_instruction": round(other, 4), "ratio": round(other / own, 2)}
