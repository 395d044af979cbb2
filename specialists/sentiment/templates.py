"""Sentence families: each turns the split vocabulary into one labelled sentence.

Labels: 0 negative, 1 neutral, 2 positive. Template lists are split like the vocabularies (every
fourth template is dev-only), so dev sentences differ in both words and shape.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

NEG, NEU, POS = 0, 1, 2
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
TIMES = ["3pm", "10:30", "9 am", "noon", "4:15 pm", "8", "half past two", "11am", "6:45"]
_DETERMINERS = ("the ", "this ", "these ", "my ", "our ", "that ")
PAST = {"like": "liked", "enjoy": "enjoyed", "love": "loved", "care for": "cared for"}


@dataclass
class Gen:
    """Random source, split vocabulary and Faker shared by all families."""

    rng: random.Random
    lists: dict[str, list[str]]
    fake: Any
    split: str

    def pick(self, name: str) -> str:
        """One item of a named list."""
        return self.rng.choice(self.lists[name])

    def template(self, templates: list[str]) -> str:
        """One template from this split's side of ``templates``."""
        dev = self.split == "dev"
        side = [t for i, t in enumerate(templates) if (i % 4 == 3) == dev]
        return self.rng.choice(side or templates)

    def domain(self) -> str:
        """A subject domain such as food or travel."""
        return self.rng.choice(sorted({k.split(":")[1] for k in self.lists if ":" in k}))

    def subject(self, domain: str) -> tuple[str, bool]:
        """A judged thing and whether it is plural."""
        raw = self.pick(f"subj:{domain}")
        return raw.rstrip("+"), raw.endswith("+")

    def adjective(self, domain: str, pol: int, intensify: bool = True) -> str:
        """A polar adjective, sometimes with a degree word when it is a single word."""
        adj = self.pick(f"{'pos' if pol == POS else 'neg'}_adj:{domain}")
        if intensify and " " not in adj and self.rng.random() < 0.45:
            return f"{self.pick('intens')} {adj}"
        return adj

    def fill(self, text: str) -> str:
        """Fill Faker and list slots of a neutral template."""
        slots = {
            "{name}": self.fake.first_name,
            "{city}": self.fake.city,
            "{company}": self.fake.company,
            "{day}": lambda: self.rng.choice(DAYS),
            "{time}": lambda: self.rng.choice(TIMES),
            "{n}": lambda: str(self.rng.randint(2, 9)),
            "{product}": lambda: self.pick("product"),
            "{color}": lambda: self.pick("color"),
        }
        for slot, make in slots.items():
            while slot in text:
                text = text.replace(slot, make(), 1)
        return text


def cap(text: str) -> str:
    """Upper-case the first character."""
    return text[:1].upper() + text[1:]


def low(text: str) -> str:
    """Lower-case the first character unless it starts a proper word like "I"."""
    return text if text[:2] in ("I ", "I'") else text[:1].lower() + text[1:]


def noun(subject: str) -> str:
    """The subject without its determiner ("the staff" -> "staff")."""
    for det in _DETERMINERS:
        if subject.startswith(det):
            return subject[len(det) :]
    return subject


def be(g: Gen, plural: bool, negated: bool = False) -> str:
    """A copula agreeing with the subject, optionally negated."""
    if negated:
        forms = "weren't|aren't|were not|are not|weren't really|aren't very|were far from"
        if not plural:
            forms = (
                "wasn't|isn't|was not|is not|wasn't really|isn't very|wasn't exactly|was far from"
            )
        return g.rng.choice(forms.split("|"))
    return g.rng.choice(["were", "are", "were", "seem"] if plural else ["was", "is", "was", "'s"])


