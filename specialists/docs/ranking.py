"""One ranking from six relevance signals, and the span of the document quoted as the answer.

Cosines, MaxSim and BM25 scores live on different scales, and their spread changes from
question to question, so each is standardised over the indexed passages (a z-score) before the
weighted sum: a passage counts as relevant by how far it stands out from the rest, in every
signal alike. The answer-kind match (``answer_types``) is added as it is, 0 or 1 per kind.

The weights were fitted on the two development sets (``devset/`` and ``devextra/``, never the
held-out set) by ``python -m specialists.docs.tune``: a softmax over every passage per question,
the passages overlapping the answer as the target, L2-regularised, then rescaled and rounded.
``DOCUMENT_WEIGHT`` came later, chosen on every development set at once (see its comment). A
seventh signal, the cosine to the sentence read alone (weight 0.12), was dropped after it: without
it the development sets scored the same (4,127 questions: 4 more right, devhard 5 fewer) and
indexing takes a quarter less time.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

CONTEXT_WEIGHT = 0.4  # cosine to the sentence under its document title and section heading
KEYWORD_WEIGHT = 0.06  # BM25 over the sentence, its title and heading: exact names and numbers
PARAGRAPH_WEIGHT = 0.54  # cosine to the sentence's whole paragraph: which part of which document
TOKEN_WEIGHT = 1.0  # MaxSim of question words to the sentence's tokens in context: the detail
# BM25 of the question over the sentence's whole document: which document its cue words
# ("the gym", "my hire car") point at, even when they sit far from the answer. 0.3-0.8 gave the
# same recall on the development sets; each file gained or held (devhard 0.758 -> 0.765).
DOCUMENT_WEIGHT = 0.5
# Added per answer kind the question asks for and the sentence holds (``answer_types.KINDS``).
KIND_WEIGHTS = np.array([0.3, 0.16, 0.2], dtype=np.float32)  # amount, time, duration
# A neighbour scoring within this much (in fused units) of the best is quoted with it.
NEIGHBOUR_MARGIN = 0.75
MAX_SPAN_CHARS = 350  # two sentences at most, and never a paragraph's worth


def standardise(scores: np.ndarray) -> np.ndarray:
    """Each row as z-scores over its passages; a constant row (no signal) becomes zeros."""
    centred = scores - scores.mean(axis=-1, keepdims=True)
    spread = scores.std(axis=-1, keepdims=True)
    return np.divide(centred, spread, out=np.zeros_like(centred), where=spread > 1e-6)


@dataclass(frozen=True, slots=True)
class Signals:
    """Every relevance signal of every passage: scores shaped ``(questions, passages)``, and the
    answer kinds (``answer_types.KINDS``) asked for and held."""

    context: np.ndarray
    keywords: np.ndarray
    paragraph: np.ndarray
    tokens: np.ndarray
    document: np.ndarray  # the keyword score of the passage's whole document
    asked: np.ndarray  # (questions, kinds): which answer kinds each question asks for
    held: np.ndarray  # (passages, kinds): which answer kinds each passage holds


def kind_match(asked: np.ndarray, held: np.ndarray) -> np.ndarray:
    """Weighted count of the kinds each question asks for (rows of ``asked``) that each passage
    holds (rows of ``held``), shaped ``(questions, passages)``."""
    return (asked * KIND_WEIGHTS) @ held.T


def fuse(signals: Signals) -> np.ndarray:
    """Weighted sum of the standardised signals plus the kind match."""
    return (
        CONTEXT_WEIGHT * standardise(signals.context)
        + KEYWORD_WEIGHT * standardise(signals.keywords)
        + PARAGRAPH_WEIGHT * standardise(signals.paragraph)
        + TOKEN_WEIGHT * standardise(signals.tokens)
        + DOCUMENT_WEIGHT * standardise(signals.document)
        + kind_match(signals.asked, signals.held)
    )


@dataclass(frozen=True, slots=True)
class Passage:
    """A quotable sentence: where it is, and whether it only introduces what follows it."""

    doc_id: str
    start: int
    end: int
    leads_in: bool  # a heading or a question ("Where can I park?"): its answer comes next
    continues: bool = False  # opens by referring back ("If this happens, ..."): needs the last


def _joinable(a: Passage, b: Passage) -> bool:
    """Adjacent sentences of one document that fit in one quote."""
    return a.doc_id == b.doc_id and b.end - a.start <= MAX_SPAN_CHARS


def answer_span(scores: np.ndarray, passages: Sequence[Passage]) -> tuple[int, int]:
    """Indices ``(first, last)`` of the passages to quote for one question's fused ``scores``.

    The best passage, joined with the one after it if it only leads in (a heading or an FAQ
    question is not an answer), or else with its better neighbour if that is nearly as relevant,
    since an answer often runs over two sentences ("Cancellations within 48 hours cost ..."), or
    else with a neighbour it cannot be read without (``_with_continuation``).
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
    if close:
        neighbour = max(close, key=lambda i: float(scores[i]))
        return min(best, neighbour), max(best, neighbour)
    return _with_continuation(best, passages)


def _with_continuation(best: int, passages: Sequence[Passage]) -> tuple[int, int]:
    """A lone passage, joined with the sentence after it if that one opens by referring back to
    it ("Corvantil may make you dizzy." + "If this happens, do not drive."), or else with the one
    before it if it opens so itself: a quote that needs its neighbour to be understood."""
    after, before = best + 1, best - 1
    if after < len(passages) and passages[after].continues:
        if _joinable(passages[best], passages[after]):
            return best, after
    if passages[best].continues and before >= 0 and _joinable(passages[before], passages[best]):
        return before, best
    return best, best
