"""The tool: pint converts; a unit's name resolves through the catalog, then pint, then the model.

Errors say what was wrong in one line: ``'apples' is not a unit``, ``cannot convert kilogram to
meter: mass vs length``, ``-5 kelvin is below absolute zero``.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence
from functools import cache
from typing import Any

from specialists.units.catalog import NONE, UnitInfo, by_expr, lookup

MIN_CLASS_PROB = 0.5  # below this the classifier's guess for a misspelt unit is not trusted
MIN_TOP_RATIO = 0.7  # a confident guess must still be spelt like the text (one slip or so)
MIN_SPELLING_RATIO = 0.75  # how close a runner-up's spelling must be to be taken instead
_DIMENSIONS = {
    frozenset(dims.items()): name
    for dims, name in (
        ({"[length]": 1}, "length"),
        ({"[mass]": 1}, "mass"),
        ({"[length]": 3}, "volume"),
        ({"[temperature]": 1}, "temperature"),
        ({"[time]": 1}, "time"),
        ({"[length]": 1, "[time]": -1}, "speed"),
        ({"[length]": 2}, "area"),
        ({"[mass]": 1, "[length]": 2, "[time]": -2}, "energy"),
        ({"[mass]": 1, "[length]": -1, "[time]": -2}, "pressure"),
        ({"[mass]": 1, "[length]": 2, "[time]": -3}, "power"),
        ({"[mass]": 1, "[length]": 1, "[time]": -2}, "force"),
        ({"[length]": -2}, "fuel economy"),  # distance per volume: miles per gallon, km/L
    )
}
# Energy, pressure, power and force: outside the model's unit classes (the categories the
# issue names), so their usual symbols resolve here, to pint's names. Exact case first ("MW"
# megawatt, "mW" milliwatt), then any case for spellings only one unit owns.
_EXTRA_EXACT = {"MW": "megawatt", "mW": "milliwatt", "MJ": "megajoule", "mJ": "millijoule"}
_EXTRA = {
    "kcal": "kilocalorie", "kcals": "kilocalorie", "cal": "calorie", "cals": "calorie",
    "j": "joule", "kj": "kilojoule", "kwh": "kilowatt_hour", "wh": "watt_hour",
    "mwh": "megawatt_hour", "gwh": "gigawatt_hour", "btu": "BTU", "btus": "BTU",
    "ev": "electron_volt", "pa": "pascal", "kpa": "kilopascal", "hpa": "hectopascal",
    "mpa": "megapascal", "gpa": "gigapascal", "bar": "bar", "bars": "bar", "mbar": "millibar",
    "atm": "atmosphere", "atmospheres": "atmosphere", "psi": "psi", "mmhg": "millimeter_Hg",
    "inhg": "inch_Hg", "torr": "torr", "w": "watt", "kw": "kilowatt", "gw": "gigawatt",
    "hp": "horsepower", "bhp": "horsepower", "n": "newton", "kn": "kilonewton",
    "lbf": "pound_force", "mpg": "mile / gallon",
}  # fmt: skip
# The same units by their names, singular and plural ("how many kilojoules is 650 kcal").
_EXTRA |= {
    spelling: unit
    for name, unit in (
        ("joule", "joule"), ("kilojoule", "kilojoule"), ("megajoule", "megajoule"),
        ("calorie", "calorie"), ("kilocalorie", "kilocalorie"), ("watt", "watt"),
        ("kilowatt", "kilowatt"), ("megawatt", "megawatt"), ("gigawatt", "gigawatt"),
        ("watt hour", "watt_hour"), ("watt-hour", "watt_hour"),
        ("kilowatt hour", "kilowatt_hour"), ("kilowatt-hour", "kilowatt_hour"),
        ("megawatt hour", "megawatt_hour"), ("pascal", "pascal"), ("kilopascal", "kilopascal"),
        ("hectopascal", "hectopascal"), ("megapascal", "megapascal"), ("millibar", "millibar"),
        ("newton", "newton"), ("kilonewton", "kilonewton"), ("electronvolt", "electron_volt"),
        ("electron volt", "electron_volt"),
    )
    for spelling in (name, name + "s")
} | {"horsepower": "horsepower"}  # fmt: skip
# "miles per minute", "km/L": a unit over a unit, each a spelling the catalog knows.
_OVER = re.compile(r"^(?P<top>[^/]+?)\s*(?:/|\bper\b)\s*(?P<bottom>[^/]+)$", re.IGNORECASE)


class UnitError(ValueError):
    """A unit that cannot be read or a conversion that makes no sense; the message says which."""


@cache
def registry() -> Any:
    """One pint registry per process (building it takes ~0.4 s)."""
    import pint

    return pint.UnitRegistry()


def canonical_name(unit: UnitInfo) -> str:
    """Pint's own name for the unit, e.g. ``mile``, ``degree_Celsius``, ``kilometer ** 2``."""
    return str(registry().Unit(unit.expr))


def _category(unit: Any) -> str | None:
    """Which of our categories a pint unit belongs to, if any (bits and bytes have no dimension)."""
    dims = dict(unit.dimensionality)
    if not dims:
        return "data" if re.search(r"bit|byte", str(unit)) else None
    return _DIMENSIONS.get(frozenset(dims.items()))


