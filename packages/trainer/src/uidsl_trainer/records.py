"""Dataset records: one JSON object per line, `{"id", "instruction", "output_json_minified", "meta"}`."""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator


@dataclass(frozen=True)
class Record:
    id: str
    instruction: str
    output: str


def read_records(path: str | Path, limit: int | None = None, seed: int = 0) -> list[Record]:
    """Reads a JSONL split. `limit` takes a seeded random subset, so a small run still sees every page type."""
    records = [Record(str(r["id"]), r["instruction"], r["output_json_minified"]) for r in _lines(path)]
    if limit is not None and limit < len(records):
        records = random.Random(seed).sample(records, limit)
    return records


def read_instructions(path: str | Path) -> list[tuple[str, str]]:
    """(id, instruction) pairs of an evaluation set such as the shared dev set (no documents there)."""
    return [(str(r["id"]), r["instruction"]) for r in _lines(path)]


def _lines(path: str | Path) -> Iterator[dict]:
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if line.strip():
                try:
                    yield json.loads(line)
                except json.JSONDecodeError as e:
                    raise ValueError(f"{path}:{n}: not a JSON line ({e.msg})") from e


def corpus_texts(records: Iterable[Record]) -> list[str]:
    """Unpaired text for the tokenizer and pretraining: instructions and documents, each on its own."""
    texts: list[str] = []
    for r in records:
        texts.append(r.instruction)
        texts.append(r.output)
    return texts


def write_jsonl(path: str | Path, rows: Iterable[dict]) -> None:
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
