"""Text to hashed features, fastText style: words and their character 1-4-grams.

Shared by training and serving so both see exactly the same ids; the hash is ``zlib.crc32``
(stable across processes, unlike Python's salted ``hash``).
"""

from __future__ import annotations

import re
import unicodedata
import zlib
from collections.abc import Sequence

import numpy as np

BUCKETS = 1 << 18  # hashed feature rows in the embedding table
MAX_N = 4  # character n-grams of 1 to 4 letters
MAX_CHARS = 600  # enough to identify a language; bounds the cost of a 10 KB input
MAX_FEATURES = 1024
_WORD_MAX = 24  # longer runs (unspaced CJK, Thai) get no whole-word feature

_MARKS = (
    "\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed"
    "\u0900-\u0dff\u0e00-\u0e7f\u3099\u309a\u30fc"
)
_TOKEN = re.compile(rf"(?:[^\W\d_]|[{_MARKS}])+(?:'(?:[^\W\d_]|[{_MARKS}])+)*")
_FOLD = str.maketrans({"ς": "σ", "’": "'", "ʼ": "'", "`": "'", "İ": "i", "ё": "е"})
_CACHE_LIMIT = 2_000_000
_words: dict[str, tuple[int, ...]] = {}
_grams: dict[str, int] = {}


def normalize(text: str) -> str:
    """NFKC, lower case, one apostrophe, Greek final sigma and Russian ё folded."""
    return unicodedata.normalize("NFKC", text).translate(_FOLD).lower().translate(_FOLD)


def tokens(text: str) -> list[str]:
    """Letter runs of the normalised text (apostrophes inside words kept: l'eau, don't)."""
    return _TOKEN.findall(normalize(text[:MAX_CHARS]))


def word_features(word: str) -> list[str]:
    """The word itself (``w:`` prefix), its letters, and the 2-4-grams of ``<word>``."""
    padded = f"<{word}>"
    grams = [padded[i : i + n] for n in range(2, MAX_N + 1) for i in range(len(padded) - n + 1)]
    return (["w:" + word] if len(word) <= _WORD_MAX else []) + list(word) + grams


def _word_ids(word: str) -> tuple[int, ...]:
    """Bucket ids of one word's features, cached per word and per n-gram (both recur a lot)."""
    found = _words.get(word)
    if found is None:
        ids = []
        for gram in word_features(word):
            bucket = _grams.get(gram)
            if bucket is None:
                bucket = zlib.crc32(gram.encode("utf-8")) % BUCKETS
                if len(_grams) < _CACHE_LIMIT:
                    _grams[gram] = bucket
            ids.append(bucket)
        found = tuple(ids)
        if len(_words) < _CACHE_LIMIT:
            _words[word] = found
    return found


def feature_ids(text: str) -> list[int]:
    """Bucket ids of one text's features, at most ``MAX_FEATURES`` (empty without letters)."""
    ids: list[int] = []
    for word in tokens(text):
        ids.extend(_word_ids(word))
        if len(ids) >= MAX_FEATURES:
            break
    return ids[:MAX_FEATURES]


def batch_arrays(rows: Sequence[Sequence[int]]) -> dict[str, np.ndarray]:
    """Pad id lists into the model inputs ``ids`` (int64) and ``mask`` (float32)."""
    width = max((len(r) for r in rows), default=1) or 1
    ids = np.zeros((len(rows), width), dtype=np.int64)
    mask = np.zeros((len(rows), width), dtype=np.float32)
    for i, row in enumerate(rows):
        ids[i, : len(row)] = row
        mask[i, : len(row)] = 1.0
    return {"ids": ids, "mask": mask}