def clause(g: Gen, pol: int) -> str:
    """A short lower-case clause of the given polarity, for contrasts and multi-clause reviews."""
    if pol == NEU:
        return low(g.fill(g.pick("fact"))).rstrip(".")
    d = g.domain()
    s, pl = g.subject(d)
    kind = g.rng.random()
    if kind < 0.45:
        copula = be(g, pl)
        sep = "" if copula == "'s" else " "
        return f"{s}{sep}{copula} {g.adjective(d, pol)}"
    if kind < 0.7:
        return low(g.pick("pos_event" if pol == POS else "neg_event"))
    if kind < 0.85:
        return f"I {g.pick('pos_verb' if pol == POS else 'neg_verb')} {s}"
    if pol == NEG:
        return f"{s} {be(g, pl, negated=True)} {g.adjective(d, POS, intensify=False)}"
    return f"{s} {g.rng.choice(['were', 'are'] if pl else ['was', 'is'])}n't bad at all"


def opinion(g: Gen, pol: int) -> str:
    """A polar adjective on a subject: "The staff were really friendly."."""
    d = g.domain()
    s, pl = g.subject(d)
    s2, pl2 = g.subject(d)
    a, a2 = g.adjective(d, pol), g.adjective(d, pol)
    bare = g.adjective(d, pol, intensify=False)
    shapes = [
        f"{s} {be(g, pl)} {a}.",
        f"{bare} {noun(s)}." if " " not in bare else f"{s} {be(g, pl)} {a}!",
        f"{s} {be(g, pl)} {a} and {a2}.",
        f"I found {s} {a}.",
        f"{s}? {a}.",
        f"{s} turned out to be {a}.",
        f"{noun(s)}: {a}.",
        f"{s} {be(g, pl)} {a}, {s2} {be(g, pl2)} {a2}.",
        f"{s} {be(g, pl)} just {bare}.",
        f"Gotta say, {s} {be(g, pl)} {a}.",
        f"{s} {be(g, pl)} {a} as always.",
        f"{s} {'have' if pl else 'has'} been {a} lately.",
        f"{noun(s)} {be(g, pl)} {a}",
        f"Man, {s} {be(g, pl)} {a}!",
        f"{s} {'look' if pl else 'looks'} {a}.",
        f"{s} {be(g, pl)} {a} this time.",
    ]
    return cap(g.template(shapes).replace(" 's ", "'s "))


def negation(g: Gen, pol: int) -> str:
    """Negated opinions: "wasn't good" is negative, "not bad at all" is positive."""
    d = g.domain()
    s, pl = g.subject(d)
    good = g.adjective(d, POS, intensify=False)
    nb = be(g, pl, negated=True)
    if pol == NEG:
        like = g.rng.choice(["like", "enjoy", "love", "care for"])
        shapes = [
            f"{s} {nb} {good}.",
            f"I don't think {s} {be(g, pl)} {good}.",
            f"I wouldn't call {s} {good}.",
            f"{s}? Not {good}, not even close.",
            f"I didn't {like} {s}.",
            f"I don't {like} {s} at all.",
            f"{s} did not live up to the hype.",
            f"{s} {nb} worth the money.",
            f"{s} {nb} as {good} as I expected.",
            f"There was nothing {good} about {s}.",
            f"Not impressed with {s}.",
            f"{s} never works properly.",
            f"I can't say I {PAST[like]} {s}.",
            f"No one would call {s} {good}.",
            f"{s} just {'do' if pl else 'does'}n't work.",
            f"Can't recommend {s}, sadly.",
        ]
    else:
        shapes = [
            f"{s} {nb} bad at all.",
            "Not bad at all!",
            f"Not bad, {noun(s)}. Not bad at all.",
            f"Not too bad, actually, {s} {be(g, pl)} {good}.",
            f"No complaints about {s}.",
            "I can't complain.",
            f"Nothing to complain about, {s} {be(g, pl)} {good}.",
            f"I wasn't disappointed by {s}.",
            f"{s} didn't disappoint.",
            f"{s} never {'disappoint' if pl else 'disappoints'}.",
            f"Couldn't be happier with {s}.",
            f"I can't recommend {s} enough.",
            f"No regrets about {s}.",
            f"Never had a single problem with {s}.",
            f"I don't regret it one bit, {s} {be(g, pl)} {good}.",
            f"Zero complaints, {s} {be(g, pl)} {good}.",
        ]
    return cap(g.template(shapes))


