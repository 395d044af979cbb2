"""Rounding a number, read by a pattern rather than the model.

"round it off", "to 2 decimal places", "to the nearest hundred" are steps users chain after a
division ("250 divided by 4, round it, then ..."); the calculator's program grammar has no
rounding, and a new operator would mean a new vocabulary and a retrained model for one phrase
family that a pattern reads exactly. Halves round away from zero (62.5 -> 63), as people and
spreadsheets do, not to even as Python's ``round`` does.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
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
# "... divided by 7, rounded to 2 decimal places", "1000/7 to 3 dp": a rounding asked after the
# calculation, at the end of the question.
_SUFFIX = re.compile(
    r"[\s,;]*(?:(?:and|then)\s+)*(?:(?P<verb>round(?:ed)?)(?:\s+(?:it|that|off|up|down))*\s+)?"
    r"(?:to\s+)?(?:(?P<places>N\d+)\s+(?P<unit>decimal\s+places?|decimals?|dp|d\.p\.|places?)"
    r"|(?:the\s+)?nearest\s+(?:(?P<step>N\d+)|whole\s+number|integer|unit))"
    r"(?:\s+(?P<way>up|down))?\W*$",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Rounding:
    """A rounding to apply to a computed value: to a multiple of ``step``."""

    step: Fraction
    said: str
    mode: str


def split_suffix(masked: Masked) -> tuple[Masked, Rounding] | None:
    """The question without a rounding asked at its end, and that rounding; None if none."""
    found = _SUFFIX.search(masked.text)
    asks = found is not None and (found["verb"] or found["unit"] or "nearest" in found[0].lower())
    if found is None or not asks or found.start() == 0:
        return None
    slot = found["places"] or found["step"]
    last = len(masked.numbers) - 1
    if slot is not None and slot != f"N{last}":
        return None  # the rounding's own number must be the question's last
    numbers, surfaces = masked.numbers, masked.surfaces
    if slot is not None:
        numbers, surfaces = numbers[:-1], surfaces[:-1]
    target = _target(found["places"] is not None, found["step"] is not None, masked, last)
    if isinstance(target, ValueError):
        return None
    step, said = target
    rest = replace(
        masked, text=masked.text[: found.start()].rstrip(" ,;"), numbers=numbers, surfaces=surfaces
    )
    return rest, Rounding(step, said, (found["way"] or "").lower())


def apply(output: Output, rounding: Rounding) -> Output:
    """The output with its value rounded as asked, and the rounding said."""
    number = _rounded(Fraction(str(output.value)), rounding.step, rounding.mode)
    way = f"{rounding.mode} " if rounding.mode in _MODES else ""
    text = f"{str(output.text).rstrip('.')}, rounded {way}{rounding.said}: {number}."
    return output.model_copy(update={"value": number, "text": text})


def _target(
    places: bool, nearest: bool, masked: Masked, slot: int
) -> tuple[Fraction, str] | ValueError:
    """The step to round to and how to say it: ``slot`` holds the number of decimal places
    (``places``) or the step (``nearest``); neither is a whole number."""
    if places:
        value = masked.numbers[slot]
        if value.denominator != 1 or not 0 <= value <= MAX_PLACES:
            return ValueError(f"cannot round to {masked.surfaces[slot]} decimal places")
        return Fraction(1, 10 ** int(value)), f"to {int(value)} decimal places"
    if nearest:
        if masked.numbers[slot] <= 0:
            return ValueError(f"cannot round to the nearest {masked.surfaces[slot]}")
        return masked.numbers[slot], f"to the nearest {masked.surfaces[slot]}"
    return Fraction(1), "to a whole number"


def _rounded(value: Fraction, step: Fraction, mode: str) -> int | float:
    with localcontext() as context:
        context.prec = 60
        units = _decimal(value) / _decimal(step)
        rounded = Fraction(units.quantize(Decimal(1), rounding=_MODES.get(mode, ROUND_HALF_UP)))
    result = rounded * step
    return int(result) if result.denominator == 1 else float(result)


def read(masked: Masked) -> Output | Exception | None:
    """The rounded number when the question only asks to round one number; else None."""
    found = _ROUND.match(masked.text.strip())
    if found is None or len(masked.numbers) != (2 if "N1" in found.group(0) else 1):
        return None
    value = masked.numbers[0]
    way = (found["way"] or found["way2"] or found["way3"] or "").lower()
    target = _target(found["places"] is not None, found["step"] is not None, masked, 1)
    if isinstance(target, ValueError):
        return target
    step, said = target
    number = _rounded(value, step, way)
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
