"""Run-time tagging logic shared by training and serving: features in, entity spans out (no torch).

The encoder is uncased, so each token also gets a casing id (lower, Title, UPPER, no letters)
computed from the original text; the model learns how much to trust capitals.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

if TYPE_CHECKING:
    from tokenizers import Encoding, Tokenizer

TYPES = ("PERSON", "LOCATION", "ORGANIZATION", "DATE")
LABELS = ("O", *(f"{p}-{t}" for t in TYPES for p in "BI"))
LABEL_ID = {label: i for i, label in enumerate(LABELS)}
SPECIAL, LOWER, TITLE, UPPER, OTHER = range(5)
N_CASES = 5
MAX_TOKENS = 256
INPUT_NAMES = ("input_ids", "attention_mask", "case_ids")
ONNX_NAME = "tagger.onnx"
INT8_NAME = "tagger.int8.onnx"
TOKENIZER_NAME = "tokenizer.json"


def load_tokenizer(path: Path | str) -> Tokenizer:
    """The encoder's WordPiece tokenizer, padding to the batch's longest, never truncating."""
    from tokenizers import Tokenizer

    tokenizer = Tokenizer.from_file(str(path))
    tokenizer.no_truncation()
    tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")
    return tokenizer


def case_of(piece: str) -> int:
    """Casing class of a token's original characters."""
    letters = [c for c in piece if c.isalpha()]
    if not letters:
        return OTHER
    if letters[0].islower():
        return LOWER
    return UPPER if len(letters) > 1 and all(c.isupper() for c in letters) else TITLE


def case_ids(encoding: Encoding, text: str) -> list[int]:
    """One casing id per token; special and padding tokens get ``SPECIAL``."""
    return [
        SPECIAL if not mask or start == end else case_of(text[start:end])
        for (start, end), mask in zip(encoding.offsets, encoding.attention_mask, strict=True)
    ]


def features(
    tokenizer: Tokenizer, texts: list[str]
) -> tuple[dict[str, np.ndarray], list[Encoding]]:
    """The model's int64 inputs for a batch of texts, and the encodings for decoding."""
    encodings = tokenizer.encode_batch(texts)
    feed = {
        "input_ids": np.array([e.ids for e in encodings], dtype=np.int64),
        "attention_mask": np.array([e.attention_mask for e in encodings], dtype=np.int64),
        "case_ids": np.array(
            [case_ids(e, t) for e, t in zip(encodings, texts, strict=True)], dtype=np.int64
        ),
    }
    return feed, encodings


@dataclass(frozen=True, slots=True)
class Entity:
    """A tagged span with ``text == source[start:end]`` and the model's confidence."""

    text: str
    type: str
    start: int
    end: int
    confidence: float

    def as_value(self) -> dict[str, Any]:
        """The public form: text, type and character offsets."""
        return {"text": self.text, "type": self.type, "start": self.start, "end": self.end}


def _words(encoding: Encoding) -> list[tuple[int, int, list[int]]]:
    """Words as ``(start, end, token indices)``, in order; special tokens are skipped."""
    words: dict[int, list[int]] = {}
    for i, word in enumerate(encoding.word_ids):
        if word is not None and encoding.attention_mask[i]:
            words.setdefault(word, []).append(i)
    return [
        (encoding.offsets[idx[0]][0], encoding.offsets[idx[-1]][1], idx) for idx in words.values()
    ]


def decode(encoding: Encoding, probs: np.ndarray, text: str) -> list[Entity]:
    """Word-level BIO: a word takes its first token's label; I- of another type starts anew."""
    entities: list[Entity] = []
    current: list[Any] | None = None  # [type, start, end, confidences]
    for start, end, tokens in _words(encoding):
        label = LABELS[int(np.argmax(probs[tokens[0]]))]
        confidence = float(np.max(probs[tokens[0]]))
        prefix, _, kind = label.partition("-")
        if current is not None and prefix == "I" and kind == current[0]:
            current[2] = end
            current[3].append(confidence)
            continue
        if current is not None:
            entities.append(_entity(text, current))
        current = [kind, start, end, [confidence]] if prefix in "BI" and kind else None
    if current is not None:
        entities.append(_entity(text, current))
    return [e for e in entities if e.text]


def _entity(text: str, current: list[Any]) -> Entity:
    """Build an entity, trimming punctuation the tagger may have swept in at the edges."""
    kind, start, end, confidences = current
    lead = _LEADING.match(text, start, end)
    start = lead.end() if lead else start
    tail = _TRAILING.search(text[start:end])
    end = start + tail.start() if tail else end
    return Entity(text[start:end], kind, start, end, float(np.mean(confidences)))


# An entity never starts or ends with a connector or stray punctuation ("Chanel and", ". Sato").
_LEADING = re.compile(r"(?:[\"'(\[{,;:.\-&]|\s|(?:and|of|&)\s)+", re.IGNORECASE)
_TRAILING = re.compile(r"(?:[\"')\]},;:\-&]|\s|\s(?:and|of|&))+$", re.IGNORECASE)


def softmax(logits: np.ndarray) -> np.ndarray:
    """Row-wise softmax over the last axis."""
    shifted = np.exp(logits - logits.max(axis=-1, keepdims=True))
    return shifted / shifted.sum(axis=-1, keepdims=True)
