"""Entity and filler vocabularies for the generator, split so the dev set sees unseen names.

Sources: Faker first names, surnames, cities and companies in Latin-script locales (train and dev
use disjoint locales), the reviewed lists of ``lexicon.py`` (every item hashed to train or dev),
organisation patterns built from those names, and dates rendered in many formats with babel.
"""

from __future__ import annotations

import hashlib
import random
import re
from dataclasses import dataclass
from datetime import date

from babel.dates import format_date
from faker import Faker

from specialists.entities import lexicon

TRAIN_LOCALES = (
    "en_US en_GB en_IN de_DE fr_FR es_ES es_MX it_IT pt_BR nl_NL pl_PL sv_SE tr_TR en_NG yo_NG "
    "ig_NG zu_ZA id_ID cs_CZ hu_HU de_AT es_CO en_PK sw"
).split()
DEV_LOCALES = "pt_PT da_DK fi_FI en_AU en_IE es_AR fr_CA nl_BE ro_RO hr_HR ha_NG sl_SI".split()
ROMANISED = {"train": ("ja_JP", "zh_TW"), "dev": ("zh_CN",)}

TITLES = (
    "Dr.|Dr|Mr.|Mr|Mrs.|Ms.|Ms|Prof.|Professor|Sir|Dame|President|Senator|Judge|Captain|Coach|"
    "Minister|Chancellor|Prime Minister|CEO|Ambassador|Governor|Mayor|Rev.|Inspector|Uncle|Aunt"
).split("|")
ROLES = "manager|nurse|lawyer|driver|engineer|designer|accountant|teacher|intern|analyst".split("|")
NATIONALITIES = (
    "French|German|Spanish|Italian|Japanese|Chinese|Kenyan|Brazilian|Indian|Polish".split("|")
)
RELATIVE = (
    "yesterday|today|tomorrow|tonight|last week|next week|last Tuesday|next Friday|on Monday|"
    "this weekend|next month|last year|this year|two days ago|in three weeks|earlier today|"
    "the day after tomorrow|this morning|next summer|last night|recently|soon|"
    "on Thursday afternoon|a few days ago|later this month|next Wednesday|over the weekend|"
    "in a couple of days"
).split("|")
TIMES = "3 pm|10:30|9 am|noon|14:00|half past five|7.45pm|8 o'clock|midnight".split("|")
BRAND_WORDS = (
    "Blue|North|Apex|Nova|Quantum|Green|Silver|Bright|Orbit|Summit|Pixel|Harbor|Atlas|Vertex|"
    "Lumen|Cedar|Falcon|Crescent|Pioneer|Horizon|Granite|Zenith|Echo|Maple|Sterling|Aurora"
).split("|")
BRAND_SUFFIXES = (
    " Labs| Technologies| Capital| Systems| Logistics| Media| Foods| Energy| Health| Partners|"
    " Analytics| Robotics| Bank| Airlines| Motors| Pharma| Studios| Group| Ventures| Holdings"
).split("|")
LEGAL = " Ltd| Ltd.| Inc.| Inc| GmbH| AG| S.A.| LLC| plc| Corp.| SA| B.V.| Group| Holdings".split(
    "|"
)
ORG_PATTERNS = (
    "University of {city}|{city} University|{city} Institute of Technology|{last} College|"
    "{city} General Hospital|{city} City Council|{city} FC|{city} Symphony Orchestra|"
    "{last} Foundation|Bank of {city}|{city} Chamber of Commerce|{last} & {last}|{last} & Sons|"
    "{city} Police Department|"
    "{city} Public Library|St. {first}'s Hospital|{country} Football Association|{city} Rovers|"
    "{last} Law Firm|{city} Times|{country} Red Cross|{brand}{suffix}|{brand}{suffix}|{last}{legal}"
).split("|")
THE_COUNTRIES = frozenset(
    "United States|United Kingdom|Netherlands|Philippines|UAE|USA|UK|U.S.|Czech Republic|"
    "United Arab Emirates".split("|")
)
DATE_FORMATS = (
    "d MMMM y|d MMMM y|MMMM d, y|MMMM d, y|MMM d, y|d MMM y|MMM. d, y|d MMM. y|MMMM d y|"
    "EEEE, MMMM d, y|EEEE d MMMM y|yyyy-MM-dd|dd/MM/yyyy|MM/dd/yyyy|d/M/yyyy|M/d/yy|dd.MM.yyyy|"
    "d.M.yyyy|d-MMM-yyyy|MMMM d|d MMMM|MMM d"
).split("|")
MONTH_YEAR_FORMATS = "MMMM y|MMMM y|MMM y|MMMM, y|MMM. y|MM/yyyy".split("|")
_LISTED = re.compile(r",|\s(?:and|og|en|és|e|y|und|et|i|ve|a|és)\s")
ORDINAL = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}


def split_of(item: str) -> str:
    """Stable train/dev assignment: about one item in five goes to dev only."""
    return "dev" if hashlib.md5(item.encode()).digest()[0] % 5 == 0 else "train"


def _part(items: tuple[str, ...], split: str) -> list[str]:
    """The items of a lexicon list that belong to ``split``."""
    return [item for item in items if split_of(item) == split]


