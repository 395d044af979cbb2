"""One ranking from four relevance signals, and the span of the document quoted as the answer.

Cosines and BM25 scores live on different scales, and their spread changes from question to
question, so each is standardised over the indexed passages (a z-score) before the weighted
sum: a passage counts as relevant by how far it stands out from the rest, in every signal alike.
Weights and the margin were tuned on ``specialists/docs/devset`` (not on the held-out set).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

SENTENCE_WEIGHT = 0.2  # cosine to the sentence alone: what it says
CONTEXT_WEIGHT = 1.0  # cosine to the sentence under its document title and section heading
KEYWORD_WEIGHT = 0.25  # BM25 over the sentence, its title and heading: exact names and numbers
PARAGRAPH_WEIGHT = 0.5  # cosine to the sentence's whole paragraph: which part of which document
# A neighbour scoring within this much (in fused z units) of the best is quoted with it.
NEIGHBOUR_MARGIN = 0.75
MAX_SPAN_CHARS = 350  # two sentences at most, and never a paragraph's worth


def standardise(scores: np.ndarray) -> np.ndarray:
    """Each row as z-scores over its passages; a constant row (no signal) becomes zeros."""
    centred = scores - scores.mean(axis=-1, keepdims=True)
    spread = scores.std(axis=-1, keepdims=True)
    return np.divide(centred, spread, out=np.zeros_like(centred), where=spread > 1e-6)


def fuse(
    sentence: np.ndarray, context: np.ndarray, keywords: np.ndarray, paragraph: np.ndarray
) -> np.ndarray:
    """Weighted sum of the standardised signals, shaped ``(questions, passages)``."""
    return (
        SENTENCE_WEIGHT * standardise(sentence)
        + CONTEXT_WEIGHT * standardise(context)
        + KEYWORD_WEIGHT * standardise(keywords)
        + PARAGRAPH_WEIGHT * standardise(paragraph)
    )


@dataclass(frozen=True, slots=True)
class Passage:
    """A quotable sentence: where it is, and whether it only introduces what follows it."""

    doc_id: str
    start: int
    end: int
    leads_in: bool  # a heading or a question ("Where can I park?"): its answer comes next


def _joinable(a: Passage, b: Passage) -> bool:
    """Adjacent sentences of one document that fit in one quote."""
    return a.doc_id == b.doc_id and b.end - a.start <= MAX_SPAN_CHARS


def answer_span(scores: np.ndarray, passages: Sequence[Passage]) -> tuple[int, int]:
    """Indices ``(first, last)`` of the passages to quote for one question's fused ``scores``.

    The best passage, joined with the one after it if it only leads in (a heading or an FAQ
    question is not an answer), or else with its better neighbour if that is nearly as relevant,
    since an answer often runs over two sentences ("Cancellations within 48 hours cost ...").
    """
    best = int(np.argmax(scores))
    after = best + 1
    if passages[best].leads_in and after < len(passages):
        if _joinable(passages[best], passages[after]):
            return best, after
    close = [
        i
        for i in (best - 1, after)
        if 0 <= i < len(passages)
        and _joinable(passages[min(i, best)], passages[max(i, best)])
        and scores[i] >= scores[best] - NEIGHBOUR_MARGIN
    ]
    if not close:
        return best, best
    neighbour = max(close, key=lambda i: float(scores[i]))
    return min(best, neighbour), max(best, neighbour)
