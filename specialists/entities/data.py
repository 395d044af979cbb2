"""Seeded generator of tagged sentences: templates x vocabularies x noise, disjoint dev split.

A sentence is built as pieces (literal text or an entity), noise is applied per piece (typos and
fillers in literal text, casing everywhere), then pieces are joined so character offsets are exact.
The dev split uses other templates (every fifth), other Faker locales and other lexicon items.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from dataclasses import dataclass

from specialists.entities.templates import FILLERS, NEGATIVES, REQUESTS, TEMPLATES
from specialists.entities.vocab import (
    NATIONALITIES,
    RELATIVE,
    ROLES,
    THE_COUNTRIES,
    TIMES,
    TITLES,
    Vocab,
)

Span = tuple[int, int, str]
_SLOT = re.compile(r"\{(\w+)\}")
_THE_KINDS = {"AGENCY": 0.5, "LANDMARK": 0.5}


@dataclass(frozen=True, slots=True)
class Example:
    """A text and its entity spans ``(start, end, type)`` with ``text[start:end]`` the entity."""

    text: str
    spans: tuple[Span, ...]


Piece = tuple[str, str | None]  # (text, entity type or None for literal text)


def split_items(items: tuple[str, ...], split: str) -> list[str]:
    """Every fifth item is dev-only; the rest are train-only."""
    return [t for i, t in enumerate(items) if (i % 5 == 4) == (split == "dev")]


def _when(v: Vocab) -> list[Piece]:
    """A time phrase: a DATE with its preposition, or a relative time that is not a DATE."""
    roll = v.rng.random()
    if roll < 0.3:
        return [(v.rng.choice(RELATIVE), None)]
    if roll < 0.6:
        return [
            (v.rng.choice(["on ", "by ", "until ", "before ", "after "]), None),
            (v.full_date(), "DATE"),
        ]
    if roll < 0.8:
        return [(v.rng.choice(["in ", "by ", "since ", "from "]), None), (v.month_year(), "DATE")]
    return [
        (v.rng.choice(["in ", "by ", "since ", "until ", "in early ", "in late "]), None),
        (v.year(), "DATE"),
    ]


def _city(v: Vocab) -> list[Piece]:
    """A city, sometimes followed by its country or region as a second entity ("Leeds, UK")."""
    if v.rng.random() < 0.15:
        return [(v.city(), "LOCATION"), (", ", None), (v.country(), "LOCATION")]
    return [(v.city(), "LOCATION")]


def _titled(v: Vocab) -> list[Piece]:
    """A title outside the span, then the person."""
    return [(v.rng.choice(TITLES) + " ", None), (v.surname(), "PERSON")]


def _maybe_the(v: Vocab, text: str, kind: str, label: str) -> list[Piece]:
    """Some names take a "the" that is not part of the entity ("the United Nations")."""
    if text in THE_COUNTRIES or v.rng.random() < _THE_KINDS.get(kind, 0.0):
        return [("the ", None), (text, label)]
    return [(text, label)]


def _fillers(v: Vocab) -> dict[str, Callable[[], list[Piece]]]:
    """Slot name to a function drawing that slot's pieces."""
    return {
        "PER": lambda: [(v.person(), "PERSON")],
        "TPER": lambda: _titled(v) if v.rng.random() < 0.8 else [(v.person(), "PERSON")],
        "LOC": lambda: _maybe_the(v, v.location(), "LOC", "LOCATION"),
        "CITY": lambda: _city(v),
        "COUNTRY": lambda: _maybe_the(v, v.country(), "COUNTRY", "LOCATION"),
        "ORG": lambda: _maybe_the(v, v.organisation(), "AGENCY", "ORGANIZATION"),
        "COMP": lambda: [(v.company(), "ORGANIZATION")],
        "UNI": lambda: _maybe_the(v, v.kind("UNIVERSITIES"), "UNI", "ORGANIZATION"),
        "AGENCY": lambda: _maybe_the(v, v.kind("AGENCIES"), "AGENCY", "ORGANIZATION"),
        "CLUB": lambda: [(v.kind("CLUBS"), "ORGANIZATION")],
        "DATE": lambda: [(v.full_date(), "DATE")],
        "MY": lambda: [(v.month_year(), "DATE")],
        "YEAR": lambda: [(v.year(), "DATE")],
        "WHEN": lambda: _when(v),
        "REL": lambda: [(v.rng.choice(RELATIVE), None)],
        "TIME": lambda: [(v.rng.choice(TIMES), None)],
        "NUM": lambda: [(str(v.rng.choice([2, 3, 5, 12, 40, 150, 2500, 1999])), None)],
        "MONEY": lambda: [
            (v.rng.choice(["$4.5 million", "€200", "£1,999", "$30", "2 billion euros"]), None)
        ],
        "NAT": lambda: [(v.rng.choice(NATIONALITIES), None)],
        "ROLE": lambda: [(v.rng.choice(ROLES), None)],
        "POSS": lambda: [(v.rng.choice(["his", "her", "their"]), None)],
    }