def extra_unit(text: str) -> UnitInfo | None:
    """An energy, pressure, power or force unit by its usual symbol (``kcal``, ``psi``)."""
    name = _EXTRA_EXACT.get(text) or _EXTRA.get(text.lower().rstrip("."))
    return None if name is None else _pint_unit(name)


def _pint_unit(name: str) -> UnitInfo | None:
    unit = registry().Unit(name)
    category = _category(unit)
    if category is None:
        return None
    label = str(unit).replace("_", " ")
    if " / " in label:  # "mile / minute": said "miles per minute"
        top, bottom = label.split(" / ", 1)
        return UnitInfo(str(unit), category, f"{top} per {bottom}", f"{top}s per {bottom}", (), ())
    return UnitInfo(str(unit), category, label, label + "s", (), ())


def _from_pint(text: str) -> UnitInfo | None:
    """A unit pint knows by a full, unprefixed name (``furlongs``, ``troy ounces``)."""
    name = "_".join(text.lower().split())
    if len(name) < 4 or not re.fullmatch(r"[a-z_]+", name):
        return None  # short spellings are pint symbols with surprising meanings (mb = millibarn)
    # Prefixed readings are how typos go wrong ("yrads" = yocto-rads), so only bare names count.
    bare = [
        unit for prefix, unit, suffix in registry().parse_unit_name(name) if not prefix + suffix
    ]
    if not bare:
        return None
    return _pint_unit(bare[0])


def _ratio(text: str) -> UnitInfo | None:
    """A unit over a unit the catalog does not list whole ("miles per minute", "km/L"), when
    both parts are catalog spellings and the quotient is a category here; read before the
    classifier, which would take the nearest listed unit ("miles per hour") instead."""
    over = _OVER.match(text)
    if over is None:
        return None
    top, bottom = lookup(over["top"]), lookup(over["bottom"])
    if top is None or bottom is None:
        return None
    return _pint_unit(f"{top.expr} / {bottom.expr}")


def _similarity(text: str, unit: UnitInfo) -> float:
    """How close ``text`` is to the nearest spelling of ``unit`` (difflib ratio, any case)."""
    spellings = (unit.singular, unit.plural, *unit.names, *unit.symbols)
    low = text.lower()
    return max(difflib.SequenceMatcher(None, low, s.lower()).ratio() for s in spellings)


def resolve(text: str, ranked: Sequence[tuple[str, float]] = ()) -> UnitInfo:
    """The unit ``text`` names: catalog spelling, pint name, or the classifier's reading.

    ``ranked`` is the classifier's view of the span, best first. Its confident top unit is
    taken unless the text looks nothing like it (``songs`` is no carat); otherwise a runner-up
    spelt nearly like the text (``huors``) is.
    """
    text = text.strip()
    found = lookup(text) or extra_unit(text) or _from_pint(text) or _ratio(text)
    if found is not None:
        return found
    units = [(by_expr(name), prob) for name, prob in ranked if name != NONE]
    scored = [(unit, prob, _similarity(text, unit)) for unit, prob in units]
    if ranked and ranked[0][0] != NONE and ranked[0][1] >= MIN_CLASS_PROB:
        if scored[0][2] >= MIN_TOP_RATIO:
            return scored[0][0]
    close = [(ratio, unit) for unit, _, ratio in scored if ratio >= MIN_SPELLING_RATIO]
    if close:
        return max(close, key=lambda c: c[0])[1]
    raise UnitError(f"'{text}' is not a unit")


def fluid_if_volume(unit: UnitInfo, other: UnitInfo) -> UnitInfo:
    """An ounce said of a volume is a fluid ounce ("how many ounces is 750 ml"); others as read."""
    if unit.expr == "ounce" and other.category == "volume":
        return by_expr("fluid_ounce")
    return unit


def convert(value: float, source: UnitInfo, target: UnitInfo) -> float:
    """``value`` in ``source`` expressed in ``target``; offset temperatures handled by pint."""
    ureg = registry()
    source, target = fluid_if_volume(source, target), fluid_if_volume(target, source)
    src, tgt = canonical_name(source), canonical_name(target)
    if source.category != target.category:
        raise UnitError(f"cannot convert {src} to {tgt}: {source.category} vs {target.category}")
    quantity = ureg.Quantity(value, ureg.Unit(source.expr))
    if source.category == "temperature" and quantity.to(ureg.kelvin).magnitude < 0:
        raise UnitError(f"{format_number(value)} {src} is below absolute zero")
    return float(quantity.to(ureg.Unit(target.expr)).magnitude)


def format_number(x: float) -> str:
    """Four significant digits for fractions, thousands separators for big numbers."""
    if x == int(x) and abs(x) < 1e15:
        return f"{int(x):,}"
    if 1e-4 <= abs(x) < 1000:
        return f"{x:.4g}"
    if 1000 <= abs(x) < 1e15:
        return f"{x:,.2f}".rstrip("0").rstrip(".")
    return f"{x:.4g}"
