"""The ``units`` specialist: a small encoder reads the request, pint does the arithmetic."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from specialists.base import Context, Manifest, Output
from specialists.training.encoder import Parse
from specialists.training.parser import ParserSpecialist
from specialists.units.catalog import UnitInfo, lookup
from specialists.units.convert import (
    UnitError,
    canonical_name,
    convert,
    extra_unit,
    fluid_if_volume,
    format_number,
)
from specialists.units.reading import read_request

MODEL_DIR = Path(__file__).parent / "model"
MAX_CHARS = 400  # a conversion request is one sentence; longer input is pasted text or noise
MIN_OTHER_PROB = 0.8  # refuse as "not a conversion" only when the domain head is this sure

MANIFEST = Manifest(
    name="units",
    description=(
        "Converts a quantity from one unit to another: length, mass, volume, temperature "
        "(Celsius, Fahrenheit, Kelvin), time, speed, area and data size (bits, bytes, kB, MB, "
        "GB, KiB, MiB, GiB)."
    ),
    examples=[
        "convert 12 km to miles",
        "how many ounces are in 3 pounds?",
        "100 degrees fahrenheit in celsius",
        "what's 5 GiB in megabytes",
        "how many feet in a mile",
        "2.5 liters to cups",
        "how fast is 60 mph in km/h",
        "how many seconds are in a week",
        "1500 square feet in square meters",
        "what is 72 kg in pounds",
        "twelve inches to centimetres",
        "-40 °C to °F",
        "3 tablespoons in teaspoons",
        "how many acres is 2 hectares",
    ],
    output_fields={
        "value": "the quantity in the target unit (float)",
        "unit": "pint's canonical name of the target unit, e.g. 'mile', 'degree_Celsius'",
        "from_value": "the number that was converted",
        "from_unit": "pint's canonical name of the source unit",
        "category": "length, mass, volume, temperature, time, speed, area or data",
        "score": "the model's confidence that the input is a conversion request, 0 to 1",
    },
    batch_size=32,
)


def precheck(text: Any) -> str | None:
    """Why an input cannot be a conversion before the model sees it, or ``None``."""
    if not isinstance(text, str) or not text.strip():
        return "empty input: ask for a conversion such as 'convert 12 km to miles'"
    if len(text) > MAX_CHARS:
        return f"input is {len(text)} characters long; a unit conversion is one short sentence"
    return None


# A unit as pint writes it ("meter ** 2", "kilometer / hour", "degree_Celsius"), which is how
# an earlier task's unit field reaches a chained conversion ("{t1} {t1.unit}").
_PINT_POWER = re.compile(r"\b([a-z_]+) \*\* ([23])\b")
_PINT_PER = re.compile(r"\b([a-z_]+) / ([a-z_]+)\b")
_POWER_WORD = {"2": "square", "3": "cubic"}


# A spaced dash after the quantity, before a word, asks for a conversion: "30 liters - cubic
# centimeters", "18 metric tonnes - tons - precisely" (only the first such dash is read so).
_DASH_AS_TO = re.compile(
    r"^(?P<head>.*?(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|[a-z]+teen|[a-z]+ty|hundred|thousand|half|dozen)\b)[^-–—]*?)\s+[-–—]\s+(?=[^\W\d_])",
    re.IGNORECASE | re.DOTALL,
)


# A height in feet and inches marks: 5'11", 6′2″.
_FEET_INCHES_MARKS = re.compile(r"\b(\d+)\s*['′’]\s*(\d{1,2}(?:\.\d+)?)\s*(?:\"|″|”|'')")
# "5 foot 7 in meters", "5'7 to cm": the inches, unnamed after a height in feet.
_BARE_INCHES = re.compile(
    r"\b\d+\s*(?:ft|foot|feet|')\s*\d{1,2}(?:\.\d+)?(?![\d.])"
    r"(?!\s*(?:\"|”|''|in(?:ch(?:es)?)?\.?\s*(?:$|[,?.!]|(?:to|into|in|as)\b|=)))",
    re.IGNORECASE,
)
_CONNECTOR = re.compile(r"\b(?:to|in|into|as|equals?|equivalent|for)\b|=", re.IGNORECASE)


def dash_as_to(text: str) -> str:
    """``text`` with the dash that asks for a conversion written as "to", unless a word before
    it already asks ("12 km to miles - thanks")."""
    found = _DASH_AS_TO.match(text)
    if found is None or _CONNECTOR.search(found.group("head")):
        return text
    return found.group("head") + " to " + text[found.end() :]


def pint_spellings_in_words(text: str) -> str:
    """``text`` with pint's unit expressions written as words: "square meter", "kilometer per
    hour", "degree Celsius"."""
    text = _PINT_POWER.sub(
        lambda m: f"{'square' if m.group(2) == '2' else 'cubic'} {m.group(1)}", text
    )
    text = _PINT_PER.sub(r"\1 per \2", text)
    return re.sub(r"\b(degree|delta_degree)_(Celsius|Fahrenheit)\b", r"degree \2", text)


