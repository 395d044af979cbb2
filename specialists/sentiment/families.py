"""Multi-clause and informal families, and the weighted registry the generator draws from.

A contrast ("X but Y", "Although X, Y") takes the polarity of the clause the writer lands on.
"""

from __future__ import annotations

from specialists.sentiment import everyday, neutral
from specialists.sentiment.augment import EMOJI
from specialists.sentiment.templates import (
    NEG,
    NEU,
    POS,
    Family,
    Gen,
    cap,
    clause,
    event,
    feeling,
    negation,
    noun,
    opinion,
    superlative,
    thing,
    verb,
)


def contrast(g: Gen, pol: int) -> str:
    """Two clauses of opposite (or neutral then polar) sense; the second one decides."""
    other = g.rng.choice([NEG if pol == POS else POS, NEG if pol == POS else POS, NEU])
    a, b = clause(g, other), clause(g, pol)
    turn = "Unfortunately" if pol == NEG else "Luckily"
    shapes = [
        f"{a}, but {b}.",
        f"{a} but {b}.",
        f"Although {a}, {b}.",
        f"{cap(a)}. However, {b}.",
        f"{cap(a)}. Still, {b}.",
        f"{a}, yet {b}.",
        f"{a}... but {b}.",
        f"{cap(b)}, even though {a}.",
        f"{cap(a)}. That said, {b}.",
        f"{cap(a)}. {turn}, {b}.",
        f"Sure, {a}, but {b}.",
        f"{cap(a)}. On the other hand, {b}.",
        f"While {a}, {b}.",
        f"{cap(a)}, and yet {b}.",
        f"{cap(a)}; {turn.lower()} {b}.",
        f"Even though {a}, {b}.",
    ]
    return cap(g.template(shapes))


def multi(g: Gen, pol: int) -> str:
    """A short review: an optional neutral opener and two or three clauses of one polarity."""
    parts = [clause(g, pol) for _ in range(g.rng.choice([2, 2, 3]))]
    body = g.rng.choice([". ", ", and ", ". Also, ", " and "]).join(parts)
    opener = g.fill(g.pick("fact")) + " " if g.rng.random() < 0.35 else ""
    tag = " " + g.pick("pos_tag" if pol == POS else "neg_tag") if g.rng.random() < 0.3 else ""
    return f"{opener}{cap(body)}.{tag}"


def idiom(g: Gen, pol: int) -> str:
    """Negation and set phrases: "I wasn't disappointed by the hotel", "don't bother"."""
    s, _ = g.subject(g.domain())
    phrase = g.pick("pos_idiom" if pol == POS else "neg_idiom").replace("{s}", s)
    tail = g.pick("pos_tag" if pol == POS else "neg_tag")
    shapes = [
        f"{phrase}.",
        f"{phrase}!",
        f"Honestly, {phrase}.",
        f"{noun(s)}: {phrase}.",
        f"{phrase}. {tail}",
        f"{phrase}, to be honest.",
        f"Well, {phrase}.",
        f"{phrase} lol",
    ]
    return cap(g.template(shapes))


def tag(g: Gen, pol: int) -> str:
    """A reaction or slang phrase alone or after a subject: "the new album? this slaps"."""
    t = g.pick("pos_tag" if pol == POS else "neg_tag")
    s, _ = g.subject(g.domain())
    shapes = [t, f"{s}? {t}", f"{noun(s)} - {t}", f"{t} {g.rng.choice(EMOJI[pol])}"]
    return cap(g.template(shapes))


def rhetorical(g: Gen, pol: int) -> str:
    """Questions that judge: "Why is the app always so slow?"."""
    d = g.domain()
    s, pl = g.subject(d)
    a = g.adjective(d, pol, intensify=False)
    is_ = "are" if pl else "is"
    if pol == NEG:
        shapes = [
            f"Why {is_} {s} always so {a}?",
            f"How can {s} be this {a}?",
            f"Why would anyone pay for {s}?",
            f"Who thought {s} was a good idea?",
            f"Seriously, how {is_} {s} still {a}?",
            f"Can {s} get any worse?",
            f"What is wrong with {s}?",
            f"Is it just me or {is_} {s} {a}?",
        ]
    else:
        shapes = [
            f"Isn't {s} {a}?",
            f"Who else loves {s}?",
            f"Could {s} be any more {a}?",
            f"What's not to love about {s}?",
            f"How {is_} {s} this {a}?!",
            f"Have you seen how {a} {s} {is_}?",
            f"Can we talk about how {a} {s} {is_}?",
            f"Why didn't I try {s} sooner?",
        ]
    return cap(g.template(shapes))


def emoji_only(g: Gen, pol: int) -> str:
    """Just emoji, one to three of the same polarity."""
    return "".join(g.rng.choice(EMOJI[pol]) for _ in range(g.rng.choice([1, 1, 2, 3])))


def handwritten(g: Gen, pol: int) -> str:
    """A hand-written whole sentence."""
    return g.pick("hand_pos" if pol == POS else "hand_neg")


_POLAR: list[tuple[float, Family]] = [
    (20.0, opinion),
    (10.0, negation),
    (10.0, idiom),
    (9.0, verb),
    (5.0, thing),
    (8.0, feeling),
    (12.0, event),
    (5.0, superlative),
    (6.0, tag),
    (11.0, contrast),
    (8.0, multi),
    (3.0, rhetorical),
    (1.0, emoji_only),
    (6.0, handwritten),
]
FAMILIES: dict[int, list[tuple[float, Family]]] = {
    NEG: _POLAR + everyday.POLAR,
    NEU: neutral.FAMILIES + everyday.NEUTRAL,
    POS: _POLAR + everyday.POLAR,
}
