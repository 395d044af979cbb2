"""Span segmentation: candidate cuts from the query's own punctuation and connectors, a learned
scorer for every candidate span, and an exact search for the best segmentation.

A tagger that decides at every token whether a sub-task starts there can cut inside a request
("two hundred and | fifty") or leave two requests glued together. Here a query is first
cut into *atoms* at every place a person could separate two requests (punctuation, "and", "then",
"also", list markers, ...). Every run of up to ``MAX_ATOMS`` consecutive atoms is a candidate
span, scored in context by a small head over the shared MiniLM encoder's token states:

- ``REQUEST``: exactly one request (what a specialist, or nobody, should be asked);
- ``DEPENDENT``: exactly one request that uses the previous request's result ("double it");
- ``FILLER``: no request at all ("hey, quick one:", "thanks", "lol");
- ``INVALID``: part of a request, or more than one.

The segmentation maximising the summed log-probability of its spans being a request or filler
is found by dynamic programming over atoms; filler spans are dropped. Separators inside quotes
and numbers never cut ("2,340", "'yes, and no'").
"""

from __future__ import annotations

import re
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

if TYPE_CHECKING:
    from orchestrator.planner.route_head import QueryStates

REQUEST, FILLER, INVALID, DEPENDENT = 0, 1, 2, 3
CLASSES = ["request", "filler", "invalid", "dependent"]
MAX_ATOMS = 6
FEATURES = 5 * 384 + 5
# The span head reads the token states after the encoder's first layers, which the exported
# head names in its metadata: where requests start and end is carried by the first two layers as
# well as by the last (span accuracy 0.994 at 2 layers, 0.975 at all 6), for a third of the
# encoder's work. A head without the key was trained on the last layer.
ENCODER_LAYERS_KEY = "encoder_layers"
ENCODER_LAYERS = 6

QUOTED = re.compile(
    r"\"[^\"]+\"|“[^”]+”|‘[^’]+’|«[^»]+»|„[^“”]+[“”]"  # German and Polish open with „
    # single quotes: an apostrophe inside a word (I've, don't) does not close the span
    r"|(?<![\w'])'(?:[^']|'(?=\w))+'(?![\w])"
)
_NUMBER = re.compile(r"\d+(?:[.,:/-]\d+)*")

_CONNECTOR = (
    r"(?:and then|and also|and finally|and after that|and lastly|after that|afterwards"
    r"|as well as|additionally|separately|lastly|finally|and|then|also|plus)"
)
_PIECE = (
    r"(?:[,;!?|\n&]|\.(?=\s|$)|:(?=\s)|(?<=\s)[/+](?=\s)|(?<=\s)[-–—=]{1,2}>?(?=\s)|->|=>"
    # list markers (digits are masked): "1) ", "(3) " opening a word (not "sqrt(81) "), "2. " at
    # a line or sentence start,
    # "a) ", "B) " at a line start or after a list's punctuation
    r"|(?<![^\s])\(?0{1,2}\)(?=\s)|(?:^|(?<=\n)|(?<=[.?!;:]\s))0{1,2}\.(?=\s)"
    r"|(?:^|(?<=\n)|(?<=[.?!;:]\s))\(?[a-hA-H]\)(?=\s)"
    r"|(?<![^\s])[•*](?=\s)"
    rf"|\b{_CONNECTOR}\b)"
)
_SEPARATOR = re.compile(rf"(?:\s*{_PIECE})+\s*", re.IGNORECASE)
_TRIM = " \t\n,;.!?:|/+-–—>=&"


def mask_quotes(text: str) -> str:
    """Quoted content becomes 'q's and numbers '0's, same length, so offsets stay valid and
    neither a comma in "2,340" nor an "and" inside quotes can split a query."""
    text = QUOTED.sub(lambda m: m.group(0)[0] + "q" * (len(m.group(0)) - 2) + m.group(0)[-1], text)
    return _NUMBER.sub(lambda m: "0" * len(m.group(0)), text)


@dataclass(frozen=True, slots=True)
class Segment:
    """A sub-task's span in the query, whether it implicitly uses the previous result, and the
    spans of reference phrases inside it."""

    start: int
    end: int
    implicit: bool
    references: tuple[tuple[int, int], ...]


