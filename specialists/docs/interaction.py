"""Late interaction: every word of the question matched to its closest token of a passage.

A pooled sentence embedding blurs a passage into one point, so a sentence that shares a topic
with the question can outrank the one holding the detail asked for. Matching token states
(ColBERT's MaxSim, here over the encoder's own, untrained-for-it token states) scores each
question word by its best counterpart in the passage, weighted by how rare that word is among
the passages (BM25's idf): "lift" and "weeks" count for more than "the" and "how". The encoder's
one pass yields both the pooled embedding and the token states, so this costs no extra encoding;
it costs memory, about 1.5 KB per indexed token, and one product with every indexed token per
question (about 10 ms for 13,000 tokens, 16 two-page documents, on one core). No library offers
MaxSim over an ONNX session's outputs without pulling in torch; all of it is the two matrix
operations in ``TokenIndex.scores``.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from specialists.docs.encoder import DIMENSION, OUTPUT_NAMES

if TYPE_CHECKING:
    from specialists.docs.encoder import Encoder


@dataclass(frozen=True, slots=True)
class Tokens:
    """A text's word-piece tokens (lowercased, alphanumeric only) and their unit-length states."""

    words: list[str]
    states: np.ndarray  # (len(words), 384) float32


def encode(encoder: Encoder, texts: list[str]) -> tuple[np.ndarray, list[Tokens]]:
    """One encoder pass: the pooled embeddings of ``texts`` and each text's tokens."""
    encodings = encoder.tokenizer.encode_batch(texts)
    inputs = {
        "input_ids": np.array([e.ids for e in encodings], dtype=np.int64),
        "attention_mask": np.array([e.attention_mask for e in encodings], dtype=np.int64),
        "token_type_ids": np.array([e.type_ids for e in encodings], dtype=np.int64),
    }
    embeddings, states = encoder.session.run(list(OUTPUT_NAMES), inputs)
    tokens = []
    for text, encoding, rows in zip(texts, encodings, states, strict=True):
        pieces = [(k, text[a:b]) for k, (a, b) in enumerate(encoding.offsets) if b > a]
        kept = [(k, piece.lower()) for k, piece in pieces if piece.isalnum()]
        vectors = np.asarray(rows[[k for k, _ in kept]], dtype=np.float32)
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        vectors = np.divide(vectors, norms, out=np.zeros_like(vectors), where=norms > 0)
        tokens.append(Tokens([word for _, word in kept], vectors.reshape(-1, DIMENSION)))
    return np.asarray(embeddings, dtype=np.float32), tokens


_NO_TOKEN = Tokens([""], np.zeros((1, DIMENSION), dtype=np.float32))  # matches nothing


class TokenIndex:
    """The token states of every passage, scored against a question's tokens by MaxSim."""

    def __init__(self, passages: Sequence[Tokens]) -> None:
        passages = [p if p.words else _NO_TOKEN for p in passages]  # reduceat needs a token each
        self.size = len(passages)
        lengths = [len(p.words) for p in passages]
        self.starts = np.cumsum([0, *lengths[:-1]]) if passages else np.zeros(0, dtype=np.int64)
        states = np.vstack([p.states for p in passages] or [np.zeros((0, DIMENSION))])
        # (384, tokens), contiguous: BLAS multiplies it twice as fast as a transposed view.
        self.columns = np.ascontiguousarray(states.T, dtype=np.float32)
        self.frequency = Counter(word for p in passages for word in set(p.words))

    def idf(self, word: str) -> float:
        """BM25's inverse document frequency of ``word`` over the passages."""
        seen = self.frequency[word]
        return math.log(1 + (self.size - seen + 0.5) / (seen + 0.5))

    def scores(self, questions: Sequence[Tokens]) -> np.ndarray:
        """``(questions, passages)``: per passage, the idf-weighted mean over a question's words
        of their best cosine in it; one matrix product serves the whole batch."""
        out = np.zeros((len(questions), self.size), dtype=np.float32)
        words = [len(q.words) for q in questions]
        if not self.size or not sum(words):
            return out
        states = np.vstack([q.states for q in questions])
        best = np.maximum.reduceat(states @ self.columns, self.starts, axis=1)
        ends = np.cumsum(words)
        for i, question in enumerate(questions):
            if question.words:
                weights = np.array([self.idf(word) for word in question.words], np.float32)
                out[i] = weights @ best[ends[i] - len(question.words) : ends[i]] / weights.sum()
        return out