def render(template: str, v: Vocab) -> list[Piece]:
    """Fill a template's slots; literal text between slots becomes literal pieces."""
    fill = _fillers(v)
    pieces: list[Piece] = []
    last = 0
    for match in _SLOT.finditer(template):
        pieces.append((template[last : match.start()], None))
        pieces.extend(fill[match.group(1)]())
        last = match.end()
    pieces.append((template[last:], None))
    return [(t, label) for t, label in pieces if t]


def _typo(word: str, rng: random.Random) -> str:
    """One character swap, drop or doubling inside a word of four letters or more."""
    if len(word) < 4 or not word.isalpha():
        return word
    i = rng.randrange(1, len(word) - 1)
    op = rng.choice(["swap", "drop", "double"])
    if op == "swap":
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    return word[:i] + word[i + 1 :] if op == "drop" else word[:i] + word[i] + word[i:]


def _typos(text: str, rng: random.Random, rate: float) -> str:
    """Apply ``_typo`` to each word with probability ``rate``."""
    return re.sub(
        r"[A-Za-z]+", lambda m: _typo(m.group(), rng) if rng.random() < rate else m.group(), text
    )


def _case(pieces: list[Piece], rng: random.Random) -> list[Piece]:
    """Casing noise: all lower, all upper, lowercase entities only, or headline case."""
    roll = rng.random()
    if roll < 0.12:
        return [(t.lower(), label) for t, label in pieces]
    if roll < 0.14:
        return [(t.upper(), label) for t, label in pieces]
    if roll < 0.18:
        return [(t.lower() if label else t, label) for t, label in pieces]
    if roll < 0.21:
        return [
            (t if label else re.sub(r"\b[a-z]", lambda m: m.group().upper(), t), label)
            for t, label in pieces
        ]
    return pieces


def noisy(pieces: list[Piece], rng: random.Random) -> list[Piece]:
    """Typos, a leading filler, dropped final punctuation, then casing noise."""
    rate = rng.choice([0.0, 0.0, 0.03, 0.08])
    pieces = [
        (_typos(t, rng, rate) if label is None else _typos(t, rng, rate / 4), label)
        for t, label in pieces
    ]
    if pieces[-1][1] is None and rng.random() < 0.2:
        pieces[-1] = (pieces[-1][0].rstrip(".!?"), None)
    if rng.random() < 0.08:
        pieces.insert(0, (rng.choice(FILLERS), None))
    return _case(pieces, rng)


def join(pieces: list[Piece]) -> Example:
    """Concatenate pieces and record entity offsets."""
    text, spans = "", []
    for piece, label in pieces:
        if label:
            spans.append((len(text), len(text) + len(piece), label))
        text += piece
    return Example(text, tuple(spans))


class Generator:
    """Draws examples for one split; the same seed always gives the same data."""

    def __init__(self, split: str, seed: int, locales: tuple[str, ...] = ()) -> None:
        self.rng = random.Random(f"{split}-{seed}")
        self.vocab = Vocab(split, self.rng, locales)
        self.templates = split_items(TEMPLATES, split)
        self.negatives = split_items(NEGATIVES, split)
        self.requests = split_items(REQUESTS, split)

    def sentence(self) -> list[Piece]:
        """One noisy sentence's pieces; about one in twelve has no entity."""
        pool = self.negatives if self.rng.random() < 0.08 else self.templates
        pieces = render(self.rng.choice(pool), self.vocab)
        if pieces[0] == ("the ", None):
            pieces[0] = ("The ", None)
        return noisy(pieces, self.rng)

    def example(self) -> Example:
        """A sentence, a short paragraph, or either wrapped in a request."""
        pieces = self.sentence()
        for _ in range(self.rng.choices([0, 1, 2], [80, 15, 5])[0]):
            pieces += [(self.rng.choice([" ", "  ", "\n"]), None), *self.sentence()]
        if self.rng.random() < 0.12:
            prefix = self.rng.choice(self.requests)
            closing = prefix[-1] if prefix[-1] in "\"'" else ""
            pieces = [(prefix, None), *pieces, (closing, None)]
        return join([(t, label) for t, label in pieces if t])

    def examples(self, n: int) -> list[Example]:
        """``n`` examples."""
        return [self.example() for _ in range(n)]
