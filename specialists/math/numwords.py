"""Numbers written out in English words, the way people type them, for the data generator."""

from __future__ import annotations

import random
from fractions import Fraction

ONES = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen"
).split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
ORDINALS = {
    3: "third",
    4: "fourth",
    5: "fifth",
    6: "sixth",
    7: "seventh",
    8: "eighth",
    9: "ninth",
    10: "tenth",
}
SCALES = ((10**9, "billion"), (10**6, "million"), (1000, "thousand"))


def _below_hundred(n: int, hyphen: bool) -> str:
    if n < 20:
        return ONES[n]
    tens, ones = divmod(n, 10)
    return TENS[tens] + ((("-" if hyphen else " ") + ONES[ones]) if ones else "")


def _below_thousand(n: int, rng: random.Random, hyphen: bool, use_and: bool) -> str:
    hundreds, rest = divmod(n, 100)
    words = []
    if hundreds:
        words.append(f"{ONES[hundreds]} hundred")
        if rest and use_and:
            words.append("and")
    if rest or not hundreds:
        words.append(_below_hundred(rest, hyphen))
    return " ".join(words)


def integer_words(n: int, rng: random.Random) -> str:
    """``205`` → 'two hundred and five' or 'two hundred five' (style drawn from ``rng``)."""
    if n < 0:
        return "negative " + integer_words(-n, rng)
    hyphen, use_and = rng.random() < 0.4, rng.random() < 0.5
    if 1100 <= n < 10000 and n % 100 == 0 and n % 1000 and rng.random() < 0.3:
        return f"{_below_hundred(n // 100, hyphen)} hundred"  # "fifteen hundred"
    words = []
    for size, name in SCALES:
        count, n = divmod(n, size)
        if count:
            words.append(f"{_below_thousand(count, rng, hyphen, False)} {name}")
    if n or not words:
        words.append(_below_thousand(n, rng, hyphen, use_and))
    return " ".join(words)


def decimal_words(value: Fraction, rng: random.Random) -> str:
    """``3.25`` → 'three point two five'; ``0.5`` → 'zero point five' or 'point five'."""
    whole = int(value)
    digits = f"{float(value - whole):.6f}".rstrip("0")[2:]
    tail = " ".join(ONES[int(d)] for d in digits)
    head = "" if whole == 0 and rng.random() < 0.3 else integer_words(whole, rng) + " "
    return f"{head}point {tail}"