def verb(g: Gen, pol: int) -> str:
    """A verb of liking or disliking: "I can't stand the new policy."."""
    s, _ = g.subject(g.domain())
    v = g.pick("pos_verb" if pol == POS else "neg_verb")
    shapes = [
        f"I {v} {s}.",
        f"Honestly I {v} {s}.",
        f"{s}? I {v} it.",
        f"I {v} it.",
        f"We {v.replace('am ', 'are ')} {s}.",
        f"I {v} {s} so much.",
        f"Still {v.replace('am ', '')} {s}.",
        f"I {v} {s}, simple as that.",
    ]
    return cap(g.template(shapes))


def thing(g: Gen, pol: int) -> str:
    """A polar noun: "What a nightmare." or "The hotel is a hidden gem."."""
    s, pl = g.subject(g.domain())
    n = g.pick("pos_noun" if pol == POS else "neg_noun")
    a = "an" if n[0] in "aeiou" else "a"
    shapes = [
        f"What {a} {n}!",
        f"{s} {be(g, pl)} {a} total {n}.",
        f"{s} {be(g, pl)} an absolute {n}.",
        f"Such {a} {n}.",
        f"{s} is a real {n}.",
        f"{s}, what {a} {n}.",
        f"Total {n}.",
        f"{s}: {a} complete {n}.",
    ]
    return cap(g.template(shapes))


def feeling(g: Gen, pol: int) -> str:
    """How the writer feels: "I'm so frustrated with the app."."""
    s, _ = g.subject(g.domain())
    f = g.pick("pos_feel" if pol == POS else "neg_feel")
    about = g.rng.choice(["today", "right now", f"about {s}", f"with {s}", f"after {s}", ""])
    event = low(g.pick("pos_event" if pol == POS else "neg_event"))
    shapes = [
        f"I'm {f} {about}.",
        f"Feeling {f} {about}.",
        f"{s} made me {f}.",
        f"So {f} right now.",
        f"I was {f} when {event}.",
        f"I am {f}, {event}.",
        f"Just {f}. {cap(event)}.",
        f"We were all {f} {about}.",
    ]
    return cap(g.template(shapes).replace(" .", "."))


def event(g: Gen, pol: int) -> str:
    """Something that happened, with no opinion word: "They lost my luggage."."""
    key = "pos_event" if pol == POS else "neg_event"
    e, e2 = g.pick(key), low(g.pick(key))
    tag = g.pick("pos_tag" if pol == POS else "neg_tag")
    s, _ = g.subject(g.domain())
    shapes = [
        f"{e}.",
        f"{e}!",
        f"{e}. {tag}",
        f"{noun(s)}: {low(e)}.",
        f"{e} and {e2}.",
        f"So {low(e)}.",
        f"Well, {low(e)}.",
        f"{e}, and that's the second time this month." if pol == NEG else f"{e}, finally!",
    ]
    return cap(g.template(shapes))


def superlative(g: Gen, pol: int) -> str:
    """Best/worst claims: "Worst burger I've ever had."."""
    s, _ = g.subject(g.domain())
    n = noun(s)
    word = "best" if pol == POS else "worst"
    shapes = [
        f"{word} {n} ever!",
        f"{word} {n} I've ever had.",
        f"{s} is the {word} I've ever seen.",
        f"Hands down the {word} {n} in town.",
        f"Easily the {word} {n} in {g.fake.city()}.",
        f"By far the {word} {n} I have tried.",
        f"This has to be the {word} {n} of the year.",
        f"Probably the {word} {n} we've ever had.",
    ]
    return cap(g.template(shapes))


Family = Callable[[Gen, int], str]
