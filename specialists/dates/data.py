"""Seeded training and dev data for the dates parser.

Sources: phrasings in ``templates.py`` (hand-written), dates drawn uniformly and written in the
formats below (ISO, day-month-year, month-day-year, ordinals, numeric with the policy of
``datemath``), counts in digits and words (``units.numbers.spell``), Faker (en_US) names, cities
and countries and wordfreq's top English words for out-of-domain sentences. Gold answers come
from ``datemath`` (dateutil + relativedelta). The dev set uses held-out phrasings and filler and
more typos.
"""

from __future__ import annotations

import datetime as dt
import random
import re
from dataclasses import dataclass
from typing import Any

from specialists.dates import templates
from specialists.dates.datemath import MONTHS, WEEKDAYS, days_between, shift, weekday
from specialists.training.encoder import Example, assemble, typo
from specialists.units.numbers import spell

SPANS = ("DATE", "N", "UNIT")  # dates are read in order: the first is the start
UNITS = ("day", "week", "month", "year", "fortnight", "decade", "business_day")
KINDS = ("weekday", "shift", "between", "other")
HEADS: dict[str, tuple[str, ...]] = {"kind": KINDS, "direction": ("plus", "minus")}
UNIT_WORDS = {
    "day": ("day", "days", "days", "days", "calendar days", "d"),
    "week": ("week", "weeks", "weeks", "wk", "wks"),
    "month": ("month", "months", "months", "mo", "mos", "mths"),
    "year": ("year", "years", "years", "yr", "yrs"),
    "fortnight": ("fortnight", "fortnights"),
    "decade": ("decade", "decades"),
    "business_day": ("business days", "working days", "workdays", "business day", "work days"),
}
UNIT_WEIGHTS = (10, 6, 6, 4, 1, 1, 1)
UNIT_FILLER_BAN = {"day", "days", "week", "weeks", "month", "months", "year", "years", "today"}
LIMITS = {"day": 800, "week": 104, "month": 48, "year": 40, "fortnight": 12, "decade": 5}


@dataclass(frozen=True, slots=True)
class Item:
    """A generated input, its gold parse and the answer (``None``: should refuse)."""

    example: Example
    value: str | int | None


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


