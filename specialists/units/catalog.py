"""The units the model knows by name: pint expression, category, display names and aliases.

Symbols match case-sensitively first (``MB`` megabyte, ``Mb`` megabit), then case-insensitively
when only one unit owns the spelling. Names always match case-insensitively. The classifier
learns these classes (plus ``none``), so a misspelt unit still lands on one of them.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

NONE = "none"

# pint expression | category | singular | plural | symbols (exact case) | other names (any case)
TABLE = """
millimeter | length | millimeter | millimeters | mm | millimetre, millimetres
centimeter | length | centimeter | centimeters | cm | centimetre, centimetres, cms
decimeter | length | decimeter | decimeters | dm | decimetre, decimetres
meter | length | meter | meters | m | metre, metres, mtr, mtrs
kilometer | length | kilometer | kilometers | km, kms, Km | kilometre, kilometres, klick, klicks
micrometer | length | micrometer | micrometers | µm, μm, um | micrometre, micrometres, micron, microns
nanometer | length | nanometer | nanometers | nm | nanometre, nanometres
inch | length | inch | inches | in, ", ″ | in.
foot | length | foot | feet | ft, ', ′ | ft., foots
yard | length | yard | yards | yd, yds | yd.
mile | length | mile | miles | mi | mi.
nautical_mile | length | nautical mile | nautical miles | nmi, NM | nautical-mile, nautical-miles
light_year | length | light year | light years | ly | light-year, light-years, lightyear, lightyears
astronomical_unit | length | astronomical unit | astronomical units | AU, au |
angstrom | length | angstrom | angstroms | Å | ångström, ångströms, angstroms
furlong | length | furlong | furlongs | fur |
milligram | mass | milligram | milligrams | mg | milligramme, milligrammes, mgs
gram | mass | gram | grams | g, gm, gms | gramme, grammes
kilogram | mass | kilogram | kilograms | kg, kgs, Kg | kilogramme, kilogrammes, kilo, kilos
microgram | mass | microgram | micrograms | µg, μg, ug, mcg | microgramme, microgrammes
metric_ton | mass | tonne | tonnes | t | metric ton, metric tons, metric tonne, metric tonnes
pound | mass | pound | pounds | lb, lbs, Lb, Lbs | lb., lbs., pound-mass
ounce | mass | ounce | ounces | oz, ozs | oz.
stone | mass | stone | stone | st | stones
ton | mass | ton | tons | tn | short ton, short tons, us ton, us tons
long_ton | mass | long ton | long tons | | imperial ton, imperial tons, uk ton, uk tons
carat | mass | carat | carats | ct | karat, karats
grain | mass | grain | grains | gr |
troy_ounce | mass | troy ounce | troy ounces | ozt, oz t | troy oz
milliliter | volume | milliliter | milliliters | ml, mL, ML | millilitre, millilitres, mls
centiliter | volume | centiliter | centiliters | cl, cL | centilitre, centilitres
deciliter | volume | deciliter | deciliters | dl, dL | decilitre, decilitres
liter | volume | liter | liters | l, L, ltr, ltrs | litre, litres, lt
meter ** 3 | volume | cubic meter | cubic meters | m³, m3, m^3 | cubic metre, cubic metres, cu m
cubic_centimeter | volume | cubic centimeter | cubic centimeters | cc, cm³, cm3, cm^3 | cubic centimetre, cubic centimetres, ccs
cubic_foot | volume | cubic foot | cubic feet | ft³, ft3, ft^3 | cu ft, cubic ft
cubic_inch | volume | cubic inch | cubic inches | in³, in3, in^3 | cu in, cubic in
cubic_yard | volume | cubic yard | cubic yards | yd³, yd3, yd^3 | cu yd, cubic yd
gallon | volume | gallon | gallons | gal, gals | us gallon, us gallons, gal.
imperial_gallon | volume | imperial gallon | imperial gallons | imp gal | uk gallon, uk gallons, british gallon, british gallons
quart | volume | quart | quarts | qt, qts | us quart, us quarts
pint | volume | pint | pints | pt, pts | us pint, us pints
imperial_pint | volume | imperial pint | imperial pints | imp pt | uk pint, uk pints, british pint, british pints
cup | volume | cup | cups | c. | us cup, us cups
fluid_ounce | volume | fluid ounce | fluid ounces | fl oz, fl. oz., floz, fl.oz. | fl oz., fluid oz, us fl oz, us fluid ounce, us fluid ounces, us fl. oz
tablespoon | volume | tablespoon | tablespoons | tbsp, Tbsp, tbs, tbl | tablespoonful, tablespoonfuls
teaspoon | volume | teaspoon | teaspoons | tsp, tsps | teaspoonful, teaspoonfuls
barrel | volume | barrel | barrels | | us barrel, us barrels
oil_barrel | volume | oil barrel | oil barrels | bbl, bbls | barrel of oil, barrels of oil
degree_Celsius | temperature | degree Celsius | degrees Celsius | °C, ℃, C, degC | celsius, centigrade, degrees celsius, degree celsius, deg c, deg celsius, degrees c, degrees centigrade
degree_Fahrenheit | temperature | degree Fahrenheit | degrees Fahrenheit | °F, ℉, F, degF | fahrenheit, degrees fahrenheit, degree fahrenheit, deg f, deg fahrenheit, degrees f
kelvin | temperature | kelvin | kelvin | K, °K | kelvins, degrees kelvin, degree kelvin
degree_Rankine | temperature | degree Rankine | degrees Rankine | °R, degR | rankine, degrees rankine, degree rankine
nanosecond | time | nanosecond | nanoseconds | ns | nanosec, nanosecs
microsecond | time | microsecond | microseconds | µs, μs | microsec, microsecs
millisecond | time | millisecond | milliseconds | ms, msec, msecs | millisec, millisecs
second | time | second | seconds | s, sec, secs | sec., secs.
minute | time | minute | minutes | min, mins | min., mins.
hour | time | hour | hours | h, hr, hrs | hr., hrs.
day | time | day | days | d | 24 hours
week | time | week | weeks | wk, wks | wk., wks.
fortnight | time | fortnight | fortnights | |
month | time | month | months | mo, mos, mth, mths |
year | time | year | years | yr, yrs, y | yr., yrs.
century | time | century | centuries | |
millennium | time | millennium | millennia | | millenniums
meter_per_second | speed | meter per second | meters per second | m/s, mps | metre per second, metres per second, meters a second, metres a second
kilometer_per_hour | speed | kilometer per hour | kilometers per hour | km/h, kph, kmh, km/hr, kmph | kilometre per hour, kilometres per hour, kilometers an hour, kilometres an hour, km per hour
mile_per_hour | speed | mile per hour | miles per hour | mph, mi/h, MPH | miles an hour, mi per hour
knot | speed | knot | knots | kn, kt, kts | nautical miles per hour
foot_per_second | speed | foot per second | feet per second | ft/s, fps | foot a second, feet a second
millimeter ** 2 | area | square millimeter | square millimeters | mm², mm2, mm^2 | square millimetre, square millimetres, sq mm
centimeter ** 2 | area | square centimeter | square centimeters | cm², cm2, cm^2 | square centimetre, square centimetres, sq cm
meter ** 2 | area | square meter | square meters | m², m2, m^2, sqm | square metre, square metres, sq m, sq meters, sq metres
kilometer ** 2 | area | square kilometer | square kilometers | km², km2, km^2 | square kilometre, square kilometres, sq km
square_inch | area | square inch | square inches | in², in2, in^2 | sq in, sq inches, sq. in.
square_foot | area | square foot | square feet | ft², ft2, ft^2, sqft | sq ft, sq feet, sq. ft., sq foot
square_yard | area | square yard | square yards | yd², yd2, yd^2 | sq yd, sq yards
square_mile | area | square mile | square miles | mi², mi2, mi^2 | sq mi, sq miles
acre | area | acre | acres | ac | acreage
hectare | area | hectare | hectares | ha | hectar, hectars
bit | data | bit | bits | | binary digit, binary digits
byte | data | byte | bytes | B | octet, octets
kilobit | data | kilobit | kilobits | kbit, Kb, kbits |
megabit | data | megabit | megabits | Mbit, Mb, Mbits |
gigabit | data | gigabit | gigabits | Gbit, Gb, Gbits |
terabit | data | terabit | terabits | Tbit, Tb, Tbits |
kilobyte | data | kilobyte | kilobytes | kB, KB, kb, kbyte, kbytes |
megabyte | data | megabyte | megabytes | MB, mb, Mbyte, Mbytes | meg, megs
gigabyte | data | gigabyte | gigabytes | GB, gb, Gbyte, Gbytes | gig, gigs
terabyte | data | terabyte | terabytes | TB, tb, Tbyte, Tbytes |
petabyte | data | petabyte | petabytes | PB, pb |
kibibyte | data | kibibyte | kibibytes | KiB, kiB, KIB |
mebibyte | data | mebibyte | mebibytes | MiB, MIB |
gibibyte | data | gibibyte | gibibytes | GiB, GIB |
tebibyte | data | tebibyte | tebibytes | TiB, TIB |
imperial_fluid_ounce | volume | imperial fluid ounce | imperial fluid ounces | | imperial fl oz, uk fl oz, uk fluid ounce, uk fluid ounces, imp fl oz
"""  # noqa: E501 - a table reads better unwrapped


@dataclass(frozen=True, slots=True)
class UnitInfo:
    """One convertible unit: what pint calls it, its category and how to say it."""

    expr: str
    category: str
    singular: str
    plural: str
    symbols: tuple[str, ...]
    names: tuple[str, ...]

    def display(self, value: float) -> str:
        """Singular for exactly one, plural otherwise."""
        return self.singular if abs(value) == 1 else self.plural


def _split(cell: str) -> tuple[str, ...]:
    return tuple(s.strip() for s in cell.split(",") if s.strip())


@cache
def units() -> tuple[UnitInfo, ...]:
    """Every row of ``TABLE``, in order (the classifier's class order after ``none``)."""
    rows = []
    for line in TABLE.strip().splitlines():
        expr, category, singular, plural, symbols, names = (c.strip() for c in line.split("|"))
        rows.append(UnitInfo(expr, category, singular, plural, _split(symbols), _split(names)))
    return tuple(rows)


def class_names() -> tuple[str, ...]:
    """Word classes of the model: ``none`` then every unit's pint expression."""
    return (NONE, *(u.expr for u in units()))


def by_expr(expr: str) -> UnitInfo:
    """The row for a pint expression."""
    return {u.expr: u for u in units()}[expr]


def normalise(text: str) -> str:
    """Collapse spaces and drop a trailing full stop, e.g. ``'sq.  ft.'`` to ``'sq. ft'``."""
    text = " ".join(text.replace("-", " ").split()) if " " in text.strip() else text.strip()
    return text[:-1] if text.endswith(".") and len(text) > 2 else text


@cache
def _tables() -> tuple[dict[str, UnitInfo], dict[str, UnitInfo]]:
    """Exact-case symbols, and lower-case spellings owned by exactly one unit."""
    exact: dict[str, UnitInfo] = {}
    lower: dict[str, set[str]] = {}
    for unit in units():
        for symbol in unit.symbols:
            exact.setdefault(normalise(symbol), unit)
        for name in (unit.singular, unit.plural, *unit.names, *unit.symbols):
            lower.setdefault(normalise(name).lower(), set()).add(unit.expr)
    owned = {k: by_expr(next(iter(v))) for k, v in lower.items() if len(v) == 1}
    return exact, owned


def lookup(text: str) -> UnitInfo | None:
    """The unit a spelling names, exact-case symbols first; ``None`` when it is not in the table."""
    key = normalise(text)
    exact, owned = _tables()
    for candidate in (key, key.replace(" ", "")):
        if candidate in exact:
            return exact[candidate]
    key = key.lower()
    for candidate in (key, key.removeprefix("degrees ").removeprefix("degree ")):
        if candidate in owned:
            return owned[candidate]
    return None
