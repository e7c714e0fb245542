"""The BPE tokenizer, trained on the corpus with the `tokenizers` library and saved as a `tokenizer.json`
that both transformers and Transformers.js load unchanged."""

from __future__ import annotations

from pathlib import Path
from typing import Iterable

from tokenizers import Regex, Tokenizer, decoders, models, pre_tokenizers, processors, trainers
from transformers import PreTrainedTokenizerFast

PAD, EOS, UNK = "<pad>", "</s>", "<unk>"
# Runs of JSON punctuation become pre-tokens of their own: `":"`, `"},{"` end up as single tokens, and a
# pre-token boundary falls exactly where the engine's forced text (keys, punctuation) starts and ends.
JSON_PUNCTUATION = r'[{}\[\]:,"]+'
# Each Han character is a pre-token too. A quoted title then splits the same way in the instruction and
# in the document, so the model copies it token by token, and a phrasing never seen in training is still
# made of known pieces. The class holds the characters themselves (not \p{Han}) because the pattern has to
# compile in Oniguruma (tokenizers) and in JavaScript (Transformers.js).
HAN = "[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]"
BYTE_TOKENS = [f"<0x{b:02X}>" for b in range(256)]


def sentinel(i: int) -> str:
    return f"<extra_id_{i}>"


def train_tokenizer(
    texts: Iterable[str],
    vocab_size: int = 6000,
    sentinels: int = 64,
    limit_alphabet: int = 2000,
) -> PreTrainedTokenizerFast:
    """Ids: `<pad>`=0 (also the decoder start), `</s>`=1, `<unk>`=2, the sentinels, the 256 byte tokens,
    then the learned merges. Byte fallback means nothing is ever unknown: a character outside the
    learned alphabet is written as its UTF-8 bytes."""
    specials = [PAD, EOS, UNK] + [sentinel(i) for i in range(sentinels)]
    learned = vocab_size - len(specials) - len(BYTE_TOKENS)
    if learned < 100:
        raise ValueError(f"vocab_size {vocab_size} leaves only {learned} learned tokens")

    tok = Tokenizer(models.BPE(unk_token=UNK, byte_fallback=True))
    tok.pre_tokenizer = pre_tokenizers.Sequence(
        [
            pre_tokenizers.Split(Regex(JSON_PUNCTUATION), behavior="isolated"),
            pre_tokenizers.Split(Regex(HAN), behavior="isolated"),
        ]
    )
    trainer = trainers.BpeTrainer(
        vocab_size=learned + len(specials),
        special_tokens=specials,
        limit_alphabet=limit_alphabet,
        show_progress=False,
    )
    tok.train_from_iterator(texts, trainer=trainer)

    # The trainer cannot add the byte tokens as ordinary (non-special) vocabulary, so the model is rebuilt
    # with them placed right after the special tokens; the merges are kept as trained.
    trained = tok.model
    vocab = {t: i for i, t in enumerate(specials)}
    for t in BYTE_TOKENS:
        vocab[t] = len(vocab)
    for t, _ in sorted(tok.get_vocab(with_added_tokens=False).items(), key=lambda kv: kv[1]):
        if t not in vocab:
            vocab[t] = len(vocab)
    merges = _merges(tok)
    del trained
    tok.model = models.BPE(vocab=vocab, merges=merges, unk_token=UNK, byte_fallback=True)
    tok.normalizer = None  # NFKC would turn `，` into `,` and break round trips
    tok.decoder = decoders.Sequence([decoders.ByteFallback(), decoders.Fuse()])
    tok.post_processor = processors.TemplateProcessing(
        single=f"$A {EOS}", pair=f"$A {EOS} $B {EOS}", special_tokens=[(EOS, 1)]
    )
    return wrap(tok, sentinels)


def _merges(tok: Tokenizer) -> list[tuple[str, str]]:
    import json

    model = json.loads(tok.to_str())["model"]
    return [tuple(m.split(" ", 1)) if isinstance(m, str) else tuple(m) for m in model["merges"]]


def wrap(tok: Tokenizer, sentinels: int) -> PreTrainedTokenizerFast:
    return PreTrainedTokenizerFast(
        tokenizer_object=tok,
        pad_token=PAD,
        eos_token=EOS,
        unk_token=UNK,
        additional_special_tokens=[sentinel(i) for i in range(sentinels)],
        model_max_length=1024,
        clean_up_tokenization_spaces=False,
        # T5 takes no token type ids; without this, `generate(**tokenizer(...))` refuses the batch.
        model_input_names=["input_ids", "attention_mask"],
    )


def load_tokenizer(path: str | Path) -> PreTrainedTokenizerFast:
    return PreTrainedTokenizerFast.from_pretrained(str(path))


def sentinel_ids(tokenizer: PreTrainedTokenizerFast) -> list[int]:
    ids = [tokenizer.convert_tokens_to_ids(t) for t in tokenizer.additional_special_tokens if t.startswith("<extra_id_")]
    return sorted(ids)


def round_trips(tokenizer: PreTrainedTokenizerFast, text: str) -> bool:
    ids = tokenizer(text, add_special_tokens=False)["input_ids"]
    return tokenizer.decode(ids, skip_special_tokens=False, clean_up_tokenization_spaces=False) == text
