"""Pieces the generator assembles: seeded picks with a train/dev vocabulary split, numbers as
people write them (digits, words, separators, signs), and noise (typos, casing, punctuation)."""

from __future__ import annotations

import random
import re
import zlib
from collections.abc import Sequence
from fractions import Fraction
from typing import Any, TypeVar

from specialists.math.normalize import decimal_text
from specialists.math.numwords import ORDINALS, decimal_words, integer_words
from specialists.math.phrases import SHARED
from specialists.math.program import Node

T = TypeVar("T")
Phrase = tuple[str, Node]  # text with leaf placeholders, and its tree
PLACEHOLDER = re.compile("\x00(\\d+)\x00")
_KEYBOARD = "qwertyuiop asdfghjkl zxcvbnm".split()


def dev_only(item: object) -> bool:
    """One in five phrasings (stable across runs) is reserved for the dev split."""
    return zlib.crc32(repr(item).encode()) % 5 == 0


_SPLITS: dict[tuple[Any, ...], tuple[list[Any], list[Any]]] = {}


def _split(items: Sequence[T]) -> tuple[list[T], list[T]]:
    """(dev-only, train) parts of a phrasing list, computed once per list."""
    key = tuple(items)
    if key not in _SPLITS:
        rest = list(items[SHARED:])
        held = [x for x in rest if dev_only(x)]
        _SPLITS[key] = (held, list(items[:SHARED]) + [x for x in rest if not dev_only(x)])
    return _SPLITS[key]


class Builder:
    """Draws phrasings and numbers for one example and records its number leaves."""

    def __init__(self, rng: random.Random, split: str) -> None:
        self.rng = rng
        self.split = split
        self.values: list[Fraction] = []
        self.surfaces: list[str] = []

    def pick(self, items: Sequence[T]) -> T:
        """A phrasing allowed in this split (dev mixes held-back and shared ones).

        Only for wordings: a choice between operations uses ``rng.choice``, or the split would
        hide a whole operation ('triple', a percentage increase) from training.
        """
        held, train = _split(items)
        if self.split == "dev" and held and self.rng.random() < 0.6:
            return self.rng.choice(held)
        return self.rng.choice(train)

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def leaf(self, value: Fraction, surface: str) -> Phrase:
        """Register a number as written; its tree is a leaf the renderer numbers later."""
        self.values.append(value)
        self.surfaces.append(surface)
        return f"\x00{len(self.values) - 1}\x00", ("leaf", len(self.values) - 1)

    def number(self, kind: str = "any") -> Phrase:
        """A number of the given kind, written as a person might."""
        value = sample_value(self.rng, kind)
        if value < 0 and self.chance(0.15):
            text, node = self.leaf(-value, self.surface(-value))
            return f"minus {text}", ("neg", node)
        return self.leaf(value, self.surface(value))

    def ordinal(self) -> Phrase:
        """An ordinal for roots and powers: 'fourth' or '4th' ('second' stays a word)."""
        n = self.rng.choice([3, 3, 4, 4, 5, 6, 7, 8, 9, 10] + ([2] * 2))
        if n in ORDINALS and self.chance(0.6):
            return self.leaf(Fraction(n), ORDINALS[n])
        suffix = {2: "nd", 3: "rd"}.get(n, "th")
        return self.leaf(Fraction(n), f"{n}{suffix}")

    def surface(self, value: Fraction) -> str:
        """Digits (with separators or a sign style) or words."""
        rng = self.rng
        if value < 0 and rng.random() < 0.3:
            size = -value
            spelled = size.denominator == 1 and size < 10**6 and rng.random() < 0.4
            return "negative " + (integer_words(int(size), rng) if spelled else digits(size))
        if value.denominator == 1 and 0 <= value < 10**6 and rng.random() < 0.22:
            return integer_words(int(value), rng)
        decimal_ok = value.denominator in (2, 4, 5, 10, 20, 25, 50, 100) and 0 < value < 100
        if decimal_ok and rng.random() < 0.12:
            return decimal_words(value, rng)
        text = digits(value)
        if value >= 1000 and value.denominator == 1 and rng.random() < 0.35:
            text = f"{int(value):,}"
        if text.startswith("0.") and rng.random() < 0.15:
            text = text[1:]
        return text

    def fill(self, text: str) -> tuple[str, list[int]]:
        """Put the numbers into the text; returns it and the leaf ids in reading order."""
        order = [int(m.group(1)) for m in PLACEHOLDER.finditer(text)]
        return PLACEHOLDER.sub(lambda m: self.surfaces[int(m.group(1))], text), order


