"""Neutral families: facts, questions, instructions and non-committal verdicts.

Neutral is where lexicon scorers and naive templates fail: these sentences name the same products,
places and even polar words ("Is the hotel clean?") without judging them.
"""

from __future__ import annotations

from specialists.sentiment.templates import NEG, POS, Family, Gen, cap, low, noun

# What a subject is or does, with no judgement.
_PREDICATES = (
    "on the second floor|open until 10 pm|available in three sizes|made in Portugal|"
    "due next week|scheduled for {day}|being renovated this month|included in the price|"
    "about two hours long|closed on Sundays|run by a family from {city}|new this year|"
    "about ten minutes away|in the basement|being delivered on {day}|listed on the website|"
    "next to the station|part of the package|booked for {time}|written by {name}|"
    "managed by {company}|the same as last year|in a different building now|"
    "changing next month|shared by two teams|covered by the warranty|on sale from {day}"
).split("|")
_ACTIONS = (
    "booked|ordered|bought|rented|watched|read|visited|called|checked out|picked up|"
    "looked at|paid for|signed up for|asked about|switched to|tried"
).split("|")


def fact(g: Gen, pol: int) -> str:
    """A templated statement of fact with Faker slots."""
    return g.fill(g.pick("fact"))


def question(g: Gen, pol: int) -> str:
    """An information question, sometimes naming a polar quality it asks about."""
    if g.rng.random() < 0.7:
        return g.fill(g.pick("question"))
    d = g.domain()
    s, pl = g.subject(d)
    a = g.adjective(d, g.rng.choice([POS, NEG]), intensify=False)
    shapes = [
        f"Is {s} {a}?" if not pl else f"Are {s} {a}?",
        f"Does anyone know if {s} {'are' if pl else 'is'} {a}?",
        f"Has anyone tried {s}?",
        f"Where can I find {s}?",
        f"What time does {s} start?",
        f"How much was {s}?",
        f"Can anyone recommend a {g.rng.choice(['good', 'decent', 'cheap'])} {noun(s)}?",
        f"Which {noun(s)} would you pick?",
    ]
    return cap(g.template(shapes))


def instruction(g: Gen, pol: int) -> str:
    """A request or instruction."""
    return g.fill(g.pick("instruction"))


def verdict(g: Gen, pol: int) -> str:
    """An evaluation that takes neither side."""
    return g.fill(g.pick("verdict"))


def about(g: Gen, pol: int) -> str:
    """A neutral sentence about a subject people usually judge: "The pool is on the roof."."""
    s, pl = g.subject(g.domain())
    p = g.fill(g.rng.choice(_PREDICATES))
    act = g.rng.choice(_ACTIONS)
    shapes = [
        f"{s} {'are' if pl else 'is'} {p}.",
        f"I {act} {s} on {g.fill('{day}')}.",
        f"{g.fake.first_name()} {act} {s} yesterday.",
        f"We {act} {s} last week.",
        f"{s} {'were' if pl else 'was'} {p}.",
        f"Just {act} {s}.",
        f"Note: {s} {'are' if pl else 'is'} {p}.",
        f"{noun(s)} {'are' if pl else 'is'} {p}",
    ]
    return cap(g.template(shapes))


def mention(g: Gen, pol: int) -> str:
    """A sentence that mentions opinions without holding one."""
    s, _ = g.subject(g.domain())
    return g.fill(g.pick("mention").replace("{s}", s))


def combo(g: Gen, pol: int) -> str:
    """Two neutral sentences, as in a longer message."""
    first = g.fill(g.pick(g.rng.choice(["fact", "fact", "instruction"])))
    second = g.fill(g.pick(g.rng.choice(["fact", "question", "instruction"])))
    joiner = g.rng.choice([" ", " Also, ", " And ", " By the way, "])
    return first + joiner + (low(second) if joiner.strip() else second)


def handwritten(g: Gen, pol: int) -> str:
    """A hand-written neutral sentence."""
    return g.pick("hand_neu")


FAMILIES: list[tuple[float, Family]] = [
    (26.0, fact),
    (14.0, question),
    (7.0, instruction),
    (8.0, verdict),
    (18.0, about),
    (8.0, combo),
    (8.0, mention),
    (8.0, handwritten),
]
