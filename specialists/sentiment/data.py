"""Seeded training data: hand-written lexicons composed by templates, plus writer noise.

Source: the lists in ``lexicon.py``, ``phrases.py`` and ``sentences.py`` (written for this project)
and Faker (en_US, en_GB) for names, cities and companies in neutral statements. Every list and every
template list is split by position: each fourth item belongs to ``dev`` only, so the dev figure
measures phrasings and words the model never saw in training.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass

from specialists.sentiment import everyday
from specialists.sentiment import lexicon as lx
from specialists.sentiment import phrases as ph
from specialists.sentiment import sentences as hand
from specialists.sentiment.augment import WRAPPERS, augment, wrap
from specialists.sentiment.families import FAMILIES
from specialists.sentiment.templates import Gen

DEV_EVERY = 4  # item i of every list is dev-only when i % DEV_EVERY == DEV_EVERY - 1
WRAP_RATE = 0.12  # share of items asked as a request ("is this positive: ...")
AUGMENT_RATE = 0.85


@dataclass(frozen=True, slots=True)
class Example:
    """One raw input as a user would send it, and its label index into ``LABELS``."""

    text: str
    label: int


def part(items: list[str], split: str) -> list[str]:
    """The train or dev side of a list (dev: every ``DEV_EVERY``-th item)."""
    dev = split == "dev"
    return [x for i, x in enumerate(items) if (i % DEV_EVERY == DEV_EVERY - 1) == dev]


def vocabulary(split: str) -> dict[str, list[str]]:
    """Every named list, cut to one side of the split."""
    lists: dict[str, list[str]] = {
        "intens": lx.INTENSIFIERS,
        "pos_verb": lx.POSITIVE_VERBS,
        "neg_verb": lx.NEGATIVE_VERBS,
        "pos_noun": lx.POSITIVE_NOUNS,
        "neg_noun": lx.NEGATIVE_NOUNS,
        "pos_feel": lx.POSITIVE_FEELINGS,
        "neg_feel": lx.NEGATIVE_FEELINGS,
        "pos_tag": lx.POSITIVE_TAGS + lx.POSITIVE_SLANG,
        "neg_tag": lx.NEGATIVE_TAGS + lx.NEGATIVE_SLANG,
        "pos_event": ph.POSITIVE_EVENTS,
        "neg_event": ph.NEGATIVE_EVENTS,
        "pos_idiom": ph.POSITIVE_IDIOMS,
        "neg_idiom": ph.NEGATIVE_IDIOMS,
        "mention": ph.NEUTRAL_MENTIONS,
        "fact": ph.NEUTRAL_FACTS,
        "question": ph.NEUTRAL_QUESTIONS,
        "instruction": ph.NEUTRAL_INSTRUCTIONS,
        "verdict": ph.NEUTRAL_VERDICTS,
        "product": ph.PRODUCTS,
        "color": ph.COLORS,
        "hand_pos": hand.POSITIVE,
        "hand_neg": hand.NEGATIVE,
        "hand_neu": hand.NEUTRAL,
        "wrapper": WRAPPERS,
        **everyday.LISTS,
    }
    for domain in lx.SUBJECTS:
        lists[f"subj:{domain}"] = lx.SUBJECTS[domain]
        lists[f"pos_adj:{domain}"] = lx.POSITIVE_ADJ[domain] + lx.POSITIVE_ADJ["any"]
        lists[f"neg_adj:{domain}"] = lx.NEGATIVE_ADJ[domain] + lx.NEGATIVE_ADJ["any"]
    return {name: part(items, split) for name, items in lists.items()}


def _weighted(
    rng: random.Random, families: list[tuple[float, Callable[[Gen, int], str]]]
) -> Callable[[Gen, int], str]:
    """Pick a family in proportion to its weight."""
    weights = [w for w, _ in families]
    return rng.choices([f for _, f in families], weights=weights)[0]


def generate(n: int, split: str = "train", seed: int = 0) -> list[Example]:
    """``n`` distinct labelled inputs, balanced over the labels, from one side of the split."""
    from faker import Faker

    rng = random.Random(f"sentiment-{split}-{seed}")
    fake = Faker(["en_US", "en_GB"])
    fake.seed_instance(seed + (1 if split == "dev" else 0))
    gen = Gen(rng, vocabulary(split), fake, split)
    seen: set[str] = set()
    out: list[Example] = []
    attempts = 0
    while len(out) < n and attempts < n * 20:
        attempts += 1
        label = len(out) % 3
        text = _weighted(rng, FAMILIES[label])(gen, label)
        if rng.random() < AUGMENT_RATE:
            text = augment(rng, text, label)
        if rng.random() < WRAP_RATE:
            text = wrap(rng, text, gen.lists["wrapper"])
        if text.lower() not in seen:
            seen.add(text.lower())
            out.append(Example(text, label))
    rng.shuffle(out)
    return out