def digits(value: Fraction) -> str:
    """Plain digits of a finite decimal."""
    return decimal_text(value)


def sample_value(rng: random.Random, kind: str) -> Fraction:
    """Numbers of the size people ask about; ``kind`` narrows them (exponents, percentages...)."""
    if kind == "small":
        return Fraction(rng.randint(1, 12))
    if kind == "exp":
        return Fraction(rng.choice([2, 2, 2, 3, 3, 4, 5, 0, 1, 6, 10]))
    if kind == "pct":
        return _percentage(rng)
    if kind == "positive":
        value = abs(sample_value(rng, "any"))
        return value or Fraction(rng.randint(1, 99))
    if kind == "square":
        return Fraction(rng.randint(1, 40) ** 2) if rng.random() < 0.6 else _magnitude(rng)
    if kind == "cube":
        return Fraction(rng.randint(1, 12) ** 3) if rng.random() < 0.6 else _magnitude(rng)
    value = _magnitude(rng)
    return -value if rng.random() < 0.07 else value


def _magnitude(rng: random.Random) -> Fraction:
    roll = rng.random()
    if roll < 0.25:
        return Fraction(rng.randint(0, 12))
    if roll < 0.5:
        return Fraction(rng.randint(13, 100))
    if roll < 0.65:
        return Fraction(rng.randint(100, 1000))
    if roll < 0.75:
        return Fraction(rng.choice([rng.randint(1000, 99999), rng.randint(1, 999) * 1000]))
    if roll < 0.78:
        return Fraction(rng.randint(10**5, 10**9))
    if roll < 0.95:
        places = rng.choice([1, 1, 2, 2, 3])
        return Fraction(rng.randint(1, 10 ** (places + 3)), 10**places)
    return Fraction(rng.randint(1, 10**12), 10 ** rng.randint(5, 11))  # upstream values


def _percentage(rng: random.Random) -> Fraction:
    roll = rng.random()
    if roll < 0.6:
        return Fraction(rng.choice([5, 10, 15, 20, 25, 30, 40, 50, 75, rng.randint(1, 99)]))
    if roll < 0.8:
        return Fraction(rng.randint(1, 200) * 5, 10)
    return Fraction(rng.randint(100, 400))


def typo(word: str, rng: random.Random) -> str:
    """One slip of the fingers: a swap, a drop, a doubled or a neighbouring letter."""
    if len(word) < 3:
        return word
    i = rng.randrange(1, len(word) - 1)
    kind = rng.randrange(4)
    if kind == 0:
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    if kind == 1:
        return word[:i] + word[i + 1 :]
    if kind == 2:
        return word[:i] + word[i] + word[i:]
    row = next((r for r in _KEYBOARD if word[i].lower() in r), None)
    if row is None:
        return word
    j = row.index(word[i].lower())
    near = row[max(j - 1, 0) : j + 2].replace(word[i].lower(), "") or word[i]
    return word[:i] + rng.choice(near) + word[i + 1 :]


def noisy(text: str, rng: random.Random) -> str:
    """Typos, casing and spacing as people type them (placeholders stay intact)."""
    rate = 0.0 if rng.random() < 0.55 else rng.choice([0.04, 0.08, 0.15])

    def slip(match: re.Match[str]) -> str:
        return typo(match.group(0), rng) if rng.random() < rate else match.group(0)

    text = re.sub(r"(?<![\x00\d])[A-Za-z]{3,}", slip, text)
    roll = rng.random()
    if roll < 0.55:
        text = text.lower()
    elif roll < 0.8:
        text = text[:1].upper() + text[1:]
    elif roll < 0.86:
        text = text.upper()
    elif roll < 0.9:
        text = text.title()
    if rng.random() < 0.05:
        text = text.replace(" ", "  ", 1)
    return text
