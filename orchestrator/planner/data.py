"""Compositions for training the planner's span scorer: queries built from the pools with character
labels (connector, segment, reference) and the gold plan they stand for.

Every piece of text is labelled as it is appended, so labels stay exact through casing changes,
typos and connectors.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Any

from orchestrator.planner import pools

# Character labels.  Segments start with SEG_B (or DEP_B when they implicitly use the previous
# result); REF marks words that cite the previous result.
OUT, SEG_B, SEG_I, REF_B, REF_I, DEP_B = range(6)
LABELS = ["O", "SEG_B", "SEG_I", "REF_B", "REF_I", "DEP_B"]

NUMBER_WORDS = [
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "twelve",
    "fifteen",
    "twenty",
    "thirty",
    "forty two",
    "fifty",
    "a hundred",
    "two hundred and five",
    "one thousand",
    "seventy five",
]
UNIT_GROUPS = [
    ["km", "miles", "meters", "feet", "inches", "cm", "yards", "kilometres", "millimeters"],
    ["kg", "pounds", "grams", "ounces", "lbs", "tonnes", "stone"],
    ["liters", "gallons", "ml", "cups", "pints", "fluid ounces", "litres"],
    ["hours", "minutes", "seconds", "days", "weeks"],
    ["mph", "km/h", "meters per second", "knots"],
    ["GB", "MB", "KB", "TB", "bytes", "GiB", "megabytes"],
    ["square meters", "acres", "hectares", "square feet"],
    ["celsius", "fahrenheit", "kelvin"],
]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]  # fmt: skip
SENTIMENT_TEXTS = [
    "I loved every minute of it",
    "the food was cold and the waiter was rude",
    "the package arrived on Tuesday",
    "best purchase I've made all year",
    "it stopped working after two days",
    "the meeting is at 3pm",
    "absolutely fantastic service",
    "not worth the money",
    "the hotel was fine, nothing special",
    "what a waste of time",
    "the staff were friendly and helpful",
    "I will never fly with them again",
    "the report has twelve pages",
    "great battery life but a dim screen",
]
ENTITY_TEXTS = [
    "Maria Silva flew from Lisbon to Berlin on 3 March 2025",
    "Apple opened a new office in Dublin",
    "Kenji Watanabe joined Toyota in 1998",
    "The United Nations met in Geneva last week",
    "Priya Nair studies at Oxford University",
    "Lena Fischer works for Siemens in Munich",
    "Carlos Ortega visited Mexico City in May 2024",
    "Amazon hired Fatima Zahra as CFO",
    "Olu Adeyemi moved to Lagos on 2023-06-01",
]
LANGUAGE_TEXTS = [
    "merci beaucoup",
    "wie geht es dir",
    "dziękuję bardzo",
    "buenos días",
    "obrigado pela ajuda",
    "tack så mycket",
    "спасибо большое",
    "ありがとうございます",
    "grazie mille",
    "hvordan har du det",
    "dank je wel",
    "teşekkür ederim",
    "谢谢你",
    "안녕하세요",
    "شكرا جزيلا",
    "धन्यवाद",
]
DOC_TOPICS = [
    "parental leave",
    "remote work",
    "the wifi password",
    "expense reports",
    "the notice period",
    "overtime pay",
    "the security deposit",
    "holiday allowance",
    "the refund policy",
    "the dress code",
    "travel reimbursement",
    "the onboarding checklist",
]
DOC_EVENTS = ["launch", "offsite", "board meeting", "product demo", "team dinner", "audit"]
FILL: dict[str, list[str]] = {
    "topic2": ["the sea", "autumn", "my cat", "love", "the city", "mountains"],
    "time": ["7pm", "8 tonight", "6:30 am", "noon"],
    "city": ["Paris", "Tokyo", "Nairobi", "Lima", "Oslo", "Toronto"],
    "word3": ["hello", "good morning", "thank you", "where is the station"],
    "lang": ["French", "Spanish", "German", "Japanese"],
    "name": ["John", "Aisha", "my boss", "the team"],
    "year": ["2010", "2018", "1998"],
    "country": ["France", "Brazil", "Kenya", "Japan"],
    "task": ["call the dentist", "buy milk", "pay rent"],
    "food": ["lasagna", "pancakes", "curry"],
    "topic": DOC_TOPICS,
    "event": DOC_EVENTS,
    "s": SENTIMENT_TEXTS,
    "e": ENTITY_TEXTS,
    "l": LANGUAGE_TEXTS,
}


@dataclass
class Composition:
    """A query, its character labels, and the plan it stands for."""

    text: str = ""
    labels: list[int] = field(default_factory=list)
    nodes: list[dict[str, object]] = field(default_factory=list)
    unsupported: list[str] = field(default_factory=list)

    def add(self, piece: str, first: int, rest: int) -> None:
        """Append ``piece``; its first non-space character gets ``first``, the others ``rest``."""
        for i, char in enumerate(piece):
            self.text += char
            self.labels.append(first if i == 0 else rest)


def _number(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.55:
        return str(rng.randint(1, 999))
    if roll < 0.75:
        return f"{rng.uniform(0.5, 500):.{rng.choice([1, 2])}f}"
    if roll < 0.85:
        return f"{rng.randint(1, 99)},{rng.randint(0, 999):03d}"
    return str(rng.randint(1000, 99999))


def _date(rng: random.Random) -> str:
    y, m, d = rng.randint(1990, 2040), rng.randint(1, 12), rng.randint(1, 28)
    month = MONTHS[m - 1]
    forms = [f"{y}-{m:02d}-{d:02d}", f"{d} {month} {y}", f"{month} {d}, {y}",
             f"{d} {month[:3]} {y}", f"the {d}th of {month} {y}"]  # fmt: skip
    return rng.choice(forms)


_FAKER: list[Any] = []


def _free_text(rng: random.Random, pool: list[str]) -> str:
    """Mostly curated text, sometimes random English from Faker, so that unfamiliar words
    inside a judged text do not look like a boundary."""
    if rng.random() < 0.5:
        return rng.choice(pool)
    if not _FAKER:
        from faker import Faker

        _FAKER.append(Faker("en_US"))
    faker = _FAKER[0]
    faker.seed_instance(rng.randrange(2**31))
    sentence = str(faker.sentence(nb_words=rng.randint(3, 12)))
    if rng.random() < 0.3:
        joiner = rng.choice([" and ", ", but ", " then "])
        sentence = sentence.rstrip(".") + joiner + str(faker.sentence())
    return str(sentence).rstrip(".")


def fill(template: str, rng: random.Random) -> str:
    """Fill every slot except ``{R}`` with a plausible value."""
    units = rng.choice(UNIT_GROUPS)
    u1, u2 = rng.sample(units, 2)
    values = {
        "a": _number(rng), "b": _number(rng), "c": str(rng.randint(2, 5)),
        "p": str(rng.randint(1, 99)), "word": rng.choice(NUMBER_WORDS),
        "word2": rng.choice(NUMBER_WORDS), "v": _number(rng), "u1": u1, "u2": u2,
        "t": str(rng.randint(-40, 220)), "d": _date(rng), "d2": _date(rng),
        "n": str(rng.randint(1, 120)),
    }  # fmt: skip
    values.update({k: rng.choice(v) for k, v in FILL.items()})
    values["s"] = _free_text(rng, SENTIMENT_TEXTS)
    values["e"] = _free_text(rng, ENTITY_TEXTS)
    values.update({slot[1:-1]: slot for slot, _ in pools.REFERENCE_SLOTS})  # filled later
    return template.format(**values)


def _typo(word: str, rng: random.Random) -> str:
    if len(word) < 4 or not word.isalpha():
        return word
    i = rng.randrange(1, len(word) - 1)
    op = rng.choice(["swap", "drop", "double"])
    if op == "swap":
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    if op == "drop":
        return word[:i] + word[i + 1 :]
    return word[:i] + word[i] + word[i:]


def noisy(text: str, rng: random.Random, typo_rate: float) -> str:
    """Typos in a few plain words (slots with digits or quotes are left alone)."""
    words = text.split(" ")
    return " ".join(_typo(w, rng) if rng.random() < typo_rate else w for w in words)


def _segment(comp: Composition, text: str, dependent: bool, rng: random.Random) -> None:
    """Append a segment; a ``{R}`` inside becomes a labelled reference phrase (``{RN}`` one
    that stands for a count, "that many"; ``{RP}`` a possessive one, "its")."""
    for slot, phrases in pools.REFERENCE_SLOTS:
        before, found, after = text.partition(slot)
        if found:
            comp.add(before, SEG_B, SEG_I)
            comp.add(rng.choice(phrases), REF_B, REF_I)
            comp.add(after, SEG_I, SEG_I)
            return
    comp.add(text, DEP_B if dependent else SEG_B, SEG_I)


def compose(rng: random.Random, typo_rate: float = 0.03) -> Composition:
    """One training query with labels and gold plan."""
    comp = Composition()
    k = rng.choices([1, 2, 3, 4], weights=[2, 4, 3, 1.5])[0]
    comp.add(rng.choice(pools.PREFIXES), OUT, OUT)
    listed = rng.choice(pools.LIST_CONNECTORS) if k > 1 and rng.random() < 0.08 else None
    last_was_node = False
    for position in range(k):
        kind, name, template = _pick(rng, last_was_node)
        if listed is not None:
            comp.add(listed[position], OUT, OUT)
        elif position:
            connectors = (
                pools.CONNECTORS_CHAIN if kind != "standalone" else pools.CONNECTORS_PARALLEL
            )
            comp.add(rng.choice(connectors), OUT, OUT)
        text = noisy(fill(template, rng), rng, typo_rate)
        _segment(comp, text, kind == "implicit", rng)
        last_was_node = name is not None
        if name is None:
            comp.unsupported.append(text)
        else:
            deps = [f"t{len(comp.nodes)}"] if kind != "standalone" else []
            comp.nodes.append({"specialist": name, "depends_on": deps})
    comp.add(rng.choice(pools.SUFFIXES), OUT, OUT)
    _case(comp, rng)
    return comp


def _pick(rng: random.Random, after_node: bool) -> tuple[str, str | None, str]:
    """(kind, specialist or None for unsupported, template); consumers only follow a node."""
    roll = rng.random()
    if after_node and roll < 0.4:
        name = rng.choice(list(pools.CONSUMERS))
        return "consumer", name, rng.choice(pools.CONSUMERS[name])
    if after_node and roll < 0.5:
        name = rng.choice(list(pools.IMPLICIT))
        return "implicit", name, rng.choice(pools.IMPLICIT[name])
    if roll > 0.9:
        return "standalone", None, rng.choice(pools.UNSUPPORTED)
    name = rng.choice(list(pools.STANDALONE))
    return "standalone", name, rng.choice(pools.STANDALONE[name])


def _case(comp: Composition, rng: random.Random) -> None:
    roll = rng.random()
    text = comp.text
    if roll < 0.15:
        text = text.lower()
    elif roll < 0.2:
        text = text.upper()
    elif roll < 0.6 and text:
        text = text[0].upper() + text[1:]
    if len(text) == len(comp.text):  # some characters change length when cased; keep labels exact
        comp.text = text


def corpus(n: int, seed: int, typo_rate: float = 0.03) -> list[Composition]:
    """``n`` seeded compositions."""
    rng = random.Random(seed)
    return [compose(rng, typo_rate) for _ in range(n)]


def specialist_requests(n: int, seed: int) -> list[str]:
    """Requests in other words than the pools': ``n`` each from the math, units and dates
    training generators, and the questions of the docs specialist's development corpus."""
    import json
    from pathlib import Path

    from specialists.dates.data import generate as dates
    from specialists.math.data import dataset as math
    from specialists.units.data import generate as units

    texts = [e.text for e in math(n, "train", seed)]
    texts += [item.example.text for item in units("train", n, seed)]
    texts += [item.example.text for item in dates("train", n, seed)]
    corpus_dir = Path(__file__).parents[2] / "specialists" / "docs" / "devcorpus"
    for path in sorted(corpus_dir.glob("p*.json")):
        texts += [q["question"] for q in json.loads(path.read_text("utf-8"))["questions"]]
    return texts


_JOINS = [" and ", ", and ", ". Also ", "? ", ", then ", " & ", "; ", ". ", " and also ", ", plus "]


def mixed_queries(n: int, seed: int, texts: list[str]) -> list[str]:
    """``n`` queries of one to three of ``texts`` joined as people join requests."""
    rng = random.Random(seed)
    queries = []
    for _ in range(n):
        parts = [rng.choice(texts) for _ in range(rng.choice([1, 1, 2, 2, 3]))]
        query = parts[0]
        for part in parts[1:]:
            query = query.rstrip("?.") + rng.choice(_JOINS) + part
        queries.append(query)
    return queries