@dataclass
class Vocab:
    """Draws entity strings of each kind for one split."""

    split: str
    rng: random.Random
    locales: tuple[str, ...] = ()  # default: the split's own Faker locales

    def __post_init__(self) -> None:
        locales = self.locales or (TRAIN_LOCALES if self.split == "train" else DEV_LOCALES)
        self.fakers = [Faker(loc) for loc in locales]
        self.romanised = [Faker(loc) for loc in ROMANISED[self.split]]
        for i, fake in enumerate(self.fakers + self.romanised):
            fake.seed_instance(self.rng.randrange(10**9) + i)
        self.lists = {
            name: _part(getattr(lexicon, name), self.split)
            for name in (
                "CITIES COUNTRIES REGIONS LANDMARKS COMPANIES UNIVERSITIES AGENCIES CLUBS PEOPLE "
                "EXTRA_FIRST EXTRA_LAST"
            ).split()
        }

    def _pick(self, name: str) -> str:
        return self.rng.choice(self.lists[name])

    def _faker(self) -> Faker:
        return self.rng.choice(self.fakers)

    def first(self) -> str:
        """A given name from Faker, romanised East Asian names or the extra list."""
        roll = self.rng.random()
        if roll < 0.1:
            return str(self.rng.choice(self.romanised).first_romanized_name())
        return self._pick("EXTRA_FIRST") if roll < 0.2 else str(self._faker().first_name())

    def last(self) -> str:
        """A surname, same sources as ``first``."""
        roll = self.rng.random()
        if roll < 0.1:
            return str(self.rng.choice(self.romanised).last_romanized_name())
        return self._pick("EXTRA_LAST") if roll < 0.2 else str(self._faker().last_name())

    def person(self) -> str:
        """A person in one of the forms people write: full, first only, initials, famous."""
        roll = self.rng.random()
        if roll < 0.15:
            return self._pick("PEOPLE")
        if roll < 0.55:
            return f"{self.first()} {self.last()}"
        if roll < 0.62:
            return f"{self.first()} {self.rng.choice([self.first(), self.first()[0] + '.'])} " + (
                self.last()
            )
        if roll < 0.67:
            return f"{self.first()[0]}. {self.last()}"
        return self.first() if roll < 0.9 else self.last()

    def surname(self) -> str:
        """A surname for titled mentions ("Dr. Okafor")."""
        return self.last() if self.rng.random() < 0.6 else self.person()

    def city(self) -> str:
        """A real city from the list or a Faker one."""
        if self.rng.random() < 0.6:
            return self._pick("CITIES")
        return str(self._faker().city())

    def country(self) -> str:
        """A country; Faker's English country names add the long tail."""
        if self.rng.random() < 0.75:
            return self._pick("COUNTRIES")
        name = str(self.fakers[0].country())
        return name if self.split == "train" and "(" not in name else self._pick("COUNTRIES")

    def location(self) -> str:
        """Any LOCATION: city, country, region or landmark."""
        kind = self.rng.choices(["city", "country", "REGIONS", "LANDMARKS"], [4, 3, 2, 2])[0]
        if kind == "city":
            return self.city()
        return self.country() if kind == "country" else self._pick(kind)

    def company(self) -> str:
        """A company: famous, Faker-made (always with a legal suffix or two names) or brand-like."""
        roll = self.rng.random()
        if roll < 0.45:
            return self._pick("COMPANIES")
        if roll < 0.75:
            name = str(self._faker().company())
            while _LISTED.search(name):  # "Eze, Nnamani and Oyekan" reads as three names
                name = str(self._faker().company())
            if not any(ch in name for ch in " -,&"):
                name += self.rng.choice(LEGAL)
            return name
        return self.rng.choice(BRAND_WORDS) + self.rng.choice(BRAND_SUFFIXES + LEGAL)

    def organisation(self) -> str:
        """Any ORGANIZATION: company, university, agency, club or a patterned name."""
        kind = self.rng.choices(["company", "UNIVERSITIES", "AGENCIES", "CLUBS", "pattern"])[0]
        if kind == "company":
            return self.company()
        return self.pattern_org() if kind == "pattern" else self._pick(kind)

    def pattern_org(self) -> str:
        """An organisation built from a pattern ("University of Leeds", "Okafor & Mensah")."""
        return self.rng.choice(ORG_PATTERNS).format(
            city=self.city(),
            last=self.last(),
            first=self.first(),
            country=self._pick("COUNTRIES"),
            brand=self.rng.choice(BRAND_WORDS),
            suffix=self.rng.choice(BRAND_SUFFIXES),
            legal=self.rng.choice(LEGAL),
        )

    def kind(self, name: str) -> str:
        """One draw from a lexicon list by name (UNIVERSITIES, AGENCIES, CLUBS...)."""
        if name != "CLUBS" and self.rng.random() < 0.3:
            return self.pattern_org()
        return self._pick(name)

    def day(self) -> date:
        """A calendar day, mostly between 1970 and 2035, sometimes back to 1900."""
        first = date(1970 if self.rng.random() < 0.8 else 1900, 1, 1).toordinal()
        return date.fromordinal(self.rng.randint(first, date(2035, 12, 31).toordinal()))

    def full_date(self) -> str:
        """A day-specific date in one of many written formats, sometimes with an ordinal."""
        day = self.day()
        if self.rng.random() < 0.2:
            suffix = ORDINAL.get(day.day, "th")
            month = format_date(day, self.rng.choice(["MMMM", "MMM"]), locale="en")
            year = str(day.year)
            forms = [
                f"{month} {day.day}{suffix}, {year}",
                f"{day.day}{suffix} {month} {year}",
                f"{day.day}{suffix} of {month} {year}",
                f"{month} {day.day}{suffix}",
                f"{day.day}{suffix} of {month}",
                f"{day.day}{suffix} {month}",
            ]
            return self.rng.choice(forms)
        return format_date(day, self.rng.choice(DATE_FORMATS), locale="en")

    def month_year(self) -> str:
        """A month and year ("March 2025", "Mar 2025")."""
        return format_date(self.day(), self.rng.choice(MONTH_YEAR_FORMATS), locale="en")

    def year(self) -> str:
        """A year, mostly recent: 1950 to 2035, sometimes back to 1800."""
        return str(self.rng.randint(1950 if self.rng.random() < 0.8 else 1800, 2035))