def _label(span_text: str, unit: UnitInfo, value: float) -> str:
    """The user's own spelling when it is a known one, else the unit's display name; a unit's
    full name agrees with the number ("138 days", also when a plan wrote "{t1} day"; "2 litres")."""
    word = span_text.lower()
    if word in (unit.singular, unit.plural) and lookup(word) == unit:
        return unit.display(value)
    if word.isalpha() and len(word) > 3 and lookup(word) == unit:
        one, many = word.removesuffix("s"), word if word.endswith("s") else word + "s"
        if lookup(one) == unit and lookup(many) == unit:  # "litre" / "litres", not "hz"
            return one if abs(value) == 1 else many
    if lookup(span_text) is not None or extra_unit(span_text) is not None:
        return span_text.lower() if span_text.isupper() and len(span_text) > 3 else span_text
    return unit.display(value)


def answer(text: str, parse: Parse) -> Output:
    """Read value and units from the parse, convert with pint, or raise ``UnitError``."""
    kind, prob = parse.heads["domain"]
    if kind == "other" and prob >= MIN_OTHER_PROB:
        raise UnitError(f"not a unit conversion request: {text[:60]!r}")
    number, (source_text, source), (target_text, target) = read_request(text, parse)
    source, target = fluid_if_volume(source, target), fluid_if_volume(target, source)
    value = convert(number, source, target)
    rendered = (
        f"{format_number(number)} {_label(source_text, source, number)} is "
        f"{format_number(value)} {_label(target_text, target, value)}."
    )
    return Output.model_validate(
        {
            "value": value,
            "score": prob if kind == "convert" else 1.0 - prob,
            "text": rendered,
            "unit": canonical_name(target),
            "from_value": number,
            "from_unit": canonical_name(source),
            "category": source.category,
        }
    )


class UnitsSpecialist(ParserSpecialist):
    """Unit conversion: the ONNX tagger-classifier parses, pint converts."""

    manifest = MANIFEST
    name = "units"
    answer_errors = (UnitError,)

    def __init__(self, model_dir: Path | str = MODEL_DIR) -> None:
        super().__init__(model_dir)

    def load(self, context: Context) -> None:
        """Open the ONNX parser and warm pint's registry."""
        from specialists.units.convert import registry

        super().load(context)
        registry()

    def precheck(self, text: Any) -> str | None:
        return precheck(text)

    def prepare(self, text: str) -> str:
        text = _FEET_INCHES_MARKS.sub(r"\1 ft \2 in", text)  # 5'11" is 5 ft 11 in
        text = _BARE_INCHES.sub(lambda m: m.group(0) + " inches", dash_as_to(text))
        return pint_spellings_in_words(text)

    def answer(self, text: str, parse: Parse) -> Output:
        return answer(text, parse)
