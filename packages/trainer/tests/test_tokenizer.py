import json

from conftest import dev_set
from uidsl_trainer.records import read_instructions
from uidsl_trainer.tokenizer import BYTE_TOKENS, load_tokenizer, round_trips, sentinel_ids


def test_every_document_and_instruction_of_the_sample_round_trips(sample_records, sample_tokenizer):
    tok, _ = sample_tokenizer
    bad = [t for r in sample_records for t in (r.instruction, r.output) if not round_trips(tok, t)]
    assert bad == []


def test_dev_set_round_trips(sample_tokenizer):
    tok, _ = sample_tokenizer
    path = dev_set()
    if path is None:
        import pytest

        pytest.skip("no dev set")
    texts = [t for _, t in read_instructions(path)]
    assert len(texts) > 0
    assert [t for t in texts if not round_trips(tok, t)] == []


def test_text_outside_the_corpus_round_trips_through_byte_fallback(sample_tokenizer):
    tok, _ = sample_tokenizer
    for text in ["饕餮🙂 emoji ，。「」", "Tab\tand\nnewline  two spaces", '{"a":"\\u00e9\\"q\\""}', "ｆｕｌｌ　ｗｉｄｔｈ"]:
        ids = tok(text, add_special_tokens=False)["input_ids"]
        assert tok.unk_token_id not in ids
        assert round_trips(tok, text)


def test_special_token_ids_follow_the_t5_layout(sample_tokenizer):
    tok, _ = sample_tokenizer
    assert (tok.pad_token_id, tok.eos_token_id, tok.unk_token_id) == (0, 1, 2)
    assert sentinel_ids(tok)[:3] == [3, 4, 5]
    vocab = tok.get_vocab()
    assert all(b in vocab for b in BYTE_TOKENS)
    assert tok("首页")["input_ids"][-1] == tok.eos_token_id


def test_json_punctuation_and_catalog_keys_are_single_tokens(sample_tokenizer):
    tok, _ = sample_tokenizer
    for piece in ['":"', '","', '":{"', "card-list", "sections", "props", "topbar"]:
        assert len(tok(piece, add_special_tokens=False)["input_ids"]) == 1, piece


def test_documents_encode_compactly(sample_records, sample_tokenizer):
    tok, _ = sample_tokenizer
    docs = [r.output for r in sample_records]
    tokens = sum(len(x) for x in tok(docs, add_special_tokens=False)["input_ids"])
    chars = sum(len(d) for d in docs)
    assert tokens / chars < 0.4  # measured about 0.26 tokens per character on the generated corpus


def test_saved_tokenizer_loads_back_identically(sample_records, sample_tokenizer):
    tok, path = sample_tokenizer
    again = load_tokenizer(path)
    text = sample_records[0].output
    assert again(text)["input_ids"] == tok(text)["input_ids"]
    config = json.loads((path / "tokenizer.json").read_text())
    assert config["normalizer"] is None
    assert config["model"]["byte_fallback"] is True
