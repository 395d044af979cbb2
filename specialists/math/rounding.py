"""Rounding a number, read by a pattern rather than the model.

"round it off", "to 2 decimal places", "to the nearest hundred" are steps users chain after a
division ("250 divided by 4, round it, then ..."); the calculator's program grammar has no
rounding, and a new operator would mean a new vocabulary and a retrained model for one phrase
family that a pattern reads exactly. Halves round away from zero (62.5 -> 63), as people and
spreadsheets do, not to even as Python's ``round`` does.
"""

from __future__ import annotations

import re
from decimal import ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, Decimal, localcontext
from fractions import Fraction
from typing import TYPE_CHECKING

from specialists.base import Output

if TYPE_CHECKING:
    from specialists.math.normalize import Masked

_ROUND = re.compile(
    r"^(?:(?:please|pls|can you|could you|now|then)\s+)*round(?:\s+(?:it|that|this))?"
    r"(?:\s+(?P<way>off|up|down))?\s*:?\s*(?:the\s+number\s+)?N0(?:\s+(?P<way2>off|up|down))?"
    r"(?:\s+(?:to\s+)?(?:"
    r"(?P<places>N1)\s+(?:decimal\s+places?|decimals?|dp|d\.p\.|places?)"
    r"|(?:the\s+)?nearest\s+(?:(?P<step>N1)|(?P<whole>whole\s+number|integer|unit|one))"
    r"|(?:a\s+)?(?P<integer>whole\s+number|integer)"
    r"))?(?:\s+(?P<way3>up|down))?\W*$",
    re.IGNORECASE,
)
_MODES = {"up": ROUND_CEILING, "down": ROUND_FLOOR}
MAX_PLACES = 30


def read(masked: Masked) -> Output | Exception | None:
    """The rounded number when the question only asks to round one number; else None."""
    found = _ROUND.match(masked.text.strip())
    if found is None or len(masked.numbers) != (2 if "N1" in found.group(0) else 1):
        return None
    value = masked.numbers[0]
    way = (found["way"] or found["way2"] or found["way3"] or "").lower()
    mode = _MODES.get(way, ROUND_HALF_UP)
    if found["places"]:
        places = masked.numbers[1]
        if places.denominator != 1 or not 0 <= places <= MAX_PLACES:
            return ValueError(f"cannot round to {masked.surfaces[1]} decimal places")
        step, said = Fraction(1, 10 ** int(places)), f"to {int(places)} decimal places"
    elif found["step"]:
        step = masked.numbers[1]
        if step <= 0:
            return ValueError(f"cannot round to the nearest {masked.surfaces[1]}")
        said = f"to the nearest {masked.surfaces[1]}"
    else:
        step, said = Fraction(1), "to a whole number"
    with localcontext() as context:
        context.prec = 60
        units = (Decimal(value.numerator) / Decimal(value.denominator)) / _decimal(step)
        rounded = Fraction(units.quantize(Decimal(1), rounding=mode)) * step
    number: int | float = int(rounded) if rounded.denominator == 1 else float(rounded)
    return Output.model_validate(
        {
            "value": number,
            "score": 1.0,
            "expression": f"round({masked.surfaces[0]}, {said})",
            "text": f"{masked.surfaces[0]} rounded {way + ' ' if way in _MODES else ''}"
            f"{said} is {number}.",
        }
    )


def _decimal(value: Fraction) -> Decimal:
    return Decimal(value.numerator) / Decimal(value.denominator)
