"""Seeded training and dev data for the units parser.

Sources: phrasings in ``templates.py`` and unit spellings in ``catalog.py`` (hand-written and
checked against pint), numbers spelt by ``numbers.spell``, filler below, Faker (en_US) names,
cities and dates and wordfreq's top English words for out-of-domain sentences. The dev set uses
phrasings, filler, non-unit words and unit spellings that training never sees, and more typos.
"""

from __future__ import annotations

import random
import re
import string
from dataclasses import dataclass
from typing import Any

from specialists.training.encoder import Example, assemble, typo
from specialists.units import templates
from specialists.units.catalog import NONE, UnitInfo, by_expr, class_names, lookup, units
from specialists.units.numbers import spell

HEADS: dict[str, tuple[str, ...]] = {"domain": ("convert", "other")}
SPANS = ("VAL", "SRC", "TGT")
CATEGORY_WEIGHTS = {
    "length": 5,
    "mass": 4,
    "volume": 4,
    "temperature": 3,
    "time": 3,
    "speed": 2,
    "area": 2,
    "data": 3,
}
ARTICLES = ("a", "an", "one", "half a", "a quarter of a")
COMPOUNDS = {  # "5 ft 11 in", "2 lb 4 oz", "1 hour 30 minutes": a big unit and its part
    "length": (("foot", "inch", 12), ("meter", "centimeter", 100), ("yard", "foot", 3)),
    "mass": (("pound", "ounce", 16), ("stone", "pound", 14), ("kilogram", "gram", 1000)),
    "time": (("hour", "minute", 60), ("minute", "second", 60), ("day", "hour", 24)),
}


@dataclass(frozen=True, slots=True)
class Item:
    """A generated input, its gold parse, and the answer a correct specialist gives."""

    example: Example
    value: float | None  # None: the specialist should refuse
    unit: str | None


def _gold(value: float, source: UnitInfo, target: UnitInfo) -> float | None:
    """pint's answer, or ``None`` where the specialist must refuse (wrong category, < 0 K)."""
    from specialists.units.convert import UnitError, convert

    try:
        return convert(value, source, target)
    except UnitError:
        return None


