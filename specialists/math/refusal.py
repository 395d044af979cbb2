"""Questions the calculator must refuse before the model guesses: cheap, explainable rules.

Each rule names a whole kind of bad input (a date, an expression that stops at an operator, an
unknown variable, quantities in different units) and returns the reason the user sees.
"""

from __future__ import annotations

import re

from specialists.math.normalize import Masked

_DATE = re.compile(r"\b\d{4}-\d{1,2}-\d{1,2}\b|\b\d{1,2}/\d{1,2}/\d{4}\b")
_OPERATOR_END = frozenset(
    "+ - * / ^ x plus minus times by divided over of to and from into add subtract "
    "multiply divide than".split()
)
_SYMBOLS = frozenset("+-*/^=")
_LETTER_WORDS = frozenset("a i".split())
_SLOT = re.compile(r"n\d+")
_UNSUPPORTED = frozenset(
    "log ln logarithm sin cos tan sine cosine tangent factorial derivative integral gcd lcm "
    "pi infinity inf nan prime primes".split()
)
# Measurement units (not money, time or speed, which word problems use): name -> dimension.
_UNITS = {
    **dict.fromkeys(
        "km kilometer kilometre mile metre meter cm centimeter centimetre mm".split(), "L"
    ),
    **dict.fromkeys("millimeter millimetre foot feet ft inch inches yard yd".split(), "L"),
    **dict.fromkeys("kg kilogram gram g lb lbs ounce oz ton tonne mg milligram".split(), "M"),
    **dict.fromkeys("liter litre ml milliliter millilitre gallon pint quart".split(), "V"),
    **dict.fromkeys("celsius fahrenheit kelvin degree".split(), "T"),
    **dict.fromkeys("acre hectare".split(), "A"),
}
_JOINED = re.compile(
    r"n\d+ ([a-z]+) (?:plus|minus|\+|-|times|\*|x|/|added to|divided by|multiplied by) n\d+ "
    r"([a-z]+)"
)
_CONVERT = re.compile(r"n\d+ ([a-z]+) (?:in|to|into|as) (?!n\d)([a-z]+)")


def _unit(word: str) -> str | None:
    """The dimension of a unit word, plural or not."""
    for form in (word, word.removesuffix("s"), word.removesuffix("es")):
        if form in _UNITS:
            return _UNITS[form]
    return None


def reason(question: str, masked: Masked) -> str | None:
    """Why this cannot be answered as plain arithmetic, or None when it may be."""
    if _DATE.search(question):
        return "this looks like a date, not arithmetic; ask the dates specialist"
    words = masked.text.lower().split()
    while words and words[-1] in ("?", ".", "!", "=", "?!", "please"):
        words.pop()
    last = words[-1].rstrip("?.!,") if words else ""
    before_last = words[-2] if len(words) > 1 else ""
    dangling_to = _SLOT.fullmatch(before_last) or before_last in (")", "raised", "added", "power")
    settled = (last == "to" and not dangling_to) or (last, before_last) == ("times", "many")
    if last in _OPERATOR_END and not settled:
        return f"the question stops at {last!r}: a number is missing"
    for i, word in enumerate(words):
        if len(word) != 1 or not word.isalpha() or word in _LETTER_WORDS:
            continue
        before = words[i - 1] if i else ""
        after = words[i + 1] if i + 1 < len(words) else ""
        between = (_SLOT.fullmatch(before) or before == ")") and (
            _SLOT.fullmatch(after) or after in ("(", "-")
        )
        if word == "x" and between:
            continue
        if before in _SYMBOLS or after in _SYMBOLS:
            return f"{word!r} is an unknown variable: give every value as a number"
    if words.count("(") != words.count(")"):
        return "the brackets do not match: check each '(' has its ')'"
    named = [w.strip("?.!,()") for w in words if w.strip("?.!,()") in _UNSUPPORTED]
    if named:
        return f"{named[0]!r} is beyond this calculator (+ - × ÷, powers, roots, percentages)"
    text = " ".join(words)
    mixed = [(a, b) for a, b in _JOINED.findall(text) if a != b and (_unit(a) or _unit(b))]
    mixed += [(a, b) for a, b in _CONVERT.findall(text) if a != b and _unit(a) and _unit(b)]
    if mixed:
        first, second = mixed[0]
        return f"{first!r} and {second!r} are different units; ask the units specialist"
    return None


# Steps a program may take only where the question's words ask for them. On a word problem
# unlike any it was trained on, the parser writes a program that reads every number yet says
# something else ("350 ^ 2 + 1225" for paint per square foot and coats): a confident wrong
# number. One that squares with no power asked, takes a percentage with none written, or
# comes out below zero from amounts that nothing takes away is refused instead.
_SURFACE = (
    r"(?:feet|foot|ft|inch(?:es)?|in|yards?|yd|miles?|mi|km|kilomet\w*|met(?:er|re)s?|m|cm|mm)\b"
)
_POWER_ASKED = re.compile(
    rf"\bsquared?\b(?!\s+{_SURFACE})|\bcubed?\b(?!\s+{_SURFACE})|\b(?:squares|cubes|roots?|rot"
    r"|itself|powers?|expo\w*|sqrt|cbrt|raised?|to\s+the)\b|\^|\*\*|²|³",
    re.IGNORECASE,
)
_PERCENT_ASKED = re.compile(
    r"%|\b(?:per|pr|pe)?\s*c(?:e|n)n?t\b|\bpercent\w*|\bpct\b|\bpvt\b", re.I
)
# Words that let a result fall below zero: a difference, a debt, a loss, a sign.
_LESS_ASKED = re.compile(
    r"-|−|\b(?:minus|l\w?ss|subtract\w*|tak\w*|away|deduct\w*|remov\w*|los[est]\w*|fewer"
    r"|differ\w*|below|under|deficit|owe\w*|debt|drop\w*|fell|fall\w*|decreas\w*|lef+t"
    r"|remain\w*|change|off|negative|opposite|reduc\w*|short\w*|back|withdr\w*|spent|more)\b",
    re.IGNORECASE,
)


def _nodes(tree: tuple[object, ...]) -> list[tuple[object, ...]]:
    found = [tree]
    for child in tree[1:]:
        if isinstance(child, tuple):
            found += _nodes(child)
    return found


def unasked_step(tree: tuple[object, ...], masked: Masked, value: object) -> str | None:
    """Why the program does what the question never asked, or None."""
    nodes = _nodes(tree)
    if any(node[0] == "^" for node in nodes) and not _POWER_ASKED.search(masked.text):
        return "it would raise a number to a power, which the question does not ask"
    if any(node == ("const", 100) for node in nodes) and not _PERCENT_ASKED.search(masked.text):
        return "it would take a percentage, and the question writes none"
    negative = isinstance(value, (int, float)) and value < 0
    if negative and all(n >= 0 for n in masked.numbers) and not _LESS_ASKED.search(masked.text):
        return "it comes out below zero, and the question takes nothing away"
    return None
