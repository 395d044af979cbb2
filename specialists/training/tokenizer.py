"""Local tokenizers built from a project's own corpus with the `tokenizers` library (no hub)."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from tokenizers import Tokenizer, decoders, models, normalizers, pre_tokenizers, trainers

SPECIAL_TOKENS = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"]


def build_wordpiece(
    texts: Iterable[str],
    vocab_size: int = 4000,
    extra_special: Iterable[str] = (),
    lowercase: bool = True,
) -> Tokenizer:
    """A WordPiece tokenizer trained on ``texts``; [PAD] is id 0 and [UNK] id 1."""
    tokenizer = Tokenizer(models.WordPiece(unk_token="[UNK]"))
    steps = [normalizers.NFKC()] + ([normalizers.Lowercase()] if lowercase else [])
    tokenizer.normalizer = normalizers.Sequence(steps)
    tokenizer.pre_tokenizer = pre_tokenizers.BertPreTokenizer()
    tokenizer.decoder = decoders.WordPiece()
    trainer = trainers.WordPieceTrainer(
        vocab_size=vocab_size, special_tokens=[*SPECIAL_TOKENS, *extra_special], min_frequency=1
    )
    tokenizer.train_from_iterator(texts, trainer=trainer)
    return tokenizer


def save(tokenizer: Tokenizer, path: Path) -> None:
    """Write ``tokenizer.json``."""
    tokenizer.save(str(path))


def load(path: Path | str, max_length: int | None = None) -> Tokenizer:
    """Open a saved tokenizer; pad to the batch's longest, truncate at ``max_length``."""
    tokenizer = Tokenizer.from_file(str(path))
    tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")
    if max_length:
        tokenizer.enable_truncation(max_length)
    return tokenizer
