import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[3]
SAMPLE = REPO / "data" / "samples" / "sample.jsonl"


def dev_set() -> Path | None:
    path = Path(os.environ.get("UIDSL_DEV_SET", REPO.parent / "shared" / "eval" / "dev.jsonl"))
    return path if path.exists() else None


@pytest.fixture(scope="session")
def sample_records():
    from uidsl_trainer.records import read_records

    if not SAMPLE.exists():
        pytest.skip(f"{SAMPLE} is missing (the generator writes it)")
    return read_records(SAMPLE)


@pytest.fixture(scope="session")
def sample_tokenizer(sample_records, tmp_path_factory):
    from uidsl_trainer.records import corpus_texts
    from uidsl_trainer.tokenizer import train_tokenizer

    tok = train_tokenizer(corpus_texts(sample_records), vocab_size=1500)
    path = tmp_path_factory.mktemp("tokenizer")
    tok.save_pretrained(path)
    return tok, path


@pytest.fixture(scope="session")
def sample_split(sample_records, tmp_path_factory):
    """data/samples/sample.jsonl cut into train / val / test files, as the pipeline reads them."""
    from uidsl_trainer.records import write_jsonl

    path = tmp_path_factory.mktemp("data")
    rows = [{"id": r.id, "instruction": r.instruction, "output_json_minified": r.output, "meta": {}} for r in sample_records]
    n = len(rows)
    write_jsonl(path / "train.jsonl", rows[: int(n * 0.8)])
    write_jsonl(path / "val.jsonl", rows[int(n * 0.8) : int(n * 0.9)])
    write_jsonl(path / "test.jsonl", rows[int(n * 0.9) :])
    return path
