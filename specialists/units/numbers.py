"""Numbers as people write them: ``1,250.5``, ``-40``, ``1 1/2``, ``½``, ``3e8``, ``twelve``,
``three and a half``, ``a dozen``, ``1.5 million``. Words go through text2num (``alpha2digit``)."""

from __future__ import annotations

import re
from fractions import Fraction

_UNICODE_FRACTIONS = {"½": "1/2", "¼": "1/4", "¾": "3/4", "⅓": "1/3", "⅔": "2/3", "⅛": "1/8"}
_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "k": 1e3}
_WORD_VALUES = {
    "zero": 0.0,
    "a": 1.0,
    "an": 1.0,
    "one": 1.0,
    "half": 0.5,
    "half a": 0.5,
    "half an": 0.5,
    "a half": 0.5,
    "quarter": 0.25,
    "a quarter": 0.25,
    "quarter of a": 0.25,
    "a quarter of a": 0.25,
    "three quarters": 0.75,
    "three quarters of a": 0.75,
    "dozen": 12.0,
    "a dozen": 12.0,
    "a couple": 2.0,
    "a couple of": 2.0,
    "couple of": 2.0,
    "a pair of": 2.0,
    "a few": 3.0,
}
_TAILS = {"and a half": 0.5, "and a quarter": 0.25, "and three quarters": 0.75, "and half": 0.5}
_NEGATIVE = ("minus ", "negative ", "-", "−", "–")
_DIGITS = re.compile(r"^\+?(\d{1,3}(?:,\d{3})+|\d+)?(?:\.(\d+))?(?:[eE]([+-]?\d+))?$")
_X10 = re.compile(r"^(\d+(?:\.\d+)?)\s*[x×*]\s*10\s*\^\s*([+-]?\d+)$")


def _plain(text: str) -> float | None:
    """Digits with optional thousands commas, decimals and exponent; a lone comma is decimal."""
    text = text.replace(" ", "") if re.fullmatch(r"\d{1,3}( \d{3})+", text) else text
    if re.fullmatch(r"\d+,\d{1,2}|\d+,\d{4,}", text):
        text = text.replace(",", ".")
    if (m := _X10.match(text)) is not None:
        return float(m.group(1)) * 10.0 ** int(m.group(2))
    if text in ("", ".", "+") or not _DIGITS.match(text):
        return None
    return float(text.replace(",", "").lstrip("+"))


def _fraction(text: str) -> float | None:
    """``3/4``, ``1 1/2``, ``1-1/2`` and unicode fractions like ``2½``."""
    for char, frac in _UNICODE_FRACTIONS.items():
        text = text.replace(char, f" {frac}")
    m = re.fullmatch(r"(?:(\d+)[\s-]+)?(\d+)\s*/\s*(\d+)", text.strip())
    if m is None or int(m.group(3)) == 0:
        return None
    return float(int(m.group(1) or 0) + Fraction(int(m.group(2)), int(m.group(3))))


def _words(text: str) -> float | None:
    """Spelt-out numbers, with ``and a half`` style tails and ``million`` style scales."""
    from text_to_num import alpha2digit, text2num

    text = re.sub(r"\s+", " ", text.replace("-", " ")).strip()
    if text in _WORD_VALUES:
        return _WORD_VALUES[text]
    for tail, extra in _TAILS.items():
        if text.endswith(" " + tail):
            head = parse_number(text[: -len(tail)].strip())
            return None if head is None else head + extra
    words = text.split(" ")
    if len(words) > 1 and words[-1] in _SCALES:
        head = parse_number(" ".join(words[:-1]))
        return None if head is None else head * _SCALES[words[-1]]
    text = re.sub(r"^an? (hundred|thousand|million)", r"one \1", text)
    try:
        return float(text2num(text, "en"))
    except ValueError:
        pass  # not a whole number in words; alpha2digit still reads "two point five"
    digits = alpha2digit(text, "en").replace(" ", "")
    return _plain(digits) if digits != text.replace(" ", "") or text.isdigit() else None


def parse_number(text: str) -> float | None:
    """The number written in ``text``, or ``None`` when it is not one."""
    text = text.strip().lower().rstrip(".")
    if not text or len(text) > 80:
        return None
    for sign in _NEGATIVE:
        if text.startswith(sign) and (sign[-1] == " " or text[len(sign) : len(sign) + 1] != " "):
            rest = parse_number(text[len(sign) :])
            return None if rest is None else -rest
    text = text.lstrip("+").strip()
    for reader in (_plain, _fraction, _words):
        value = reader(text)
        if value is not None:
            return value
    return None


_ONES = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen"
).split()
_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def spell(n: int) -> str:
    """English words for 0 <= n < 1,000,000 (used to write training data)."""
    if n < 20:
        return _ONES[n]
    if n < 100:
        return _TENS[n // 10] + ("" if n % 10 == 0 else "-" + _ONES[n % 10])
    if n < 1000:
        rest = "" if n % 100 == 0 else " and " + spell(n % 100)
        return f"{_ONES[n // 100]} hundred{rest}"
    rest = "" if n % 1000 == 0 else " " + spell(n % 1000)
    return f"{spell(n // 1000)} thousand{rest}"
