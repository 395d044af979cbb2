"""Deterministic clean-up before the model: symbols, typos, number words to digits, then masking.

The model only ever sees ``N0``, ``N1``, ... in place of numbers, so it learns structure and never
has to copy digits; :func:`mask` returns the numbers beside the masked text.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal, localcontext
from fractions import Fraction
from functools import lru_cache
from pathlib import Path

from specialists.spelling import edits

MAX_NUMBERS = 12
COMMON_WORDS_FILE = Path(__file__).parent / "common_words.txt"

NUMBER_WORDS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty "
    "ninety hundred thousand million billion third fourth fifth sixth seventh eighth ninth tenth"
).split()
OPERATOR_WORDS = (
    "plus minus times multiply multiplied divide divided percent percentage square squared root "
    "cube cubed power raised subtract subtracted difference product quotient average negative "
    "remainder modulo total increase decrease"
).split()
VOCABULARY = frozenset(NUMBER_WORDS + OPERATOR_WORDS)
_ORDINALS = frozenset("third fourth fifth sixth seventh eighth ninth tenth".split())

_SYMBOLS = {
    "×": " * ",
    "✕": " * ",
    "∗": " * ",
    "·": " * ",
    "÷": " / ",
    "∶": " / ",
    "⁄": "/",
    "−": "-",
    "–": "-",
    "‐": "-",
    "√": " square root of ",
    "∛": " cube root of ",
    "²": " squared ",
    "³": " cubed ",
    "%": " % ",
    "**": " ^ ",
}
_SCALES = {"thousand": 10**3, "k": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12}
_PROTECTED = {"first": "firstly_", "second": "secondly_"}  # stay words: "first add 3 and 4"

_THOUSANDS = re.compile(r"(?<![\d.])\d{1,3}(?:,\d{3})+(?![\d])")
_SCALED = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?)\s*(thousand|million|billion|trillion|k)\b", re.I)
# "3 dozen", "a dozen", "half a dozen": counted in twelves (after number words became digits).
_DOZENS = re.compile(r"(?<![\w.])(?:(\d+(?:\.\d+)?)|(half) an?|an?)\s+dozens?\b", re.I)
_DECIMAL_SCALED = re.compile(r"\b(\d+\.\d+) (1000|1000000|1000000000)\b")
_SUPERSCRIPT = re.compile("[⁰¹²³⁴⁵⁶⁷⁸⁹]{2,}|[⁰¹⁴⁵⁶⁷⁸⁹]")
_SUPERSCRIPT_DIGITS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
_OPERATOR = re.compile(r"\s*([-+*/^()=](?<!-))\s*")
_WORD_MINUS = re.compile(r"(?<=[A-Za-z])-(?=[\d(.])|(?<=[\d)])-(?=[A-Za-z])")
_GLUED_PERCENT = re.compile(r"(?<=[a-z])(percent|pct)\b", re.I)
_PRONOUN_ONE = re.compile(r"\b(?:quick|this|that|which|another|next|easy|simple) one\b", re.I)
_SHORT_ADD = re.compile(r"\bad(?= (?:up |together )?[-\d.])", re.I)  # "ad 14 to 86": add
_PERCENT_WORD = re.compile(r"\b(?:pct|per cent|percnt|prct)\b", re.I)
_WORD = re.compile(r"[A-Za-z]+")
_POINT = re.compile(r"(?<![\d.])\bpoint (\d+)\b")
_NEGATIVE = re.compile(r"\bnegative\s+(?=\d|\.\d)", re.I)
_NUMBER = re.compile(
    r"(?P<sign>-)?(?P<num>\d+(?:\.\d+)?|\.\d+)(?:e(?P<exp>[-+]?\d{1,3})\b)?"
    r"(?:(?P<ord>st|nd|rd|th)s?\b)?",
    re.I,
)


@dataclass(frozen=True, slots=True)
class Masked:
    """Masked text for the model and the numbers it stands for, in order of appearance."""

    text: str
    numbers: tuple[Fraction, ...]
    surfaces: tuple[str, ...]


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """Real English words near a number or operator word: never 'corrected' (there ≠ three)."""
    return frozenset(COMMON_WORDS_FILE.read_text(encoding="utf-8").split())


@lru_cache(maxsize=1)
def _near_vocabulary() -> dict[str, frozenset[str]]:
    """Each one-slip misspelling of a vocabulary word, mapped to the words it could be."""
    index: dict[str, set[str]] = {}
    for word in (w for w in VOCABULARY if len(w) >= 4):
        for edit in edits(word):
            index.setdefault(edit, set()).add(word)
    return {edit: frozenset(words) for edit, words in index.items()}


@lru_cache(maxsize=4096)
def correct_word(word: str) -> str:
    """The vocabulary word a typo most likely meant, or the word itself when unsure.

    One slip is corrected in words of 4+ letters, two in words of 7+; real English words near a
    vocabulary word (``common_words.txt``, made once from wordfreq at Zipf >= 2.5) are kept.
    """
    low = word.lower()
    if len(low) < 4 or low in VOCABULARY or low in common_words():
        return word
    near = _near_vocabulary()  # targets of 4+ letters: "tehn" must not become "ten"
    candidates = set(near.get(low, ()))
    if not candidates and len(low) >= 7:
        for edit in edits(low):
            candidates |= near.get(edit, frozenset())
    if len(candidates) > 1:  # "ninty" is one slip from ninety and from ninth: prefer the cardinal
        candidates -= _ORDINALS
    return next(iter(candidates)) if len(candidates) == 1 else word


def _power(match: re.Match[str]) -> str:
    """'2⁵' is 2 ^ 5 ('²' and '³' alone become 'squared' and 'cubed')."""
    return f" ^ {match.group(0).translate(_SUPERSCRIPT_DIGITS)} "


def _scale(match: re.Match[str]) -> str:
    value = Fraction(match.group(1)) * _SCALES[match.group(2).lower()]
    return decimal_text(value)


def decimal_text(value: Fraction) -> str:
    """Plain digits of a number (finite decimals exactly, others to 30 significant digits)."""
    if value.denominator == 1:
        return str(value.numerator)
    with localcontext() as context:
        context.prec = 60
        exact = Decimal(value.numerator) / Decimal(value.denominator)
        if Fraction(exact) != value:
            exact = round(exact, 30)
        return format(exact.normalize(), "f")


def clean(text: str) -> str:
    """Unicode symbols to ASCII words, thousands separators off, typos of key words fixed."""
    from text_to_num import alpha2digit

    text = _SUPERSCRIPT.sub(_power, text)  # before NFKC, which turns "2⁵" into "25"
    for symbol, replacement in _SYMBOLS.items():
        text = text.replace(symbol, replacement)
    text = unicodedata.normalize("NFKC", text)
    for symbol, replacement in _SYMBOLS.items():
        text = text.replace(symbol, replacement)
    text = _THOUSANDS.sub(lambda m: m.group(0).replace(",", ""), text)
    text = _WORD_MINUS.sub(" - ", text)  # "four-(" and "*two": words and symbols apart
    text = _OPERATOR.sub(r" \1 ", text)
    text = _GLUED_PERCENT.sub(r" \1", text)
    text = _PERCENT_WORD.sub("percent", text)  # one spelling the parser knows well
    text = _WORD.sub(lambda m: correct_word(m.group(0)), text)
    text = _SHORT_ADD.sub("add", text)
    text = _WORD.sub(lambda m: _PROTECTED.get(m.group(0).lower(), m.group(0)), text)
    text = _PRONOUN_ONE.sub(lambda m: m.group(0)[:-3] + "oneword_", text)
    text = _SCALED.sub(_scale, text)
    text = alpha2digit(text, "en", threshold=0)
    for word, guard in [*_PROTECTED.items(), ("one", "oneword_")]:
        text = text.replace(guard, word)
    text = _POINT.sub(r"0.\1", text)
    text = _DECIMAL_SCALED.sub(lambda m: decimal_text(Fraction(m.group(1)) * int(m.group(2))), text)
    text = _NEGATIVE.sub("-", text)
    text = _DOZENS.sub(_dozens, text)
    return " ".join(text.split())


def _dozens(match: re.Match[str]) -> str:
    count = Fraction(match.group(1)) if match.group(1) else Fraction(1, 2 if match.group(2) else 1)
    return decimal_text(count * 12)


def _is_unary(text: str, start: int) -> bool:
    """A '-' glued to digits is a sign unless a number or ')' stands right before it."""
    before = text[:start].rstrip()
    return not before or not (before[-1].isdigit() or before[-1] in ").")


def mask(text: str) -> Masked:
    """Replace every number with ``N<i>`` (ordinals ``N<i> th``); raise past MAX_NUMBERS."""
    cleaned = clean(text)
    numbers: list[Fraction] = []
    surfaces: list[str] = []
    pieces: list[str] = []
    last = 0
    for match in _NUMBER.finditer(cleaned):
        signed = match.group("sign") is not None and _is_unary(cleaned, match.start())
        start = match.start() if signed or match.group("sign") is None else match.start() + 1
        value = Fraction(match.group("num")) * Fraction(10) ** int(match.group("exp") or 0)
        numbers.append(-value if signed else value)
        surfaces.append(("-" if signed else "") + match.group("num"))
        suffix = " th" if match.group("ord") else ""
        pieces += [cleaned[last:start], f" N{len(numbers) - 1}{suffix} "]
        last = match.end()
    if len(numbers) > MAX_NUMBERS:
        raise ValueError(f"{len(numbers)} numbers is too many for one arithmetic question")
    pieces.append(cleaned[last:])
    return Masked(" ".join("".join(pieces).split()), tuple(numbers), tuple(surfaces))