class Generator:
    """Draws one example at a time from a part (``train`` or ``dev``) of the vocabulary."""

    def __init__(self, part: str, seed: int) -> None:
        from faker import Faker
        from wordfreq import top_n_list

        self.rng = random.Random(seed * 7919 + (0 if part == "train" else 1))
        self.part = part
        self.typo_rate = 0.12
        self.cores = {k: templates.split(v, part) for k, v in templates.CORES.items()}
        self.wrappers = {k: templates.split(v, part) for k, v in templates.WRAPPERS.items()}
        self.tails = templates.split(list(templates.TAILS), part)
        self.by_category = {c: templates.split(t, part) for c, t in templates.BY_CATEGORY.items()}
        self.other = templates.split(templates.OTHER, part)
        self.not_units = templates.split(templates.NOT_UNITS, part)
        self.faker = Faker("en_US")
        self.faker.seed_instance(seed)
        self.words = [w for w in top_n_list("en", 4000) if w.isalpha()]
        self.fillers = [w for w in self.words if lookup(w) is None]  # never a unit by accident
        self.classes = class_names()
        self.units = {c: [u for u in units() if u.category == c] for c in CATEGORY_WEIGHTS}

    # -- pieces ------------------------------------------------------------------------------

    def _names(self, unit: UnitInfo) -> list[str]:
        """Spelt-out names of ``unit`` for this part; a fifth of the extra names are dev-only."""
        extra = templates.split(list(unit.names), self.part) if len(unit.names) > 2 else []
        return [unit.singular, unit.plural, unit.plural, *extra]

    def surface(self, unit: UnitInfo, casing: str, singular: bool = False) -> str:
        """How a user writes ``unit``: a symbol or a (maybe misspelt, maybe cased) name."""
        rng = self.rng
        if unit.symbols and not singular and rng.random() < 0.45:
            symbol = rng.choice(unit.symbols)
            return symbol.upper() if casing == "upper" and unit.category != "data" else symbol
        name = unit.singular if singular else rng.choice(self._names(unit))
        if rng.random() < self.typo_rate * 2:
            name = " ".join(typo(w, rng) if rng.random() < 0.7 else w for w in name.split())
        return self.case(name, casing)

    def case(self, text: str, casing: str) -> str:
        """Apply the example's casing to free text."""
        if casing == "upper":
            return text.upper()
        if casing == "title":
            return text.title()
        return text

    def number(self, category: str) -> tuple[str, float]:
        """A number as written, and its value."""
        rng, roll = self.rng, self.rng.random()
        if category == "temperature":
            low = -40
        else:
            low = 0
        if roll < 0.32:
            n = rng.randint(max(low, 1), 100)
            return str(n), float(n)
        if roll < 0.44:
            n = rng.randint(100, 20000)
            return str(n), float(n)
        if roll < 0.50:
            n = rng.randint(1000, 9_999_999)
            return f"{n:,}", float(n)
        if roll < 0.72:
            x = round(rng.uniform(max(low, 0.01), 500), rng.choice((1, 1, 2, 2, 3, 4)))
            return f"{x}", x
        if roll < 0.76 and category != "temperature":
            whole, (num, den) = (
                rng.randint(0, 5),
                rng.choice(((1, 2), (1, 4), (3, 4), (1, 3), (2, 3))),
            )
            text = f"{whole} {num}/{den}" if whole else f"{num}/{den}"
            return text, whole + num / den
        if roll < 0.78 and category != "temperature":
            mantissa, exp = round(rng.uniform(1, 9.9), 1), rng.randint(3, 9)
            return f"{mantissa}e{exp}", float(f"{mantissa}e{exp}")
        if roll < 0.82 and low < 0:
            n = rng.randint(1, 40)
            return rng.choice(("-", "minus ", "−", "negative ")) + str(n), -float(n)
        if roll < 0.95:
            n = rng.choice((rng.randint(1, 20), rng.randint(20, 100), rng.randint(100, 999)))
            if rng.random() < 0.2:
                return f"{spell(n)} and a half", n + 0.5
            return spell(n), float(n)
        n = rng.randint(1, 30)
        return f"{n}.5", n + 0.5

    def literal(self, text: str, casing: str) -> str:
        """Template text with the example's casing and the odd typo."""
        words = [
            typo(w, self.rng) if self.rng.random() < self.typo_rate / 3 else w
            for w in text.split(" ")
        ]
        return self.case(" ".join(words), casing)

    # -- examples ----------------------------------------------------------------------------

    def convert(self, bad_slot: str | None = None) -> Item:
        """A conversion request; ``bad_slot`` (SRC/TGT) puts a non-unit word there."""
        rng = self.rng
        category = rng.choices(list(CATEGORY_WEIGHTS), weights=list(CATEGORY_WEIGHTS.values()))[0]
        source, target = rng.sample(self.units[category], 2)
        if rng.random() < 0.08:
            target = rng.choice([u for c, us in self.units.items() if c != category for u in us])
        casing = rng.choices(("lower", "sentence", "upper", "title"), weights=(60, 30, 5, 5))[0]
        template = self.template(category)
        absolute = source.expr in ("kelvin", "degree_Rankine")
        value_text, value = self.number("absolute" if absolute else source.category)
        value_text = self.case(value_text, casing)
        article = "{q}" in template and rng.random() < 0.06
        if article:
            value_text = self.case(rng.choice(ARTICLES), casing)
            value = {"half a": 0.5, "a quarter of a": 0.25}.get(value_text.lower(), 1.0)
        slots: dict[str, Any] = {
            "v": (value_text, "VAL", -1),
            "s": (self.surface(source, casing, article), "SRC", self.classes.index(source.expr)),
            "t": (self.surface(target, casing), "TGT", self.classes.index(target.expr)),
        }
        if bad_slot is not None:
            word = self.case(rng.choice(self.not_units), casing)
            slots[bad_slot.lower()[0]] = (word, bad_slot, self.classes.index(NONE))
        elif category in COMPOUNDS and "{q}" in template and rng.random() < 0.12:
            template, value, source = self.compound(category, template, slots, casing)
        pieces = self.fill(template, slots, casing)
        example = Example(*assemble(pieces), labels={"domain": 0})  # type: ignore[misc]
        gold = None if bad_slot else _gold(value, source, target)
        return Item(example, gold, target.expr if gold is not None else None)

    def compound(
        self, category: str, template: str, slots: dict[str, Any], casing: str
    ) -> tuple[str, float, UnitInfo]:
        """Turn ``{q}`` into two quantities that add up (``5 ft 11 in``); value in the big unit."""
        rng = self.rng
        big, small, ratio = rng.choice(COMPOUNDS[category])
        major, minor = by_expr(big), by_expr(small)
        whole, part = rng.randint(1, 20), rng.randint(1, ratio - 1)
        slots["v"] = (str(whole), "VAL", -1)
        slots["s"] = (self.surface(major, casing), "SRC", self.classes.index(big))
        slots["w"] = (str(part), "VAL", -1)
        slots["r"] = (self.surface(minor, casing), "SRC", self.classes.index(small))
        joiner = rng.choice((" ", " ", " and ", ", "))
        return (
            template.replace("{q}", "{v}\x00{s}" + joiner + "{w}\x00{r}"),
            whole + part / ratio,
            major,
        )

    def template(self, category: str) -> str:
        """A phrasing: a core of some kind, maybe wrapped, maybe with a tail."""
        rng = self.rng
        if rng.random() < 0.15:
            return rng.choice(self.by_category[category])
        kind = rng.choices(("Q", "I", "F"), weights=(40, 25, 35))[0]
        parts = [rng.choice(self.wrappers["any"]) if rng.random() < 0.3 else ""]
        if kind in "QI" and rng.random() < 0.35:
            parts.append(rng.choice(self.wrappers[kind]))
        parts.append(rng.choice(self.cores[kind]))
        text = " ".join(p for p in parts if p)
        if rng.random() < 0.3:
            tail = rng.choice(self.tails)
            glue = "" if tail[:1] in "?!.:" else rng.choice((" ", ", ", " - "))
            text = text.rstrip("?") + glue + tail if tail else text
        return text

    def fill(self, template: str, slots: dict[str, Any], casing: str) -> list[tuple[str, Any, int]]:
        """Template pieces with slots filled, plus optional filler around them."""
        rng = self.rng
        pieces: list[tuple[str, Any, int]] = []
        glued = rng.random() < 0.25 and slots["v"][0][-1:].isdigit()
        for part in re.split(r"(\{[a-z]\}|\x00)", template.replace("{q}", "{v}\x00{s}")):
            if part == "\x00":
                pieces.append(("" if glued else "-" if rng.random() < 0.04 else " ", None, -1))
            elif part.startswith("{"):
                pieces.append(slots[part[1]])
            elif part:
                pieces.append((self.literal(part, casing), None, -1))
        if rng.random() < 0.1:  # unseen filler: the model must not lean on known phrasings
            pieces.insert(
                0, (" ".join(rng.choices(self.fillers, k=rng.randint(1, 4))) + " ", None, -1)
            )
        if rng.random() < 0.1:
            pieces.append(
                (" " + " ".join(rng.choices(self.fillers, k=rng.randint(1, 4))), None, -1)
            )
        if casing == "sentence":
            first, label, cls = pieces[0]
            pieces[0] = (first[:1].upper() + first[1:], label, cls)
        return pieces

    def other_domain(self) -> Item:
        """A request this specialist must refuse (another domain, or noise)."""
        rng, fake = self.rng, self.faker
        if rng.random() < 0.15:
            return Item(Example(self.noise(), labels={"domain": 1}), None, None)
        unit = rng.choice(units())
        fills = {
            "date": fake.date(pattern=rng.choice(("%Y-%m-%d", "%B %d, %Y", "%d %b %Y"))),
            "date2": fake.date(),
            "n": str(rng.randint(1, 90)),
            "a": str(rng.randint(1, 999)),
            "b": str(rng.randint(1, 999)),
            "city": fake.city(),
            "city2": fake.city(),
            "name": fake.name(),
            "country": fake.country(),
            "language": rng.choice(("french", "german", "spanish", "italian", "japanese")),
            "word": rng.choice(self.words),
            "sentence": " ".join(rng.choices(self.words, k=rng.randint(3, 12))),
            "hour": str(rng.randint(1, 12)),
            "q": f"{self.number(unit.category)[0]} {self.surface(unit, 'lower')}",
        }
        text = rng.choice(self.other).format(**fills)
        text = text.capitalize() if rng.random() < 0.3 else text
        return Item(Example(text, labels={"domain": 1}), None, None)

    def noise(self) -> str:
        """Keyboard mash, symbol runs or long word salad."""
        rng = self.rng
        alphabet = string.ascii_letters + string.digits + string.punctuation + "    "
        if rng.random() < 0.5:
            return "".join(rng.choices(alphabet, k=rng.randint(3, 120)))
        return " ".join(rng.choices(self.words, k=rng.randint(1, 40)))

    def item(self) -> Item:
        """One example: mostly conversions, some with a non-unit, some from other domains."""
        roll = self.rng.random()
        if roll < 0.05:
            return self.convert(bad_slot=self.rng.choice(("SRC", "TGT")))
        if roll < 0.19:
            return self.other_domain()
        return self.convert()


def generate(part: str, n: int, seed: int = 0) -> list[Item]:
    """``n`` items of ``part`` (``train`` or ``dev``), reproducible from ``seed``."""
    generator = Generator(part, seed)
    return [generator.item() for _ in range(n)]