class Generator:
    """Draws one example at a time from a part (``train`` or ``dev``) of the phrasings."""

    def __init__(self, part: str, seed: int) -> None:
        from faker import Faker
        from wordfreq import top_n_list

        self.rng = random.Random(seed * 7919 + (0 if part == "train" else 1))
        self.typo_rate = 0.08 if part == "train" else 0.12
        self.expressions = templates.split(templates.EXPRESSIONS, part)
        self.imperatives = templates.split(templates.IMPERATIVES, part)
        self.shift_frames = templates.split(templates.SHIFT_FRAMES, part)
        self.weekday_frames = templates.split(templates.WEEKDAY_FRAMES, part)
        self.between = templates.split(templates.BETWEEN, part)
        self.other_templates = templates.split(templates.OTHER, part)
        self.wrappers = templates.split(templates.WRAPPERS, part)
        self.tails = templates.split(templates.TAILS, part)
        self.lexicon = {
            k: getattr(templates, k.upper()).split("|")
            for k in ("after", "before", "plus", "minus")
        }
        self.faker = Faker("en_US")
        self.faker.seed_instance(seed)
        self.words = [w for w in top_n_list("en", 4000) if w.isalpha()]
        self.fillers = [w for w in self.words if w not in MONTHS and w not in UNIT_FILLER_BAN]
        self.today = dt.date.today()

    def date(self) -> dt.date:
        """A date, mostly near the present."""
        rng = self.rng
        year = rng.randint(2000, 2035) if rng.random() < 0.8 else rng.randint(1900, 2099)
        return dt.date(year, 1, 1) + dt.timedelta(days=rng.randrange(365))

    def month_name(self, day: dt.date, casing: str) -> str:
        """Full or short month name, maybe misspelt, in the example's casing."""
        name = MONTHS[day.month - 1]
        if self.rng.random() < 0.4:
            name = name[:3] + ("." if self.rng.random() < 0.15 else "")
            name = "sept" if day.month == 9 and self.rng.random() < 0.3 else name
        elif self.rng.random() < self.typo_rate:
            name = typo(name, self.rng)
        return name.upper() if casing == "upper" else name if casing == "lower" else name.title()

    def write(self, day: dt.date, casing: str) -> str:
        """``day`` in one of the formats people use."""
        rng = self.rng
        d, m, y = day.day, day.month, day.year
        month = self.month_name(day, rng.choice((casing, "title", "title")))
        th = _ordinal(d)
        formats = [
            (day.isoformat(), 6),
            (f"{d} {month} {y}", 3),
            (f"{month} {d}, {y}", 4),
            (f"{month} {d} {y}", 2),
            (f"{month} {th}, {y}", 2),
            (f"{month} {th} {y}", 1),
            (f"{th} {month} {y}", 1),
            (f"{th} of {month} {y}", 1),
            (f"the {th} of {month} {y}", 1),
            (f"the {th} of {month}, {y}", 1),
            (f"{m}/{d}/{y}", 2),
            (f"{m:02d}/{d:02d}/{y}", 1),
            (f"{d}.{m}.{y}" if rng.random() < 0.5 else f"{d:02d}.{m:02d}.{y}", 1),
            (f"{y}/{m:02d}/{d:02d}", 1),
            (f"{WEEKDAYS[day.weekday()]}, {month} {d}, {y}", 1),
        ]
        if d > 12:
            formats.append((f"{d}/{m}/{y}", 1))
        texts, weights = zip(*formats, strict=True)
        return rng.choices(texts, weights=weights)[0]

    def impossible(self) -> str:
        """A date that does not exist, e.g. ``2027-02-30``."""
        rng = self.rng
        year = rng.randint(2000, 2035)
        month, day = rng.choice(((2, 30), (2, 31), (4, 31), (6, 31), (9, 31), (11, 31), (2, 29)))
        year = year + 1 if month == 2 and day == 29 and year % 4 == 0 else year
        if rng.random() < 0.5:
            return f"{year}-{month:02d}-{day:02d}"
        return f"{MONTHS[month - 1].title()} {day}, {year}"

    def count(self, unit: str) -> tuple[str, int]:
        """How many units, in digits or words."""
        rng = self.rng
        n = rng.randint(1, LIMITS.get(unit, 30)) if rng.random() < 0.7 else rng.randint(1, 12)
        if rng.random() < 0.08:
            return rng.choice(("a", "one", "a")), 1
        return (spell(n), n) if rng.random() < 0.18 else (str(n), n)

    def case(self, text: str, casing: str) -> str:
        """Apply the example's casing to template text (with the odd typo)."""
        words = [
            typo(w, self.rng) if self.rng.random() < self.typo_rate / 3 else w
            for w in text.split(" ")
        ]
        text = " ".join(words)
        return text.upper() if casing == "upper" else text.title() if casing == "title" else text

    def frame(self) -> tuple[str, str, int]:
        """A phrasing with slots, its group (weekday, shift, between) and direction (+1/-1)."""
        rng = self.rng
        group = rng.choices(
            ("weekday", "shift", "between", "weekday_shift"), weights=(25, 40, 25, 10)
        )[0]
        if group == "between":
            return rng.choice(self.between), group, 1
        if group == "weekday":
            return rng.choice(self.weekday_frames).replace("{x}", "{d}"), group, 1
        if group == "shift" and rng.random() < 0.35:
            text, direction = rng.choice(self.imperatives)
            return text, group, 1 if direction == "plus" else -1
        text, direction = rng.choice(self.expressions)
        if direction in ("rel", "op"):
            sign = rng.choice(("plus", "minus"))
            kind = ("after" if sign == "plus" else "before") if direction == "rel" else sign
            text = text.replace("{" + direction + "}", rng.choice(self.lexicon[kind]))
            direction = sign
        outer = rng.choice(self.shift_frames if group == "shift" else self.weekday_frames)
        return (
            outer.replace("{e}", text).replace("{x}", text),
            group,
            1 if direction == "plus" else -1,
        )

    def wrap(self, template: str) -> str:
        """Optional wrapper words before and a tail after the phrasing."""
        rng = self.rng
        if rng.random() < 0.3:
            template = f"{rng.choice(self.wrappers)} {template}".strip()
        if rng.random() < 0.3:
            tail = rng.choice(self.tails)
            glue = "" if tail[:1] in "?!:" else rng.choice((" ", ", "))
            template = template + glue + tail if tail else template
        return template

    def fill(self, template: str, slots: dict[str, Any], casing: str) -> tuple[str, tuple]:
        """Template with slots filled and optional filler, as text and gold spans."""
        rng = self.rng
        pieces: list[tuple[str, Any, int]] = []
        for part in re.split(r"(\{[a-z0-9]+\})", template):
            if part.startswith("{"):
                pieces.append(slots[part[1:-1]])
            elif part:
                pieces.append((self.case(part, casing), None, -1))
        if rng.random() < 0.1:  # unseen filler: the model must not lean on known phrasings
            pieces.insert(
                0, (" ".join(rng.choices(self.fillers, k=rng.randint(1, 3))) + " ", None, -1)
            )
        if rng.random() < 0.1:
            pieces.append(
                (" " + " ".join(rng.choices(self.fillers, k=rng.randint(1, 3))), None, -1)
            )
        if casing == "sentence":
            first, label, cls = pieces[0]
            pieces[0] = (first[:1].upper() + first[1:], label, cls)
        return assemble(pieces)

    def a_date(self, casing: str, label: str) -> tuple[tuple[str, str, int], dt.date | None]:
        """A date slot: usually a real date, sometimes today/tomorrow or an impossible one."""
        roll = self.rng.random()
        if roll < 0.03:
            word = self.rng.choice(("today", "tomorrow", "yesterday"))
            offset = {"today": 0, "tomorrow": 1, "yesterday": -1}[word]
            return (word, label, -1), self.today + dt.timedelta(days=offset)
        if roll < 0.05:
            return (self.impossible(), label, -1), None
        day = self.date()
        return (self.write(day, casing), label, -1), day

    def request(self) -> Item:
        """A weekday, shift or between question with its gold answer."""
        rng = self.rng
        casing = rng.choices(("lower", "sentence", "upper", "title"), weights=(55, 35, 5, 5))[0]
        template, group, sign = self.frame()
        slot1, day1 = self.a_date(casing, "DATE")
        slot2, day2 = self.a_date(casing, "DATE")
        unit = rng.choices(UNITS, weights=UNIT_WEIGHTS)[0]
        n_text, n = self.count(unit)
        words = UNIT_WORDS[unit]
        singular = n_text == "a" or (n == 1 and rng.random() < 0.8)
        unit_text = words[0] if singular else rng.choice(words[1:] or words)
        unit_text = unit_text.upper() if casing == "upper" else unit_text
        if rng.random() < self.typo_rate:
            unit_text = typo(unit_text, rng)
        slots = {
            "d": slot1,
            "d2": slot2,
            "n": (n_text.upper() if casing == "upper" else n_text, "N", -1),
            "u": (unit_text, "UNIT", UNITS.index(unit)),
        }
        text, spans = self.fill(self.wrap(template), slots, casing)
        kind = {"weekday_shift": "weekday"}.get(group, group)
        shifted = group in ("shift", "weekday_shift")
        labels = {"kind": KINDS.index(kind), "direction": int(sign < 0) if shifted else -1}
        return Item(Example(text, spans, labels), self._gold(group, day1, day2, sign * n, unit))

    def _gold(
        self, group: str, day1: dt.date | None, day2: dt.date | None, n: int, unit: str
    ) -> Any:
        if day1 is None or (group == "between" and day2 is None):
            return None
        if group == "weekday":
            return weekday(day1)
        if group == "between":
            return days_between(day1, day2)  # type: ignore[arg-type]
        moved = shift(day1, n, unit)
        return weekday(moved) if group == "weekday_shift" else moved.isoformat()

    def other(self) -> Item:
        """A request this specialist must refuse."""
        rng, fake = self.rng, self.faker
        if rng.random() < 0.2:
            text = " ".join(rng.choices(self.words, k=rng.randint(1, 30)))
        else:
            text = rng.choice(self.other_templates).format(
                n=rng.randint(1, 100),
                n2=rng.randint(1, 100),
                city=fake.city(),
                name=fake.name(),
                country=fake.country(),
                word=rng.choice(self.words),
                sentence=" ".join(rng.choices(self.words, k=rng.randint(3, 10))),
            )
        return Item(Example(text, labels={"kind": KINDS.index("other")}), None)

    def item(self) -> Item:
        """Mostly date questions, some from other domains."""
        return self.other() if self.rng.random() < 0.12 else self.request()


def generate(part: str, n: int, seed: int = 0) -> list[Item]:
    """``n`` items of ``part`` (``train`` or ``dev``), reproducible from ``seed``."""
    generator = Generator(part, seed)
    return [generator.item() for _ in range(n)]