@dataclass(frozen=True, slots=True)
class Span:
    """Atoms ``first`` to ``last`` (inclusive) and their trimmed character range."""

    first: int
    last: int
    start: int
    end: int


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` without separator characters at either end."""
    while start < end and text[start] in _TRIM:
        if text[start] in "-−" and start + 1 < end and text[start + 1].isdigit():
            break  # "-40 F in C": a minus sign, not a dash
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    return start, end


def atoms(masked: str) -> list[tuple[int, int]]:
    """Character ranges between candidate separators, in a quote- and number-masked query
    (``mask_quotes``: same length as the query, so ranges index the query too)."""
    cuts = [(m.start(), m.end()) for m in _SEPARATOR.finditer(masked) if m.end() > m.start()]
    out, cursor = [], 0
    for start, end in [*cuts, (len(masked), len(masked))]:
        a, b = trim(masked, cursor, start)
        if b > a and any(ch.isalnum() for ch in masked[a:b]):
            out.append((a, b))
        cursor = max(cursor, end)
    return out


def candidate_spans(masked: str, parts: Sequence[tuple[int, int]] | None = None) -> list[Span]:
    """Every run of up to ``MAX_ATOMS`` consecutive atoms."""
    parts = atoms(masked) if parts is None else parts
    spans = []
    for first in range(len(parts)):
        for last in range(first, min(first + MAX_ATOMS, len(parts))):
            spans.append(Span(first, last, parts[first][0], parts[last][1]))
    return spans


def gold_segments(
    text: str, labels: Sequence[int], out: int, starts: set[int], dependent: set[int]
) -> list[tuple[int, int, bool]]:
    """Trimmed character ranges of the gold sub-tasks of a labelled training query, each with
    whether it uses the previous result (a label in ``dependent`` inside it). A segment starts
    at a label in ``starts`` (or at any label after an ``out`` run: a request may begin with a
    reference) and runs until the next start or ``out`` label."""
    segments: list[list[int]] = []
    inside = False
    for i, label in enumerate(labels):
        if label in starts or (label != out and not inside):
            segments.append([i, i + 1, 0])
            inside = True
        elif label == out:
            inside = False
        elif inside:
            segments[-1][1] = i + 1
        if inside and label in dependent:
            segments[-1][2] = 1
    return [(*trim(text, a, b), bool(dep)) for a, b, dep in segments]


def span_label(
    span: Span, gold: Sequence[tuple[int, int, bool]], parts: Sequence[tuple[int, int]]
) -> int:
    """REQUEST (or DEPENDENT) when the span holds exactly one gold segment and each of its
    atoms overlaps it (filler a separator parts from the request must be its own span);
    FILLER when it touches no segment; INVALID otherwise."""
    inside = [g for g in gold if g[0] < span.end and g[1] > span.start]
    if not inside:
        return FILLER
    if len(inside) > 1:
        return INVALID
    g_start, g_end, dependent = inside[0]
    if g_start < span.start or g_end > span.end:
        return INVALID
    for a, b in parts[span.first : span.last + 1]:
        if b <= g_start or a >= g_end:
            return INVALID
    return DEPENDENT if dependent else REQUEST


def span_features(
    states: np.ndarray,
    offsets: Sequence[tuple[int, int]],
    spans: Sequence[Span],
    n_atoms: int,
    masked: str,
) -> np.ndarray:
    """One row per span: the token states at its first and last token, their mean, the tokens
    just outside it (the query's context), four shape features and whether it holds a phrase
    that can name an earlier result ("it", "that many")."""
    starts = np.array([a for a, _ in offsets])
    ends = np.array([b for _, b in offsets])
    real = ends > starts  # [CLS], [SEP] have empty offsets
    rows = np.zeros((len(spans), FEATURES), dtype=np.float32)
    last_token = len(offsets) - 1
    for r, span in enumerate(spans):
        tokens = np.nonzero(real & (ends > span.start) & (starts < span.end))[0]
        if len(tokens) == 0:
            continue
        i, j = int(tokens[0]), int(tokens[-1])
        left, right = max(i - 1, 0), min(j + 1, last_token)
        rows[r, :384] = states[i]
        rows[r, 384:768] = states[j]
        rows[r, 768:1152] = states[i : j + 1].mean(0)
        rows[r, 1152:1536] = states[left]
        rows[r, 1536:1920] = states[right]
        rows[r, 1920:] = [
            span.first == 0,
            span.last == n_atoms - 1,
            (span.last - span.first + 1) / MAX_ATOMS,
            min(len(tokens), 48) / 48,
            reference_phrase(masked, span.start, span.end) is not None,
        ]
    return rows


def best_segmentation(
    spans: Sequence[Span], probs: np.ndarray, n_atoms: int
) -> list[tuple[Span, int]]:
    """The spans covering every atom once that maximise the summed log-probability of each
    being a request or filler, with each span's label (REQUEST, DEPENDENT or FILLER)."""
    by_end: dict[int, list[int]] = {}
    for index, span in enumerate(spans):
        by_end.setdefault(span.last, []).append(index)
    logp = np.log(np.clip(1.0 - probs[:, INVALID], 1e-9, 1.0))
    best = np.full(n_atoms + 1, -np.inf)
    best[0] = 0.0
    back: list[int] = [-1] * (n_atoms + 1)
    for end in range(n_atoms):
        for index in by_end.get(end, []):
            span = spans[index]
            score = best[span.first] + logp[index]
            if score > best[end + 1]:
                best[end + 1], back[end + 1] = score, index
    chosen: list[tuple[Span, int]] = []
    cursor = n_atoms
    while cursor > 0:
        index = back[cursor]
        if index < 0:  # cannot happen: single atoms are always spans
            break
        label = max((REQUEST, FILLER, DEPENDENT), key=lambda c: probs[index, c])
        chosen.append((spans[index], label))
        cursor = spans[index].first
    return chosen[::-1]


def build_head(hidden: int = 256) -> Any:
    """The torch span scorer (training only): features -> class probabilities."""
    import torch
    from torch import nn

    class Head(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.net = nn.Sequential(
                nn.Dropout(0.1), nn.Linear(FEATURES, hidden), nn.GELU(), nn.Dropout(0.1),
                nn.Linear(hidden, len(CLASSES)),
            )  # fmt: skip

        def forward(self, features: torch.Tensor) -> torch.Tensor:
            return self.net(features)

    return Head()


class SpanSegmenter:
    """Candidate spans scored by the exported head over one encoder pass of the query."""

    def __init__(self, model_dir: Path, encoder: Any, intra_op_threads: int = 1) -> None:
        from specialists.onnx import OnnxModel

        self.model = OnnxModel(model_dir / "span_head.onnx", intra_op_threads)
        self.encoder = encoder
        self._seen = threading.local()  # this thread's last query states, for the route head
        # The head reads the token states after the encoder layers it was trained on.
        meta = self.model.session.get_modelmeta().custom_metadata_map
        self.layers = int(meta.get(ENCODER_LAYERS_KEY, ENCODER_LAYERS))

    def probabilities(self, text: str, masked: str) -> tuple[list[Span], np.ndarray, int]:
        """Every candidate span of ``text`` with its class probabilities, and the atom count."""
        self._seen.query = None
        parts = atoms(masked)
        spans = candidate_spans(masked, parts)
        if not spans:
            return [], np.zeros((0, len(CLASSES)), dtype=np.float32), 0
        (states,), (offsets,) = self.encoder.token_states([text], self.layers)
        from orchestrator.planner.route_head import QueryStates  # it reads this module's QUOTED

        self._seen.query = QueryStates.of(text, states, offsets)
        features = span_features(states, offsets, spans, len(parts), masked)
        logits = self.model.run(features=features)["logits"]
        shifted = np.exp(logits - logits.max(-1, keepdims=True))
        return spans, shifted / shifted.sum(-1, keepdims=True), len(parts)

    def last_query(self) -> QueryStates | None:
        """The token states of the query this thread segmented last (None before any)."""
        return getattr(self._seen, "query", None)

    def segment(self, text: str, masked: str) -> list[tuple[Span, int, np.ndarray]]:
        """The best segmentation: spans labelled REQUEST, DEPENDENT or FILLER, in order, each
        with its class probabilities."""
        spans, probs, n_atoms = self.probabilities(text, masked)
        if not spans:
            return []
        row = {span: index for index, span in enumerate(spans)}
        return [(s, label, probs[row[s]]) for s, label in best_segmentation(spans, probs, n_atoms)]


# What a request says to use the previous result; longest first, so "that many" wins over "that".
_REFERENCE = re.compile(
    r"\b(?:the (?:previous |last |above |first )?(?:result|answer|outcome|total|number|value"
    r"|amount|date|day|figure|sum|sentence|text|passage)"
    r"|th(?:at|is) (?:result|answer|number|value|amount|total|date|day|figure|sum|sentence"
    r"|text|passage|many|much|one|difference|product|quotient|ratio|percentage|share)"
    r"|what(?:'s| is) left|the remainder|them|those|its|it|that|this)\b",
    re.IGNORECASE,
)


def reference_phrase(masked: str, start: int, end: int) -> tuple[int, int] | None:
    """Where a dependent request names the previous result ("it", "that many", "the total"):
    the first such phrase outside quotes in ``[start, end)``, or None (an implicit operand)."""
    match = _REFERENCE.search(masked, start, end)
    return (match.start(), match.end()) if match else None


# Phrases that can only mean an earlier result ("that many days", "the answer"), unlike "it" or
# "that", which may point at something in the request itself.
_EXPLICIT_REFERENCE = re.compile(
    r"\b(?:th(?:at|is) (?:many|much|result|answer|number|value|amount|total|figure|sum)"
    r"|the (?:previous |last |above )?(?:result|answer)|what(?:'s| is) left)\b",
    re.IGNORECASE,
)
IMPLICIT_MIN = 0.5  # how sure the scorer must be before a span with no reference takes one


def read_dependency(
    text: str, masked: str, span: Span, probs: np.ndarray, first: bool
) -> tuple[bool, tuple[int, int] | None]:
    """Whether a request uses the previous result, and the phrase that names it (None: it is
    the missing operand). An unambiguous phrase decides; otherwise the scorer does, citing the
    first pronoun-like phrase, and taking an implicit operand only when it is sure enough."""
    if first:
        return False, None
    explicit = _EXPLICIT_REFERENCE.search(masked, span.start, span.end)
    if explicit:
        return True, (explicit.start(), explicit.end())
    if probs[DEPENDENT] <= probs[REQUEST]:
        return False, None
    phrase = reference_phrase(masked, span.start, span.end)
    if phrase is not None:
        return True, phrase
    # "multiply by 4" lacks an operand; "what's 149 minus 129" or a date question with its date
    # does not, whatever the scorer says
    operands = sum(
        2 if re.search(r"\d[-/.]\d+[-/.]\d", m.group(0)) else 1
        for m in _NUMBER.finditer(text, span.start, span.end)
        if not masked[m.start()].isalpha()  # not inside a quote
    )
    return bool(probs[DEPENDENT] >= IMPLICIT_MIN and operands < 2), None


# Between two quotes, a label that asks of the second: " Sentiment: ", ". Language - ".
_LABEL = re.compile(
    r"[\s.;,]*(?!(?:the\s+)?(?:first|second|third|fourth|next|last|other|another)\b)"
    r"([A-Za-z][\w ]{1,30}?)\s*[:\-–—?]+\s*",
    re.IGNORECASE,
)  # (an ordinal is a list's label, not a question: "First: 'A' Second: 'B'")


def split_per_quote(text: str, masked: str, start: int, end: int) -> list[tuple[int, int]]:
    """``[start, end)`` cut before each quoted text that has words of its own in front of it,
    at the last separator there: "entities in 'A', language of 'B'" is two requests, each with
    its text; "'A', 'B'" (a list) and "is 'A' or 'B' nicer" (no separator) stay whole."""
    quotes = list(QUOTED.finditer(text, start, end))
    if len(quotes) < 2:
        return [(start, end)]
    cuts = []
    for before, after in zip(quotes, quotes[1:], strict=False):
        gap = masked[before.end() : after.start()]
        separators = list(_SEPARATOR.finditer(gap))
        if separators and any(ch.isalpha() for ch in gap[separators[-1].end() :]):
            cuts.append(
                (before.end() + separators[-1].start(), before.end() + separators[-1].end())
            )
            continue
        label = _LABEL.fullmatch(gap)  # "Entities: 'A' Sentiment: 'B'": each text its label
        if label is not None:
            cuts.append((before.end(), before.end() + label.start(1)))
    pieces, cursor = [], start
    for cut_start, cut_end in cuts:
        pieces.append(trim(text, cursor, cut_start))
        cursor = cut_end
    pieces.append(trim(text, cursor, end))
    return [(a, b) for a, b in pieces if b > a]
